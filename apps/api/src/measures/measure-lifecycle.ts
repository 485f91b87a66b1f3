import { badInput } from '../common/errors/domain.exception';
import { PlanStatus } from '../strategy/strategy.enums';
import { MeasureState } from './measure.enums';

const S = MeasureState;

/** One allowed change of a measure's state. */
export interface MeasureTransition {
  from: MeasureState;
  to: MeasureState;
  /** The plan must be in this status (e.g. carrying out only after adoption). */
  plan?: PlanStatus;
  /** A reason must be given (it goes to the history). */
  reason?: true;
  /** The measure this one is merged into must be named (another open measure of the same plan). */
  mergedInto?: true;
}

/**
 * The whole life of a measure, in one table; anything not listed is refused.
 *
 *   proposed → under discussion → accepted / rejected / merged / withdrawn   (proposed → withdrawn too)
 *   accepted → under discussion                    while the plan is a draft (reopened)
 *   accepted → in progress → fulfilled / partly fulfilled / not fulfilled     once the plan is adopted
 */
export const MEASURE_TRANSITIONS: readonly MeasureTransition[] = [
  { from: S.PROPOSED, to: S.UNDER_DISCUSSION },
  { from: S.PROPOSED, to: S.WITHDRAWN, reason: true },
  { from: S.UNDER_DISCUSSION, to: S.ACCEPTED },
  { from: S.UNDER_DISCUSSION, to: S.REJECTED, reason: true },
  { from: S.UNDER_DISCUSSION, to: S.MERGED, reason: true, mergedInto: true },
  { from: S.UNDER_DISCUSSION, to: S.WITHDRAWN, reason: true },
  // Reopened while the plan is still a draft (e.g. after comments on it).
  { from: S.ACCEPTED, to: S.UNDER_DISCUSSION, plan: PlanStatus.DRAFT },
  { from: S.ACCEPTED, to: S.IN_PROGRESS, plan: PlanStatus.ADOPTED },
  { from: S.IN_PROGRESS, to: S.FULFILLED, plan: PlanStatus.ADOPTED },
  { from: S.IN_PROGRESS, to: S.PARTLY_FULFILLED, plan: PlanStatus.ADOPTED },
  { from: S.IN_PROGRESS, to: S.NOT_FULFILLED, plan: PlanStatus.ADOPTED },
];

/** States that end the measure's life in the plan without it being carried out; it no longer changes. */
export const CLOSED_STATES: readonly MeasureState[] = [S.REJECTED, S.MERGED, S.WITHDRAWN];

export const isOpen = (state: MeasureState): boolean => !CLOSED_STATES.includes(state);

/** The catalogue key of a state's name, for messages. */
export const stateLabel = (state: MeasureState) => ({ label: `errors.measureState.${state}` });

export interface TransitionRequest {
  from: MeasureState;
  to: MeasureState;
  planStatus: PlanStatus;
  reason: string;
  mergedIntoId: string | null | undefined;
}

/**
 * The transition the table allows for this request, or a BAD_USER_INPUT naming the field at fault:
 * `input.state` (not in the table, or not in this plan status), `input.reason`, `input.mergedIntoId`.
 */
export function checkTransition(request: TransitionRequest): MeasureTransition {
  const { from, to } = request;
  const transition = MEASURE_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) throw badInput('input.state', 'illegalMeasureTransition', { from: stateLabel(from), to: stateLabel(to) });
  if (transition.plan && transition.plan !== request.planStatus) {
    const key = transition.plan === PlanStatus.ADOPTED ? 'measureTransitionNeedsAdoptedPlan' : 'measureTransitionNeedsDraftPlan';
    throw badInput('input.state', key, { from: stateLabel(from), to: stateLabel(to) });
  }
  if (transition.reason && request.reason.trim() === '') throw badInput('input.reason', 'reasonRequired', { to: stateLabel(to) });
  if (transition.mergedInto && !request.mergedIntoId) throw badInput('input.mergedIntoId', 'mergedIntoRequired');
  if (!transition.mergedInto && request.mergedIntoId) throw badInput('input.mergedIntoId', 'mergedIntoOnlyWhenMerging');
  return transition;
}
