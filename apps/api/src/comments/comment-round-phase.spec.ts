import { allows, CommentRoundPhase, phaseOf } from './comment-round-phase';

const at = (iso: string) => new Date(iso);
const round = { opensAt: at('2026-03-01T08:00:00Z'), closesAt: at('2026-03-15T22:00:00Z'), settledAt: null };

describe('comment round phase', () => {
  it('opens at the opening time and closes at the closing time', () => {
    expect(phaseOf(round, at('2026-03-01T07:59:59Z'))).toBe(CommentRoundPhase.UPCOMING);
    expect(phaseOf(round, at('2026-03-01T08:00:00Z'))).toBe(CommentRoundPhase.OPEN);
    expect(phaseOf(round, at('2026-03-15T21:59:59Z'))).toBe(CommentRoundPhase.OPEN);
    expect(phaseOf(round, at('2026-03-15T22:00:00Z'))).toBe(CommentRoundPhase.CLOSED);
    expect(phaseOf({ ...round, settledAt: at('2026-03-20T10:00:00Z') }, at('2026-03-21T00:00:00Z'))).toBe(CommentRoundPhase.SETTLED);
  });

  it('takes comments only while open, closes as settled only after the closing time, and freezes when settled', () => {
    expect(allows(round, 'POST', at('2026-02-28T00:00:00Z'))).toBe(false);
    expect(allows(round, 'POST', at('2026-03-02T00:00:00Z'))).toBe(true);
    expect(allows(round, 'SETTLE', at('2026-03-02T00:00:00Z'))).toBe(true);
    expect(allows(round, 'CLOSE_AS_SETTLED', at('2026-03-02T00:00:00Z'))).toBe(false);
    expect(allows(round, 'EDIT', at('2026-03-16T00:00:00Z'))).toBe(false);
    expect(allows(round, 'CLOSE_AS_SETTLED', at('2026-03-16T00:00:00Z'))).toBe(true);
    const settled = { ...round, settledAt: at('2026-03-20T10:00:00Z') };
    for (const action of ['UPDATE', 'POST', 'REPLY', 'EDIT', 'HIDE', 'SETTLE', 'CLOSE_AS_SETTLED'] as const) {
      expect(allows(settled, action, at('2026-03-21T00:00:00Z'))).toBe(false);
    }
  });
});
