import { DomainException } from '../common/errors/domain.exception';
import { IntentionState } from './intention.enums';
import { INTENTION_TRANSITIONS, IntentionAction, nextState } from './intention-transitions';

describe('intention transitions', () => {
  const actions = Object.keys(INTENTION_TRANSITIONS) as IntentionAction[];

  it('allows exactly the steps of the table', () => {
    for (const state of Object.values(IntentionState)) {
      for (const action of actions) {
        const step = INTENTION_TRANSITIONS[action];
        if (step.from === state) expect(nextState(state, action)).toBe(step.to);
        else expect(() => nextState(state, action)).toThrow(DomainException);
      }
    }
  });

  it('leaves the outcomes and the refusals final', () => {
    for (const end of [IntentionState.INCLUDED, IntentionState.NOT_INCLUDED, IntentionState.NOT_RECOMMENDED, IntentionState.WITHDRAWN]) {
      expect(actions.filter((action) => INTENTION_TRANSITIONS[action].from === end)).toEqual([]);
    }
  });
});
