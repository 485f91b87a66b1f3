import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MyProgressReportsQuery } from '../gql/graphql';
import { applyServerError, fieldError, serverError, type ServerError } from '../ui/errors';
import { formatMoney, formatNumber, localeTag } from '../ui/format';
import { SaveProgressReportDocument } from './monitoring.operations';
import { FUNDING_SOURCES, PROGRESS_STATES, progressReportSchema, toReportInput, type ProgressReportValues } from './monitoring.schema';

type Measure = MyProgressReportsQuery['myProgressReports']['measures'][number];

const SERVER_FIELDS = ['state', 'narrative', 'indicatorValues'] as const;
/** The currency's sign in the reader's language ("Kč", "zł", "CZK"), for labels. */
const currencySign = (currency: string): string =>
  new Intl.NumberFormat(localeTag(), { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;

/** Decimal text as the reader writes it ("1250000.5" → "1250000,5" in Czech and Polish). */
const local = (text: string, lang: string) => (lang === 'en' ? text : text.replace('.', ','));

function initialValues(measure: Measure, lang: string): ProgressReportValues {
  const report = measure.report;
  return {
    state: report?.state ?? 'IN_PROGRESS',
    narrative: report?.narrative ?? '',
    spending: FUNDING_SOURCES.map((source) => {
      const amount = report?.spending.find((line) => line.source === source)?.amount;
      return { source, amount: amount ? local(amount, lang) : '' };
    }),
    indicatorValues: measure.indicators.map((indicator) => {
      const value = report?.indicatorValues.find((line) => line.indicatorId === indicator.id)?.value;
      return { indicatorId: indicator.id, value: value ? local(value, lang) : '' };
    }),
    submit: false,
  };
}

/**
 * The report on one measure for the year: state, narrative, spending by funding source (beside the
 * planned cost) and the indicators' values. Saved as a draft, or submitted to the coordinator (then
 * it counts in the evaluation; corrections stay possible). A stale save is refused with a message.
 */
export function ProgressReportForm({ measure, currency }: { measure: Measure; currency: string }) {
  const { t, i18n } = useTranslation('monitoring');
  const [failure, setFailure] = useState<ServerError>();
  const [saved, setSaved] = useState<'draft' | 'submitted'>();
  const [save, { loading }] = useMutation(SaveProgressReportDocument, { refetchQueries: ['MyProgressReports'], awaitRefetchQueries: true });
  const form = useForm<ProgressReportValues>({ resolver: zodResolver(progressReportSchema), defaultValues: initialValues(measure, i18n.language) });
  const errors = form.formState.errors;
  const submitted = measure.status === 'SUBMITTED';
  const idPrefix = `report-${measure.measureId}`;

  const send = (submit: boolean) => {
    form.setValue('submit', submit || submitted);
    void form.handleSubmit(async (values) => {
      setFailure(undefined);
      setSaved(undefined);
      try {
        await save({ variables: { input: { measureId: measure.measureId, year: measure.year, revision: measure.report?.revision ?? null, ...toReportInput(values) } } });
        setSaved(values.submit ? 'submitted' : 'draft');
      } catch (error) {
        const found = serverError(error);
        // The indicator and spending lines are named by position (input.spending.0.amount): shown above the form.
        setFailure(found?.code === 'CONFLICT' ? { ...found, message: t('form.conflict') } : applyServerError(error, form.setError, SERVER_FIELDS));
      }
    })();
  };

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate aria-label={t('form.label', { title: measure.title })}>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        {saved ? (
          <Alert color="green" role="status">
            {saved === 'submitted' ? t('form.submitted') : t('form.savedDraft')}
          </Alert>
        ) : null}
        <Controller
          control={form.control}
          name="state"
          render={({ field }) => (
            <Radio.Group label={t('form.state')} required value={field.value} onChange={field.onChange} error={fieldError(errors.state, t)}>
              <Group mt="xs">
                {PROGRESS_STATES.map((value) => (
                  <Radio key={value} value={value} label={t(`state.${value}`)} id={`${idPrefix}-state-${value}`} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Textarea
          label={t('form.narrative')}
          description={t('form.narrativeHint')}
          autosize
          minRows={3}
          {...form.register('narrative')}
          error={fieldError(errors.narrative, t)}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={500} size="sm" mb={4}>
            {t('form.spending', { currency: currencySign(currency) })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {FUNDING_SOURCES.map((source, index) => {
              const planned = measure.plannedCosts.find((cost) => cost.source === source)?.amount;
              return (
                <TextInput
                  key={source}
                  label={t(`measures:source.${source}`)}
                  description={planned ? t('form.planned', { amount: formatMoney(planned, currency) }) : t('form.notPlanned')}
                  inputMode="decimal"
                  {...form.register(`spending.${index}.amount`)}
                  error={fieldError(errors.spending?.[index]?.amount, t)}
                />
              );
            })}
          </SimpleGrid>
        </fieldset>
        {measure.indicators.length ? (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={500} size="sm" mb={4}>
              {t('form.indicators')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {measure.indicators.map((indicator, index) => (
                <TextInput
                  key={indicator.id}
                  label={`${indicator.name} (${indicator.unit})`}
                  description={t('form.target', {
                    baseline: indicator.baseline === null ? t('none') : formatNumber(Number(indicator.baseline), 4),
                    target: formatNumber(Number(indicator.target), 4),
                  })}
                  inputMode="decimal"
                  {...form.register(`indicatorValues.${index}.value`)}
                  error={fieldError(errors.indicatorValues?.[index]?.value, t)}
                />
              ))}
            </SimpleGrid>
          </fieldset>
        ) : (
          <Text size="sm" c="dimmed">
            {t('form.noIndicators')}
          </Text>
        )}
        <Group justify="flex-end">
          {submitted ? null : (
            <Button variant="default" loading={loading} onClick={() => send(false)}>
              {t('form.saveDraft')}
            </Button>
          )}
          <Button loading={loading} onClick={() => send(true)}>
            {submitted ? t('form.saveCorrection') : t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
