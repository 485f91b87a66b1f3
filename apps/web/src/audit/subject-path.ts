/** The kinds of object the audit log names (`subjectType`), as the filter offers them. */
export const AUDIT_SUBJECT_TYPES = [
  'Person',
  'WorkingGroup',
  'Meeting',
  'Measure',
  'DevelopmentIntention',
  'ActionPlan',
  'ActionPlanVersion',
  'CommentRound',
  'Comment',
  'ApprovalRound',
] as const;

const PAGES: Record<string, string> = {
  Person: 'people',
  WorkingGroup: 'groups',
  Meeting: 'meetings',
  Measure: 'measures',
  DevelopmentIntention: 'intentions',
  ActionPlan: 'action-plans',
  CommentRound: 'comment-rounds',
  Comment: 'comments',
  ApprovalRound: 'approval-rounds',
};

/** The page of the object an audit line is about, where it has one (a version's page needs its plan: none). */
export function auditSubjectPath(areaSlug: string, subjectType: string, subjectId: string): string | null {
  const page = PAGES[subjectType];
  return page ? `/a/${encodeURIComponent(areaSlug)}/${page}/${encodeURIComponent(subjectId)}` : null;
}
