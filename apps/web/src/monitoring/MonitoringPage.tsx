import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { MonitoringOverviewQuery, ReportStatus } from '../gql/graphql';
import { useAreaCurrency } from '../measures/useAreaCurrency';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError } from '../ui/errors';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { EvaluationCharts } from './EvaluationCharts';
import { ScrollTable } from './ScrollTable';
import { MonitoringEvaluationDocument, MonitoringOverviewDocument, RemindOrganisationDocument } from './monitoring.operations';
import { usePlanPicker } from './usePlanPicker';
import { withLocale } from '../i18n';

const STATUS_COLORS: Record<ReportStatus, string> = { MISSING: 'red', DRAFT: 'yellow', SUBMITTED: 'green' };

/** The evaluation report's address (a browser download sends no headers, so the area is in the query). */
export const evaluationPath = (planId: string, year: number, area: string, format: 'docx' | 'pdf') =>
  `/api/action-plans/${planId}/evaluation/${year}.${format}?area=${encodeURIComponent(area)}`;

/**
 * Monitoring of an approved action plan's year: the yearly evaluation (charts, tables, DOCX/PDF)
 * for the coordinator and members, and for the coordinator the reports per measure and what each
 * responsible organisation still owes, with a reminder button.
 */
export function MonitoringPage() {
  const { t } = useTranslation('monitoring');
  const { area = '' } = useParams();
  const { me, isAreaCoordinator } = useMe();
  // The evaluation is for the coordinator and the members; providers and the clerk report on "my reports".
  const readsEvaluation = isAreaCoordinator || (me?.person?.roles ?? []).includes('MEMBER');
  const { plans, picked, loading, error, picker } = usePlanPicker();

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ErrorState error={error} />
      {!readsEvaluation ? (
        <EmptyState title={t('notForYou')} action={<Button component={Link} to={`/a/${area}/my-reports`} variant="light">{t('toMyReports')}</Button>}>
          {t('notForYouHint')}
        </EmptyState>
      ) : loading ? (
        <LoadingState />
      ) : !picked ? (
        <EmptyState title={t('noPlans')}>{t('noPlansHint')}</EmptyState>
      ) : (
        <Stack gap="xl">
          <Paper withBorder p="md">
            <Group align="flex-end" justify="space-between">
              {plans.length > 1 ? picker : <Text fw={500}>{`${picked.year} – ${picked.title}`}</Text>}
              <Group gap="sm" role="group" aria-label={t('download')}>
                <Text size="sm" fw={500}>
                  {t('download')}:
                </Text>
                {(['docx', 'pdf'] as const).map((format) => (
                  <Button key={format} component="a" href={withLocale(evaluationPath(picked.id, picked.year, area, format))} download variant="default" size="sm">
                    {t(`downloadAs.${format}`)}
                  </Button>
                ))}
              </Group>
            </Group>
          </Paper>
          {isAreaCoordinator ? <Reporting planId={picked.id} /> : null}
          <Evaluation planId={picked.id} />
        </Stack>
      )}
    </>
  );
}

/** The coordinator's part: per organisation what is missing (with a reminder), and every measure's report. */
function Reporting({ planId }: { planId: string }) {
  const { t } = useTranslation('monitoring');
  const zone = useAreaTimezone();
  const { data, loading, error } = useQuery(MonitoringOverviewDocument, { variables: { actionPlanId: planId } });
  const overview = data?.monitoringOverview;
  if (loading && !overview) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!overview) return null;
  const withoutOrganisation = overview.measures.filter((m) => !m.organisationName).length;
  return (
    <>
      <section aria-labelledby="missing-heading">
        <Title order={2} size="h3" id="missing-heading" mb="xs">
          {t('missing.title', { year: overview.year })}
        </Title>
        {overview.organisations.length === 0 ? (
          <EmptyState title={t('missing.noOrganisations')} />
        ) : (
          <ScrollTable label={t('missing.title', { year: overview.year })} minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('missing.organisation')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('missing.submitted')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('missing.missing')}
                  </Table.Th>
                  <Table.Th scope="col">{t('missing.lastReminded')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('missing.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {overview.organisations.map((organisation) => (
                  <OrganisationRow key={organisation.organisationId} planId={planId} organisation={organisation} zone={zone} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {withoutOrganisation ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('missing.withoutOrganisation', { count: withoutOrganisation })}
          </Text>
        ) : null}
      </section>
      <section aria-labelledby="reports-heading">
        <Title order={2} size="h3" id="reports-heading" mb="xs">
          {t('reports.title')}
        </Title>
        <ScrollTable label={t('reports.title')} minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.measure')}</Table.Th>
                <Table.Th scope="col">{t('missing.organisation')}</Table.Th>
                <Table.Th scope="col">{t('reports.status')}</Table.Th>
                <Table.Th scope="col">{t('reports.state')}</Table.Th>
                <Table.Th scope="col">{t('reports.submitted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.measures.map((measure) => (
                <Table.Tr key={measure.measureId} data-measure={measure.title}>
                  <Table.Td>{`${measure.number} ${measure.title}`}</Table.Td>
                  <Table.Td>{measure.organisationName ?? t('none')}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[measure.status]} variant="dot">
                      {t(`status.${measure.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{measure.report && measure.status === 'SUBMITTED' ? t(`state.${measure.report.state}`) : t('none')}</Table.Td>
                  <Table.Td>
                    {measure.report?.submittedAt ? `${formatDateTime(measure.report.submittedAt, zone)}${measure.report.submittedByName ? `, ${measure.report.submittedByName}` : ''}` : t('none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </section>
    </>
  );
}

type OrganisationReporting = MonitoringOverviewQuery['monitoringOverview']['organisations'][number];

function OrganisationRow({ planId, organisation, zone }: { planId: string; organisation: OrganisationReporting; zone: string }) {
  const { t } = useTranslation('monitoring');
  const [failure, setFailure] = useState<string>();
  const [remind, { loading }] = useMutation(RemindOrganisationDocument, { refetchQueries: ['MonitoringOverview'], awaitRefetchQueries: true });
  const reminder = organisation.lastReminder;
  return (
    <Table.Tr data-organisation={organisation.name}>
      <Table.Td>{organisation.name}</Table.Td>
      <Table.Td ta="right">{`${organisation.submittedCount} / ${organisation.measureCount}`}</Table.Td>
      <Table.Td ta="right">{organisation.missingCount}</Table.Td>
      <Table.Td>{reminder ? t('missing.remindedOn', { date: formatDate(reminder.createdAt, zone), who: reminder.remindedByName ?? t('none') }) : t('missing.never')}</Table.Td>
      <Table.Td>
        {organisation.missingCount > 0 ? (
          <ConfirmButton
            size="compact-sm"
            variant="light"
            question={t('missing.remindQuestion', { name: organisation.name, count: organisation.missingCount })}
            confirmLabel={t('missing.remind')}
            onConfirm={async () => {
              setFailure(undefined);
              try {
                await remind({ variables: { input: { actionPlanId: planId, organisationId: organisation.organisationId } } });
              } catch (error) {
                setFailure(serverError(error)?.message);
              }
            }}
            loading={loading}
            aria-label={t('missing.remindLabel', { name: organisation.name })}
          >
            {t('missing.remind')}
          </ConfirmButton>
        ) : (
          <Text size="sm" c="dimmed">
            {t('missing.complete')}
          </Text>
        )}
        {failure ? (
          <Alert color="red" role="alert" mt="xs" p="xs">
            {failure}
          </Alert>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** The yearly evaluation: counts, charts, the lists and the figures. */
function Evaluation({ planId }: { planId: string }) {
  const { t } = useTranslation('monitoring');
  const currency = useAreaCurrency();
  const { data, loading, error } = useQuery(MonitoringEvaluationDocument, { variables: { actionPlanId: planId } });
  const evaluation = data?.monitoringEvaluation;
  if (loading && !evaluation) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!evaluation) return null;
  const reported = evaluation.measureCount - evaluation.notReportedCount;
  return (
    <section aria-labelledby="evaluation-heading">
      <Title order={2} size="h3" id="evaluation-heading" mb="xs">
        {t('evaluation.title', { year: evaluation.year })}
      </Title>
      {/* One figure per row on a phone: an amount in crowns does not break (its group separators are no-break spaces). */}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="md">
        <Figure label={t('evaluation.measures')} value={String(evaluation.measureCount)} />
        <Figure label={t('evaluation.reported')} value={String(reported)} />
        <Figure label={t('planned')} value={formatMoney(evaluation.plannedTotal, currency)} />
        <Figure label={t('spent')} value={formatMoney(evaluation.spentTotal, currency)} />
      </SimpleGrid>
      {evaluation.measureCount === 0 ? (
        <EmptyState title={t('evaluation.empty')} />
      ) : (
        <Stack gap="xl">
          <EvaluationCharts evaluation={evaluation} currency={currency} />
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('evaluation.states')}
            </Title>
            <ScrollTable label={t('evaluation.states')} minWidth={320}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reports.state')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('evaluation.count')}
                    </Table.Th>
                    <Table.Th scope="col">{t('evaluation.list')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...evaluation.stateCounts.map((s) => ({ key: s.state, label: t(`state.${s.state}`), count: s.count, state: s.state })), { key: 'none', label: t('notReported'), count: evaluation.notReportedCount, state: null }].map((row) => (
                    <Table.Tr key={row.key}>
                      <Table.Th scope="row" fw={500}>
                        {row.label}
                      </Table.Th>
                      <Table.Td ta="right">{row.count}</Table.Td>
                      <Table.Td>
                        {evaluation.measures
                          .filter((m) => m.state === row.state)
                          .map((m) => `${m.number} ${m.title}`)
                          .join('; ') || t('none')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </div>
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('evaluation.indicators')}
            </Title>
            {evaluation.indicators.length === 0 ? (
              <Text c="dimmed">{t('evaluation.noIndicators')}</Text>
            ) : (
              <ScrollTable label={t('evaluation.indicators')} minWidth={640}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('reports.measure')}</Table.Th>
                      <Table.Th scope="col">{t('indicator.name')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('indicator.baseline')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('indicator.target')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('indicator.value')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('indicator.percent')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {evaluation.indicators.map((i) => (
                      <Table.Tr key={i.indicatorId}>
                        <Table.Td>{i.measureNumber}</Table.Td>
                        <Table.Td>{`${i.name} (${i.unit})`}</Table.Td>
                        <Table.Td ta="right">{i.baseline === null ? t('none') : formatNumber(Number(i.baseline), 4)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(Number(i.target), 4)}</Table.Td>
                        <Table.Td ta="right">{i.value === null ? t('none') : formatNumber(Number(i.value), 4)}</Table.Td>
                        <Table.Td ta="right">{i.percentOfTarget === null ? t('none') : `${formatNumber(Number(i.percentOfTarget), 1)} %`}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </div>
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('evaluation.money')}
            </Title>
            <ScrollTable label={t('evaluation.money')} minWidth={420}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('source')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('planned')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('spent')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {evaluation.money.map((m) => (
                    <Table.Tr key={m.source}>
                      <Table.Th scope="row" fw={500}>
                        {t(`measures:source.${m.source}`)}
                      </Table.Th>
                      <Table.Td ta="right">{formatMoney(m.planned, currency)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(m.spent, currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr fw={700}>
                    <Table.Th scope="row">{t('total')}</Table.Th>
                    <Table.Td ta="right">{formatMoney(evaluation.plannedTotal, currency)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(evaluation.spentTotal, currency)}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </div>
        </Stack>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Paper>
  );
}
