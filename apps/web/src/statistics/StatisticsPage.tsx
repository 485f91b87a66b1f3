import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ProjectSelect } from '../trainings/ProjectSelect';
import { FundedProjectsDocument } from '../trainings/trainings.operations';
import { formatDay, formatNumber, formatPercent, toLocalInput } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { ParticipationStatisticsDocument, StatisticsGroupsDocument } from './statistics.operations';
import { defaultPeriod, downloadUrl, isValidPeriod } from './period';
import { withLocale } from '../i18n';

/** Participation statistics for reports to funders: meetings, persons, organisations, hours. */
export function StatisticsPage() {
  const { t } = useTranslation('statistics');
  const { area = '' } = useParams();
  const [period, setPeriod] = useState(() => defaultPeriod(toLocalInput(new Date().toISOString()).slice(0, 10)));
  const [groupId, setGroupId] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const projectId = params.get('project');
  const projects = useQuery(FundedProjectsDocument, { variables: { pageSize: 200 } });
  const project = projects.data?.fundedProjects.items.find((candidate) => candidate.id === projectId);
  // A project chosen (here or from the projects page) reports its own period until the user changes it.
  const [periodOf, setPeriodOf] = useState<string | null>(null);
  if (project && periodOf !== project.id) {
    setPeriodOf(project.id);
    setPeriod({ from: project.startsOn, to: project.endsOn });
  }
  const chooseProject = (id: string | null) => {
    setParams(id ? { project: id } : {}, { replace: true });
    if (!id) setPeriodOf(null);
  };
  const groups = useQuery(StatisticsGroupsDocument);
  const valid = isValidPeriod(period.from, period.to);
  const { data, loading, error } = useQuery(ParticipationStatisticsDocument, {
    variables: { from: period.from, to: period.to, groupId, projectId },
    skip: !valid,
  });
  const stats = data?.participationStatistics;

  const cards: [string, string][] = stats
    ? [
        [t('cards.meetings'), formatNumber(stats.meetings, 0)],
        [t('cards.persons'), formatNumber(stats.distinctPersons, 0)],
        [t('cards.organisations'), formatNumber(stats.distinctOrganisations, 0)],
        [t('cards.attendanceRate'), stats.attendanceRate == null ? t('cards.noAttendance') : formatPercent(stats.attendanceRate)],
        [t('cards.personHours'), formatNumber(stats.personHours, 1)],
      ]
    : [];

  return (
    <>
      <PageHeader title={t('title')} />
      <Stack>
        <Paper withBorder p="md" component="form" onSubmit={(event) => event.preventDefault()} aria-label={t('filterLabel')}>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('from')}
              type="date"
              value={period.from}
              max={period.to || undefined}
              onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
              error={period.from && period.to && !valid ? t('periodInvalid') : undefined}
              style={{ flex: '1 1 150px' }}
            />
            <TextInput
              label={t('to')}
              type="date"
              value={period.to}
              min={period.from || undefined}
              onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
              style={{ flex: '1 1 150px' }}
            />
            <Select
              label={t('group')}
              placeholder={t('allGroups')}
              clearable
              searchable
              value={groupId}
              onChange={setGroupId}
              data={(groups.data?.groups ?? []).map((group) => ({ value: group.id, label: group.archivedAt ? t('archived', { name: group.name }) : group.name }))}
              style={{ flex: '2 1 220px' }}
            />
            <ProjectSelect
              label={t('project')}
              placeholder={t('allProjects')}
              value={projectId}
              onChange={chooseProject}
              style={{ flex: '2 1 220px' }}
            />
          </Group>
          {project ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('projectPeriod', { number: project.registrationNumber, from: formatDay(project.startsOn), to: formatDay(project.endsOn) })}
            </Text>
          ) : null}
        </Paper>

        {!valid ? (
          <Alert color="yellow">{t('periodInvalid')}</Alert>
        ) : error ? (
          <ErrorState error={error} />
        ) : loading && !stats ? (
          <LoadingState />
        ) : stats ? (
          <>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" component="dl" m={0}>
              {cards.map(([label, value]) => (
                <Paper key={label} withBorder p="md">
                  <Text component="dt" size="sm" c="dimmed">
                    {label}
                  </Text>
                  <Text component="dd" m={0} fw={700} fz={/\d/.test(value) ? 28 : 'lg'} lh={/\d/.test(value) ? undefined : 2.2}>
                    {value}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('details', { invited: stats.invited, present: stats.present, guests: stats.guests })}
            </Text>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('byKind')}
              </Title>
              {stats.meetingsByKind.length ? (
                <Table striped aria-label={t('byKind')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('kind')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('count')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {stats.meetingsByKind.map((row) => (
                      <Table.Tr key={row.kind}>
                        <Table.Td>{t(`common:enums.MeetingKind.${row.kind}`)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(row.count, 0)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th scope="row">{t('total')}</Table.Th>
                      <Table.Td ta="right" fw={700}>
                        {formatNumber(stats.meetings, 0)}
                      </Table.Td>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              ) : (
                <EmptyState title={t('noMeetings')} />
              )}
            </Paper>
            <Group>
              <Button component="a" href={withLocale(downloadUrl('xlsx', area, period.from, period.to, groupId, projectId))} download variant="light">
                {t('xlsx')}
              </Button>
              <Button component="a" href={withLocale(downloadUrl('csv', area, period.from, period.to, groupId, projectId))} download variant="default">
                {t('csv')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('csvHint')}
              </Text>
            </Group>
          </>
        ) : null}
      </Stack>
    </>
  );
}
