import { AreaEntity } from '../src/areas/area.entity';
import { Attendance, MeetingKind } from '../src/meetings/meeting.enums';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aMeeting } from './meeting-fixtures';

const STATISTICS = `query($from: String!, $to: String!, $groupId: ID) {
  participationStatistics(from: $from, to: $to, groupId: $groupId) {
    from to groupId meetings meetingsByKind { kind count } distinctPersons distinctOrganisations
    invited present guests attendanceRate personHours } }`;

interface Statistics {
  meetings: number;
  meetingsByKind: { kind: string; count: number }[];
  distinctPersons: number;
  distinctOrganisations: number;
  invited: number;
  present: number;
  guests: number;
  attendanceRate: number | null;
  personHours: number;
}

describe('participation statistics', () => {
  let t: TestApp;
  let area: AreaEntity;
  let member: User;
  let groupId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const group = await t.fixtures.group(area);
    groupId = group.id;
    const [anna, boris, cyril, dana] = await Promise.all([1, 2, 3, 4].map((i) => t.fixtures.person(area, { fullName: `Osoba ${i}` })));
    const charity = await t.fixtures.organisation(area, { name: 'Charita' });
    const city = await t.fixtures.organisation(area, { name: 'Magistrát' });

    // March 2026. Working group, 2 hours: Anna and Boris present, Cyril excused, one guest of a named organisation.
    await aMeeting(t, area)
      .inGroup(group)
      .at('2026-03-10T08:00:00Z', 2)
      .invite(anna!, { attendance: Attendance.PRESENT, organisation: charity })
      .invite(boris!, { attendance: Attendance.PRESENT, organisation: city })
      .invite(cyril!, { attendance: Attendance.EXCUSED, organisation: charity })
      .guest('Jana Hostová', 'Spolek Naděje')
      .build();
    // Workshop of the whole area, 1.5 hours: Anna again (same person, same organisation), Dana absent, the same guest again.
    await aMeeting(t, area)
      .with({ kind: MeetingKind.WORKSHOP })
      .at('2026-03-20T13:00:00Z', 1.5)
      .invite(anna!, { attendance: Attendance.PRESENT, organisation: charity })
      .invite(dana!, { attendance: Attendance.ABSENT })
      .invite(cyril!)
      .guest('jana hostová ', charity)
      .build();
    // Not counted: cancelled, outside the period (23:30 UTC on 31 March is 1 April in Prague), and another area.
    await aMeeting(t, area).inGroup(group).at('2026-03-11T08:00:00Z').with({ cancelledAt: new Date() }).invite(anna!, { attendance: Attendance.PRESENT }).build();
    await aMeeting(t, area).inGroup(group).at('2026-03-31T22:30:00Z').invite(anna!, { attendance: Attendance.PRESENT }).build();
    const elsewhere = await t.fixtures.area();
    await aMeeting(t, elsewhere).at('2026-03-15T08:00:00Z').build();
    // 1 March 00:30 in Prague is 28 February 23:30 UTC: inside the period.
    await aMeeting(t, area).with({ kind: MeetingKind.TRAINING }).at('2026-02-28T23:30:00Z', 1).build();
  });
  afterAll(() => t.stop());

  it('counts meetings, persons, organisations, attendance and person-hours of the period', async () => {
    const data = await member.client.ok<{ participationStatistics: Statistics }>(STATISTICS, { from: '2026-03-01', to: '2026-03-31' });
    const stats = data.participationStatistics;
    expect(stats).toMatchObject({
      meetings: 3,
      // Anna, Boris, the guest (same name twice).
      distinctPersons: 3,
      // Charita, Magistrát, Spolek Naděje (the guest's second visit was for Charita).
      distinctOrganisations: 3,
      invited: 6,
      present: 3,
      guests: 2,
      // 3 present of 5 recorded (Cyril's second invitation has no attendance).
      attendanceRate: 0.6,
      // (2 present + 1 guest) × 2 h + (1 present + 1 guest) × 1.5 h.
      personHours: 9,
    });
    expect(stats.meetingsByKind.filter((k) => k.count > 0)).toEqual([
      { kind: 'WORKING_GROUP', count: 1 },
      { kind: 'TRAINING', count: 1 },
      { kind: 'WORKSHOP', count: 1 },
    ]);
    expect(stats.meetingsByKind).toHaveLength(Object.keys(MeetingKind).length);
  });

  it('narrows to one group', async () => {
    const data = await member.client.ok<{ participationStatistics: Statistics }>(STATISTICS, {
      from: '2026-03-01',
      to: '2026-03-31',
      groupId,
    });
    expect(data.participationStatistics).toMatchObject({ meetings: 1, present: 2, guests: 1, personHours: 6, distinctOrganisations: 3 });
  });

  it('gives no attendance rate when nothing is recorded', async () => {
    const data = await member.client.ok<{ participationStatistics: Statistics }>(STATISTICS, { from: '2020-01-01', to: '2020-12-31' });
    expect(data.participationStatistics).toMatchObject({ meetings: 0, attendanceRate: null, personHours: 0 });
  });

  it('refuses periods longer than five years or reversed', async () => {
    const long = await member.client.withLocale('en').error(STATISTICS, { from: '2020-01-01', to: '2025-01-01' });
    expect(long.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(long.message).toBe('The period can be at most 5 years.');
    await member.client.ok(STATISTICS, { from: '2020-01-01', to: '2024-12-31' });
    const reversed = await member.client.error(STATISTICS, { from: '2026-03-31', to: '2026-03-01' });
    expect(reversed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    const invalid = await member.client.error(STATISTICS, { from: '2026-02-30', to: '2026-03-01' });
    expect(invalid.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('downloads the same numbers as CSV for Czech Excel', async () => {
    const response = await member.client.get(`/api/statistics.csv?area=${area.slug}&from=2026-03-01&to=2026-03-31`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="komplan-statistiky-2026-03-01-2026-03-31.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Druh setkání;Setkání;Osoby;Organizace;Pozváno;Přítomno;Hosté;Účast (%);Osobohodiny');
    expect(lines).toContain('Pracovní skupina;1;3;3;3;2;1;66,67;6');
    expect(lines).toContain('Workshop;1;2;1;3;1;1;50;3');
    expect(lines).toContain('Supervize;0;0;0;0;0;0;;0');
    expect(lines[lines.length - 1]).toBe('Celkem;3;3;3;6;3;2;60;9');
    expect(lines).toHaveLength(1 + Object.keys(MeetingKind).length + 1);
  });

  it('translates the CSV headers and refuses bad periods there too', async () => {
    const english = await member.client.withLocale('en').get(`/api/statistics.csv?area=${area.slug}&from=2026-03-01&to=2026-03-31`);
    const text = await english.text();
    expect(text).toContain('Kind of meeting;Meetings;Persons');
    expect(text).toContain('Total;3;3;3;6;3;2;60;9');
    const long = await member.client.get(`/api/statistics.csv?area=${area.slug}&from=2000-01-01&to=2026-03-31`);
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('keeps the CSV to members of the area', async () => {
    const anonymous = await t.anonymous().get(`/api/statistics.csv?area=${area.slug}&from=2026-03-01&to=2026-03-31`);
    expect(anonymous.status).toBe(401);
    const other = await t.fixtures.user(await t.fixtures.area(), [AreaRole.COORDINATOR]);
    const stranger = await other.client.get(`/api/statistics.csv?area=${area.slug}&from=2026-03-01&to=2026-03-31`);
    expect(stranger.status).toBe(403);
  });
});
