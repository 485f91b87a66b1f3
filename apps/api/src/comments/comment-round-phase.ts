import { registerEnumType } from '@nestjs/graphql';

/** Where a comment round stands, computed from its times and its settlement. */
export enum CommentRoundPhase {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  SETTLED = 'SETTLED',
}
registerEnumType(CommentRoundPhase, {
  name: 'CommentRoundPhase',
  description: 'Where a comment round stands.',
  valuesMap: {
    UPCOMING: { description: 'Not open yet (before its opening time).' },
    OPEN: { description: 'Taking comments, replies and edits (from the opening until the closing time).' },
    CLOSED: { description: 'Past its closing time; the coordinator settles the comments.' },
    SETTLED: { description: 'Closed as settled: every comment settled, nothing changes any more.' },
  },
});

/** What can be done in a round. */
export type RoundAction = 'UPDATE' | 'POST' | 'REPLY' | 'EDIT' | 'HIDE' | 'SETTLE' | 'CLOSE_AS_SETTLED';

/**
 * The one table of what each phase allows. Comments may be settled as soon as they are posted
 * (the coordinator can work through them during the round), but the round is closed as settled
 * only after its closing time, when nothing new can arrive.
 */
export const ROUND_ACTIONS: Record<CommentRoundPhase, readonly RoundAction[]> = {
  [CommentRoundPhase.UPCOMING]: ['UPDATE', 'HIDE'],
  [CommentRoundPhase.OPEN]: ['UPDATE', 'POST', 'REPLY', 'EDIT', 'HIDE', 'SETTLE'],
  [CommentRoundPhase.CLOSED]: ['UPDATE', 'HIDE', 'SETTLE', 'CLOSE_AS_SETTLED'],
  [CommentRoundPhase.SETTLED]: [],
};

export interface RoundTimes {
  opensAt: Date;
  closesAt: Date;
  settledAt: Date | null;
}

/** The phase at `now`: the round takes comments from `opensAt` (inclusive) until `closesAt` (exclusive). */
export function phaseOf(round: RoundTimes, now: Date = new Date()): CommentRoundPhase {
  if (round.settledAt) return CommentRoundPhase.SETTLED;
  if (now.getTime() < round.opensAt.getTime()) return CommentRoundPhase.UPCOMING;
  if (now.getTime() < round.closesAt.getTime()) return CommentRoundPhase.OPEN;
  return CommentRoundPhase.CLOSED;
}

export const allows = (round: RoundTimes, action: RoundAction, now: Date = new Date()): boolean =>
  ROUND_ACTIONS[phaseOf(round, now)].includes(action);
