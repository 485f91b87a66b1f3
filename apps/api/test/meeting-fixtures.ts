import { DataSource } from 'typeorm';
import { AreaEntity } from '../src/areas/area.entity';
import { GroupRole } from '../src/groups/group.enums';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { AgendaItemEntity } from '../src/meetings/agenda-item.entity';
import { DecisionEntity } from '../src/meetings/decision.entity';
import { MeetingGuestEntity } from '../src/meetings/meeting-guest.entity';
import { MeetingInvitationEntity } from '../src/meetings/meeting-invitation.entity';
import { Attendance, InvitationReply, MinutesStatus } from '../src/meetings/meeting.enums';
import { MeetingEntity } from '../src/meetings/meeting.entity';
import { MinutesEntity } from '../src/meetings/minutes.entity';
import { OrganisationMembershipEntity } from '../src/organisations/organisation-membership.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { PersonEntity } from '../src/people/person.entity';
import { User } from './fixtures';
import { TestApp } from './harness';

/**
 * Builders of the meetings world, straight into the database:
 * `await aMeeting(t, area).inGroup(group).invite(person, { attendance: PRESENT }).build()`.
 */
export class MeetingBuilder {
  private overrides: Partial<MeetingEntity> = {};
  private invitees: { person: PersonEntity; reply?: InvitationReply; attendance?: Attendance; organisation?: OrganisationEntity }[] = [];
  private guestList: { fullName: string; organisation?: OrganisationEntity; organisationName?: string }[] = [];
  private agendaTitles: { title: string; presenter?: PersonEntity }[] = [];
  private decisionTexts: string[] = [];
  private minutesBody: { body: string; status: MinutesStatus } | undefined;

  constructor(
    private readonly t: TestApp,
    private readonly area: AreaEntity,
  ) {}

  inGroup(group: WorkingGroupEntity): this {
    this.overrides.groupId = group.id;
    return this;
  }

  with(overrides: Partial<MeetingEntity>): this {
    Object.assign(this.overrides, overrides);
    return this;
  }

  /** Starts at `start` and lasts `hours`. */
  at(start: Date | string, hours = 2): this {
    const startsAt = new Date(start);
    this.overrides.startsAt = startsAt;
    this.overrides.endsAt = new Date(startsAt.getTime() + hours * 3600 * 1000);
    return this;
  }

  invite(person: PersonEntity, extra: { reply?: InvitationReply; attendance?: Attendance; organisation?: OrganisationEntity } = {}): this {
    this.invitees.push({ person, ...extra });
    return this;
  }

  guest(fullName: string, organisation?: OrganisationEntity | string): this {
    this.guestList.push(
      typeof organisation === 'string' ? { fullName, organisationName: organisation } : { fullName, organisation },
    );
    return this;
  }

  agendaItem(title: string, presenter?: PersonEntity): this {
    this.agendaTitles.push({ title, presenter });
    return this;
  }

  decision(text: string): this {
    this.decisionTexts.push(text);
    return this;
  }

  minutes(body: string, status = MinutesStatus.DRAFT): this {
    this.minutesBody = { body, status };
    return this;
  }

  async build(): Promise<MeetingEntity> {
    const db: DataSource = this.t.db;
    const meeting = await this.t.fixtures.meeting(this.area, this.overrides);
    const base = { areaId: this.area.id, meetingId: meeting.id };
    if (this.invitees.length) {
      await db.getRepository(MeetingInvitationEntity).insert(
        this.invitees.map(({ person, reply, attendance, organisation }) => ({
          ...base,
          personId: person.id,
          reply: reply ?? InvitationReply.PENDING,
          attendance: attendance ?? null,
          organisationId: organisation?.id ?? null,
        })),
      );
    }
    if (this.guestList.length) {
      await db.getRepository(MeetingGuestEntity).insert(
        this.guestList.map((guest) => ({
          ...base,
          fullName: guest.fullName,
          organisationId: guest.organisation?.id ?? null,
          organisationName: guest.organisationName ?? null,
        })),
      );
    }
    if (this.agendaTitles.length) {
      await db.getRepository(AgendaItemEntity).insert(
        this.agendaTitles.map((item, index) => ({ ...base, position: index + 1, title: item.title, presenterId: item.presenter?.id ?? null })),
      );
    }
    if (this.decisionTexts.length) {
      await db.getRepository(DecisionEntity).insert(this.decisionTexts.map((text, index) => ({ ...base, position: index + 1, text })));
    }
    if (this.minutesBody) {
      await db.getRepository(MinutesEntity).insert({
        ...base,
        body: this.minutesBody.body,
        status: this.minutesBody.status,
        publishedAt: this.minutesBody.status === MinutesStatus.PUBLISHED ? new Date() : null,
      });
    }
    return meeting;
  }
}

export const aMeeting = (t: TestApp, area: AreaEntity) => new MeetingBuilder(t, area);

/** A group with a coordinator who has an account, and its members. */
export async function aGroupWithCoordinator(
  t: TestApp,
  area: AreaEntity,
): Promise<{ group: WorkingGroupEntity; groupCoordinator: User }> {
  const group = await t.fixtures.group(area);
  const groupCoordinator = await t.fixtures.user(area, [AreaRole.MEMBER]);
  await t.fixtures.membership(group, groupCoordinator.person, GroupRole.COORDINATOR);
  return { group, groupCoordinator };
}

/** The person works for the organisation from `since` (YYYY-MM-DD) until `until` (inclusive). */
export function worksFor(
  t: TestApp,
  person: PersonEntity,
  organisation: OrganisationEntity,
  since: string,
  until: string | null = null,
): Promise<OrganisationMembershipEntity> {
  return t.db.getRepository(OrganisationMembershipEntity).save({
    areaId: person.areaId,
    personId: person.id,
    organisationId: organisation.id,
    position: null,
    since,
    until,
  });
}
