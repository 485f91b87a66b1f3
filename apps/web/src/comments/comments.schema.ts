import { z } from 'zod';
import type { CommentAudience, CommentStance, SettlementOutcome } from '../gql/graphql';

export const AUDIENCES: readonly CommentAudience[] = ['GROUPS', 'AREA_MEMBERS', 'PUBLIC'];
export const STANCES: readonly CommentStance[] = ['SUPPORT', 'NEUTRAL', 'OBJECTION'];
export const OUTCOMES: readonly SettlementOutcome[] = ['ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'EXPLAINED'];
/** Outcomes that need a justification (the API refuses them without one). */
export const JUSTIFIED_OUTCOMES: readonly SettlementOutcome[] = ['PARTLY_ACCEPTED', 'REJECTED', 'EXPLAINED'];

/** The "Open a comment round" form; times are datetime-local values in the area's time zone. */
export const roundSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    instructions: z.string().max(10000, 'tooLong'),
    audience: z.enum(AUDIENCES as [CommentAudience, ...CommentAudience[]], { error: 'choose' }),
    groupIds: z.array(z.string()),
    opensAt: z.string().min(1, 'required'),
    closesAt: z.string().min(1, 'required'),
  })
  .refine((values) => values.audience !== 'GROUPS' || values.groupIds.length > 0, { path: ['groupIds'], message: 'comments:form.groupsRequired' })
  .refine((values) => !values.opensAt || !values.closesAt || values.closesAt > values.opensAt, { path: ['closesAt'], message: 'comments:form.closesAfterOpens' });
export type RoundFormValues = z.infer<typeof roundSchema>;
