import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Alert, Button, Group, Modal, MultiSelect, NativeSelect, Paper, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MeasureFieldsFragment } from '../gql/graphql';
import { GroupsDocument } from '../groups/groups.operations';
import { OrganisationMultiSelect, OrganisationSelect } from '../organisations/OrganisationSelect';
import { applyServerError, fieldError, type ServerError } from '../ui/errors';
import { YearInput } from '../ui/YearInput';
import { UpdateMeasureDocument } from './measures.operations';
import { FUNDING_SOURCES, measureKeepingGroupsSchema, measureSchema, toApiAmount, toApiDecimal, type MeasureValues } from './measures.schema';

/** The editor's form of a measure: texts, timeline, responsibility, partners, proposing groups, yearly costs and indicators. */
export function MeasureEditModal({ opened, onClose, measure }: { opened: boolean; onClose: () => void; measure: MeasureFieldsFragment }) {
  const { t } = useTranslation('measures');
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('form.title', { number: measure.number })} size="xl">
      {opened ? <MeasureForm measure={measure} onClose={onClose} /> : null}
    </Modal>
  );
}

function MeasureForm({ measure, onClose }: { measure: MeasureFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('measures');
  const [failure, setFailure] = useState<ServerError>();
  const [update, { loading }] = useMutation(UpdateMeasureDocument, { refetchQueries: ['StrategicPlan'] });
  const groups = useQuery(GroupsDocument, { variables: { includeArchived: false } });
  // The groups of the area, and those of the measure even when archived since (so they keep their names).
  const groupOptions = [
    ...measure.proposingGroups.map((group) => ({ value: group.id, label: group.name })),
    ...(groups.data?.groups ?? []).filter((group) => !measure.proposingGroups.some((own) => own.id === group.id)).map((group) => ({ value: group.id, label: group.name })),
  ];
  const form = useForm<MeasureValues>({
    resolver: zodResolver(measure.proposingGroups.length ? measureKeepingGroupsSchema : measureSchema),
    defaultValues: {
      title: measure.title,
      description: measure.description,
      rationale: measure.rationale,
      targetGroups: measure.targetGroups,
      fromYear: measure.fromYear,
      toYear: measure.toYear,
      responsibleOrganisationId: measure.responsibleOrganisation?.id ?? null,
      partnerOrganisationIds: measure.partners.map((partner) => partner.id),
      proposingGroupIds: measure.proposingGroups.map((group) => group.id),
      costs: measure.costs.map((cost) => ({ year: cost.year, source: cost.source, amount: cost.amount })),
      indicators: measure.indicators.map((indicator) => ({
        indicatorId: indicator.id,
        name: indicator.name,
        unit: indicator.unit,
        baseline: indicator.baseline ?? '',
        target: indicator.target,
      })),
    },
  });
  const costs = useFieldArray({ control: form.control, name: 'costs' });
  const indicators = useFieldArray({ control: form.control, name: 'indicators' });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await update({
        variables: {
          input: {
            id: measure.id,
            title: values.title,
            description: values.description,
            rationale: values.rationale,
            targetGroups: values.targetGroups,
            fromYear: values.fromYear,
            toYear: values.toYear,
            responsibleOrganisationId: values.responsibleOrganisationId,
            partnerOrganisationIds: values.partnerOrganisationIds,
            proposingGroupIds: values.proposingGroupIds,
            costs: values.costs.map((cost) => ({ year: cost.year, source: cost.source, amount: toApiAmount(cost.amount) ?? cost.amount })),
            indicators: values.indicators.map((indicator) => ({
              id: indicator.indicatorId ?? null,
              name: indicator.name,
              unit: indicator.unit,
              baseline: indicator.baseline.trim() ? (toApiDecimal(indicator.baseline) ?? indicator.baseline) : null,
              target: toApiDecimal(indicator.target) ?? indicator.target,
            })),
          },
        },
      });
      onClose();
    } catch (error) {
      const fields = [
        'title',
        'description',
        'rationale',
        'targetGroups',
        'fromYear',
        'toYear',
        'responsibleOrganisationId',
        'partnerOrganisationIds',
        'proposingGroupIds',
        ...values.costs.flatMap((_, index) => ['year', 'source', 'amount'].map((key) => `costs.${index}.${key}`)),
        ...values.indicators.flatMap((_, index) => ['name', 'unit', 'baseline', 'target'].map((key) => `indicators.${index}.${key}`)),
      ];
      setFailure(applyServerError(error, form.setError, fields));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <TextInput label={t('fields.title')} required data-autofocus {...form.register('title')} error={fieldError(errors.title, t)} />
        <Textarea label={t('fields.description')} autosize minRows={3} maxRows={10} {...form.register('description')} error={fieldError(errors.description, t)} />
        <Textarea label={t('fields.rationale')} autosize minRows={2} maxRows={8} {...form.register('rationale')} error={fieldError(errors.rationale, t)} />
        <Controller
          control={form.control}
          name="targetGroups"
          render={({ field }) => (
            <TagsInput
              label={t('fields.targetGroups')}
              description={t('form.targetGroupsHint')}
              value={field.value}
              onChange={field.onChange}
              clearButtonProps={{ 'aria-label': t('common:clear') }}
              error={fieldError(errors.targetGroups as { message?: string } | undefined, t)}
            />
          )}
        />
        <Group grow align="flex-start">
          <YearInput control={form.control} name="fromYear" label={t('fields.fromYear')} error={fieldError(errors.fromYear, t)} />
          <YearInput control={form.control} name="toYear" label={t('fields.toYear')} error={fieldError(errors.toYear, t)} />
        </Group>
        <Controller
          control={form.control}
          name="responsibleOrganisationId"
          render={({ field }) => (
            <OrganisationSelect
              label={t('fields.responsibleOrganisation')}
              value={field.value}
              onChange={field.onChange}
              preferredIds={measure.responsibleOrganisation ? [measure.responsibleOrganisation.id] : []}
              error={fieldError(errors.responsibleOrganisationId, t)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="partnerOrganisationIds"
          render={({ field }) => (
            <OrganisationMultiSelect
              label={t('fields.partners')}
              description={t('form.partnersHint')}
              value={field.value}
              onChange={field.onChange}
              initial={measure.partners}
              error={fieldError(errors.partnerOrganisationIds as { message?: string } | undefined, t)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="proposingGroupIds"
          render={({ field }) => (
            <MultiSelect
              label={t('fields.proposingGroups')}
              description={t('form.proposingGroupsHint')}
              searchable
              data={groupOptions}
              value={field.value}
              onChange={field.onChange}
              nothingFoundMessage={groups.loading ? t('common:loading') : t('form.noGroupFound')}
              error={fieldError(errors.proposingGroupIds as { message?: string } | undefined, t)}
            />
          )}
        />

        <Paper withBorder p="sm" component="fieldset">
          <Title order={3} size="h5" component="legend">
            {t('sections.costs')}
          </Title>
          <Stack gap="xs">
            {costs.fields.length === 0 ? <Text c="dimmed" size="sm">{t('noCosts')}</Text> : null}
            {costs.fields.map((row, index) => (
              <Group key={row.id} align="flex-end" gap="xs" wrap="wrap">
                <YearInput control={form.control} name={`costs.${index}.year`} label={t('form.costYear', { row: index + 1 })} error={fieldError(errors.costs?.[index]?.year, t)} />
                <NativeSelect
                  label={t('form.costSource', { row: index + 1 })}
                  required
                  data={FUNDING_SOURCES.map((source) => ({ value: source, label: t(`source.${source}`) }))}
                  {...form.register(`costs.${index}.source`)}
                  error={fieldError(errors.costs?.[index]?.source, t)}
                />
                <TextInput
                  label={t('form.costAmount', { row: index + 1 })}
                  required
                  inputMode="decimal"
                  {...form.register(`costs.${index}.amount`)}
                  error={fieldError(errors.costs?.[index]?.amount, t)}
                  style={{ flex: '1 1 160px' }}
                />
                <ActionIcon variant="subtle" color="red" size="lg" mb={4} onClick={() => costs.remove(index)} aria-label={t('form.removeCost', { row: index + 1 })}>
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => costs.append({ year: form.getValues('fromYear'), source: 'MUNICIPALITY', amount: '' })}>
                {t('form.addCost')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder p="sm" component="fieldset">
          <Title order={3} size="h5" component="legend">
            {t('sections.indicators')}
          </Title>
          <Stack gap="xs">
            {indicators.fields.length === 0 ? <Text c="dimmed" size="sm">{t('noIndicators')}</Text> : null}
            {indicators.fields.map((row, index) => (
              <Group key={row.id} align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  label={t('form.indicatorName', { row: index + 1 })}
                  required
                  {...form.register(`indicators.${index}.name`)}
                  error={fieldError(errors.indicators?.[index]?.name, t)}
                  style={{ flex: '2 1 200px' }}
                />
                <TextInput label={t('fields.unit')} required {...form.register(`indicators.${index}.unit`)} error={fieldError(errors.indicators?.[index]?.unit, t)} w={110} />
                <TextInput label={t('fields.baseline')} inputMode="decimal" {...form.register(`indicators.${index}.baseline`)} error={fieldError(errors.indicators?.[index]?.baseline, t)} w={110} />
                <TextInput label={t('fields.target')} required inputMode="decimal" {...form.register(`indicators.${index}.target`)} error={fieldError(errors.indicators?.[index]?.target, t)} w={110} />
                <ActionIcon variant="subtle" color="red" size="lg" mb={4} onClick={() => indicators.remove(index)} aria-label={t('form.removeIndicator', { row: index + 1 })}>
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => indicators.append({ name: '', unit: '', baseline: '', target: '' })}>
                {t('form.addIndicator')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
