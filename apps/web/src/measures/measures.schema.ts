import { z } from 'zod';
import type { FundingSource, MeasureState } from '../gql/graphql';

export const FUNDING_SOURCES: readonly FundingSource[] = ['MUNICIPALITY', 'REGION', 'STATE', 'EU_FUNDS', 'OTHER'];

/**
 * An amount as people type it ("12 345 678,90", "1500") → the API's decimal string with a dot
 * ("12345678.90", "1500"); null when it is not a non-negative amount with at most two decimals.
 * Only the characters are rearranged: the amount never passes through a float.
 */
export function toApiAmount(typed: string): string | null {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^\d{1,12}(\.\d{1,2})?$/.test(compact) ? compact : null;
}

/** A decimal value of an indicator ("2,5" → "2.5"); null when it is not a number. */
export function toApiDecimal(typed: string): string | null {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(compact) ? compact : null;
}

const year = z.number({ error: 'required' }).int('invalid').min(2000, 'invalid').max(2100, 'invalid');

export const measureSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    description: z.string().max(20000, 'tooLong'),
    rationale: z.string().max(20000, 'tooLong'),
    targetGroups: z.array(z.string().trim().min(1).max(200, 'tooLong')),
    fromYear: year,
    toYear: year,
    responsibleOrganisationId: z.string().nullable(),
    partnerOrganisationIds: z.array(z.string()).max(50, 'measures:form.tooMany'),
    proposingGroupIds: z.array(z.string()).max(20, 'measures:form.tooMany'),
    costs: z.array(
      z.object({
        year,
        source: z.enum(FUNDING_SOURCES as [FundingSource, ...FundingSource[]], { error: 'choose' }),
        amount: z.string().refine((value) => toApiAmount(value) !== null, 'measures:form.amountInvalid'),
      }),
    ),
    indicators: z.array(
      z.object({
        /** The indicator being edited; absent for a new one (its monitoring values stay with the id). */
        indicatorId: z.string().optional(),
        name: z.string().trim().min(1, 'required').max(300, 'tooLong'),
        unit: z.string().trim().min(1, 'required').max(50, 'tooLong'),
        baseline: z.string().refine((value) => !value.trim() || toApiDecimal(value) !== null, 'measures:form.numberInvalid'),
        target: z.string().refine((value) => toApiDecimal(value) !== null, 'measures:form.numberInvalid'),
      }),
    ),
  })
  .refine((values) => values.toYear >= values.fromYear, { path: ['toYear'], message: 'measures:form.toBeforeFrom' });

export type MeasureValues = z.infer<typeof measureSchema>;

/** The form of a measure that has proposing groups: at least one of them stays (as the API asks). */
export const measureKeepingGroupsSchema = measureSchema.refine((values) => values.proposingGroupIds.length > 0, {
  path: ['proposingGroupIds'],
  message: 'measures:form.keepOneGroup',
});

/** States that need a reason (the API refuses them without one). */
export const REASON_REQUIRED = ['REJECTED', 'MERGED', 'WITHDRAWN'] as const;

/**
 * States in which a measure no longer changes (the API's CLOSED_STATES): its texts and activities
 * are refused, so the page offers no editing there.
 */
export const CLOSED_STATES: readonly MeasureState[] = ['REJECTED', 'MERGED', 'WITHDRAWN'];

export const isOpenMeasure = (state: MeasureState): boolean => !CLOSED_STATES.includes(state);

/** An activity as added or changed inline on the measure page. */
export const activitySchema = z.object({
  title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
  description: z.string().max(20000, 'tooLong'),
});

export type ActivityValues = z.infer<typeof activitySchema>;
