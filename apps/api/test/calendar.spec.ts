import { AreaEntity } from '../src/areas/area.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { MeetingEntity } from '../src/meetings/meeting.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { PersonEntity } from '../src/people/person.entity';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aMeeting } from './meeting-fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);
const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)@komplan\r$/gm)].map((match) => match[1]);

describe('calendar', () => {
  let t: TestApp;
  let area: AreaEntity;
  let group: WorkingGroupEntity;
  let member: User;
  let outsider: User;
  let publicMeeting: MeetingEntity;
  let groupMeeting: MeetingEntity;
  let invitedMeeting: MeetingEntity;
  let otherMeeting: MeetingEntity;
  let cancelled: MeetingEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ name: 'Statutární město Plzeň' });
    group = await t.fixtures.group(area, { name: 'Senioři' });
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    outsider = await t.fixtures.user(area, [AreaRole.MEMBER]);
    await t.fixtures.membership(group, member.person);
    publicMeeting = await aMeeting(t, area)
      .with({
        title: 'Veřejné fórum; plán 2026, 1. část',
        isPublic: true,
        description: 'Program:\n1. úvod',
        place: null,
        onlineUrl: 'https://meet.example.test/forum',
      })
      .at(inDays(5))
      .build();
    groupMeeting = await aMeeting(t, area).inGroup(group).with({ title: 'Jednání PS Senioři' }).at(inDays(6)).build();
    invitedMeeting = await aMeeting(t, area).with({ title: 'Workshop' }).at(inDays(7)).invite(member.person).build();
    otherMeeting = await aMeeting(t, area).with({ title: 'Cizí jednání' }).at(inDays(8)).build();
    cancelled = await aMeeting(t, area).inGroup(group).with({ isPublic: true, cancelledAt: new Date() }).at(inDays(9)).build();
  });
  afterAll(() => t.stop());

  const tokenOf = async (person: PersonEntity) =>
    (await t.db.getRepository(PersonEntity).findOneByOrFail({ id: person.id })).calendarToken;

  it('downloads one public meeting without login as RFC 5545', async () => {
    const response = await t.anonymous().get(`/calendar/meetings/${publicMeeting.id}.ics?area=${area.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nPRODID:')).toBe(true);
    for (const line of ['VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT', 'STATUS:CONFIRMED', 'END:VCALENDAR']) {
      expect(ics).toContain(`${line}\r\n`);
    }
    expect(ics).toContain(`UID:${publicMeeting.id}@komplan\r\n`);
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\nDTEND:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain('SUMMARY:Veřejné fórum\\; plán 2026\\, 1. část\r\n');
    expect(ics).toContain('LOCATION:https://meet.example.test/forum\r\n');
    expect(ics).toContain('DESCRIPTION:Program:\\n1. úvod\r\n');
    // The event links to the meeting's page on the public portal (unfolded: the URL may wrap).
    expect(ics.replace(/\r\n /g, '')).toContain(`URL:${t.baseUrl}/p/${area.slug}/meetings/${publicMeeting.id}\r\n`);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('gives a non-public meeting only to its participants', async () => {
    const path = `/calendar/meetings/${groupMeeting.id}.ics?area=${area.slug}`;
    expect((await t.anonymous().get(path)).status).toBe(401);
    expect((await outsider.client.get(path)).status).toBe(403);
    const response = await member.client.get(path);
    expect(response.status).toBe(200);
    expect(uids(await response.text())).toEqual([groupMeeting.id]);
  });

  it('publishes the area feed: public meetings, cancelled ones marked', async () => {
    const response = await t.anonymous().get(`/calendar/areas/${area.slug}.ics`);
    expect(response.status).toBe(200);
    const ics = await response.text();
    expect(ics).toContain('X-WR-CALNAME:Statutární město Plzeň\r\n');
    expect(uids(ics)).toEqual([publicMeeting.id, cancelled.id]);
    expect(ics).toMatch(new RegExp(`UID:${cancelled.id}@komplan[\\s\\S]*?STATUS:CANCELLED\\r\\nEND:VEVENT`));
  });

  it('adds the person’s own meetings to the area feed with their token', async () => {
    const ics = await (await t.anonymous().get(`/calendar/areas/${area.slug}.ics?token=${await tokenOf(member.person)}`)).text();
    expect(uids(ics)).toEqual([publicMeeting.id, groupMeeting.id, invitedMeeting.id, cancelled.id]);
    expect(uids(ics)).not.toContain(otherMeeting.id);
    const unknown = await t.anonymous().get(`/calendar/areas/${area.slug}.ics?token=not-a-token`);
    expect(unknown.status).toBe(404);
    // A token of one area opens nothing in another.
    const elsewhere = await t.fixtures.area();
    expect((await t.anonymous().get(`/calendar/areas/${elsewhere.slug}.ics?token=${await tokenOf(member.person)}`)).status).toBe(404);
  });

  it('publishes a group feed: public meetings, all with a member’s token', async () => {
    const open = await (await t.anonymous().get(`/calendar/areas/${area.slug}/groups/${group.id}.ics`)).text();
    expect(uids(open)).toEqual([cancelled.id]);
    const asMember = await (await t.anonymous().get(`/calendar/areas/${area.slug}/groups/${group.id}.ics?token=${await tokenOf(member.person)}`)).text();
    expect(uids(asMember)).toEqual([groupMeeting.id, cancelled.id]);
    const asOutsider = await (
      await t.anonymous().get(`/calendar/areas/${area.slug}/groups/${group.id}.ics?token=${await tokenOf(outsider.person)}`)
    ).text();
    expect(uids(asOutsider)).toEqual([cancelled.id]);
    const otherArea = await t.fixtures.area();
    expect((await t.anonymous().get(`/calendar/areas/${otherArea.slug}/groups/${group.id}.ics`)).status).toBe(404);
  });

  it('lists the viewer’s feed addresses', async () => {
    const other = await t.fixtures.group(area, { name: 'Zdravotně postižení' });
    const data = await member.client.ok<{ calendarFeeds: { area: string; personal: string; groups: { group: { id: string }; url: string }[] } }>(
      `{ calendarFeeds { area personal groups { group { id } url } } }`,
    );
    const token = await tokenOf(member.person);
    const feeds = data.calendarFeeds;
    expect(feeds.area).toBe(`${t.baseUrl}/calendar/areas/${area.slug}.ics`);
    expect(feeds.personal).toBe(`${t.baseUrl}/calendar/areas/${area.slug}.ics?token=${token}`);
    const byGroup = new Map(feeds.groups.map((feed) => [feed.group.id, feed.url]));
    expect(byGroup.get(group.id)).toBe(`${t.baseUrl}/calendar/areas/${area.slug}/groups/${group.id}.ics?token=${token}`);
    expect(byGroup.get(other.id)).toBe(`${t.baseUrl}/calendar/areas/${area.slug}/groups/${other.id}.ics`);
    // The addresses work.
    const personal = await fetch(feeds.personal);
    expect(uids(await personal.text())).toContain(invitedMeeting.id);
  });
});
