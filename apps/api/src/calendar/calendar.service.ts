import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, DataSource, IsNull } from 'typeorm';
import { hasAreaRole } from '../access/viewer';
import { AreaEntity } from '../areas/area.entity';
import { AccountEntity } from '../auth/account.entity';
import { isLocale, Locale } from '../common/i18n/translate';
import { documentText } from '../documents/document-labels';
import { notFound } from '../common/errors/domain.exception';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { CalendarEvent, renderCalendar } from './icalendar';

/**
 * The language a feed is written in. Calendar apps fetch feeds without our headers or cookie:
 * `?lang=` of the address, else the token holder's own choice, else the app's Accept-Language,
 * else the area's language.
 */
export interface FeedLanguage {
  asked?: Locale;
  browser?: Locale;
}

/** Feeds reach back a year; older meetings have dropped out of everyone's calendar anyway. */
const FEED_HISTORY_DAYS = 365;

/** The web address of a meeting and the calendar feed addresses. */
export const links = {
  /** The web app's page of the meeting: the public portal's for public meetings, else the members'. */
  meeting: (base: string, area: AreaEntity, meeting: MeetingEntity) =>
    `${base}/${meeting.isPublic ? 'p' : 'a'}/${encodeURIComponent(area.slug)}/meetings/${meeting.id}`,
  areaFeed: (base: string, area: AreaEntity, token?: string) =>
    `${base}/calendar/areas/${encodeURIComponent(area.slug)}.ics${token ? `?token=${token}` : ''}`,
  groupFeed: (base: string, area: AreaEntity, groupId: string, token?: string) =>
    `${base}/calendar/areas/${encodeURIComponent(area.slug)}/groups/${groupId}.ics${token ? `?token=${token}` : ''}`,
};

/**
 * Meetings as iCalendar: one meeting, the area's public calendar (plus, with a person's calendar
 * token, every meeting they take part in) and a group's calendar. Cancelled meetings stay in the
 * feeds marked as cancelled, so subscribed calendars remove them.
 */
@Injectable()
export class CalendarService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One meeting in the requester's language. */
  async meeting(area: AreaEntity, meetingId: string, base: string, locale: Locale): Promise<string> {
    const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id: meetingId, areaId: area.id });
    if (!meeting) throw notFound();
    return renderCalendar({ name: meeting.title, locale, events: [this.event(meeting, area, base, locale)] });
  }

  async areaFeed(slug: string, token: string | undefined, base: string, language: FeedLanguage = {}): Promise<string> {
    const area = await this.area(slug);
    const person = token ? await this.personByToken(area, token) : null;
    const locale = await this.feedLocale(area, person, language);
    const query = this.recent(area).andWhere(
      new Brackets((q) => {
        q.where('m.isPublic');
        if (person) {
          q.orWhere('EXISTS (SELECT 1 FROM meeting_invitations i WHERE i.meeting_id = m.id AND i.person_id = :personId)', {
            personId: person.id,
          }).orWhere(
            'EXISTS (SELECT 1 FROM group_memberships g WHERE g.group_id = m.group_id AND g.person_id = :personId AND g.left_at IS NULL)',
            { personId: person.id },
          );
        }
      }),
    );
    const meetings = await query.getMany();
    const name = person ? `${area.name} – ${person.fullName}` : area.name;
    return renderCalendar({
      name,
      locale,
      description: documentText(locale, 'calendar.description', { area: area.name }),
      events: meetings.map((meeting) => this.event(meeting, area, base, locale)),
    });
  }

  async groupFeed(slug: string, groupId: string, token: string | undefined, base: string, language: FeedLanguage = {}): Promise<string> {
    const area = await this.area(slug);
    const group = isUUID(groupId, 'all')
      ? await this.db.getRepository(WorkingGroupEntity).findOneBy({ id: groupId, areaId: area.id })
      : null;
    if (!group) throw notFound();
    const person = token ? await this.personByToken(area, token) : null;
    const locale = await this.feedLocale(area, person, language);
    const insider =
      person !== null &&
      (hasAreaRole({ person, account: null, area, locale: 'cs' }, AreaRole.COORDINATOR) ||
        (await this.db.getRepository(GroupMembershipEntity).existsBy({ groupId: group.id, personId: person.id, leftAt: IsNull() })));
    const query = this.recent(area).andWhere('m.groupId = :groupId', { groupId: group.id });
    if (!insider) query.andWhere('m.isPublic');
    const meetings = await query.getMany();
    return renderCalendar({
      name: `${area.name} – ${group.name}`,
      locale,
      description: documentText(locale, 'calendar.description', { area: area.name }),
      events: meetings.map((meeting) => this.event(meeting, area, base, locale)),
    });
  }

  private async feedLocale(area: AreaEntity, person: PersonEntity | null, language: FeedLanguage): Promise<Locale> {
    if (language.asked) return language.asked;
    const account = person?.accountId ? await this.db.getRepository(AccountEntity).findOneBy({ id: person.accountId }) : null;
    if (isLocale(account?.locale)) return account.locale;
    return language.browser ?? (isLocale(area.defaultLocale) ? area.defaultLocale : 'cs');
  }

  private recent(area: AreaEntity) {
    return this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.areaId = :areaId', { areaId: area.id })
      .andWhere(`m.startsAt >= now() - interval '${FEED_HISTORY_DAYS} days'`)
      .orderBy('m.startsAt', 'ASC');
  }

  private async area(slug: string): Promise<AreaEntity> {
    const area = await this.db.getRepository(AreaEntity).findOneBy({ slug });
    if (!area) throw notFound();
    return area;
  }

  /** The person whose calendar token this is, in this area; an unknown token is not found. */
  private async personByToken(area: AreaEntity, token: string): Promise<PersonEntity> {
    const person = await this.db.getRepository(PersonEntity).findOneBy({ areaId: area.id, calendarToken: token });
    if (!person) throw notFound();
    return person;
  }

  private event(meeting: MeetingEntity, area: AreaEntity, base: string, locale: Locale): CalendarEvent {
    const location = meeting.place ?? meeting.onlineUrl;
    const online = meeting.place && meeting.onlineUrl ? documentText(locale, 'calendar.online', { url: meeting.onlineUrl }) : null;
    const cancelled = meeting.cancelledAt !== null;
    return {
      uid: `${meeting.id}@komplan`,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: cancelled ? documentText(locale, 'calendar.cancelled', { title: meeting.title }) : meeting.title,
      location,
      description: [meeting.description, online].filter(Boolean).join('\n\n') || null,
      url: links.meeting(base, area, meeting),
      cancelled,
      lastModified: meeting.updatedAt,
    };
  }
}
