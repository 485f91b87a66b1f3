import { ActionPlanState } from '../action-plans/action-plan.enums';
import { DomainException } from '../common/errors/domain.exception';
import { nextPlanState, PlanStateTrigger } from './action-plan-state';

const S = ActionPlanState;
const T = PlanStateTrigger;

describe('the action plan state table', () => {
  it.each([
    [S.DRAFT, T.PARTICIPANTS_APPROVED, S.AWAITING_COUNCIL],
    [S.AWAITING_COUNCIL, T.COUNCIL_APPROVED, S.APPROVED],
    [S.AWAITING_COUNCIL, T.COUNCIL_REJECTED, S.NOT_APPROVED],
    [S.AWAITING_COUNCIL, T.COUNCIL_RETURNED, S.DRAFT],
    [S.NOT_APPROVED, T.REDRAFTED, S.DRAFT],
  ])('%s --%s--> %s', (from, trigger, to) => {
    expect(nextPlanState(from, trigger)).toBe(to);
  });

  it.each([
    [S.DRAFT, T.COUNCIL_APPROVED],
    [S.AWAITING_COUNCIL, T.PARTICIPANTS_APPROVED],
    [S.APPROVED, T.COUNCIL_RETURNED],
    [S.APPROVED, T.PARTICIPANTS_APPROVED],
    [S.APPROVED, T.REDRAFTED],
    [S.NOT_APPROVED, T.COUNCIL_APPROVED],
    [S.DRAFT, T.REDRAFTED],
  ])('refuses %s --%s-->', (from, trigger) => {
    expect(() => nextPlanState(from, trigger)).toThrow(DomainException);
    try {
      nextPlanState(from, trigger);
    } catch (error) {
      expect((error as DomainException).code).toBe('CONFLICT');
    }
  });
});
