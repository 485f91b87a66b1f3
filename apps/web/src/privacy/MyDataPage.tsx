import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apolloClient } from '../apollo';
import { useMe } from '../auth/useMe';
import { serverError } from '../ui/errors';
import { PageHeader } from '../ui/PageHeader';
import { LoadingState } from '../ui/States';
import { ErasePersonalDataDocument } from './privacy.operations';
import { ERASED_PATH, PERSONAL_DATA_JSON, PERSONAL_DATA_PDF } from './paths';
import { withLocale } from '../i18n';

/**
 * "Moje údaje": download everything Komplan holds about the account (JSON, PDF), and request its
 * erasure — confirmed by typing the account's e-mail in a dialog. The server logs the browser out.
 */
export function MyDataPage() {
  const { t } = useTranslation('privacy');
  const { me, loading } = useMe();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<string>();
  const [erase, { loading: erasing }] = useMutation(ErasePersonalDataDocument);

  if (loading || !me) return <LoadingState />;
  const email = me.account.email;
  const matches = typed.trim().toLowerCase() === email.toLowerCase();

  const confirm = async () => {
    setFailure(undefined);
    try {
      await erase({ variables: { input: { confirmEmail: typed.trim() } } });
      await apolloClient.clearStore();
      navigate(ERASED_PATH, { replace: true });
    } catch (error) {
      setFailure(serverError(error)?.message ?? String(error));
    }
  };

  return (
    <>
      <PageHeader title={t('page.title')} subtitle={email} />
      <Stack maw={720}>
        <Paper withBorder p="lg" component="section" aria-labelledby="my-data-download">
          <Stack>
            <Title order={2} size="h4" id="my-data-download">
              {t('page.downloadHeading')}
            </Title>
            <Text>{t('page.intro')}</Text>
            <Text size="sm" c="dimmed">
              {t('page.guestNote')}
            </Text>
            <Group>
              <Button component="a" href={withLocale(PERSONAL_DATA_PDF)} download>
                {t('page.downloadPdf')}
              </Button>
              <Button component="a" href={withLocale(PERSONAL_DATA_JSON)} download variant="default">
                {t('page.downloadJson')}
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="my-data-erase">
          <Stack>
            <Title order={2} size="h4" id="my-data-erase">
              {t('page.eraseHeading')}
            </Title>
            <Text>{t('page.eraseIntro')}</Text>
            <Button color="red.9" variant="outline" w="fit-content" onClick={open}>
              {t('page.eraseButton')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
      <Modal
        opened={opened}
        onClose={() => {
          close();
          setTyped('');
          setFailure(undefined);
        }}
        title={t('page.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('common:close') }}
        centered
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (matches) void confirm();
          }}
          noValidate
        >
          <Stack>
            <Text size="sm">{t('page.eraseIntro')}</Text>
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            <TextInput
              label={t('page.confirmLabel', { email })}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              type="email"
              data-autofocus
              error={typed.trim() && !matches ? t('page.confirmMismatch') : undefined}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('page.cancel')}
              </Button>
              <Button type="submit" color="red.9" disabled={!matches} loading={erasing}>
                {t('page.confirmErase')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
