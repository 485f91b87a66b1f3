import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AgendaList, DecisionList, MinutesText, StatusBadge } from '../meetings/MeetingParts';
import { formatDateTime, formatRange } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { PublicMeetingDocument } from './public.operations';
import { withLocale } from '../i18n';

/** A public meeting as citizens see it: details, agenda, decisions, published minutes. */
export function PublicMeetingPage() {
  const { t } = useTranslation('public');
  const { area = '', meetingId = '' } = useParams();
  const { data, loading, error } = useQuery(PublicMeetingDocument, { variables: { areaSlug: area, id: meetingId } });
  const back = (
    <Anchor component={Link} to={`/p/${area}`}>
      {t('meeting.back')}
    </Anchor>
  );

  if (error && !data) return <ErrorState error={error} />;
  if (loading && !data) return <LoadingState />;
  const meeting = data?.publicMeeting;
  if (!meeting) {
    return (
      <>
        <PageHeader title={t('meeting.notFound')} />
        <EmptyState title={t('meeting.notFoundText')} action={back} />
      </>
    );
  }
  const minutes = meeting.minutes?.status === 'PUBLISHED' ? meeting.minutes : null;

  return (
    <>
      {back}
      <PageHeader title={meeting.title} subtitle={meeting.group?.name} />
      <Stack gap="lg">
        {meeting.cancelledAt ? <StatusBadge color="red">{t('meeting.cancelled')}</StatusBadge> : null}
        <Paper withBorder p="md">
          <Table variant="vertical" layout="fixed" aria-label={t('meeting.details')}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" w={{ base: 110, sm: 180 }}>
                  {t('meeting.when')}
                </Table.Th>
                <Table.Td>
                  <time dateTime={meeting.startsAt}>{formatRange(meeting.startsAt, meeting.endsAt, meeting.timezone)}</time>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('meeting.kind')}</Table.Th>
                <Table.Td>{t(`common:enums.MeetingKind.${meeting.kind}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('meeting.place')}</Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {meeting.place || (meeting.onlineUrl ? null : t('meeting.noPlace'))}
                  {meeting.onlineUrl ? (
                    <>
                      {meeting.place ? <br /> : null}
                      <Anchor href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
                        {t('meeting.join')}
                      </Anchor>
                    </>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
        {meeting.description ? <MinutesText text={meeting.description} /> : null}
        <Group>
          <Button component="a" variant="light" href={withLocale(`/calendar/meetings/${meeting.id}.ics?area=${encodeURIComponent(area)}`)} download>
            {t('meeting.ics')}
          </Button>
        </Group>

        <section aria-labelledby="agenda-title">
          <Title order={2} size="h3" id="agenda-title" mb="sm">
            {t('meeting.agenda')}
          </Title>
          {meeting.agenda.length ? <AgendaList items={meeting.agenda} label={t('meeting.agenda')} /> : <Text>{t('meeting.noAgenda')}</Text>}
        </section>

        <section aria-labelledby="decisions-title">
          <Title order={2} size="h3" id="decisions-title" mb="sm">
            {t('meeting.decisions')}
          </Title>
          {meeting.decisions.length ? <DecisionList items={meeting.decisions} label={t('meeting.decisions')} /> : <Text>{t('meeting.noDecisions')}</Text>}
        </section>

        <section aria-labelledby="minutes-title">
          <Title order={2} size="h3" id="minutes-title" mb="sm">
            {t('meeting.minutes')}
          </Title>
          {minutes ? (
            <Paper withBorder p="md">
              {minutes.publishedAt ? (
                <Text size="sm" c="dimmed" mb="sm">
                  {t('meeting.publishedAt', { date: formatDateTime(minutes.publishedAt, meeting.timezone) })}
                </Text>
              ) : null}
              <MinutesText text={minutes.body} />
            </Paper>
          ) : (
            <Text>{t('meeting.noMinutes')}</Text>
          )}
        </section>
      </Stack>
    </>
  );
}
