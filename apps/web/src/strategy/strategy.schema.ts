import { z } from 'zod';

const year = z.number({ error: 'required' }).int('invalid').min(2000, 'strategy:form.yearRange').max(2100, 'strategy:form.yearRange');

/** The create-plan form; the API checks the same and names the field when it refuses. */
export const planSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    description: z.string().max(20000, 'tooLong'),
    fromYear: year,
    toYear: year,
  })
  .refine((values) => values.toYear >= values.fromYear, { path: ['toYear'], message: 'strategy:form.toBeforeFrom' });

export type PlanValues = z.infer<typeof planSchema>;

/** The propose-measure form (the rest is filled in on the measure page). */
export const proposeSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    description: z.string().max(20000, 'tooLong'),
    rationale: z.string().max(20000, 'tooLong'),
    fromYear: year,
    toYear: year,
    proposingGroupIds: z.array(z.string()),
  })
  .refine((values) => values.toYear >= values.fromYear, { path: ['toYear'], message: 'strategy:form.toBeforeFrom' });

export type ProposeValues = z.infer<typeof proposeSchema>;
