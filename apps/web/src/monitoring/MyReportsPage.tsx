import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../gql/graphql';
import { useAreaCurrency } from '../measures/useAreaCurrency';
import { formatDate, formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { MyProgressReportsDocument } from './monitoring.operations';
import { ProgressReportForm } from './ProgressReportForm';
import { usePlanPicker } from './usePlanPicker';

const STATUS_COLORS: Record<ReportStatus, string> = { MISSING: 'red', DRAFT: 'yellow', SUBMITTED: 'green' };

/** "Moje hlášení": the measures the viewer's organisations are responsible for in the picked year, a report form for each, and the reminders they got. */
export function MyReportsPage() {
  const { t } = useTranslation('monitoring');
  const { plans, picked, loading, error, picker } = usePlanPicker();
  return (
    <>
      <PageHeader title={t('mine.title')} subtitle={t('mine.subtitle')} />
      <ErrorState error={error} />
      {loading ? (
        <LoadingState />
      ) : !picked ? (
        <EmptyState title={t('noPlans')}>{t('noPlansHint')}</EmptyState>
      ) : (
        <Stack gap="lg">
          {plans.length > 1 ? picker : null}
          <MyMeasures planId={picked.id} />
        </Stack>
      )}
    </>
  );
}

function MyMeasures({ planId }: { planId: string }) {
  const { t } = useTranslation('monitoring');
  const zone = useAreaTimezone();
  const currency = useAreaCurrency();
  const { data, loading, error } = useQuery(MyProgressReportsDocument, { variables: { actionPlanId: planId } });
  const mine = data?.myProgressReports;
  if (loading && !mine) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  if (!mine) return null;
  const open = mine.measures.filter((m) => m.status !== 'SUBMITTED').length;
  return (
    <Stack gap="lg">
      {mine.reminders.slice(0, 1).map((reminder) => (
        <Alert key={reminder.id} color={open ? 'blue' : 'gray'} title={t('mine.reminderTitle')} data-testid="reminder">
          {t('mine.reminder', {
            who: reminder.remindedByName ?? t('none'),
            date: formatDate(reminder.createdAt, zone),
            organisation: reminder.organisationName,
            count: reminder.measureIds.length,
            year: mine.year,
          })}
        </Alert>
      ))}
      {mine.measures.length === 0 ? (
        <EmptyState title={t('mine.empty', { year: mine.year })}>{t('mine.emptyHint')}</EmptyState>
      ) : (
        <>
          <Text>{t('mine.summary', { count: mine.measures.length, open, year: mine.year })}</Text>
          {mine.measures.map((measure) => (
            <Card withBorder key={measure.measureId} component="section" aria-labelledby={`measure-${measure.measureId}`} data-measure={measure.title}>
              <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
                <div>
                  <Title order={2} size="h4" id={`measure-${measure.measureId}`}>
                    {`${measure.number} ${measure.title}`}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {measure.organisationName}
                  </Text>
                </div>
                <Badge color={STATUS_COLORS[measure.status]} variant="dot">
                  {t(`status.${measure.status}`)}
                </Badge>
              </Group>
              {measure.report ? (
                <Text size="sm" c="dimmed" mb="sm">
                  {t('mine.lastSaved', { date: formatDateTime(measure.report.updatedAt, zone), who: measure.report.updatedByName ?? t('none') })}
                </Text>
              ) : null}
              <ProgressReportForm key={measure.measureId} measure={measure} currency={currency} />
            </Card>
          ))}
        </>
      )}
    </Stack>
  );
}
