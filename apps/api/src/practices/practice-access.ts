import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { hasAreaRole, Viewer } from '../access/viewer';
import { AreaRole } from '../people/area-role.enum';
import { PracticeState } from './practice.enums';

type Db = DataSource | EntityManager;
const isUuid = (value: unknown): value is string => typeof value === 'string' && isUUID(value, 'all');

/** Whose articles the viewer may write: every article of the area (coordinators), or those of these organisations. */
export type WritableOrganisations = 'all' | readonly string[];

/**
 * Area coordinators write every article of the area. Members and providers write drafts of the
 * organisations of the area they currently represent (any side of planning).
 */
export async function writableOrganisations(db: Db, viewer: Viewer): Promise<WritableOrganisations> {
  if (!viewer.person || !viewer.area) return [];
  if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return 'all';
  if (!hasAreaRole(viewer, AreaRole.MEMBER, AreaRole.PROVIDER)) return [];
  const rows: { id: string }[] = await db.query(
    `SELECT DISTINCT o.id FROM organisation_memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.person_id = $1 AND o.area_id = $2 AND m.since <= CURRENT_DATE AND (m.until IS NULL OR m.until >= CURRENT_DATE)`,
    [viewer.person.id, viewer.area.id],
  );
  return rows.map((row) => row.id);
}

/** Whether the viewer may write an article for this organisation (null: no organisation, coordinators only). */
export function writesFor(writable: WritableOrganisations, organisationId: string | null | undefined): boolean {
  if (writable === 'all') return true;
  return typeof organisationId === 'string' && writable.includes(organisationId);
}

/** Whether the viewer may edit an article in this state of this organisation. */
export function editsArticle(writable: WritableOrganisations, article: { state: PracticeState; organisationId: string | null }): boolean {
  if (writable === 'all') return true;
  return article.state === PracticeState.DRAFT && writesFor(writable, article.organisationId);
}

/**
 * May the viewer write a new article for the named organisation? Without one named, whoever
 * writes for some organisation passes (and is asked to choose it: a clearer answer than a refusal).
 */
export async function mayWritePracticeFor(db: Db, viewer: Viewer, organisationId: unknown): Promise<boolean> {
  const writable = await writableOrganisations(db, viewer);
  if (organisationId === undefined || organisationId === null) return writable === 'all' || writable.length > 0;
  return isUuid(organisationId) && writesFor(writable, organisationId);
}

/** May the viewer edit the named article of this area (and its attachments)? */
export async function mayEditPractice(db: Db, viewer: Viewer, practiceId: unknown): Promise<boolean> {
  if (!viewer.area || !isUuid(practiceId)) return false;
  const rows: { state: PracticeState; organisation_id: string | null }[] = await db.query(
    `SELECT state, organisation_id FROM practices WHERE id = $1 AND area_id = $2`,
    [practiceId, viewer.area.id],
  );
  const row = rows[0];
  return row !== undefined && editsArticle(await writableOrganisations(db, viewer), { state: row.state, organisationId: row.organisation_id });
}

/** May the viewer delete the named attachment: whoever may edit its article. */
export async function mayEditPracticeAttachment(db: Db, viewer: Viewer, attachmentId: unknown): Promise<boolean> {
  if (!viewer.area || !isUuid(attachmentId)) return false;
  const rows: { practice_id: string }[] = await db.query(`SELECT practice_id FROM practice_attachments WHERE id = $1 AND area_id = $2`, [
    attachmentId,
    viewer.area.id,
  ]);
  return rows.length > 0 && mayEditPractice(db, viewer, rows[0]!.practice_id);
}
