import { registerEnumType } from '@nestjs/graphql';

export enum IntentionKind {
  NEW_SERVICE = 'NEW_SERVICE',
  CAPACITY_INCREASE = 'CAPACITY_INCREASE',
  CAPACITY_DECREASE = 'CAPACITY_DECREASE',
  SCOPE_CHANGE = 'SCOPE_CHANGE',
  TERMINATION = 'TERMINATION',
}
registerEnumType(IntentionKind, {
  name: 'IntentionKind',
  description: 'What a development intention asks for.',
  valuesMap: {
    NEW_SERVICE: { description: 'A new service (no registered service yet).' },
    CAPACITY_INCREASE: { description: 'More capacity of a registered service.' },
    CAPACITY_DECREASE: { description: 'Less capacity of a registered service.' },
    SCOPE_CHANGE: { description: 'A change of scope (target groups, area, form of work) of a registered service.' },
    TERMINATION: { description: 'The end of a registered service (proposed capacity 0).' },
  },
});

export enum IntentionState {
  DRAFT = 'DRAFT',
  WITHDRAWN = 'WITHDRAWN',
  SUBMITTED = 'SUBMITTED',
  RECOMMENDED = 'RECOMMENDED',
  NOT_RECOMMENDED = 'NOT_RECOMMENDED',
  FORWARDED = 'FORWARDED',
  INCLUDED = 'INCLUDED',
  NOT_INCLUDED = 'NOT_INCLUDED',
}
registerEnumType(IntentionState, {
  name: 'IntentionState',
  description: 'Where a development intention is in its review.',
  valuesMap: {
    DRAFT: { description: 'Being written by the provider; only its organisation sees it.' },
    WITHDRAWN: { description: 'A draft the provider withdrew; only its organisation sees it.' },
    SUBMITTED: { description: 'Submitted for the working group to review.' },
    RECOMMENDED: { description: 'The working group recommends it.' },
    NOT_RECOMMENDED: { description: 'The working group does not recommend it.' },
    FORWARDED: { description: 'Forwarded by the area coordinator to the regional authority.' },
    INCLUDED: { description: 'The region included it in the regional network.' },
    NOT_INCLUDED: { description: 'The region did not include it.' },
  },
});

/** States only the owning provider organisation sees: nothing was submitted yet. */
export const PRIVATE_STATES: readonly IntentionState[] = [IntentionState.DRAFT, IntentionState.WITHDRAWN];

/** States whose capacity the network counts as planned. */
export const PLANNED_STATES: readonly IntentionState[] = [IntentionState.RECOMMENDED, IntentionState.FORWARDED, IntentionState.INCLUDED];
