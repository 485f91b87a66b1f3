import { registerEnumType } from '@nestjs/graphql';

export enum MeasureState {
  PROPOSED = 'PROPOSED',
  UNDER_DISCUSSION = 'UNDER_DISCUSSION',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
  WITHDRAWN = 'WITHDRAWN',
  IN_PROGRESS = 'IN_PROGRESS',
  FULFILLED = 'FULFILLED',
  PARTLY_FULFILLED = 'PARTLY_FULFILLED',
  NOT_FULFILLED = 'NOT_FULFILLED',
}
registerEnumType(MeasureState, {
  name: 'MeasureState',
  description: 'Where a measure is in its life; the allowed changes are in measures/measure-lifecycle.ts.',
  valuesMap: {
    PROPOSED: { description: 'Proposed by a working group or the coordinator.' },
    UNDER_DISCUSSION: { description: 'Being discussed.' },
    ACCEPTED: { description: 'Accepted into the plan.' },
    REJECTED: { description: 'Rejected (with a reason).' },
    MERGED: { description: 'Merged into another measure of the plan (with a reason).' },
    WITHDRAWN: { description: 'Withdrawn by its proposers (with a reason).' },
    IN_PROGRESS: { description: 'Being carried out (the plan is adopted).' },
    FULFILLED: { description: 'Fulfilled.' },
    PARTLY_FULFILLED: { description: 'Partly fulfilled.' },
    NOT_FULFILLED: { description: 'Not fulfilled.' },
  },
});

export enum FundingSource {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
  STATE = 'STATE',
  EU_FUNDS = 'EU_FUNDS',
  OTHER = 'OTHER',
}
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Who is expected to pay a part of a measure\'s cost.',
  valuesMap: {
    MUNICIPALITY: { description: 'The municipality (city budget).' },
    REGION: { description: 'The region.' },
    STATE: { description: 'The state budget.' },
    EU_FUNDS: { description: 'European Union funds.' },
    OTHER: { description: 'Other sources (own resources of providers, donors, fees…).' },
  },
});
