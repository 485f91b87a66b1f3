import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget, FindOptionsWhere, In, IsNull } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { GroupRole } from '../groups/group.enums';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { mayCommentIn, mayReplyTo, wroteComment } from '../comments/comment-access';
import { mayEditPractice, mayEditPracticeAttachment, mayWritePracticeFor } from '../practices/practice-access';
import { MeetingInvitationEntity } from '../meetings/meeting-invitation.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { ActivityEntity } from '../measures/activity.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { AreaRole } from '../people/area-role.enum';
import { OrganisationSide } from '../organisations/organisation-side.enum';
import { hasAreaRole, Viewer } from './viewer';

/** The ids rules receive come from client input: anything but a uuid names nothing. */
const isUuid = (value: unknown): value is string => typeof value === 'string' && isUUID(value, 'all');

/**
 * Answers "may this viewer act on this object?". Every lookup is limited to the viewer's area,
 * so an object of another area is simply not there and the answer is no.
 */
@Injectable()
export class AccessPolicy {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whether the object exists in the viewer's area (elsewhere it is simply not there). */
  async inArea<T extends AreaScopedEntity>(viewer: Viewer, entity: EntityTarget<T>, id: string | null | undefined): Promise<boolean> {
    if (!viewer.area || !isUuid(id)) return false;
    return this.db.getRepository(entity).existsBy({ id, areaId: viewer.area.id } as FindOptionsWhere<T>);
  }

  /** Whether the row of this area (e.g. a notification) is the viewer's own: its `personId` is the viewer's person. */
  async ownedByViewer<T extends AreaScopedEntity & { personId: string }>(viewer: Viewer, entity: EntityTarget<T>, id: string | null | undefined): Promise<boolean> {
    if (!viewer.area || !viewer.person || !isUuid(id)) return false;
    return this.db.getRepository(entity).existsBy({ id, areaId: viewer.area.id, personId: viewer.person.id } as FindOptionsWhere<T>);
  }

  async coordinatesGroup(viewer: Viewer, groupId: string | null | undefined): Promise<boolean> {
    if (!viewer.person || !viewer.area || !isUuid(groupId)) return false;
    const group = await this.db.getRepository(WorkingGroupEntity).existsBy({ id: groupId, areaId: viewer.area.id });
    if (!group) return false;
    if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return true;
    return this.activeCoordinator(viewer.person.id, groupId);
  }

  /** Whether the viewer currently sits (in any role) in every one of the named groups of this area; an empty list is no. */
  async memberOfGroups(viewer: Viewer, groupIds: readonly unknown[] | null | undefined): Promise<boolean> {
    if (!viewer.person || !viewer.area || !groupIds?.length || !groupIds.every(isUuid)) return false;
    const ids = [...new Set(groupIds)];
    const seats = await this.db.getRepository(GroupMembershipEntity).countBy({
      areaId: viewer.area.id,
      groupId: In(ids),
      personId: viewer.person.id,
      leftAt: IsNull(),
    });
    return seats === ids.length;
  }

  /** Who edits a measure and moves its state: the area coordinator, or a coordinator of a group proposing it. */
  async editsMeasure(viewer: Viewer, measureId: string | null | undefined): Promise<boolean> {
    if (!viewer.person || !viewer.area || !isUuid(measureId)) return false;
    if (!(await this.db.getRepository(MeasureEntity).existsBy({ id: measureId, areaId: viewer.area.id }))) return false;
    if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return true;
    const rows = await this.db.query(
      `SELECT 1 FROM measure_proposers mp
         JOIN group_memberships gm ON gm.group_id = mp.group_id
        WHERE mp.measure_id = $1 AND gm.person_id = $2 AND gm.role = $3 AND gm.left_at IS NULL
        LIMIT 1`,
      [measureId, viewer.person.id, GroupRole.COORDINATOR],
    );
    return rows.length > 0;
  }

  /**
   * Who reports progress on a measure: the area coordinator, or a person with a membership covering
   * today in the measure's responsible organisation (monitoring).
   */
  async reportsOnMeasure(viewer: Viewer, measureId: string | null | undefined): Promise<boolean> {
    if (!viewer.person || !viewer.area || !isUuid(measureId)) return false;
    if (!(await this.db.getRepository(MeasureEntity).existsBy({ id: measureId, areaId: viewer.area.id }))) return false;
    if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return true;
    const rows = await this.db.query(
      `SELECT 1 FROM measures m
         JOIN organisation_memberships om ON om.organisation_id = m.responsible_organisation_id
        WHERE m.id = $1 AND m.area_id = $2 AND om.person_id = $3
          AND om.since <= CURRENT_DATE AND (om.until IS NULL OR om.until >= CURRENT_DATE)
        LIMIT 1`,
      [measureId, viewer.area.id, viewer.person.id],
    );
    return rows.length > 0;
  }

  /** Who edits an activity: whoever edits its measure. */
  async editsActivity(viewer: Viewer, activityId: string | null | undefined): Promise<boolean> {
    if (!viewer.area || !isUuid(activityId)) return false;
    const activity = await this.db.getRepository(ActivityEntity).findOneBy({ id: activityId, areaId: viewer.area.id });
    return activity !== null && this.editsMeasure(viewer, activity.measureId);
  }

  private async activeCoordinator(personId: string, groupId: string): Promise<boolean> {
    return this.db.getRepository(GroupMembershipEntity).existsBy({
      groupId,
      personId,
      role: GroupRole.COORDINATOR,
      leftAt: IsNull(),
    });
  }

  async organisesMeeting(viewer: Viewer, meetingId: string | null | undefined): Promise<boolean> {
    const meeting = await this.meetingOfArea(viewer, meetingId);
    if (!meeting || !viewer.person) return false;
    if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return true;
    return meeting.groupId !== null && this.activeCoordinator(viewer.person.id, meeting.groupId);
  }

  async isInvitedTo(viewer: Viewer, meetingId: string | null | undefined): Promise<boolean> {
    const meeting = await this.meetingOfArea(viewer, meetingId);
    if (!meeting || !viewer.person) return false;
    return this.db.getRepository(MeetingInvitationEntity).existsBy({ meetingId: meeting.id, personId: viewer.person.id });
  }

  async takesPartIn(viewer: Viewer, meetingId: string | null | undefined): Promise<boolean> {
    const meeting = await this.meetingOfArea(viewer, meetingId);
    if (!meeting || !viewer.person) return false;
    if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return true;
    const rows = await this.db.query(
      `SELECT 1 FROM meeting_invitations WHERE meeting_id = $1 AND person_id = $2
       UNION ALL
       SELECT 1 FROM group_memberships WHERE group_id = $3 AND person_id = $2 AND left_at IS NULL
       LIMIT 1`,
      [meeting.id, viewer.person.id, meeting.groupId],
    );
    return rows.length > 0;
  }

  async isPublicMeeting(viewer: Viewer, meetingId: string | null | undefined): Promise<boolean> {
    const meeting = await this.meetingOfArea(viewer, meetingId);
    return meeting !== null && meeting.isPublic;
  }

  private async meetingOfArea(viewer: Viewer, meetingId: string | null | undefined): Promise<MeetingEntity | null> {
    if (!viewer.area || !isUuid(meetingId)) return null;
    return this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId, areaId: viewer.area.id });
  }

  /**
   * A provider acting for the named organisation: AreaRole.PROVIDER, a current membership in it,
   * and the organisation is a provider of this area.
   */
  async representsProvider(viewer: Viewer, organisationId: string | null | undefined): Promise<boolean> {
    if (!viewer.person || !viewer.area || !isUuid(organisationId) || !hasAreaRole(viewer, AreaRole.PROVIDER)) return false;
    const rows = await this.db.query(
      `SELECT 1 FROM organisation_memberships m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.organisation_id = $1 AND m.person_id = $2 AND o.area_id = $3 AND o.side = $4
         AND (m.until IS NULL OR m.until >= CURRENT_DATE) AND m.since <= CURRENT_DATE
       LIMIT 1`,
      [organisationId, viewer.person.id, viewer.area.id, OrganisationSide.PROVIDER],
    );
    return rows.length > 0;
  }

  /** Organisations of the area whose provider the viewer currently is (see representsProvider). */
  async providerOrganisations(viewer: Viewer): Promise<string[]> {
    if (!viewer.person || !viewer.area || !hasAreaRole(viewer, AreaRole.PROVIDER)) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT o.id FROM organisation_memberships m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.person_id = $1 AND o.area_id = $2 AND o.side = $3
         AND (m.until IS NULL OR m.until >= CURRENT_DATE) AND m.since <= CURRENT_DATE`,
      [viewer.person.id, viewer.area.id, OrganisationSide.PROVIDER],
    );
    return rows.map((row) => row.id);
  }

  /** The provider of the organisation that owns the named row (a service or an intention) of this area. */
  async providesOwnerOf(viewer: Viewer, table: 'social_services' | 'development_intentions', id: string | null | undefined): Promise<boolean> {
    if (!viewer.area || !isUuid(id)) return false;
    const rows: { organisation_id: string }[] = await this.db.query(`SELECT organisation_id FROM ${table} WHERE id = $1 AND area_id = $2`, [
      id,
      viewer.area.id,
    ]);
    return rows.length > 0 && this.representsProvider(viewer, rows[0]!.organisation_id);
  }

  /** An eligible voter of the named approval round of this area (fixed when the round was opened). */
  async votesIn(viewer: Viewer, roundId: string | null | undefined): Promise<boolean> {
    if (!viewer.person || !viewer.area || !isUuid(roundId)) return false;
    const rows = await this.db.query(
      `SELECT 1 FROM approval_round_voters v JOIN approval_rounds r ON r.id = v.round_id
        WHERE v.round_id = $1 AND v.person_id = $2 AND r.area_id = $3 LIMIT 1`,
      [roundId, viewer.person.id, viewer.area.id],
    );
    return rows.length > 0;
  }

  /**
   * Coordinator of the working group that reviews the named intention (or the area coordinator).
   * Drafts are not under review: nobody reviews them.
   */
  async reviewsIntention(viewer: Viewer, intentionId: string | null | undefined): Promise<boolean> {
    if (!viewer.area || !isUuid(intentionId)) return false;
    const rows: { reviewing_group_id: string }[] = await this.db.query(
      `SELECT reviewing_group_id FROM development_intentions WHERE id = $1 AND area_id = $2 AND state NOT IN ('DRAFT', 'WITHDRAWN')`,
      [intentionId, viewer.area.id],
    );
    return rows.length > 0 && this.coordinatesGroup(viewer, rows[0]!.reviewing_group_id);
  }

  /** In the audience of the named comment round of this area (comments/comment-access.ts). */
  mayCommentIn(viewer: Viewer, roundId: unknown): Promise<boolean> {
    return mayCommentIn(this.db, viewer, roundId);
  }

  /** In the audience of the round of the named comment of this area. */
  mayReplyTo(viewer: Viewer, commentId: unknown): Promise<boolean> {
    return mayReplyTo(this.db, viewer, commentId);
  }

  /** The author of the named comment of this area. */
  wroteComment(viewer: Viewer, commentId: unknown): Promise<boolean> {
    return wroteComment(this.db, viewer, commentId);
  }

  /** May write a good-practice article for the named organisation of this area (practices/practice-access.ts). */
  mayWritePracticeFor(viewer: Viewer, organisationId: unknown): Promise<boolean> {
    return mayWritePracticeFor(this.db, viewer, organisationId);
  }

  /** May edit the named good-practice article of this area. */
  mayEditPractice(viewer: Viewer, practiceId: unknown): Promise<boolean> {
    return mayEditPractice(this.db, viewer, practiceId);
  }

  /** May delete the named attachment of a good-practice article of this area. */
  mayEditPracticeAttachment(viewer: Viewer, attachmentId: unknown): Promise<boolean> {
    return mayEditPracticeAttachment(this.db, viewer, attachmentId);
  }
}
