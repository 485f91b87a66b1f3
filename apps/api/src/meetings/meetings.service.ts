import { recordAudit } from '../audit/audit-log';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { AccessPolicy } from '../access/access.policy';
import { Viewer } from '../access/viewer';
import { AreaEntity } from '../areas/area.entity';
import { badInput } from '../common/errors/domain.exception';
import { Page } from '../common/pagination';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { DevelopmentIntentionEntity } from '../intentions/development-intention.entity';
import { intentionVisible } from '../intentions/intention-visibility';
import { MeasureEntity } from '../measures/measure.entity';
import { PersonEntity } from '../people/person.entity';
import { FundedProjectEntity } from '../trainings/funded-project.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaItemInput, CreateMeetingInput, UpdateMeetingInput } from './dto/meeting.inputs';
import { MeetingFilter } from './dto/meeting.args';
import { MeetingEntity } from './meeting.entity';
import { lockOpenMeeting } from './meeting-state';

/** When and where a meeting takes place: what its invitees are told about when it changes. */
const whenAndWhere = (meeting: MeetingEntity): string =>
  [meeting.startsAt.toISOString(), meeting.endsAt.toISOString(), meeting.place ?? '', meeting.onlineUrl ?? ''].join('|');

/** Scheduling of meetings: what they are, when and where, and their agenda. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly notifications: NotificationsService,
  ) {}

  async list(areaId: string, filter: MeetingFilter | null | undefined, offset: number, limit: number): Promise<Page<MeetingEntity>> {
    const query = this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.areaId = :areaId', { areaId })
      .orderBy('m.startsAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .skip(offset)
      .take(limit);
    if (filter?.from) query.andWhere('m.endsAt > :from', { from: filter.from });
    if (filter?.to) query.andWhere('m.startsAt < :to', { to: filter.to });
    if (filter?.groupId) query.andWhere('m.groupId = :groupId', { groupId: filter.groupId });
    if (filter?.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    // Always two statements (getManyAndCount skips the count on a short first page): the cost of
    // a page does not depend on how many meetings there are.
    const [items, total] = await Promise.all([query.getMany(), query.getCount()]);
    return { items, total };
  }

  get(areaId: string, id: string): Promise<MeetingEntity | null> {
    return this.db.getRepository(MeetingEntity).findOneBy({ id, areaId });
  }

  /** Meetings ahead that the person is invited to or whose group they belong to. */
  upcomingFor(areaId: string, personId: string, limit: number): Promise<MeetingEntity[]> {
    return this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.areaId = :areaId AND m.cancelledAt IS NULL AND m.startsAt >= now()', { areaId })
      .andWhere(
        new Brackets((q) =>
          q
            .where('EXISTS (SELECT 1 FROM meeting_invitations i WHERE i.meeting_id = m.id AND i.person_id = :personId)', { personId })
            .orWhere(
              'EXISTS (SELECT 1 FROM group_memberships g WHERE g.group_id = m.group_id AND g.person_id = :personId AND g.left_at IS NULL)',
              { personId },
            ),
        ),
      )
      .orderBy('m.startsAt', 'ASC')
      .take(limit)
      .getMany();
  }

  /** Public, not cancelled meetings of an area: upcoming soonest first, or past newest first. */
  async listPublic(areaSlug: string, past: boolean, offset: number, limit: number): Promise<Page<MeetingEntity>> {
    const area = await this.db.getRepository(AreaEntity).findOneBy({ slug: areaSlug });
    if (!area) return { items: [], total: 0 };
    const [items, total] = await this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.areaId = :areaId AND m.isPublic AND m.cancelledAt IS NULL', { areaId: area.id })
      .andWhere(past ? 'm.endsAt < now()' : 'm.endsAt >= now()')
      .orderBy('m.startsAt', past ? 'DESC' : 'ASC')
      .addOrderBy('m.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { items, total };
  }

  async getPublic(areaSlug: string, id: string): Promise<MeetingEntity | null> {
    return this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .innerJoin(AreaEntity, 'a', 'a.id = m.areaId AND a.slug = :areaSlug', { areaSlug })
      .where('m.id = :id AND m.isPublic AND m.cancelledAt IS NULL', { id })
      .getOne();
  }

  async create(viewer: Viewer, input: CreateMeetingInput): Promise<MeetingEntity> {
    const area = viewer.area!;
    return this.db.transaction(async (tx) => {
      if (input.groupId) await this.requireOpenGroup(tx, area.id, input.groupId, 'input.groupId');
      await this.requireAgendaReferences(tx, viewer, input.agenda, 'input.agenda');
      if (input.projectId) await this.requireProject(tx, area.id, input.projectId);
      const meeting = await tx.getRepository(MeetingEntity).save(
        tx.getRepository(MeetingEntity).create({
          areaId: area.id,
          groupId: input.groupId ?? null,
          kind: input.kind,
          title: input.title.trim(),
          description: input.description ?? '',
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          timezone: input.timezone ?? area.timezone,
          place: input.place || null,
          onlineUrl: input.onlineUrl || null,
          capacity: input.capacity ?? null,
          isPublic: input.isPublic,
          projectId: input.projectId ?? null,
          cancelledAt: null,
        }),
      );
      await this.writeAgenda(tx, meeting, input.agenda);
      return meeting;
    });
  }

  async update(viewer: Viewer, input: UpdateMeetingInput): Promise<MeetingEntity> {
    const areaId = viewer.area!.id;
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, input.id);
      const wasAt = whenAndWhere(meeting);
      if (input.groupId && input.groupId !== meeting.groupId) {
        await this.requireOpenGroup(tx, areaId, input.groupId, 'input.groupId');
        meeting.groupId = input.groupId;
      }
      if (input.kind) meeting.kind = input.kind;
      if (input.title) meeting.title = input.title.trim();
      if (input.description !== undefined) meeting.description = input.description ?? '';
      if (input.startsAt) meeting.startsAt = input.startsAt;
      if (input.endsAt) meeting.endsAt = input.endsAt;
      if (meeting.endsAt.getTime() <= meeting.startsAt.getTime()) {
        throw badInput(input.endsAt ? 'input.endsAt' : 'input.startsAt', 'validation.isAfter');
      }
      if (input.timezone) meeting.timezone = input.timezone;
      if (input.place !== undefined) meeting.place = input.place || null;
      if (input.onlineUrl !== undefined) meeting.onlineUrl = input.onlineUrl || null;
      if (input.capacity !== undefined) meeting.capacity = input.capacity ?? null;
      if (input.isPublic !== undefined && input.isPublic !== null) meeting.isPublic = input.isPublic;
      if (input.projectId !== undefined) {
        if (input.projectId) await this.requireProject(tx, areaId, input.projectId);
        meeting.projectId = input.projectId ?? null;
      }
      if (input.agenda) {
        await this.requireAgendaReferences(tx, viewer, input.agenda, 'input.agenda', meeting.id);
        await this.writeAgenda(tx, meeting, input.agenda);
      }
      const saved = await tx.getRepository(MeetingEntity).save(meeting);
      const nowAt = whenAndWhere(saved);
      if (nowAt !== wasAt) {
        await this.notifyInvitees(tx, saved, NotificationKind.MEETING_CHANGED, viewer.person?.id ?? null, `meeting-changed:${saved.id}:${createHash('sha1').update(nowAt).digest('hex')}`);
      }
      return saved;
    });
  }

  async cancel(areaId: string, id: string, actorId: string | null = null): Promise<MeetingEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, id);
      meeting.cancelledAt = new Date();
      await recordAudit(tx, { areaId, actorId, action: 'meeting.cancelled', subjectType: 'Meeting', subjectId: meeting.id });
      const saved = await tx.getRepository(MeetingEntity).save(meeting);
      await this.notifyInvitees(tx, saved, NotificationKind.MEETING_CANCELLED, actorId, `meeting-cancelled:${saved.id}`);
      return saved;
    });
  }

  /** Tells the meeting's invitees (not the actor) that its time or place changed, or that it is cancelled. */
  private async notifyInvitees(tx: EntityManager, meeting: MeetingEntity, kind: NotificationKind, actorId: string | null, key: string): Promise<void> {
    const invitations = await tx.getRepository(MeetingInvitationEntity).find({ select: { personId: true }, where: { meetingId: meeting.id } });
    await this.notifications.notify(tx, {
      areaId: meeting.areaId,
      kind,
      recipientIds: invitations.map((invitation) => invitation.personId),
      actorId,
      subjectType: NotificationSubject.MEETING,
      subjectId: meeting.id,
      key,
      params: { meeting: meeting.title, startsAt: meeting.startsAt.toISOString(), place: meeting.place ?? meeting.onlineUrl ?? '—' },
    });
  }

  async setAgenda(viewer: Viewer, meetingId: string, items: AgendaItemInput[]): Promise<MeetingEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, viewer.area!.id, meetingId);
      await this.requireAgendaReferences(tx, viewer, items, 'input.items', meeting.id);
      await this.writeAgenda(tx, meeting, items);
      // Touch the meeting so that calendars see a change.
      await tx.getRepository(MeetingEntity).update(meeting.id, { updatedAt: new Date() });
      return meeting;
    });
  }

  private async requireProject(tx: EntityManager, areaId: string, projectId: string): Promise<void> {
    const exists = await tx.getRepository(FundedProjectEntity).existsBy({ id: projectId, areaId });
    if (!exists) throw badInput('input.projectId', 'unknownProject');
  }

  private async requireOpenGroup(tx: EntityManager, areaId: string, groupId: string, field: string): Promise<void> {
    const group = await tx.getRepository(WorkingGroupEntity).findOneBy({ id: groupId, areaId });
    if (!group) throw badInput(field, 'unknownGroup');
    if (group.archivedAt) throw badInput(field, 'groupArchived');
  }

  /**
   * Presenters, measures and intentions named by the agenda exist in the viewer's area; an
   * intention must also be one the viewer may see (another provider's draft is not there) — or one
   * the meeting's agenda already points at, so that saving the agenda again keeps the link.
   */
  private async requireAgendaReferences(tx: EntityManager, viewer: Viewer, items: AgendaItemInput[], field: string, meetingId?: string): Promise<void> {
    const areaId = viewer.area!.id;
    const idsOf = (key: 'presenterId' | 'measureId' | 'intentionId') => [...new Set(items.map((item) => item[key]).filter((id): id is string => !!id))];
    const firstUnknown = (key: 'presenterId' | 'measureId' | 'intentionId', known: Set<string>, error: string) => {
      const index = items.findIndex((item) => item[key] && !known.has(item[key]));
      if (index >= 0) throw badInput(`${field}.${index}.${key}`, error);
    };
    const presenters = idsOf('presenterId');
    if (presenters.length > 0) {
      const found = await tx.getRepository(PersonEntity).find({ select: { id: true }, where: { id: In(presenters), areaId } });
      firstUnknown('presenterId', new Set(found.map((person) => person.id)), 'unknownPerson');
    }
    const measures = idsOf('measureId');
    if (measures.length > 0) {
      const found = await tx.getRepository(MeasureEntity).find({ select: { id: true }, where: { id: In(measures), areaId } });
      firstUnknown('measureId', new Set(found.map((measure) => measure.id)), 'unknownMeasure');
    }
    const intentions = idsOf('intentionId');
    if (intentions.length > 0) {
      const [found, own, linked] = await Promise.all([
        tx.getRepository(DevelopmentIntentionEntity).find({
          select: { id: true, areaId: true, state: true, organisationId: true },
          where: { id: In(intentions), areaId },
        }),
        this.policy.providerOrganisations(viewer),
        meetingId
          ? tx.getRepository(AgendaItemEntity).find({ select: { intentionId: true }, where: { meetingId, intentionId: In(intentions) } })
          : [],
      ]);
      const visible = found.filter((intention) => intentionVisible(viewer, own, intention)).map((intention) => intention.id);
      firstUnknown('intentionId', new Set([...visible, ...linked.map((item) => item.intentionId!)]), 'unknownIntention');
    }
  }

  private async writeAgenda(tx: EntityManager, meeting: MeetingEntity, items: AgendaItemInput[]): Promise<void> {
    await tx.getRepository(AgendaItemEntity).delete({ meetingId: meeting.id });
    if (items.length === 0) return;
    await tx.getRepository(AgendaItemEntity).insert(
      items.map((item, index) => ({
        areaId: meeting.areaId,
        meetingId: meeting.id,
        position: index + 1,
        title: item.title.trim(),
        presenterId: item.presenterId ?? null,
        notes: item.notes ?? '',
        durationMinutes: item.durationMinutes ?? null,
        measureId: item.measureId ?? null,
        intentionId: item.intentionId ?? null,
      })),
    );
  }
}
