import { ApprovalResult, ApprovalRoundPhase } from './approval.enums';
import { decideRound, roundPhase } from './quorum';

const counts = (approve: number, reservations: number, reject: number, abstain: number) => ({
  APPROVE: approve,
  APPROVE_WITH_RESERVATIONS: reservations,
  REJECT: reject,
  ABSTAIN: abstain,
});

describe('decideRound', () => {
  it.each([
    // eligible, [approve, reservations, reject, abstain], quorum %, approval %, result
    ['exactly half voting meets a 50 % quorum', 10, counts(5, 0, 0, 0), 50, 50, ApprovalResult.APPROVED],
    ['one short of the quorum', 10, counts(4, 0, 0, 0), 50, 50, ApprovalResult.NO_QUORUM],
    ['quorum rounds up: 50 % of 9 needs 5 votes', 9, counts(4, 0, 0, 0), 50, 50, ApprovalResult.NO_QUORUM],
    ['quorum rounds up: 5 of 9 is enough', 9, counts(5, 0, 0, 0), 50, 50, ApprovalResult.APPROVED],
    ['a third of 10 needs 4 votes (3.33 rounded up)', 10, counts(3, 0, 0, 0), 33, 50, ApprovalResult.NO_QUORUM],
    ['reservations count as approvals', 4, counts(1, 2, 1, 0), 50, 75, ApprovalResult.APPROVED],
    ['exactly the approval share approves (2 of 4 at 50 %)', 4, counts(2, 0, 2, 0), 50, 50, ApprovalResult.APPROVED],
    ['just under the approval share rejects (2 of 5 at 50 %)', 5, counts(2, 0, 3, 0), 50, 50, ApprovalResult.REJECTED],
    ['abstentions count for the quorum, not for the share', 10, counts(2, 0, 1, 3), 60, 66, ApprovalResult.APPROVED],
    ['two thirds needed: 2 of 3 at 67 % is not enough', 3, counts(2, 0, 1, 0), 50, 67, ApprovalResult.REJECTED],
    ['two thirds needed: 2 of 3 at 66 % is enough', 3, counts(2, 0, 1, 0), 50, 66, ApprovalResult.APPROVED],
    ['only abstentions: quorum but nothing approved', 4, counts(0, 0, 0, 4), 50, 50, ApprovalResult.REJECTED],
    ['nobody votes with a 0 % quorum: nothing approved', 4, counts(0, 0, 0, 0), 0, 50, ApprovalResult.REJECTED],
    ['unanimity with 100 %', 3, counts(3, 0, 0, 0), 100, 100, ApprovalResult.APPROVED],
    ['one rejection breaks 100 %', 3, counts(2, 0, 1, 0), 100, 100, ApprovalResult.REJECTED],
    ['nobody eligible is never a quorum', 0, counts(0, 0, 0, 0), 0, 50, ApprovalResult.NO_QUORUM],
  ])('%s', (_name, eligible, votes, quorumPercent, approvalPercent, expected) => {
    expect(decideRound(eligible, votes, { quorumPercent, approvalPercent }).result).toBe(expected);
  });

  it('reports the figures the tally shows', () => {
    expect(decideRound(9, counts(3, 1, 1, 2), { quorumPercent: 50, approvalPercent: 60 })).toEqual({
      votesCast: 7,
      quorumVotes: 5,
      quorumMet: true,
      approvals: 4,
      decisive: 5,
      approvalMet: true,
      result: ApprovalResult.APPROVED,
    });
  });
});

describe('roundPhase', () => {
  const opensAt = new Date('2026-03-01T08:00:00Z');
  const closesAt = new Date('2026-03-08T08:00:00Z');
  it.each([
    ['before the opening', '2026-03-01T07:59:59Z', null, ApprovalRoundPhase.UPCOMING],
    ['at the opening', '2026-03-01T08:00:00Z', null, ApprovalRoundPhase.OPEN],
    ['a moment before the closing', '2026-03-08T07:59:59Z', null, ApprovalRoundPhase.OPEN],
    ['at the closing time', '2026-03-08T08:00:00Z', null, ApprovalRoundPhase.CLOSED],
    ['closed early by the coordinator', '2026-03-02T08:00:00Z', '2026-03-02T07:00:00Z', ApprovalRoundPhase.CLOSED],
  ])('%s', (_name, now, closedAt, expected) => {
    expect(roundPhase({ opensAt, closesAt, closedAt: closedAt ? new Date(closedAt) : null }, new Date(now))).toBe(expected);
  });
});
