import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { IntentionFieldsFragment, ServiceForm, ServiceType } from '../gql/graphql';
import { typeLabel, TARGET_GROUPS, unitsFor } from '../services/services.schema';
import { useMyProviderOrganisations, useServiceTypes } from '../services/useServiceTypes';
import { applyServerError, fieldError, serverError, type ServerError } from '../ui/errors';
import { formatDay } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import {
  CreateIntentionDocument,
  IntentionCallsDocument,
  IntentionDocument,
  OrganisationServicesDocument,
  PlanMeasureOptionsDocument,
  ReviewingGroupsDocument,
  SubmitIntentionDocument,
  UpdateIntentionDocument,
} from './intentions.operations';
import {
  draftUpdateInput,
  formFieldOf,
  FUNDING_SOURCES,
  INTENTION_KINDS,
  intentionSchema,
  MAX_LINKED_MEASURES,
  measureChoices,
  STEP_FIELDS,
  stepOfField,
  toIntentionInput,
  type IntentionInputValues,
  type IntentionValues,
} from './intentions.schema';
import { formatMoney } from './money';

const SERVER_FIELDS = [...STEP_FIELDS.flat(), 'newService'];
const LAST_STEP = 4;
const STEP_KEYS = ['service', 'capacity', 'money', 'review', 'submit'] as const;

/** /a/:area/intentions/new and /a/:area/intentions/:id/edit: the guided form of a draft. */
export function IntentionFormPage() {
  const { t } = useTranslation('intentions');
  const { id } = useParams();
  const { organisations, loading: loadingOrganisations } = useMyProviderOrganisations();
  const { data, loading, error } = useQuery(IntentionDocument, { variables: { id: id ?? '' }, skip: !id });

  if (loadingOrganisations || (id && loading && !data)) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const intention = data?.intention ?? undefined;
  if (id && !intention) return <EmptyState title={t('detail.notFound')} />;
  if (intention && intention.state !== 'DRAFT') return <EmptyState title={t('form.notDraft')} />;
  if (organisations.length === 0) return <EmptyState title={t('form.providersOnly')}>{t('form.providersOnlyHint')}</EmptyState>;
  return <IntentionForm key={id ?? 'new'} intention={intention} organisationIds={organisations.map((organisation) => organisation.id)} />;
}

function defaults(intention: IntentionFieldsFragment | undefined, organisationId: string): IntentionInputValues {
  return {
    organisationId: intention?.organisation.id ?? organisationId,
    serviceMode: intention && !intention.serviceId ? 'new' : 'existing',
    serviceId: intention?.serviceId ?? '',
    newServiceName: intention?.newServiceName ?? '',
    newServiceType: intention?.newServiceType ?? '',
    newServiceForm: intention?.newServiceForm ?? null,
    newServiceTargetGroups: intention && !intention.serviceId ? intention.newServiceTargetGroups : [],
    kind: intention?.kind ?? 'CAPACITY_INCREASE',
    currentCapacity: intention?.currentCapacity ?? 0,
    proposedCapacity: intention?.proposedCapacity ?? 0,
    capacityUnit: intention?.capacityUnit ?? 'CLIENTS_AT_ONCE',
    fteChange: intention?.fteChange ?? '0',
    annualCost: intention?.annualCost ?? '',
    funding: {
      state: intention?.funding.state ?? '',
      region: intention?.funding.region ?? '',
      municipality: intention?.funding.municipality ?? '',
      eu: intention?.funding.eu ?? '',
      other: intention?.funding.other ?? '',
    },
    startYear: intention?.startYear ?? new Date().getFullYear() + 1,
    reviewingGroupId: intention?.reviewingGroup.id ?? '',
    justification: intention?.justification ?? '',
    linkedMeasureIds: intention?.measures.map((measure) => measure.id) ?? [],
  };
}

type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

function IntentionForm({ intention, organisationIds }: { intention?: IntentionFieldsFragment; organisationIds: string[] }) {
  const { t } = useTranslation('intentions');
  const { area = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { organisations } = useMyProviderOrganisations();
  const { types, byType } = useServiceTypes();
  const narrow = useMediaQuery('(max-width: 40em)');
  const [step, setStep] = useState<number>((location.state as { step?: number } | null)?.step ?? 0);
  const [failure, setFailure] = useState<ServerError>();
  const [status, setStatus] = useState<SaveStatus>(intention ? 'saved' : 'idle');
  const [create, creating] = useMutation(CreateIntentionDocument, { refetchQueries: ['Intentions'] });
  const [update] = useMutation(UpdateIntentionDocument);
  const [submitIntention, submitting] = useMutation(SubmitIntentionDocument, { refetchQueries: ['Intentions'] });
  const form = useForm<IntentionInputValues, unknown, IntentionValues>({
    resolver: zodResolver(intentionSchema),
    defaultValues: defaults(intention, organisationIds[0] ?? ''),
    mode: 'onTouched',
  });
  const errors = form.formState.errors;
  const values = useWatch({ control: form.control }) as IntentionInputValues;
  const services = useQuery(OrganisationServicesDocument, { variables: { organisationId: values.organisationId }, skip: !values.organisationId });
  const groups = useQuery(ReviewingGroupsDocument);
  const calls = useQuery(IntentionCallsDocument);
  const plans = useQuery(PlanMeasureOptionsDocument);
  const planMeasures = (plans.data?.strategicPlans ?? []).map((plan) => ({
    title: plan.title,
    measures: plan.priorities.flatMap((priority) => priority.goals.flatMap((goal) => goal.measures)),
  }));
  const measureLabel = new Map(planMeasures.flatMap((plan) => plan.measures.map((measure) => [measure.id, `${measure.number} ${measure.title}`] as const)));
  const ownServices = services.data?.services.items ?? [];
  const chosenService = ownServices.find((service) => service.id === values.serviceId);
  const newTypeInfo = byType.get(values.newServiceType as ServiceType);
  const units = values.serviceMode === 'new' ? unitsFor(newTypeInfo, values.newServiceForm) : chosenService ? [chosenService.capacityUnit] : [];
  const call = calls.data?.intentionCalls.find((candidate) => candidate.year === values.startYear);

  // The service fixes the unit and today's capacity; a new service starts from nothing.
  useEffect(() => {
    if (values.serviceMode === 'existing' && chosenService) {
      if (values.capacityUnit !== chosenService.capacityUnit) form.setValue('capacityUnit', chosenService.capacityUnit);
      if (!intention && values.currentCapacity !== chosenService.capacity && !form.getFieldState('currentCapacity').isDirty) {
        form.setValue('currentCapacity', chosenService.capacity);
      }
    }
    if (values.serviceMode === 'new') {
      if (values.kind !== 'NEW_SERVICE') form.setValue('kind', 'NEW_SERVICE');
      if (values.currentCapacity !== 0) form.setValue('currentCapacity', 0);
      if (units.length > 0 && !units.includes(values.capacityUnit)) form.setValue('capacityUnit', units[0]!);
    }
    if (values.serviceMode === 'existing' && values.kind === 'NEW_SERVICE') form.setValue('kind', 'CAPACITY_INCREASE');
    if (values.kind === 'TERMINATION' && values.proposedCapacity !== 0) form.setValue('proposedCapacity', 0);
  }, [values, chosenService, units, intention, form]);

  // Autosave: once the draft exists, every change that passes the checks is saved after a pause.
  const [settled] = useDebouncedValue(JSON.stringify(values), 800);
  const lastSaved = useRef(intention ? JSON.stringify(values) : '');
  // The links as the server has them: a save sends them only when they changed (left out, they stay).
  const savedLinks = useRef<readonly string[]>(intention?.measures.map((measure) => measure.id) ?? []);
  useEffect(() => {
    if (!intention || settled === lastSaved.current) return;
    const parsed = intentionSchema.safeParse(JSON.parse(settled));
    if (!parsed.success) {
      setStatus('invalid');
      return;
    }
    setStatus('saving');
    // Marked as saved before the answer arrives: the answer refreshes the intention, which must not save it again.
    lastSaved.current = settled;
    update({ variables: { input: { id: intention.id, ...draftUpdateInput(parsed.data, savedLinks.current) } } })
      .then(() => {
        savedLinks.current = parsed.data.linkedMeasureIds;
        setStatus('saved');
      })
      .catch((error: unknown) => {
        lastSaved.current = '';
        setStatus('failed');
        showServerError(error);
      });
  }, [settled, intention?.id]);

  const showServerError = (error: unknown) => {
    const found = serverError(error);
    const target = stepOfField(found?.field);
    if (target !== undefined) setStep(target);
    const name = formFieldOf(found?.field);
    if (name === 'newService' || name === 'linkedMeasureIds') {
      form.setError(name === 'newService' ? 'newServiceName' : name, { type: 'server', message: found?.message });
      return;
    }
    setFailure(applyServerError(error, form.setError, SERVER_FIELDS));
  };

  const next = async () => {
    setFailure(undefined);
    const fields = STEP_FIELDS[step] as unknown as FieldPath<IntentionInputValues>[];
    if (!(await form.trigger(fields, { shouldFocus: true }))) return;
    if (step === 3 && !intention) {
      // The first save: every step is filled in, so the draft is created and autosave takes over.
      await form.handleSubmit(async (checked) => {
        try {
          const { data } = await create({ variables: { input: { organisationId: checked.organisationId, ...toIntentionInput(checked) } } });
          if (data) navigate(`/a/${area}/intentions/${data.createIntention.id}/edit`, { replace: true, state: { step: LAST_STEP } });
        } catch (error) {
          showServerError(error);
        }
      })();
      return;
    }
    setStep((current) => Math.min(LAST_STEP, current + 1));
  };

  const send = form.handleSubmit(async (checked) => {
    if (!intention) return;
    setFailure(undefined);
    try {
      const current = JSON.stringify(form.getValues());
      if (current !== lastSaved.current) {
        lastSaved.current = current;
        await update({ variables: { input: { id: intention.id, ...draftUpdateInput(checked, savedLinks.current) } } });
        savedLinks.current = checked.linkedMeasureIds;
      }
      await submitIntention({ variables: { input: { id: intention.id } } });
      navigate(`/a/${area}/intentions/${intention.id}`);
    } catch (error) {
      showServerError(error);
    }
  });

  const kindOptions = INTENTION_KINDS.filter((kind) => (values.serviceMode === 'new' ? kind === 'NEW_SERVICE' : kind !== 'NEW_SERVICE'));
  const moneyInput = (name: 'annualCost' | `funding.${(typeof FUNDING_SOURCES)[number]}`, label: string, required = false) => {
    const error = name === 'annualCost' ? errors.annualCost : errors.funding?.[name.slice(8) as (typeof FUNDING_SOURCES)[number]];
    return (
      <TextInput
        label={label}
        required={required}
        inputMode="decimal"
        rightSection={<Text size="xs" c="dimmed">Kč</Text>}
        {...form.register(name)}
        error={fieldError(error, t)}
      />
    );
  };

  return (
    <>
      <PageHeader
        title={intention ? t('form.editTitle') : t('form.createTitle')}
        subtitle={<SaveIndicator status={status} />}
        actions={
          <Button component={Link} to={intention ? `/a/${area}/intentions/${intention.id}` : `/a/${area}/intentions`} variant="default">
            {intention ? t('form.toDetail') : t('common:cancel')}
          </Button>
        }
      />
      {failure ? (
        <Alert color="red" role="alert" mb="md" title={t('form.refused')}>
          {failure.message}
        </Alert>
      ) : null}
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        {/* On a phone the steps show only their numbers; the current step is named above its fields. */}
        {narrow ? (
          <Text fw={600} mb="xs">
            {t('form.stepOf', { step: step + 1, total: LAST_STEP + 1, name: t(`steps.${STEP_KEYS[step]}`) })}
          </Text>
        ) : null}
        <Stepper
          active={step}
          onStepClick={(target) => (intention || target < step ? setStep(target) : undefined)}
          size="sm"
          iconSize={narrow ? 28 : undefined}
          allowNextStepsSelect={!!intention}
        >
          <Stepper.Step label={narrow ? undefined : t('steps.service')} aria-label={narrow ? `1 ${t('steps.service')}` : undefined}>
            <Paper withBorder p="md" mt="md">
              <Stack>
                {organisations.length > 1 ? (
                  <Controller
                    control={form.control}
                    name="organisationId"
                    render={({ field }) => (
                      <Select
                        label={t('fields.organisation')}
                        required
                        allowDeselect={false}
                        disabled={!!intention}
                        data={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
                        value={field.value}
                        onChange={(value) => field.onChange(value ?? '')}
                        error={fieldError(errors.organisationId, t)}
                      />
                    )}
                  />
                ) : null}
                <Controller
                  control={form.control}
                  name="serviceMode"
                  render={({ field }) => (
                    <Stack gap={4}>
                      <Text size="sm" fw={500} id="service-mode-label">
                        {t('fields.serviceMode')}
                      </Text>
                      <SegmentedControl
                        aria-labelledby="service-mode-label"
                        value={field.value}
                        onChange={field.onChange}
                        data={[
                          { value: 'existing', label: t('form.existingService') },
                          { value: 'new', label: t('form.newService') },
                        ]}
                      />
                    </Stack>
                  )}
                />
                {values.serviceMode === 'existing' ? (
                  <Controller
                    control={form.control}
                    name="serviceId"
                    render={({ field }) => (
                      <Select
                        label={t('fields.service')}
                        required
                        allowDeselect={false}
                        data={ownServices.map((service) => ({ value: service.id, label: service.name }))}
                        nothingFoundMessage={t('form.noServices')}
                        description={ownServices.length === 0 && !services.loading ? t('form.noServicesHint') : undefined}
                        value={field.value || null}
                        onChange={(value) => field.onChange(value ?? '')}
                        error={fieldError(errors.serviceId, t)}
                      />
                    )}
                  />
                ) : (
                  <>
                    <TextInput label={t('fields.newServiceName')} required {...form.register('newServiceName')} error={fieldError(errors.newServiceName, t)} />
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <Controller
                        control={form.control}
                        name="newServiceType"
                        render={({ field }) => (
                          <Select
                            label={t('fields.newServiceType')}
                            required
                            searchable
                            allowDeselect={false}
                            data={types.map((option) => ({ value: option.type, label: typeLabel(option) }))}
                            value={field.value || null}
                            onChange={(value) => {
                              field.onChange(value ?? '');
                              const forms = byType.get(value as ServiceType)?.forms ?? [];
                              form.setValue('newServiceForm', forms.length === 1 ? forms[0]! : null);
                            }}
                            error={fieldError(errors.newServiceType, t)}
                          />
                        )}
                      />
                      <Controller
                        control={form.control}
                        name="newServiceForm"
                        render={({ field }) => (
                          <Select
                            label={t('fields.newServiceForm')}
                            required
                            allowDeselect={false}
                            disabled={!newTypeInfo}
                            data={(newTypeInfo?.forms ?? []).map((value) => ({ value, label: t(`services:enums.ServiceForm.${value}`) }))}
                            value={field.value ?? null}
                            onChange={(value) => field.onChange((value as ServiceForm | null) ?? null)}
                            error={fieldError(errors.newServiceForm, t)}
                          />
                        )}
                      />
                    </SimpleGrid>
                    <Controller
                      control={form.control}
                      name="newServiceTargetGroups"
                      render={({ field }) => (
                        <MultiSelect
                          searchable
                          label={t('fields.targetGroups')}
                          required
                          data={TARGET_GROUPS.map((value) => ({ value, label: t(`services:enums.TargetGroup.${value}`) }))}
                          value={field.value}
                          onChange={field.onChange}
                          error={fieldError(errors.newServiceTargetGroups, t)}
                        />
                      )}
                    />
                  </>
                )}
              </Stack>
            </Paper>
          </Stepper.Step>
          <Stepper.Step label={narrow ? undefined : t('steps.capacity')} aria-label={narrow ? `2 ${t('steps.capacity')}` : undefined}>
            <Paper withBorder p="md" mt="md">
              <Stack>
                <Controller
                  control={form.control}
                  name="kind"
                  render={({ field }) => (
                    <Select
                      label={t('fields.kind')}
                      required
                      allowDeselect={false}
                      data={kindOptions.map((value) => ({ value, label: t(`enums.IntentionKind.${value}`) }))}
                      value={field.value}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      error={fieldError(errors.kind, t)}
                    />
                  )}
                />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Controller
                    control={form.control}
                    name="currentCapacity"
                    render={({ field }) => (
                      <NumberInput
                        label={t('fields.currentCapacity')}
                        description={values.serviceMode === 'existing' ? t('form.currentHint') : undefined}
                        min={0}
                        allowDecimal={false}
                        allowNegative={false}
                        disabled={values.serviceMode === 'new'}
                        value={field.value ?? ''}
                        onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                        onBlur={field.onBlur}
                        error={fieldError(errors.currentCapacity, t)}
                      />
                    )}
                  />
                  <Controller
                    control={form.control}
                    name="proposedCapacity"
                    render={({ field }) => (
                      <NumberInput
                        label={t('fields.proposedCapacity')}
                        required
                        min={0}
                        allowDecimal={false}
                        allowNegative={false}
                        disabled={values.kind === 'TERMINATION'}
                        value={field.value ?? ''}
                        onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                        onBlur={field.onBlur}
                        error={fieldError(errors.proposedCapacity, t)}
                      />
                    )}
                  />
                  <Controller
                    control={form.control}
                    name="capacityUnit"
                    render={({ field }) => (
                      <Select
                        label={t('fields.capacityUnit')}
                        required
                        allowDeselect={false}
                        disabled={units.length <= 1}
                        data={(units.length ? units : [field.value]).map((value) => ({ value, label: t(`services:enums.CapacityUnit.${value}`) }))}
                        value={field.value}
                        onChange={(value) => field.onChange(value ?? undefined)}
                        error={fieldError(errors.capacityUnit, t)}
                      />
                    )}
                  />
                </SimpleGrid>
                <TextInput
                  label={t('fields.fteChange')}
                  description={t('form.fteHint')}
                  required
                  inputMode="decimal"
                  {...form.register('fteChange')}
                  error={fieldError(errors.fteChange, t)}
                />
              </Stack>
            </Paper>
          </Stepper.Step>
          <Stepper.Step label={narrow ? undefined : t('steps.money')} aria-label={narrow ? `3 ${t('steps.money')}` : undefined}>
            <Paper withBorder p="md" mt="md">
              <Stack>
                {moneyInput('annualCost', t('fields.annualCost'), true)}
                <Text fw={500} size="sm">
                  {t('form.fundingTitle')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {FUNDING_SOURCES.map((source) => (
                    <div key={source}>{moneyInput(`funding.${source}`, t(`funding.${source}`))}</div>
                  ))}
                </SimpleGrid>
                {errors.funding?.message ? (
                  <Alert color="red" role="alert">
                    {fieldError(errors.funding, t)}
                  </Alert>
                ) : null}
              </Stack>
            </Paper>
          </Stepper.Step>
          <Stepper.Step label={narrow ? undefined : t('steps.review')} aria-label={narrow ? `4 ${t('steps.review')}` : undefined}>
            <Paper withBorder p="md" mt="md">
              <Stack>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Controller
                    control={form.control}
                    name="startYear"
                    render={({ field }) => (
                      <NumberInput
                        label={t('fields.startYear')}
                        required
                        min={2000}
                        max={2100}
                        allowDecimal={false}
                        allowNegative={false}
                        thousandSeparator=""
                        value={field.value ?? ''}
                        onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                        onBlur={field.onBlur}
                        error={fieldError(errors.startYear, t)}
                      />
                    )}
                  />
                  <Controller
                    control={form.control}
                    name="reviewingGroupId"
                    render={({ field }) => (
                      <Select
                        label={t('fields.reviewingGroup')}
                        required
                        allowDeselect={false}
                        data={(groups.data?.groups ?? []).map((group) => ({ value: group.id, label: group.name }))}
                        value={field.value || null}
                        onChange={(value) => field.onChange(value ?? '')}
                        error={fieldError(errors.reviewingGroupId, t)}
                      />
                    )}
                  />
                </SimpleGrid>
                <Textarea
                  label={t('fields.justification')}
                  description={t('form.justificationHint')}
                  required
                  autosize
                  minRows={4}
                  {...form.register('justification')}
                  error={fieldError(errors.justification, t)}
                />
                <Controller
                  control={form.control}
                  name="linkedMeasureIds"
                  render={({ field }) => (
                    <MultiSelect
                      label={t('fields.linkedMeasures')}
                      description={t('form.measuresHint')}
                      placeholder={field.value.length === 0 ? t('form.measuresPlaceholder') : undefined}
                      searchable
                      clearable
                      clearButtonProps={{ 'aria-label': t('common:clear') }}
                      hidePickedOptions
                      maxValues={MAX_LINKED_MEASURES}
                      nothingFoundMessage={t('form.noMeasures')}
                      data={measureChoices(planMeasures, field.value)}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      error={fieldError(errors.linkedMeasureIds, t)}
                    />
                  )}
                />
              </Stack>
            </Paper>
          </Stepper.Step>
          <Stepper.Step label={narrow ? undefined : t('steps.submit')} aria-label={narrow ? `5 ${t('steps.submit')}` : undefined}>
            <Paper withBorder p="md" mt="md">
              <Stack>
                <Summary
                  values={values}
                  measures={values.linkedMeasureIds.map((measureId) => measureLabel.get(measureId) ?? measureId)}
                  serviceName={values.serviceMode === 'new' ? values.newServiceName : chosenService?.name} groupName={groups.data?.groups.find((group) => group.id === values.reviewingGroupId)?.name} />
                {call ? (
                  <Alert color="blue" role="status">
                    {t('form.deadline', { year: call.year, date: formatDay(call.deadline) })}
                  </Alert>
                ) : (
                  <Alert color="yellow" role="status">
                    {t('form.noCall', { year: values.startYear })}
                  </Alert>
                )}
              </Stack>
            </Paper>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between" mt="lg">
          <Button variant="default" onClick={() => setStep((current) => Math.max(0, current - 1))} disabled={step === 0}>
            {t('form.back')}
          </Button>
          {step < LAST_STEP ? (
            <Button onClick={() => void next()} loading={creating.loading}>
              {step === 3 && !intention ? t('form.saveDraft') : t('form.next')}
            </Button>
          ) : (
            <Button onClick={() => void send()} loading={submitting.loading} disabled={!intention}>
              {t('form.submit')}
            </Button>
          )}
        </Group>
      </form>
    </>
  );
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation('intentions');
  if (status === 'idle') return <span>{t('form.notSavedYet')}</span>;
  return (
    <span role="status" aria-live="polite">
      {t(`form.status.${status}`)}
    </span>
  );
}

function Summary({ values, measures, serviceName, groupName }: { values: IntentionInputValues; measures: string[]; serviceName?: string; groupName?: string }) {
  const { t } = useTranslation('intentions');
  const rows: [string, string][] = [
    [t('fields.service'), serviceName || '—'],
    [t('fields.kind'), t(`enums.IntentionKind.${values.kind}`)],
    [
      t('fields.capacity'),
      `${values.currentCapacity} → ${values.proposedCapacity} ${t(`services:enums.CapacityUnitShort.${values.capacityUnit}`)}`,
    ],
    [t('fields.fteChange'), values.fteChange],
    [t('fields.annualCost'), formatMoney(values.annualCost)],
    ...FUNDING_SOURCES.map((source): [string, string] => [t(`funding.${source}`), formatMoney(values.funding[source] || '0')]),
    [t('fields.startYear'), String(values.startYear ?? '')],
    [t('fields.reviewingGroup'), groupName ?? '—'],
    [t('fields.justification'), values.justification],
    [t('fields.linkedMeasures'), measures.length ? measures.join('\n') : t('form.noMeasuresLinked')],
  ];
  return (
    <Table aria-label={t('form.summary')} variant="vertical" layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={{ base: 130, sm: 220 }}>{label}</Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
