import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { serverError, type ServerError } from '../../ui/errors';
import { formatDateTime, formatRange } from '../../ui/format';
import type { MeetingData } from '../MeetingPage';
import { MeetingBadges, MinutesText } from '../MeetingParts';
import { CancelMeetingDocument } from '../meetings.operations';
import { withLocale } from '../../i18n';

/** When, where, what kind; the calendar file; edit and cancel for organisers. */
export function OverviewSection({ meeting, area }: { meeting: MeetingData; area: string }) {
  const { t } = useTranslation('meetings');
  const [cancel, { loading }] = useMutation(CancelMeetingDocument);
  const [failure, setFailure] = useState<ServerError>();
  const rows: [string, React.ReactNode][] = [
    [t('overview.when'), <time dateTime={meeting.startsAt}>{formatRange(meeting.startsAt, meeting.endsAt, meeting.timezone)}</time>],
    [t('overview.kind'), t(`common:enums.MeetingKind.${meeting.kind}`)],
    [t('overview.group'), meeting.group ? <Anchor component={Link} to={`/a/${area}/groups/${meeting.group.id}`}>{meeting.group.name}</Anchor> : t('wholeArea')],
    [t('overview.place'), meeting.place || t('overview.noPlace')],
  ];
  if (meeting.onlineUrl) {
    rows.push([
      t('overview.onlineUrl'),
      <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
        {t('overview.join')}
      </Anchor>,
    ]);
  }
  if (meeting.capacity) rows.push([t('overview.capacity'), String(meeting.capacity)]);
  if (meeting.project) rows.push([t('overview.project'), `${meeting.project.name} (${meeting.project.registrationNumber})`]);
  rows.push([t('overview.visibility'), meeting.isPublic ? t('overview.public') : t('overview.internal')]);
  if (meeting.cancelledAt) rows.push([t('overview.cancelledAt'), formatDateTime(meeting.cancelledAt, meeting.timezone)]);

  return (
    <Stack>
      {meeting.cancelledAt ? (
        <Alert color="red">
          <Text fw={700}>{t('overview.cancelledTitle')}</Text>
          <Text>{t('overview.cancelledText')}</Text>
        </Alert>
      ) : null}
      <MeetingBadges isPublic={meeting.isPublic} cancelledAt={meeting.cancelledAt} />
      <Paper withBorder p="md">
        <Table variant="vertical" layout="fixed" aria-label={t('overview.tableLabel')}>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w={{ base: 120, sm: 200 }}>
                  {label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {meeting.description ? (
        <Paper withBorder p="md">
          <MinutesText text={meeting.description} />
        </Paper>
      ) : null}
      <Group>
        <Button component="a" variant="light" href={withLocale(`/calendar/meetings/${meeting.id}.ics?area=${encodeURIComponent(area)}`)} download>
          {t('overview.ics')}
        </Button>
        {meeting.canManage && !meeting.cancelledAt ? (
          <>
            <Button component={Link} to={`/a/${area}/meetings/${meeting.id}/edit`} variant="default">
              {t('overview.edit')}
            </Button>
            <ConfirmButton
              color="red.9"
              variant="outline"
              loading={loading}
              question={t('overview.cancelQuestion', { title: meeting.title })}
              details={t('overview.cancelDetails')}
              confirmLabel={t('overview.cancelConfirm')}
              onConfirm={async () => {
                setFailure(undefined);
                try {
                  await cancel({ variables: { id: meeting.id } });
                } catch (error) {
                  setFailure(serverError(error));
                }
              }}
            >
              {t('overview.cancel')}
            </ConfirmButton>
          </>
        ) : null}
      </Group>
      {failure ? (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('overview.icsHint')}
      </Text>
    </Stack>
  );
}
