import { DEMO_AREA_SLUG, DEMO_LOGINS, loadDemoData } from '../src/demo/demo-data';
import { buildDemoWorld } from '../src/demo/demo-world';
import { TestApp } from './harness';

const ME = `{ me { person { fullName roles } coordinatedGroupIds } }`;

describe('demo data', () => {
  let t: TestApp;
  let areaId: string;
  /** Rows of a table in the demo area. */
  const count = async (table: string, where = 'TRUE'): Promise<number> => {
    const rows = (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE area_id = $1 AND ${where}`, [areaId])) as { n: number }[];
    return rows[0]!.n;
  };
  const tables = [
    'people', 'organisations', 'organisation_memberships', 'working_groups', 'group_memberships', 'meetings',
    'agenda_items', 'meeting_invitations', 'meeting_guests', 'meeting_minutes', 'meeting_decisions',
  ];
  const snapshot = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)] as const)));

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('builds the same city every time on a given day', () => {
    const options = { passwordHash: 'hash', calendarToken: () => 'token' };
    const morning = buildDemoWorld({ ...options, now: new Date('2026-03-10T07:15:00Z') });
    const evening = buildDemoWorld({ ...options, now: new Date('2026-03-10T19:40:00Z') });
    expect(evening).toEqual(morning);
    expect(buildDemoWorld({ ...options, now: new Date('2026-03-11T07:15:00Z') })).not.toEqual(morning);
  });

  it('loads a year of community planning in one go', async () => {
    const started = Date.now();
    expect(await loadDemoData(t.db)).toBe(true);
    expect(Date.now() - started).toBeLessThan(15000);

    const rows = (await t.db.query(`SELECT id FROM areas WHERE slug = $1`, [DEMO_AREA_SLUG])) as { id: string }[];
    areaId = rows[0]!.id;
    expect(await count('working_groups')).toBe(6);
    expect(await count('working_groups', `kind = 'MANAGEMENT_TEAM'`)).toBe(1);
    expect(await count('people')).toBeGreaterThanOrEqual(130);
    expect(await count('people')).toBeLessThanOrEqual(170);
    expect(await count('organisations')).toBeGreaterThanOrEqual(35);
    expect(await count('organisations')).toBeLessThanOrEqual(45);
    for (const side of ['COMMISSIONER', 'PROVIDER', 'USER']) expect(await count('organisations', `side = '${side}'`)).toBeGreaterThan(5);
    expect(await count('meetings')).toBeGreaterThan(50);
    expect(await count('meetings', `starts_at > now()`)).toBeGreaterThanOrEqual(6);
    expect(await count('meeting_minutes', `status = 'PUBLISHED'`)).toBeGreaterThan(40);
    expect(await count('meeting_minutes', `status = 'DRAFT'`)).toBe(1);
    expect(await count('meeting_invitations', `attendance = 'PRESENT'`)).toBeGreaterThan(500);
    expect(await count('meeting_invitations', `reply = 'PENDING' AND attendance IS NULL`)).toBeGreaterThan(0);
    expect(await count('meeting_decisions')).toBeGreaterThan(50);
  });

  it('gives every working group a coordinator, 15–30 members and one former member', async () => {
    const groups = (await t.db.query(
      `SELECT g.name,
              count(*) FILTER (WHERE m.left_at IS NULL)::int AS active,
              count(*) FILTER (WHERE m.left_at IS NOT NULL)::int AS former,
              count(*) FILTER (WHERE m.role = 'COORDINATOR' AND m.left_at IS NULL)::int AS coordinators
         FROM working_groups g JOIN group_memberships m ON m.group_id = g.id
        WHERE g.area_id = $1 AND g.kind = 'TARGET_GROUP' GROUP BY g.name`,
      [areaId],
    )) as { name: string; active: number; former: number; coordinators: number }[];
    expect(groups.map((g) => g.name).sort()).toEqual([
      'Národnostní menšiny a cizinci',
      'Osoby ohrožené sociálním vyloučením',
      'Osoby se zdravotním postižením',
      'Rodina, děti a mládež',
      'Senioři',
    ]);
    for (const group of groups) {
      expect(group.active).toBeGreaterThanOrEqual(15);
      expect(group.active).toBeLessThanOrEqual(30);
      expect(group.former).toBe(1);
      expect(group.coordinators).toBe(1);
    }
  });

  it('schedules meetings in Prague working hours, summer time and winter time alike', async () => {
    const hours = (await t.db.query(
      `SELECT DISTINCT extract(hour FROM starts_at AT TIME ZONE timezone)::int AS hour,
              extract(isodow FROM starts_at AT TIME ZONE timezone)::int AS weekday
         FROM meetings WHERE area_id = $1`,
      [areaId],
    )) as { hour: number; weekday: number }[];
    for (const { hour, weekday } of hours) {
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThanOrEqual(16);
      expect(weekday).toBeLessThanOrEqual(5);
    }
    // Both offsets occur: the instants were computed for the day, not with one fixed offset.
    const offsets = (await t.db.query(
      `SELECT DISTINCT extract(hour FROM (starts_at AT TIME ZONE 'Europe/Prague') - (starts_at AT TIME ZONE 'UTC'))::int AS offset
         FROM meetings WHERE area_id = $1 ORDER BY 1`,
      [areaId],
    )) as { offset: number }[];
    expect(offsets.map((o) => o.offset)).toEqual([1, 2]);
  });

  it('records attendance for the organisation the person belonged to on the day', async () => {
    const wrong = (await t.db.query(
      `SELECT count(*)::int AS n
         FROM meeting_invitations i JOIN meetings m ON m.id = i.meeting_id
        WHERE i.area_id = $1 AND i.organisation_id IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM organisation_memberships om
               WHERE om.person_id = i.person_id AND om.organisation_id = i.organisation_id
                 AND om.since <= (m.starts_at AT TIME ZONE m.timezone)::date
                 AND (om.until IS NULL OR om.until >= (m.starts_at AT TIME ZONE m.timezone)::date))`,
      [areaId],
    )) as { n: number }[];
    expect(wrong[0]!.n).toBe(0);
    expect(await count('organisation_memberships', 'until IS NOT NULL')).toBeGreaterThanOrEqual(3);
    // Someone who changed jobs came for the old organisation before and for the new one after.
    const movers = (await t.db.query(
      `SELECT person_id FROM meeting_invitations
        WHERE area_id = $1 AND attendance = 'PRESENT' GROUP BY person_id HAVING count(DISTINCT organisation_id) > 1`,
      [areaId],
    )) as unknown[];
    expect(movers.length).toBeGreaterThanOrEqual(1);
  });

  it('has public meetings with published minutes for the public page', async () => {
    const rows = (await t.db.query(
      `SELECT count(*)::int AS n FROM meetings m JOIN meeting_minutes mm ON mm.meeting_id = m.id
        WHERE m.area_id = $1 AND m.is_public AND mm.status = 'PUBLISHED' AND m.starts_at < now()`,
      [areaId],
    )) as { n: number }[];
    expect(rows[0]!.n).toBeGreaterThanOrEqual(5);
    expect(await count('meetings', `kind = 'PUBLIC_FORUM' AND is_public`)).toBe(2);
    expect(await count('meetings', `kind = 'TRAINING' AND title LIKE 'Cyklus seminářů: Zákon o sociálních službách v praxi%'`)).toBe(4);
  });

  it('does nothing the second time', async () => {
    const before = await snapshot();
    expect(await loadDemoData(t.db)).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('lets every demo account log in with the demo password', async () => {
    const coordinator = await t.login('koordinator@plzen.example', DEMO_LOGINS.password, DEMO_AREA_SLUG);
    const me = await coordinator.ok<{ me: { person: { fullName: string; roles: string[] } } }>(ME);
    expect(me.me.person.fullName).toBe('Kateřina Šímová');
    expect(me.me.person.roles).toEqual(expect.arrayContaining(['COORDINATOR', 'MEMBER']));

    for (const { email } of DEMO_LOGINS.accounts) {
      const client = await t.login(email, DEMO_LOGINS.password, DEMO_AREA_SLUG);
      const { me: who } = await client.ok<{ me: { person: { fullName: string } | null; coordinatedGroupIds: string[] } }>(ME);
      expect(who.person?.fullName).toBeTruthy();
      if (email === 'seniori@plzen.example') expect(who.coordinatedGroupIds).toHaveLength(1);
    }
  });
});
