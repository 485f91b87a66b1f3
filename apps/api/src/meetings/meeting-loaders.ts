import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestContext } from '../access/request-context';
import { hasAreaRole, Viewer } from '../access/viewer';
import { AreaRole } from '../people/area-role.enum';
import { AttendanceSummary } from './dto/meeting.types';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { MeetingEntity } from './meeting.entity';

/** How the viewer stands to one meeting; decides what of the meeting they may see. */
export interface MeetingRelation {
  /** Organises it: area coordinator, or coordinator of the meeting's group. */
  canManage: boolean;
  /** Takes part: organiser, invitee or member of the group. */
  participates: boolean;
}

const NOBODY: MeetingRelation = { canManage: false, participates: false };

/**
 * Meetings shown on the public portal. Whoever asks (even a logged-in coordinator), the public
 * view of a meeting shows no invitations, no guests and only published minutes. Entities are
 * fresh for each request, so marking the objects themselves cannot leak across requests.
 */
const publicView = new WeakSet<MeetingEntity>();

export function markPublic<T extends MeetingEntity | null>(meeting: T): T {
  if (meeting) publicView.add(meeting);
  return meeting;
}

/** The viewer's relation to a meeting, computed once per meeting per request (batched). */
export async function relationTo(ctx: RequestContext, meeting: MeetingEntity): Promise<MeetingRelation> {
  if (publicView.has(meeting)) return NOBODY;
  const viewer = await ctx.req.komplan?.viewer;
  if (!viewer?.person || viewer.area?.id !== meeting.areaId) return NOBODY;
  if (hasAreaRole(viewer, AreaRole.COORDINATOR)) return { canManage: true, participates: true };
  return relationLoader(ctx, viewer).load(meeting.id);
}

function relationLoader(ctx: RequestContext, viewer: Viewer): DataLoader<string, MeetingRelation> {
  const personId = viewer.person!.id;
  return ctx.loaders.custom(`meetingRelation:${personId}`, (db: DataSource) =>
    new DataLoader<string, MeetingRelation>(async (ids) => {
      const rows: { id: string; manages: boolean; participates: boolean }[] = await db.query(
        `SELECT m.id,
                EXISTS (SELECT 1 FROM group_memberships g
                         WHERE g.group_id = m.group_id AND g.person_id = $2 AND g.left_at IS NULL AND g.role = 'COORDINATOR') AS manages,
                EXISTS (SELECT 1 FROM group_memberships g
                         WHERE g.group_id = m.group_id AND g.person_id = $2 AND g.left_at IS NULL)
                OR EXISTS (SELECT 1 FROM meeting_invitations i WHERE i.meeting_id = m.id AND i.person_id = $2) AS participates
           FROM meetings m
          WHERE m.id = ANY($1::uuid[]) AND m.area_id = $3`,
        [[...ids], personId, viewer.area!.id],
      );
      const byId = new Map(rows.map((row) => [row.id, { canManage: row.manages, participates: row.manages || row.participates }]));
      return ids.map((id) => byId.get(id) ?? NOBODY);
    }),
  );
}

/** The viewer's own invitation to each meeting. */
export async function myInvitation(ctx: RequestContext, meeting: MeetingEntity): Promise<MeetingInvitationEntity | null> {
  if (publicView.has(meeting)) return null;
  const viewer = await ctx.req.komplan?.viewer;
  const personId = viewer?.person?.id;
  if (!personId || viewer.area?.id !== meeting.areaId) return null;
  const mine = await ctx.loaders.many(MeetingInvitationEntity, 'meetingId', {}, { personId }, `mine:${personId}`).load(meeting.id);
  return mine[0] ?? null;
}

/** Invitations of each meeting with their people, sorted by name (one query for the whole list). */
export function invitationsLoader(ctx: RequestContext): DataLoader<string, MeetingInvitationEntity[]> {
  return ctx.loaders.custom('meetingInvitations', (db: DataSource) =>
    new DataLoader<string, MeetingInvitationEntity[]>(async (ids) => {
      const rows = await db
        .getRepository(MeetingInvitationEntity)
        .createQueryBuilder('i')
        .innerJoinAndSelect('i.person', 'p')
        .where('i.meetingId IN (:...ids)', { ids: [...ids] })
        .orderBy('p.fullName', 'ASC')
        .addOrderBy('i.id', 'ASC')
        .getMany();
      const grouped = new Map<string, MeetingInvitationEntity[]>(ids.map((id) => [id, []]));
      for (const row of rows) grouped.get(row.meetingId)?.push(row);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  );
}

/** Reply and attendance counts of each meeting, aggregated in SQL. */
export function summaryLoader(ctx: RequestContext): DataLoader<string, AttendanceSummary> {
  return ctx.loaders.custom('meetingAttendanceSummary', (db: DataSource) =>
    new DataLoader<string, AttendanceSummary>(async (ids) => {
      const rows: (Record<keyof AttendanceSummary, number> & { id: string })[] = await db.query(
        `SELECT m.id,
                COUNT(i.id)::int AS invited,
                COUNT(i.id) FILTER (WHERE i.reply = 'ATTEND')::int AS attending,
                COUNT(i.id) FILTER (WHERE i.reply = 'DECLINE')::int AS declined,
                COUNT(i.id) FILTER (WHERE i.reply = 'MAYBE')::int AS maybe,
                COUNT(i.id) FILTER (WHERE i.reply = 'PENDING')::int AS pending,
                COUNT(i.id) FILTER (WHERE i.attendance = 'PRESENT')::int AS present,
                COUNT(i.id) FILTER (WHERE i.attendance = 'EXCUSED')::int AS excused,
                COUNT(i.id) FILTER (WHERE i.attendance = 'ABSENT')::int AS absent,
                (SELECT COUNT(*) FROM meeting_guests g WHERE g.meeting_id = m.id)::int AS guests
           FROM meetings m
           LEFT JOIN meeting_invitations i ON i.meeting_id = m.id
          WHERE m.id = ANY($1::uuid[])
          GROUP BY m.id`,
        [[...ids]],
      );
      const empty: AttendanceSummary = { invited: 0, attending: 0, declined: 0, maybe: 0, pending: 0, present: 0, excused: 0, absent: 0, guests: 0 };
      const byId = new Map(rows.map(({ id, ...counts }) => [id, counts as AttendanceSummary]));
      return ids.map((id) => byId.get(id) ?? empty);
    }),
  );
}
