import ExcelJS from 'exceljs';
import { AreaEntity } from '../src/areas/area.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { parseCsv } from '../src/common/csv';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { TestApp } from './harness';
import { strategy } from './strategy-fixtures';

const LOG = `query($filter: AuditLogFilter, $page: Int, $pageSize: Int) {
  auditLog(filter: $filter, page: $page, pageSize: $pageSize) { total items { id createdAt action actionLabel actorId actorName subjectType subjectId } } }`;
const ACTIONS = `query { auditActions { action label } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`;
const ADD_MEMBER = `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`;
const REMOVE_MEMBER = `mutation($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelMeeting(id: $id) { id } }`;
const ERASE_SELF = `mutation($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) }`;

interface Line {
  id: string;
  createdAt: string;
  action: string;
  actionLabel: string;
  actorId: string | null;
  actorName: string;
  subjectType: string;
  subjectId: string;
}

describe('audit log viewer', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let member: User;
  let personId: string;
  let groupId: string;
  let meetingId: string;

  const log = async (client: User['client'], variables: Record<string, unknown> = {}) =>
    (await client.ok<{ auditLog: { total: number; items: Line[] } }>(LOG, variables)).auditLog;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR], { fullName: 'Klára Koordinátorová' });
    member = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Michal Člen' });
    // Real changes through the API, each of which must leave a line.
    personId = (await coordinator.client.ok<{ createPerson: { id: string } }>(CREATE_PERSON, { input: { fullName: 'Nová Osoba', roles: ['MEMBER'] } })).createPerson.id;
    await coordinator.client.ok(UPDATE_PERSON, { input: { id: personId, roles: ['MEMBER', 'PROVIDER'] } });
    await coordinator.client.ok(UPDATE_PERSON, { input: { id: personId, phone: '+420 600 000 000' } });
    groupId = (await t.fixtures.group(area)).id;
    await coordinator.client.ok(ADD_MEMBER, { input: { groupId, personId } });
    await coordinator.client.ok(REMOVE_MEMBER, { input: { groupId, personId } });
    meetingId = (await t.fixtures.meeting(area)).id;
    await coordinator.client.ok(CANCEL, { id: meetingId });
    // An old line, to filter by period (2025-12-31 23:30 UTC is already 1 January 2026 in Prague).
    await t.db.getRepository(AuditEntryEntity).save([
      { areaId: area.id, actorId: member.person.id, action: 'vote.cast', subjectType: 'ApprovalRound', subjectId: meetingId, createdAt: new Date('2025-12-31T23:30:00Z') },
      { areaId: area.id, actorId: null, action: 'commentRound.settled', subjectType: 'CommentRound', subjectId: meetingId, createdAt: new Date('2025-12-31T22:30:00Z') },
    ]);
  });
  afterAll(() => t.stop());

  it('lists the changes newest first, in words, with who made them', async () => {
    const page = await log(coordinator.client);
    expect(page.total).toBe(8);
    expect(page.items.map((line) => line.action)).toEqual([
      'meeting.cancelled',
      'groupMembership.ended',
      'groupMembership.added',
      'person.updated',
      'person.rolesChanged',
      'person.created',
      'vote.cast',
      'commentRound.settled',
    ]);
    expect(page.items[0]).toMatchObject({ actionLabel: 'Jednání zrušeno', actorName: 'Klára Koordinátorová', actorId: coordinator.person.id, subjectType: 'Meeting', subjectId: meetingId });
    expect(page.items[7]).toMatchObject({ actionLabel: 'Kolo připomínek vypořádáno', actorName: 'systém', actorId: null });
    const english = await log(coordinator.client.withLocale('en'), { pageSize: 1 });
    expect(english.items[0]!.actionLabel).toBe('Meeting cancelled');
    const stored = await t.db.getRepository(AuditEntryEntity).findOneByOrFail({ action: 'person.rolesChanged', subjectId: personId });
    expect(stored.details).toEqual({ fields: ['roles'], roles: { from: ['MEMBER'], to: ['MEMBER', 'PROVIDER'] } });
    const labelled = (await coordinator.client.ok<{ auditActions: { action: string; label: string }[] }>(ACTIONS)).auditActions;
    expect(labelled).toContainEqual({ action: 'groupMembership.added', label: 'Člen přidán do skupiny' });
    expect(labelled).toHaveLength(8);
  });

  it('filters by action, kind of object, actor and period, and pages', async () => {
    expect((await log(coordinator.client, { filter: { action: 'person.updated' } })).items.map((l) => l.subjectId)).toEqual([personId]);
    expect((await log(coordinator.client, { filter: { subjectType: 'WorkingGroup' } })).total).toBe(2);
    expect((await log(coordinator.client, { filter: { actorId: member.person.id } })).items.map((l) => l.action)).toEqual(['vote.cast']);
    // Days of the area's calendar: 23:30 UTC on 31 December is 1 January in Prague, 22:30 UTC is still 31 December.
    expect((await log(coordinator.client, { filter: { from: '2026-01-01', to: '2026-01-01' } })).items.map((l) => l.action)).toEqual(['vote.cast']);
    expect((await log(coordinator.client, { filter: { to: '2025-12-31' } })).items.map((l) => l.action)).toEqual(['commentRound.settled']);
    const second = await log(coordinator.client, { page: 2, pageSize: 3 });
    expect(second.total).toBe(8);
    expect(second.items.map((l) => l.action)).toEqual(['person.updated', 'person.rolesChanged', 'person.created']);
    const bad = await coordinator.client.error(LOG, { filter: { from: '31. 12. 2025' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
  });

  it('is for the coordinators of the area only', async () => {
    expect((await member.client.error(LOG)).extensions?.code).toBe('FORBIDDEN');
    expect((await t.anonymous(area.slug).error(LOG)).extensions?.code).toBe('UNAUTHENTICATED');
    const elsewhere = await t.fixtures.area();
    const otherCoordinator = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR]);
    expect((await log(otherCoordinator.client)).total).toBe(0);
    expect((await otherCoordinator.client.withArea(area.slug).error(LOG)).extensions?.code).toBe('FORBIDDEN');
    for (const path of [`/api/audit-log.csv?area=${area.slug}`, `/api/audit-log.xlsx?area=${area.slug}`]) {
      expect((await member.client.get(path)).status).toBe(403);
      expect((await otherCoordinator.client.get(path)).status).toBe(403);
      expect((await t.anonymous().get(path)).status).toBe(401);
    }
  });

  it('exports the filtered log as CSV and XLSX in the requester\'s language', async () => {
    const csv = await coordinator.client.get(`/api/audit-log.csv?area=${area.slug}&subjectType=Person`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/filename="komplan-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parseCsv(await csv.text()).map((row) => row.cells);
    expect(rows[0]).toEqual(['Čas', 'Kdo', 'Akce', 'Kód akce', 'Druh objektu', 'Identifikátor objektu', 'Podrobnosti']);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[4]])).toEqual([
      ['Klára Koordinátorová', 'Osoba upravena', 'Person'],
      ['Klára Koordinátorová', 'Role osoby změněny', 'Person'],
      ['Klára Koordinátorová', 'Osoba přidána', 'Person'],
    ]);

    const xlsx = await coordinator.client.withLocale('en').get(`/api/audit-log.xlsx?area=${area.slug}&actorId=${member.person.id}`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Audit log');
    expect((sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual(['Time', 'Who', 'Action']);
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(2).values as ExcelJS.CellValue[]).slice(2, 5)).toEqual(['Michal Člen', 'Vote cast', 'vote.cast']);
    expect((await coordinator.client.get(`/api/audit-log.csv?area=${area.slug}&from=yesterday`)).status).toBe(400);
  });

  it('records a measure\'s state change with the states, in the transaction of the change', async () => {
    const elsewhere = await t.fixtures.area();
    const boss = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR]);
    const plans = strategy(t.db);
    const goal = await plans.goal(await plans.priority(await plans.plan(elsewhere)));
    const measure = await plans.measure(goal);
    await boss.client.ok(`mutation($input: ChangeMeasureStateInput!) { changeMeasureState(input: $input) { id } }`, { input: { id: measure.id, state: 'UNDER_DISCUSSION' } });
    const page = await log(boss.client, { filter: { subjectType: 'Measure' } });
    expect(page.items).toEqual([expect.objectContaining({ action: 'measure.stateChanged', actionLabel: 'Změna stavu opatření', subjectId: measure.id, actorId: boss.person.id })]);
    const stored = await t.db.getRepository(AuditEntryEntity).findOneByOrFail({ subjectId: measure.id });
    expect(stored.details).toEqual({ from: 'PROPOSED', to: 'UNDER_DISCUSSION' });
    // A refused change leaves no line.
    await boss.client.error(`mutation($input: ChangeMeasureStateInput!) { changeMeasureState(input: $input) { id } }`, { input: { id: measure.id, state: 'FULFILLED' } });
    expect(await t.db.getRepository(AuditEntryEntity).countBy({ subjectId: measure.id })).toBe(1);
  });

  it('shows an erased person under their pseudonym, and records the erasure without the name', async () => {
    await member.client.ok(ERASE_SELF, { input: { confirmEmail: member.account.email } });
    const page = await log(coordinator.client, { filter: { actorId: member.person.id } });
    expect(page.items.map((l) => l.actorName)).toEqual([expect.stringMatching(/^Účastník [0-9A-F]{4}$/), expect.stringMatching(/^Účastník [0-9A-F]{4}$/)]);
    expect(page.items[0]).toMatchObject({ action: 'person.erased', actionLabel: 'Osobní údaje vymazány', subjectType: 'Person', subjectId: member.person.id });
    const csv = await (await coordinator.client.get(`/api/audit-log.csv?area=${area.slug}`)).text();
    expect(csv).not.toContain('Michal Člen');
  });
});
