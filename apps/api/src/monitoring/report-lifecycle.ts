import { MEASURE_TRANSITIONS } from '../measures/measure-lifecycle';
import { MeasureState } from '../measures/measure.enums';
import { PlanStatus } from '../strategy/strategy.enums';

const allowed = (from: MeasureState, to: MeasureState, planStatus: PlanStatus): boolean =>
  MEASURE_TRANSITIONS.some((t) => t.from === from && t.to === to && !t.reason && !t.mergedInto && (!t.plan || t.plan === planStatus));

/**
 * The states a submitted report moves its measure through to reach `to`, by the lifecycle table
 * (measures/measure-lifecycle.ts) only: directly, or through IN_PROGRESS (an accepted measure
 * reported fulfilled is first carried out). Empty when the table does not allow it (the strategic
 * plan is not adopted, the measure is already closed or finished): the report still counts, the
 * measure's state is left to the coordinator.
 */
export function lifecyclePath(from: MeasureState, to: MeasureState, planStatus: PlanStatus): MeasureState[] {
  if (from === to) return [];
  if (allowed(from, to, planStatus)) return [to];
  if (to !== MeasureState.IN_PROGRESS && allowed(from, MeasureState.IN_PROGRESS, planStatus) && allowed(MeasureState.IN_PROGRESS, to, planStatus)) {
    return [MeasureState.IN_PROGRESS, to];
  }
  return [];
}
