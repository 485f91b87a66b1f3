import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { NotificationKind, NotificationSubject } from '../notifications/notification.enums';
import { NotificationsService } from '../notifications/notifications.service';
import { badInput, DomainException, notFound } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code.enum';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { AddMeetingGuestInput, AttendanceEntryInput, InviteToMeetingInput } from './dto/meeting.inputs';
import { MeetingGuestEntity } from './meeting-guest.entity';
import { MeetingInvitationEntity } from './meeting-invitation.entity';
import { InvitationReply } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';
import { lockOpenMeeting } from './meeting-state';

/** Who is invited, who replied what, who came (invitees and walk-in guests). */
@Injectable()
export class ParticipationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Invites the current members of a group and/or named people; existing invitations stay as they
   * are. Each invitation notes the organisation the person comes for: the one they represent in the
   * group, else their organisation on the meeting day (attendance may still correct it). Each newly
   * invited person (not the one inviting) gets a MEETING_INVITATION notification, once.
   */
  async invite(areaId: string, input: InviteToMeetingInput, actorId: string | null = null): Promise<MeetingEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, input.meetingId);
      const personIds = new Set<string>();
      const represents = new Map<string, string>();
      if (input.groupId) {
        const group = await tx.getRepository(WorkingGroupEntity).findOneBy({ id: input.groupId, areaId });
        if (!group) throw badInput('input.groupId', 'unknownGroup');
        if (group.archivedAt) throw badInput('input.groupId', 'groupArchived');
        const members = await tx.getRepository(GroupMembershipEntity).find({
          select: { personId: true, organisationId: true },
          where: { groupId: group.id, leftAt: IsNull() },
        });
        for (const member of members) {
          personIds.add(member.personId);
          if (member.organisationId) represents.set(member.personId, member.organisationId);
        }
      }
      const named = [...new Set(input.personIds ?? [])];
      if (named.length > 0) {
        const found = await tx.getRepository(PersonEntity).find({ select: { id: true }, where: { id: In(named), areaId } });
        const known = new Set(found.map((person) => person.id));
        const index = (input.personIds ?? []).findIndex((id) => !known.has(id));
        if (index >= 0) throw badInput(`input.personIds.${index}`, 'unknownPerson');
        for (const id of named) personIds.add(id);
      }
      if (personIds.size > 0) {
        const onMeetingDay = await this.organisationsOnMeetingDay(tx, meeting, [...personIds]);
        await tx
          .createQueryBuilder()
          .insert()
          .into(MeetingInvitationEntity)
          .values(
            [...personIds].map((personId) => ({
              areaId,
              meetingId: meeting.id,
              personId,
              organisationId: represents.get(personId) ?? onMeetingDay.get(personId) ?? null,
            })),
          )
          .orIgnore()
          .execute();
        await this.notifications.notify(tx, {
          areaId,
          kind: NotificationKind.MEETING_INVITATION,
          recipientIds: [...personIds],
          actorId,
          subjectType: NotificationSubject.MEETING,
          subjectId: meeting.id,
          key: `meeting-invitation:${meeting.id}`,
          params: { meeting: meeting.title, startsAt: meeting.startsAt.toISOString() },
        });
      }
      return meeting;
    });
  }

  /** The invitee's reply; attending is refused once the meeting's capacity is taken. */
  async reply(areaId: string, personId: string, meetingId: string, reply: InvitationReply): Promise<MeetingInvitationEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, meetingId);
      const repo = tx.getRepository(MeetingInvitationEntity);
      const invitation = await repo.findOneBy({ meetingId: meeting.id, personId });
      if (!invitation) throw badInput('input.meetingId', 'notInvited');
      if (reply === InvitationReply.ATTEND && invitation.reply !== InvitationReply.ATTEND && meeting.capacity !== null) {
        const attending = await repo.countBy({ meetingId: meeting.id, reply: InvitationReply.ATTEND });
        if (attending >= meeting.capacity) {
          throw new DomainException(ErrorCode.CONFLICT, 'capacityExceeded', { params: { capacity: meeting.capacity } });
        }
      }
      invitation.reply = reply;
      invitation.repliedAt = new Date();
      return repo.save(invitation);
    });
  }

  /**
   * Records attendance of invitees. The organisation a person came for is the one given, or else
   * the one they belonged to on the day of the meeting (in the meeting's time zone).
   */
  async recordAttendance(areaId: string, meetingId: string, entries: AttendanceEntryInput[]): Promise<MeetingEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, meetingId);
      const personIds = [...new Set(entries.map((entry) => entry.personId))];
      const invitations = await tx.getRepository(MeetingInvitationEntity).findBy({ meetingId: meeting.id, personId: In(personIds) });
      const invited = new Map(invitations.map((invitation) => [invitation.personId, invitation]));
      const notInvited = entries.findIndex((entry) => !invited.has(entry.personId));
      if (notInvited >= 0) throw badInput(`input.entries.${notInvited}.personId`, 'notInvited');
      await this.requireOrganisations(tx, areaId, entries.map((entry) => entry.organisationId), 'input.entries', 'organisationId');
      const defaults = await this.organisationsOnMeetingDay(tx, meeting, personIds);
      for (const entry of entries) {
        const invitation = invited.get(entry.personId)!;
        invitation.attendance = entry.attendance;
        invitation.organisationId = entry.organisationId ?? invitation.organisationId ?? defaults.get(entry.personId) ?? null;
      }
      await tx.getRepository(MeetingInvitationEntity).save([...invited.values()]);
      return meeting;
    });
  }

  async addGuest(areaId: string, input: AddMeetingGuestInput): Promise<MeetingGuestEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, input.meetingId);
      if (input.organisationId) {
        const exists = await tx.getRepository(OrganisationEntity).existsBy({ id: input.organisationId, areaId });
        if (!exists) throw badInput('input.organisationId', 'unknownOrganisation');
      }
      const repo = tx.getRepository(MeetingGuestEntity);
      return repo.save(
        repo.create({
          areaId,
          meetingId: meeting.id,
          fullName: input.fullName.trim(),
          organisationId: input.organisationId ?? null,
          organisationName: input.organisationId ? null : input.organisationName?.trim() || null,
        }),
      );
    });
  }

  async removeGuest(areaId: string, meetingId: string, guestId: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockOpenMeeting(tx, areaId, meetingId);
      const result = await tx.getRepository(MeetingGuestEntity).delete({ id: guestId, meetingId: meeting.id, areaId });
      if (!result.affected) throw notFound('notFound', 'input.guestId');
      return true;
    });
  }

  private async requireOrganisations(
    tx: EntityManager,
    areaId: string,
    ids: (string | null | undefined)[],
    list: string,
    property: string,
  ): Promise<void> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return;
    const found = await tx.getRepository(OrganisationEntity).find({ select: { id: true }, where: { id: In(wanted), areaId } });
    const known = new Set(found.map((organisation) => organisation.id));
    const index = ids.findIndex((id) => !!id && !known.has(id));
    if (index >= 0) throw badInput(`${list}.${index}.${property}`, 'unknownOrganisation');
  }

  /** Each person's organisation membership valid on the meeting day (the most recent one if several). */
  private async organisationsOnMeetingDay(tx: EntityManager, meeting: MeetingEntity, personIds: string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const rows: { person_id: string; organisation_id: string }[] = await tx.query(
      `SELECT DISTINCT ON (om.person_id) om.person_id, om.organisation_id
         FROM organisation_memberships om
        WHERE om.area_id = $1 AND om.person_id = ANY($2::uuid[])
          AND om.since <= ($3::timestamptz AT TIME ZONE $4)::date
          AND (om.until IS NULL OR om.until >= ($3::timestamptz AT TIME ZONE $4)::date)
        ORDER BY om.person_id, om.since DESC, om.created_at DESC`,
      [meeting.areaId, personIds, meeting.startsAt, meeting.timezone],
    );
    return new Map(rows.map((row) => [row.person_id, row.organisation_id]));
  }
}
