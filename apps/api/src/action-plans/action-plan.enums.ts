import { registerEnumType } from '@nestjs/graphql';

export enum ActionPlanState {
  DRAFT = 'DRAFT',
  AWAITING_COUNCIL = 'AWAITING_COUNCIL',
  APPROVED = 'APPROVED',
  NOT_APPROVED = 'NOT_APPROVED',
}
registerEnumType(ActionPlanState, {
  name: 'ActionPlanState',
  description: 'Where an action plan is between its first draft and the council.',
  valuesMap: {
    DRAFT: { description: 'Being drafted, commented on and approved by the participants.' },
    AWAITING_COUNCIL: { description: 'Approved by the participants; waiting for the council (zastupitelstvo / rada gminy).' },
    APPROVED: { description: 'Approved by the council.' },
    NOT_APPROVED: { description: 'The council did not approve it.' },
  },
});

export enum ActionPlanVersionState {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
}
registerEnumType(ActionPlanVersionState, {
  name: 'ActionPlanVersionState',
  description: 'A version is edited as a draft, then issued and never changed again.',
  valuesMap: {
    DRAFT: { description: 'The working version: its sections can be edited and its measures refreshed.' },
    ISSUED: { description: 'Issued: numbered and immutable; comment and approval rounds run on issued versions.' },
  },
});

export enum SectionKind {
  INTRODUCTION = 'INTRODUCTION',
  ANALYSIS = 'ANALYSIS',
  BUDGET_SUMMARY = 'BUDGET_SUMMARY',
  IMPLEMENTATION = 'IMPLEMENTATION',
  OTHER = 'OTHER',
}
registerEnumType(SectionKind, {
  name: 'SectionKind',
  description: 'What a text section of an action plan is about.',
  valuesMap: {
    INTRODUCTION: { description: 'Introduction.' },
    ANALYSIS: { description: 'Analysis of needs and of the network.' },
    BUDGET_SUMMARY: { description: 'Summary of the budget.' },
    IMPLEMENTATION: { description: 'How the plan is carried out and monitored.' },
    OTHER: { description: 'Any other section.' },
  },
});
