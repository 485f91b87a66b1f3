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

/** A field of a section or of a measure that a diff compares and a change link may name (stored as the value). */
export enum PlanField {
  TITLE = 'title',
  BODY = 'body',
  DESCRIPTION = 'description',
  RATIONALE = 'rationale',
  TARGET_GROUPS = 'targetGroups',
  RESPONSIBLE_ORGANISATION = 'responsibleOrganisationName',
  PARTNERS = 'partnerNames',
  TIMELINE = 'timeline',
  COSTS = 'costs',
  INDICATORS = 'indicators',
  ACTIVITIES = 'activities',
}
registerEnumType(PlanField, {
  name: 'PlanField',
  description: 'A field of a section (TITLE, BODY) or of a measure (the rest) of an action-plan version.',
  valuesMap: {
    TITLE: { description: 'Heading of a section, or title of a measure.' },
    BODY: { description: 'Text of a section.' },
    DESCRIPTION: { description: 'What a measure will do.' },
    RATIONALE: { description: 'The need a measure answers.' },
    TARGET_GROUPS: { description: 'Target groups of a measure.' },
    RESPONSIBLE_ORGANISATION: { description: 'The organisation responsible for a measure.' },
    PARTNERS: { description: 'Partner organisations of a measure.' },
    TIMELINE: { description: 'First and last year of a measure.' },
    COSTS: { description: 'Yearly costs of a measure by funding source.' },
    INDICATORS: { description: 'Indicators of a measure.' },
    ACTIVITIES: { description: 'Activities of a measure.' },
  },
});

export const SECTION_FIELDS: readonly PlanField[] = [PlanField.TITLE, PlanField.BODY];
export const MEASURE_FIELDS: readonly PlanField[] = [
  PlanField.TITLE,
  PlanField.DESCRIPTION,
  PlanField.RATIONALE,
  PlanField.TARGET_GROUPS,
  PlanField.RESPONSIBLE_ORGANISATION,
  PlanField.PARTNERS,
  PlanField.TIMELINE,
  PlanField.COSTS,
  PlanField.INDICATORS,
  PlanField.ACTIVITIES,
];

export enum DiffStatus {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(DiffStatus, {
  name: 'DiffStatus',
  description: 'How a section or a measure differs between two versions.',
  valuesMap: {
    ADDED: { description: 'Only in the later version.' },
    REMOVED: { description: 'Only in the earlier version.' },
    CHANGED: { description: 'In both, with a difference.' },
    UNCHANGED: { description: 'In both, the same.' },
  },
});
