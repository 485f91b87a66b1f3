import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { defaultDiffPair, groupMeasures, sectionConflict, sumAmounts, visibleDiff } from './action-plans.helpers';

describe('action-plan helpers', () => {
  it('groups measures under priorities and goals in their order', () => {
    const m = (n: string, p: string, g: string) => ({ number: n, priorityTitle: p, goalTitle: g });
    const groups = groupMeasures([m('1.1.1', '1 Senioři', '1.1 Péče'), m('1.1.2', '1 Senioři', '1.1 Péče'), m('1.2.1', '1 Senioři', '1.2 Odlehčení'), m('2.1.1', '2 Rodiny', '2.1 Poradny')]);
    expect(groups.map((p) => [p.priorityTitle, p.goals.map((g) => [g.goalTitle, g.measures.map((x) => x.number)])])).toEqual([
      ['1 Senioři', [['1.1 Péče', ['1.1.1', '1.1.2']], ['1.2 Odlehčení', ['1.2.1']]]],
      ['2 Rodiny', [['2.1 Poradny', ['2.1.1']]]],
    ]);
    expect(groupMeasures([])).toEqual([]);
  });

  it('reads both texts of a section conflict from the error, and nothing from other errors', () => {
    const theirs = { title: 'Úvod', body: 'Jejich', revision: 3, updatedAt: '2026-01-01T10:00:00Z', updatedByName: 'Jana' };
    const yours = { title: 'Úvod', body: 'Moje', revision: 2 };
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'Konflikt', extensions: { code: 'CONFLICT', theirs, yours } }] });
    expect(sectionConflict(conflict)).toEqual({ theirs, yours });
    const other = new CombinedGraphQLErrors({ errors: [{ message: 'Vydáno', extensions: { code: 'CONFLICT' } }] });
    expect(sectionConflict(other)).toBeUndefined();
    expect(sectionConflict(new Error('síť'))).toBeUndefined();
  });

  it('picks the last two versions for a diff', () => {
    expect(defaultDiffPair([{ id: 'b', number: 2 }, { id: 'a', number: 1 }, { id: 'c', number: 3 }])).toEqual({ from: 'b', to: 'c' });
    expect(defaultDiffPair([{ id: 'a', number: 1 }])).toBeUndefined();
  });

  it('adds money exactly', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['1250000.5', '99.99'])).toBe('1250100.49');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('hides unchanged items unless asked', () => {
    const items = [{ status: 'CHANGED' }, { status: 'UNCHANGED' }, { status: 'ADDED' }];
    expect(visibleDiff(items, false)).toHaveLength(2);
    expect(visibleDiff(items, true)).toHaveLength(3);
  });
});
