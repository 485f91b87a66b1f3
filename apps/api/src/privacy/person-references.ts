/**
 * Every column of the schema that points at a person or an account, and how the personal-data
 * export covers it. `personal-data.spec.ts` walks the TypeORM metadata and fails when an entity
 * gains a reference to PersonEntity or AccountEntity that is not listed here, so a new table
 * cannot hold someone's data without the export (and the erasure) knowing about it.
 *
 * - `section`: exported in a section of its own with readable names (joins);
 * - `record`: exported as the whole row in "other records where you are named";
 * - `session`: sessions are ended by erasure and not exported (they hold only a token hash).
 */
export type ReferenceHandling = 'section' | 'record' | 'session';

export interface PersonReference {
  table: string;
  column: string;
  /** The entity the column points at. */
  target: 'person' | 'account';
  handling: ReferenceHandling;
  /** Columns left out of an exported row: binary contents and search vectors, not personal data. */
  omit?: readonly string[];
}

const section = (table: string, column: string, target: 'person' | 'account' = 'person'): PersonReference => ({ table, column, target, handling: 'section' });
const record = (table: string, column: string, omit: readonly string[] = []): PersonReference => ({
  table,
  column,
  target: 'person',
  handling: 'record',
  omit,
});

export const PERSON_REFERENCES: readonly PersonReference[] = [
  section('people', 'account_id', 'account'),
  { table: 'sessions', column: 'account_id', target: 'account', handling: 'session' },
  section('group_memberships', 'person_id'),
  section('organisation_memberships', 'person_id'),
  section('meeting_invitations', 'person_id'),
  section('comments', 'author_id'),
  section('votes', 'person_id'),
  section('approval_round_voters', 'person_id'),
  section('measures', 'proposed_by_id'),
  section('audit_log', 'actor_id'),
  record('agenda_items', 'presenter_id'),
  record('meeting_minutes', 'updated_by_id'),
  record('account_invitations', 'person_id'),
  record('account_invitations', 'invited_by_id'),
  record('intention_history', 'person_id'),
  record('measure_state_changes', 'changed_by_id'),
  record('action_plan_versions', 'issued_by_id'),
  record('action_plan_sections', 'updated_by_id'),
  record('comment_rounds', 'created_by_id'),
  record('comment_rounds', 'settled_by_id'),
  record('comments', 'hidden_by_id'),
  record('comments', 'settled_by_id'),
  record('action_plan_change_links', 'created_by_id'),
  record('approval_rounds', 'created_by_id'),
  record('approval_rounds', 'closed_by_id'),
  record('council_resolutions', 'recorded_by_id'),
  record('progress_reports', 'submitted_by_id'),
  record('progress_reports', 'updated_by_id'),
  record('monitoring_reminders', 'reminded_by_id'),
  record('notifications', 'person_id'),
  record('notification_preferences', 'person_id'),
  record('notification_digests', 'person_id'),
  record('practices', 'author_id', ['search']),
  record('practice_attachments', 'uploaded_by_id', ['content']),
];

/** The references exported as whole rows ("other records"), in a stable order. */
export const RECORD_REFERENCES = PERSON_REFERENCES.filter((reference) => reference.handling === 'record');
