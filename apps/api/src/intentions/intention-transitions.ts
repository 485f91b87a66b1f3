import { badInput } from '../common/errors/domain.exception';
import { IntentionState } from './intention.enums';

/** Who performs a step: the provider's staff, the reviewing group's coordinator or the area coordinator. */
export type IntentionActor = 'PROVIDER' | 'REVIEWING_GROUP' | 'AREA_COORDINATOR';

export type IntentionAction = 'SUBMIT' | 'WITHDRAW' | 'RECOMMEND' | 'NOT_RECOMMEND' | 'FORWARD' | 'INCLUDE' | 'NOT_INCLUDE';

/** The whole life of an intention in one table: every allowed step, from where, to where, by whom. */
export const INTENTION_TRANSITIONS: Record<IntentionAction, { from: IntentionState; to: IntentionState; by: IntentionActor }> = {
  SUBMIT: { from: IntentionState.DRAFT, to: IntentionState.SUBMITTED, by: 'PROVIDER' },
  WITHDRAW: { from: IntentionState.DRAFT, to: IntentionState.WITHDRAWN, by: 'PROVIDER' },
  RECOMMEND: { from: IntentionState.SUBMITTED, to: IntentionState.RECOMMENDED, by: 'REVIEWING_GROUP' },
  NOT_RECOMMEND: { from: IntentionState.SUBMITTED, to: IntentionState.NOT_RECOMMENDED, by: 'REVIEWING_GROUP' },
  FORWARD: { from: IntentionState.RECOMMENDED, to: IntentionState.FORWARDED, by: 'AREA_COORDINATOR' },
  INCLUDE: { from: IntentionState.FORWARDED, to: IntentionState.INCLUDED, by: 'AREA_COORDINATOR' },
  NOT_INCLUDE: { from: IntentionState.FORWARDED, to: IntentionState.NOT_INCLUDED, by: 'AREA_COORDINATOR' },
};

/** The state after `action`, or BAD_USER_INPUT naming the current state when the step is not allowed from it. */
export function nextState(current: IntentionState, action: IntentionAction): IntentionState {
  const step = INTENTION_TRANSITIONS[action];
  if (step.from !== current) throw badInput('id', 'intentionWrongState', { state: current });
  return step.to;
}
