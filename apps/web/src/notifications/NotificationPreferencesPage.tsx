import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Radio, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NotificationDelivery, NotificationKind } from '../gql/graphql';
import { serverError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { ErrorState, LoadingState } from '../ui/States';
import { NotificationPreferencesDocument, SetNotificationPreferenceDocument } from './notifications.operations';
import { notificationsPath } from './paths';

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'];

/**
 * When the viewer gets e-mail about each kind of notification: a table of kinds × right away /
 * daily digest / in the app only. Each choice is saved as it is made.
 */
export function NotificationPreferencesPage() {
  const { t } = useTranslation('notifications');
  const { area = '' } = useParams();
  const { data, loading, error } = useQuery(NotificationPreferencesDocument);
  const [save, { error: saveError }] = useMutation(SetNotificationPreferenceDocument, { refetchQueries: ['NotificationPreferences'] });
  const [saved, setSaved] = useState('');
  // A choice shows at once; the server's answer confirms it (or the error says why not).
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, NotificationDelivery>>>({});

  const choose = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    setSaved('');
    setChosen((previous) => ({ ...previous, [kind]: delivery }));
    const result = await save({ variables: { input: { kind, delivery } } }).catch(() => null);
    if (!result?.data) setChosen((previous) => ({ ...previous, [kind]: undefined }));
    else setSaved(`${t(`kinds.${kind}.label`)}: ${t(`delivery.${delivery}`)} – ${t('preferences.saved')}`);
  };

  return (
    <>
      <PageHeader title={t('preferences.title')} subtitle={<Anchor component={Link} to={notificationsPath(area)}>{t('bell.all')}</Anchor>} />
      <Text mb="md" maw={760}>
        {t('preferences.intro')}
      </Text>
      {error ? <ErrorState error={error} /> : null}
      {saveError ? (
        <Alert color="red" role="alert" mb="md">
          {serverError(saveError)?.message}
        </Alert>
      ) : null}
      {loading && !data ? <LoadingState /> : null}
      {data ? (
        <Table.ScrollContainer minWidth={340}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Caption>
              <VisuallyHidden>{t('preferences.title')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('preferences.kind')}</Table.Th>
                {DELIVERIES.map((delivery) => (
                  <Table.Th scope="col" key={delivery} ta="center">
                    {t(`delivery.${delivery}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.notificationPreferences.map((preference) => (
                <Table.Tr key={preference.kind}>
                  <Table.Th scope="row" fw={500}>
                    {t(`kinds.${preference.kind}.label`)}
                    {preference.isDefault ? (
                      <Text span size="xs" c="dimmed" fw={400}>
                        {' '}
                        ({t('preferences.default')})
                      </Text>
                    ) : null}
                  </Table.Th>
                  {DELIVERIES.map((delivery) => (
                    <Table.Td key={delivery} ta="center">
                      <Radio
                        display="inline-block"
                        name={`delivery-${preference.kind}`}
                        value={delivery}
                        checked={(chosen[preference.kind] ?? preference.delivery) === delivery}
                        onChange={() => void choose(preference.kind, delivery)}
                        aria-label={`${t(`kinds.${preference.kind}.label`)}: ${t(`delivery.${delivery}`)}`}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text role="status" size="sm" c="green.9" mt="sm" aria-live="polite">
        {saved}
      </Text>
    </>
  );
}
