import { ApprovalResult, ApprovalRoundPhase, VoteChoice } from './approval.enums';

/** Votes of a round by choice. */
export type VoteCounts = Record<VoteChoice, number>;

export interface QuorumRule {
  /** Share of the eligible voters who must vote, in per cent (0–100). */
  quorumPercent: number;
  /** Share of approvals among the votes for or against, in per cent (1–100). */
  approvalPercent: number;
}

export interface RoundOutcome {
  votesCast: number;
  /** Votes needed for the quorum: quorumPercent % of the eligible, rounded up. */
  quorumVotes: number;
  quorumMet: boolean;
  /** APPROVE + APPROVE_WITH_RESERVATIONS. */
  approvals: number;
  /** Votes for or against: votes cast − ABSTAIN. */
  decisive: number;
  approvalMet: boolean;
  result: ApprovalResult;
}

export const emptyCounts = (): VoteCounts => ({
  [VoteChoice.APPROVE]: 0,
  [VoteChoice.APPROVE_WITH_RESERVATIONS]: 0,
  [VoteChoice.REJECT]: 0,
  [VoteChoice.ABSTAIN]: 0,
});

/**
 * The quorum rule of an approval round, on whole numbers only (no float rounding at the edges):
 *  - quorum: votes cast ≥ ⌈quorumPercent % × eligible⌉;
 *  - approval: approvals × 100 ≥ approvalPercent × (votes cast − abstentions); with no vote for or
 *    against (only abstentions) nothing is approved.
 * APPROVED needs both; REJECTED is a quorum without enough approvals; NO_QUORUM otherwise.
 */
export function decideRound(eligible: number, counts: VoteCounts, rule: QuorumRule): RoundOutcome {
  const votesCast = counts.APPROVE + counts.APPROVE_WITH_RESERVATIONS + counts.REJECT + counts.ABSTAIN;
  const quorumVotes = Math.ceil((rule.quorumPercent * eligible) / 100);
  const quorumMet = eligible > 0 && votesCast >= quorumVotes;
  const approvals = counts.APPROVE + counts.APPROVE_WITH_RESERVATIONS;
  const decisive = votesCast - counts.ABSTAIN;
  const approvalMet = decisive > 0 && approvals * 100 >= rule.approvalPercent * decisive;
  const result = !quorumMet ? ApprovalResult.NO_QUORUM : approvalMet ? ApprovalResult.APPROVED : ApprovalResult.REJECTED;
  return { votesCast, quorumVotes, quorumMet, approvals, decisive, approvalMet, result };
}

/**
 * Where a round is at `now` (server time): closed once closed by the coordinator; otherwise open
 * from opensAt until closesAt (votes are refused after closesAt even before the close).
 */
export function roundPhase(round: { opensAt: Date; closesAt: Date; closedAt: Date | null }, now: Date): ApprovalRoundPhase {
  if (round.closedAt) return ApprovalRoundPhase.CLOSED;
  if (now < round.opensAt) return ApprovalRoundPhase.UPCOMING;
  if (now >= round.closesAt) return ApprovalRoundPhase.CLOSED;
  return ApprovalRoundPhase.OPEN;
}
