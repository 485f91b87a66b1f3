import { describe, expect, it } from 'vitest';
import { groupMeasures, sumAmounts } from './measure-tree';

describe('groupMeasures', () => {
  it('groups measures by priority and goal in strategy order', () => {
    const m = (position: number, priorityTitle: string, goalTitle: string) => ({ position, priorityTitle, goalTitle, title: `M${position}` });
    const tree = groupMeasures([m(3, '2 Rodiny', '2.1 Poradenství'), m(1, '1 Senioři', '1.1 Péče doma'), m(2, '1 Senioři', '1.2 Odlehčení'), m(4, '1 Senioři', '1.1 Péče doma')]);
    expect(tree.map((p) => [p.title, p.goals.map((g) => [g.title, g.measures.map((x) => x.title)])])).toEqual([
      ['1 Senioři', [['1.1 Péče doma', ['M1', 'M4']], ['1.2 Odlehčení', ['M2']]]],
      ['2 Rodiny', [['2.1 Poradenství', ['M3']]]],
    ]);
  });
});

describe('sumAmounts', () => {
  it('adds decimal amounts exactly', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['1250000.10', '999999999999.99', '5'])).toBe('1000001250005.09');
    expect(sumAmounts([])).toBe('0.00');
  });
});
