import { z } from 'zod';

export const VOTE_CHOICES = ['APPROVE', 'APPROVE_WITH_RESERVATIONS', 'REJECT', 'ABSTAIN'] as const;
export type VoteChoiceValue = (typeof VOTE_CHOICES)[number];
export const MAX_RESERVATION = 2000;

/** The vote form: a reservation is needed (and kept) only with "approve with reservations". */
export const voteSchema = z
  .object({
    choice: z.enum(VOTE_CHOICES, { error: 'choose' }),
    reservation: z.string().max(MAX_RESERVATION, 'tooLong'),
  })
  .refine((values) => values.choice !== 'APPROVE_WITH_RESERVATIONS' || values.reservation.trim() !== '', {
    path: ['reservation'],
    message: 'approvals:vote.reservationRequired',
  });

export type VoteValues = z.infer<typeof voteSchema>;

/** What the API receives for a vote: the reservation only with reservations. */
export function toVoteInput(roundId: string, values: VoteValues) {
  return {
    roundId,
    choice: values.choice,
    reservation: values.choice === 'APPROVE_WITH_RESERVATIONS' ? values.reservation.trim() : null,
  };
}

const percent = (min: number) => z.number({ error: 'required' }).int('invalid').min(min, 'approvals:open.percentRange').max(100, 'approvals:open.percentRange');

/** The open-round form; times are datetime-local values in the area's zone. */
export const openRoundSchema = z
  .object({
    title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    groupIds: z.array(z.string()).min(1, 'chooseOne'),
    opensAt: z.string().min(1, 'required'),
    closesAt: z.string().min(1, 'required'),
    quorumPercent: percent(0),
    approvalPercent: percent(1),
  })
  .refine((values) => !values.opensAt || !values.closesAt || values.closesAt > values.opensAt, { path: ['closesAt'], message: 'approvals:open.closesBeforeOpens' });

export type OpenRoundValues = z.infer<typeof openRoundSchema>;
