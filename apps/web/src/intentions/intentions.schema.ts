import { z } from 'zod';
import type { IntentionKind, IntentionState, MeasureState, ServiceType } from '../gql/graphql';
import { CAPACITY_UNITS, SERVICE_FORMS, TARGET_GROUPS } from '../services/services.schema';

export const INTENTION_KINDS = ['NEW_SERVICE', 'CAPACITY_INCREASE', 'CAPACITY_DECREASE', 'SCOPE_CHANGE', 'TERMINATION'] as const satisfies readonly IntentionKind[];
export const INTENTION_STATES = [
  'DRAFT',
  'SUBMITTED',
  'RECOMMENDED',
  'NOT_RECOMMENDED',
  'FORWARDED',
  'INCLUDED',
  'NOT_INCLUDED',
  'WITHDRAWN',
] as const satisfies readonly IntentionState[];
export const FUNDING_SOURCES = ['state', 'region', 'municipality', 'eu', 'other'] as const;

/** Badge colours; the state's name is always written too, so colour is never the only signal. */
export const STATE_COLORS: Record<IntentionState, string> = {
  DRAFT: 'gray',
  WITHDRAWN: 'gray',
  SUBMITTED: 'blue',
  RECOMMENDED: 'teal',
  NOT_RECOMMENDED: 'orange',
  FORWARDED: 'indigo',
  INCLUDED: 'green',
  NOT_INCLUDED: 'red',
};

/** As many measures as the API accepts for one intention. */
export const MAX_LINKED_MEASURES = 50;
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const FTE = /^-?\d{1,4}(\.\d{1,2})?$/;

/** "1 250 000,5" → "1250000.5": spaces dropped, a decimal comma becomes a point. Empty stays empty. */
export const normaliseDecimal = (value: string): string => value.replace(/[\s\u00a0]/g, '').replace(',', '.');

/** Exact hundredths of a decimal text (no floating point): "1250000.5" → 125000050n. */
export function hundredths(value: string): bigint {
  const text = normaliseDecimal(value) || '0';
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const amount = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -amount : amount;
}

const money = (message: string) =>
  z
    .string()
    .transform(normaliseDecimal)
    .refine((value) => value === '' || MONEY.test(value), message);

export const intentionSchema = z
  .object({
    organisationId: z.string().min(1, 'choose'),
    serviceMode: z.enum(['existing', 'new']),
    serviceId: z.string(),
    newServiceName: z.string().trim().max(300, 'tooLong'),
    newServiceType: z.string(),
    newServiceForm: z.enum(SERVICE_FORMS).nullable(),
    newServiceTargetGroups: z.array(z.enum(TARGET_GROUPS)),
    kind: z.enum(INTENTION_KINDS, 'choose'),
    currentCapacity: z.number('required').int('intentions:form.wholeNumber').min(0, 'intentions:form.wholeNumber'),
    proposedCapacity: z.number('required').int('intentions:form.wholeNumber').min(0, 'intentions:form.wholeNumber'),
    capacityUnit: z.enum(CAPACITY_UNITS, 'choose'),
    fteChange: z
      .string()
      .transform(normaliseDecimal)
      .refine((value) => FTE.test(value), 'intentions:form.fteInvalid'),
    annualCost: money('intentions:form.moneyInvalid').refine((value) => value !== '', 'required'),
    funding: z.object({
      state: money('intentions:form.moneyInvalid'),
      region: money('intentions:form.moneyInvalid'),
      municipality: money('intentions:form.moneyInvalid'),
      eu: money('intentions:form.moneyInvalid'),
      other: money('intentions:form.moneyInvalid'),
    }),
    startYear: z.number('required').int('intentions:form.yearInvalid').min(2000, 'intentions:form.yearInvalid').max(2100, 'intentions:form.yearInvalid'),
    reviewingGroupId: z.string().min(1, 'choose'),
    justification: z.string().trim().min(1, 'required').max(10000, 'tooLong'),
    linkedMeasureIds: z.array(z.string()).max(MAX_LINKED_MEASURES, 'intentions:form.tooManyMeasures'),
  })
  .superRefine((values, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: path.split('.'), message });
    if (values.serviceMode === 'existing') {
      if (!values.serviceId) issue('serviceId', 'choose');
      if (values.kind === 'NEW_SERVICE') issue('kind', 'intentions:form.newServiceNeedsNew');
    } else {
      if (!values.newServiceName) issue('newServiceName', 'required');
      if (!values.newServiceType) issue('newServiceType', 'choose');
      if (!values.newServiceForm) issue('newServiceForm', 'choose');
      if (values.newServiceTargetGroups.length === 0) issue('newServiceTargetGroups', 'chooseOne');
      if (values.kind !== 'NEW_SERVICE') issue('kind', 'intentions:form.existingNeedsService');
    }
    const { kind, currentCapacity: current, proposedCapacity: proposed } = values;
    if (kind === 'CAPACITY_INCREASE' && proposed <= current) issue('proposedCapacity', 'intentions:form.mustIncrease');
    if (kind === 'CAPACITY_DECREASE' && proposed >= current) issue('proposedCapacity', 'intentions:form.mustDecrease');
    if (kind === 'TERMINATION' && proposed !== 0) issue('proposedCapacity', 'intentions:form.terminationZero');
    if (kind === 'NEW_SERVICE' && proposed === 0) issue('proposedCapacity', 'intentions:form.newNeedsCapacity');
    const valid = (text: string) => text === '' || MONEY.test(text);
    const sources = FUNDING_SOURCES.map((source) => values.funding[source]);
    if (valid(values.annualCost) && sources.every(valid)) {
      const total = sources.reduce((sum, amount) => sum + hundredths(amount), 0n);
      if (total > hundredths(values.annualCost)) issue('funding', 'intentions:form.fundingExceedsCost');
    }
  });
export type IntentionInputValues = z.input<typeof intentionSchema>;
export type IntentionValues = z.output<typeof intentionSchema>;

/** The fields each step of the guided form checks before the next one opens. */
export const STEP_FIELDS = [
  ['organisationId', 'serviceMode', 'serviceId', 'newServiceName', 'newServiceType', 'newServiceForm', 'newServiceTargetGroups'],
  ['kind', 'currentCapacity', 'proposedCapacity', 'capacityUnit', 'fteChange'],
  ['annualCost', 'funding', 'funding.state', 'funding.region', 'funding.municipality', 'funding.eu', 'funding.other'],
  ['startYear', 'reviewingGroupId', 'justification', 'linkedMeasureIds'],
] as const satisfies readonly (readonly string[])[];

/** The form field a field named by the server stands for: "input.linkedMeasureIds.2" → "linkedMeasureIds". */
export function formFieldOf(field: string | undefined): string | undefined {
  return field?.replace(/^input\./, '').replace(/\.\d+$/, '');
}

/** The step that holds a field the server named ("input.funding" → 2). */
export function stepOfField(field: string | undefined): number | undefined {
  const name = formFieldOf(field);
  if (!name) return undefined;
  const root = name === 'newService' ? 'newServiceName' : name;
  const index = STEP_FIELDS.findIndex((fields) => (fields as readonly string[]).includes(root));
  return index >= 0 ? index : undefined;
}

/** The API's input from checked values (shared by create and update). */
export function toIntentionInput(values: IntentionValues) {
  const isNew = values.serviceMode === 'new';
  return {
    kind: values.kind,
    serviceId: isNew ? null : values.serviceId,
    newService:
      isNew && values.newServiceForm
        ? { name: values.newServiceName, type: values.newServiceType as ServiceType, form: values.newServiceForm, targetGroups: values.newServiceTargetGroups }
        : null,
    currentCapacity: isNew ? 0 : values.currentCapacity,
    proposedCapacity: values.proposedCapacity,
    capacityUnit: values.capacityUnit,
    fteChange: values.fteChange,
    annualCost: values.annualCost,
    funding: {
      state: values.funding.state || '0',
      region: values.funding.region || '0',
      municipality: values.funding.municipality || '0',
      eu: values.funding.eu || '0',
      other: values.funding.other || '0',
    },
    startYear: values.startYear,
    reviewingGroupId: values.reviewingGroupId,
    justification: values.justification,
    linkedMeasureIds: values.linkedMeasureIds,
  };
}

/**
 * The input of saving a draft again: the links to measures only when they differ from the saved
 * ones (left out, the API keeps them as they are), so an autosave never touches links it did not change.
 */
export function draftUpdateInput(values: IntentionValues, savedLinks: readonly string[]) {
  const { linkedMeasureIds, ...input } = toIntentionInput(values);
  const same = linkedMeasureIds.length === savedLinks.length && linkedMeasureIds.every((id) => savedLinks.includes(id));
  return same ? input : { ...input, linkedMeasureIds };
}

export interface MeasureOption {
  id: string;
  number: string;
  title: string;
  state: MeasureState;
}

/** Measures that no longer stand in the plan; offered only while an intention is still linked to one. */
const CLOSED_MEASURE_STATES: readonly MeasureState[] = ['REJECTED', 'MERGED', 'WITHDRAWN'];

/**
 * The choices of the measures select: "2.1.3 Title", grouped by plan when the area has several,
 * without closed measures unless already chosen.
 */
export function measureChoices(plans: readonly { title: string; measures: readonly MeasureOption[] }[], chosen: readonly string[]) {
  const groups = plans
    .map((plan) => ({
      group: plan.title,
      items: plan.measures
        .filter((measure) => !CLOSED_MEASURE_STATES.includes(measure.state) || chosen.includes(measure.id))
        .map((measure) => ({ value: measure.id, label: `${measure.number} ${measure.title}` })),
    }))
    .filter((group) => group.items.length > 0);
  return groups.length === 1 ? groups[0]!.items : groups;
}
