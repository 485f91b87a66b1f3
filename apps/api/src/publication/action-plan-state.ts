import { conflict } from '../common/errors/domain.exception';
import { ActionPlanState } from '../action-plans/action-plan.enums';

const S = ActionPlanState;

/** Why an action plan moves from one state to another. */
export enum PlanStateTrigger {
  /** The participants approved a version in an approval round. */
  PARTICIPANTS_APPROVED = 'PARTICIPANTS_APPROVED',
  /** The council approved the version. */
  COUNCIL_APPROVED = 'COUNCIL_APPROVED',
  /** The council did not approve it. */
  COUNCIL_REJECTED = 'COUNCIL_REJECTED',
  /** The council returned it for changes. */
  COUNCIL_RETURNED = 'COUNCIL_RETURNED',
  /** The coordinator takes a not-approved plan back to drafting. */
  REDRAFTED = 'REDRAFTED',
}

/**
 * The life of an action plan, in one table; anything not listed is refused.
 *
 *   DRAFT → AWAITING_COUNCIL → APPROVED | NOT_APPROVED
 *   AWAITING_COUNCIL → DRAFT (returned by the council), NOT_APPROVED → DRAFT (redrafted)
 */
export const ACTION_PLAN_TRANSITIONS: readonly { from: ActionPlanState; to: ActionPlanState; trigger: PlanStateTrigger }[] = [
  { from: S.DRAFT, to: S.AWAITING_COUNCIL, trigger: PlanStateTrigger.PARTICIPANTS_APPROVED },
  { from: S.AWAITING_COUNCIL, to: S.APPROVED, trigger: PlanStateTrigger.COUNCIL_APPROVED },
  { from: S.AWAITING_COUNCIL, to: S.NOT_APPROVED, trigger: PlanStateTrigger.COUNCIL_REJECTED },
  { from: S.AWAITING_COUNCIL, to: S.DRAFT, trigger: PlanStateTrigger.COUNCIL_RETURNED },
  { from: S.NOT_APPROVED, to: S.DRAFT, trigger: PlanStateTrigger.REDRAFTED },
];

/** The state a trigger leads to from `from`, or CONFLICT when the table has no such move. */
export function nextPlanState(from: ActionPlanState, trigger: PlanStateTrigger): ActionPlanState {
  const transition = ACTION_PLAN_TRANSITIONS.find((t) => t.from === from && t.trigger === trigger);
  if (!transition) throw conflict('publication.illegalPlanTransition');
  return transition.to;
}
