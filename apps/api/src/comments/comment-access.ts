import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { hasAreaRole, Viewer } from '../access/viewer';
import { AreaRole } from '../people/area-role.enum';
import { CommentRoundEntity } from './comment-round.entity';
import { CommentEntity } from './comment.entity';
import { CommentAudience } from './comment.enums';

type Db = DataSource | EntityManager;
const isUuid = (value: unknown): value is string => typeof value === 'string' && isUUID(value, 'all');

/**
 * Whether the viewer is in the audience of the round:
 * GROUPS — current members of the chosen groups and the area coordinators;
 * AREA_MEMBERS — any person of the area;
 * PUBLIC — anybody (a visitor without a person in the area comments as a guest with name, e-mail and consent).
 */
export async function inAudience(db: Db, viewer: Viewer, round: CommentRoundEntity): Promise<boolean> {
  switch (round.audience) {
    case CommentAudience.PUBLIC:
      return true;
    case CommentAudience.AREA_MEMBERS:
      return viewer.person !== null;
    case CommentAudience.GROUPS: {
      if (!viewer.person) return false;
      if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return true;
      const rows: unknown[] = await db.query(
        `SELECT 1 FROM comment_round_groups rg
           JOIN group_memberships gm ON gm.group_id = rg.group_id
          WHERE rg.round_id = $1 AND gm.person_id = $2 AND gm.left_at IS NULL
          LIMIT 1`,
        [round.id, viewer.person.id],
      );
      return rows.length > 0;
    }
  }
}

/** Whether the viewer may read the round: people of its area every round, visitors the public ones. */
export function roundReadable(viewer: Viewer, round: CommentRoundEntity | null): round is CommentRoundEntity {
  return !!round && !!viewer.area && round.areaId === viewer.area.id && (viewer.person !== null || round.audience === CommentAudience.PUBLIC);
}

/**
 * Whether the viewer may read the comment (given its round): people of the area every comment
 * (hidden ones show as hidden), visitors those of public rounds that are not hidden.
 */
export function commentReadable(viewer: Viewer, comment: CommentEntity | null, round: CommentRoundEntity | null): comment is CommentEntity {
  if (!comment || !viewer.area || comment.areaId !== viewer.area.id) return false;
  if (viewer.person) return true;
  return comment.hiddenAt === null && roundReadable(viewer, round);
}

/** The round of the viewer's area, or null. */
export async function roundOfArea(db: Db, viewer: Viewer, roundId: unknown): Promise<CommentRoundEntity | null> {
  if (!viewer.area || !isUuid(roundId)) return null;
  return db.getRepository(CommentRoundEntity).findOneBy({ id: roundId, areaId: viewer.area.id });
}

/** The comment of the viewer's area, or null. */
export async function commentOfArea(db: Db, viewer: Viewer, commentId: unknown): Promise<CommentEntity | null> {
  if (!viewer.area || !isUuid(commentId)) return null;
  return db.getRepository(CommentEntity).findOneBy({ id: commentId, areaId: viewer.area.id });
}

/** May post in the named round of this area (its audience; times are checked by the service). */
export async function mayCommentIn(db: Db, viewer: Viewer, roundId: unknown): Promise<boolean> {
  const round = await roundOfArea(db, viewer, roundId);
  return round !== null && inAudience(db, viewer, round);
}

/** May reply to the named comment: the audience of its round. */
export async function mayReplyTo(db: Db, viewer: Viewer, commentId: unknown): Promise<boolean> {
  const comment = await commentOfArea(db, viewer, commentId);
  return comment !== null && mayCommentIn(db, viewer, comment.roundId);
}

/** Wrote the named comment (as a person of this area; guests cannot edit). */
export async function wroteComment(db: Db, viewer: Viewer, commentId: unknown): Promise<boolean> {
  if (!viewer.person) return false;
  const comment = await commentOfArea(db, viewer, commentId);
  return comment !== null && comment.authorId === viewer.person.id;
}
