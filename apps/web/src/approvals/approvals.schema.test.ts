import { describe, expect, it } from 'vitest';
import { openRoundSchema, toVoteInput, voteSchema } from './approvals.schema';

describe('the vote form', () => {
  it('asks for the reservation only when approving with reservations', () => {
    const missing = voteSchema.safeParse({ choice: 'APPROVE_WITH_RESERVATIONS', reservation: '  ' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]).toMatchObject({ path: ['reservation'], message: 'approvals:vote.reservationRequired' });
    expect(voteSchema.safeParse({ choice: 'REJECT', reservation: '' }).success).toBe(true);
    expect(voteSchema.safeParse({ choice: 'APPROVE_WITH_RESERVATIONS', reservation: 'x'.repeat(2001) }).success).toBe(false);
  });

  it('sends the reservation only with reservations', () => {
    expect(toVoteInput('r1', { choice: 'APPROVE', reservation: 'zbylý text' })).toEqual({ roundId: 'r1', choice: 'APPROVE', reservation: null });
    expect(toVoteInput('r1', { choice: 'APPROVE_WITH_RESERVATIONS', reservation: ' Doplnit. ' })).toEqual({
      roundId: 'r1',
      choice: 'APPROVE_WITH_RESERVATIONS',
      reservation: 'Doplnit.',
    });
  });
});

describe('the open-round form', () => {
  const valid = { title: 'Schválení', groupIds: ['g1'], opensAt: '2026-03-01T09:00', closesAt: '2026-03-08T09:00', quorumPercent: 50, approvalPercent: 60 };

  it('accepts a sound round and refuses a closing before the opening, no group and percentages out of range', () => {
    expect(openRoundSchema.safeParse(valid).success).toBe(true);
    const paths = (values: object) => openRoundSchema.safeParse(values).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...valid, closesAt: '2026-03-01T08:00' })).toEqual(['closesAt']);
    expect(paths({ ...valid, groupIds: [] })).toEqual(['groupIds']);
    expect(paths({ ...valid, quorumPercent: 101, approvalPercent: 0 })).toEqual(['quorumPercent', 'approvalPercent']);
  });
});
