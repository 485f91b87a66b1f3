import { DomainException } from '../common/errors/domain.exception';
import { PlanStatus } from '../strategy/strategy.enums';
import { checkTransition, MEASURE_TRANSITIONS } from './measure-lifecycle';
import { MeasureState as S } from './measure.enums';
import { fromMinorUnits, toMinorUnits } from '../common/money';

const request = (from: S, to: S, extra: Partial<Parameters<typeof checkTransition>[0]> = {}) => ({
  from,
  to,
  planStatus: PlanStatus.DRAFT,
  reason: '',
  mergedIntoId: null,
  ...extra,
});

const failure = (run: () => unknown): { field?: string; key: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainException) return { field: error.field, key: error.messageKey };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('measure lifecycle table', () => {
  it('allows exactly the transitions of the design, and nothing else', () => {
    const allowed = MEASURE_TRANSITIONS.map((t) => `${t.from}→${t.to}`).sort();
    expect(allowed).toEqual(
      [
        'PROPOSED→UNDER_DISCUSSION',
        'PROPOSED→WITHDRAWN',
        'UNDER_DISCUSSION→ACCEPTED',
        'UNDER_DISCUSSION→REJECTED',
        'UNDER_DISCUSSION→MERGED',
        'UNDER_DISCUSSION→WITHDRAWN',
        'ACCEPTED→UNDER_DISCUSSION',
        'ACCEPTED→IN_PROGRESS',
        'IN_PROGRESS→FULFILLED',
        'IN_PROGRESS→PARTLY_FULFILLED',
        'IN_PROGRESS→NOT_FULFILLED',
      ].sort(),
    );
    const states = Object.values(S);
    let refused = 0;
    for (const from of states) {
      for (const to of states) {
        if (allowed.includes(`${from}→${to}`)) continue;
        expect(failure(() => checkTransition(request(from, to, { reason: 'x', planStatus: PlanStatus.ADOPTED })))).toEqual({
          field: 'input.state',
          key: 'illegalMeasureTransition',
        });
        refused += 1;
      }
    }
    expect(refused).toBe(states.length * states.length - allowed.length);
  });

  it('lets nothing leave a closed or evaluated state', () => {
    for (const closed of [S.REJECTED, S.MERGED, S.WITHDRAWN, S.FULFILLED, S.PARTLY_FULFILLED, S.NOT_FULFILLED]) {
      expect(MEASURE_TRANSITIONS.filter((t) => t.from === closed)).toEqual([]);
    }
  });

  it('carries out measures only in an adopted plan, and reopens them only in a draft', () => {
    expect(failure(() => checkTransition(request(S.ACCEPTED, S.IN_PROGRESS)))).toEqual({ field: 'input.state', key: 'measureTransitionNeedsAdoptedPlan' });
    expect(checkTransition(request(S.ACCEPTED, S.IN_PROGRESS, { planStatus: PlanStatus.ADOPTED })).to).toBe(S.IN_PROGRESS);
    expect(failure(() => checkTransition(request(S.ACCEPTED, S.UNDER_DISCUSSION, { planStatus: PlanStatus.ADOPTED })))).toEqual({
      field: 'input.state',
      key: 'measureTransitionNeedsDraftPlan',
    });
  });

  it('wants a reason to reject, merge or withdraw, and the target of a merge', () => {
    for (const to of [S.REJECTED, S.MERGED, S.WITHDRAWN]) {
      expect(failure(() => checkTransition(request(S.UNDER_DISCUSSION, to, { reason: '  ' })))).toEqual({ field: 'input.reason', key: 'reasonRequired' });
    }
    expect(failure(() => checkTransition(request(S.UNDER_DISCUSSION, S.MERGED, { reason: 'duplicita' })))).toEqual({
      field: 'input.mergedIntoId',
      key: 'mergedIntoRequired',
    });
    expect(checkTransition(request(S.UNDER_DISCUSSION, S.MERGED, { reason: 'duplicita', mergedIntoId: 'x' })).to).toBe(S.MERGED);
    expect(failure(() => checkTransition(request(S.UNDER_DISCUSSION, S.ACCEPTED, { mergedIntoId: 'x' })))).toEqual({
      field: 'input.mergedIntoId',
      key: 'mergedIntoOnlyWhenMerging',
    });
    expect(checkTransition(request(S.UNDER_DISCUSSION, S.ACCEPTED)).to).toBe(S.ACCEPTED);
  });
});

describe('money in minor units', () => {
  it('converts on the digits, exactly', () => {
    expect(toMinorUnits('12345678.90', 'f')).toBe('1234567890');
    expect(toMinorUnits('12345678.9', 'f')).toBe('1234567890');
    expect(toMinorUnits('0.01', 'f')).toBe('1');
    expect(toMinorUnits('999999999999.99', 'f')).toBe('99999999999999');
    expect(fromMinorUnits('1234567890')).toBe('12345678.90');
    expect(fromMinorUnits('5')).toBe('0.05');
    expect(fromMinorUnits(toMinorUnits('0.1', 'f'))).toBe('0.10');
  });

  it('refuses what is not a non-negative amount with at most two decimals', () => {
    for (const bad of ['-1', '1.234', '1e5', '', 'abc', '01', '1,50', '1000000000000']) {
      expect(failure(() => toMinorUnits(bad, 'input.costs.0.amount'))).toEqual({ field: 'input.costs.0.amount', key: 'invalidAmount' });
    }
  });
});
