import { MeasureState as S } from '../measures/measure.enums';
import { PlanStatus } from '../strategy/strategy.enums';
import { lifecyclePath } from './report-lifecycle';

describe('lifecyclePath', () => {
  it('carries an accepted measure out before it is fulfilled, once the plan is adopted', () => {
    expect(lifecyclePath(S.ACCEPTED, S.FULFILLED, PlanStatus.ADOPTED)).toEqual([S.IN_PROGRESS, S.FULFILLED]);
    expect(lifecyclePath(S.ACCEPTED, S.IN_PROGRESS, PlanStatus.ADOPTED)).toEqual([S.IN_PROGRESS]);
    expect(lifecyclePath(S.IN_PROGRESS, S.PARTLY_FULFILLED, PlanStatus.ADOPTED)).toEqual([S.PARTLY_FULFILLED]);
  });

  it('leaves the measure alone where the table does not allow the change', () => {
    expect(lifecyclePath(S.ACCEPTED, S.FULFILLED, PlanStatus.DRAFT)).toEqual([]);
    expect(lifecyclePath(S.FULFILLED, S.IN_PROGRESS, PlanStatus.ADOPTED)).toEqual([]);
    expect(lifecyclePath(S.WITHDRAWN, S.FULFILLED, PlanStatus.ADOPTED)).toEqual([]);
    expect(lifecyclePath(S.IN_PROGRESS, S.IN_PROGRESS, PlanStatus.ADOPTED)).toEqual([]);
  });
});
