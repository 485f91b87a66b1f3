import ExcelJS from 'exceljs';
import { AreaEntity } from '../src/areas/area.entity';
import { Attendance, MeetingKind } from '../src/meetings/meeting.enums';
import { MeetingEntity } from '../src/meetings/meeting.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aMeeting } from './meeting-fixtures';

const CREATE = `mutation($input: CreateFundedProjectInput!) { createFundedProject(input: $input) { id name registrationNumber startsOn endsOn } }`;
const UPDATE = `mutation($input: UpdateFundedProjectInput!) { updateFundedProject(input: $input) { id name endsOn } }`;
const DELETE = `mutation($id: ID!) { deleteFundedProject(id: $id) }`;
const PROJECTS = `{ fundedProjects { total items { id name registrationNumber } } }`;
const STATISTICS = `query($from: String!, $to: String!, $projectId: ID) {
  participationStatistics(from: $from, to: $to, projectId: $projectId) {
    projectId meetings meetingsByKind { kind count } distinctPersons distinctOrganisations present guests personHours } }`;

interface Statistics {
  projectId: string | null;
  meetings: number;
  meetingsByKind: { kind: string; count: number }[];
  distinctPersons: number;
  distinctOrganisations: number;
  present: number;
  guests: number;
  personHours: number;
}

describe('funded projects and their participation report', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let member: User;
  let projectId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const created = await coordinator.client.ok<{ createFundedProject: { id: string } }>(CREATE, {
      input: { name: 'Rozvoj KPSS v Plzni', registrationNumber: 'CZ.03.02.02/00/22_005/0001234', startsOn: '2026-01-01', endsOn: '2027-12-31' },
    });
    projectId = created.createFundedProject.id;

    const [anna, boris, cyril] = await Promise.all([1, 2, 3].map((i) => t.fixtures.person(area, { fullName: `Osoba ${i}` })));
    const charity = await t.fixtures.organisation(area, { name: 'Charita' });
    const city = await t.fixtures.organisation(area, { name: 'Magistrát' });
    // In the project: a 4-hour training (Anna, Boris present; Cyril absent), a 3-hour seminar
    // (Anna again, a guest), a 2-hour workshop (Boris), and a cancelled training.
    await aMeeting(t, area)
      .with({ kind: MeetingKind.TRAINING, projectId })
      .at('2026-03-10T08:00:00Z', 4)
      .invite(anna!, { attendance: Attendance.PRESENT, organisation: charity })
      .invite(boris!, { attendance: Attendance.PRESENT, organisation: city })
      .invite(cyril!, { attendance: Attendance.ABSENT })
      .build();
    await aMeeting(t, area)
      .with({ kind: MeetingKind.SEMINAR, projectId })
      .at('2026-04-02T12:00:00Z', 3)
      .invite(anna!, { attendance: Attendance.PRESENT, organisation: charity })
      .guest('Eva Hostová', 'Spolek Naděje')
      .build();
    await aMeeting(t, area).with({ kind: MeetingKind.WORKSHOP, projectId }).at('2026-05-20T07:00:00Z', 2).invite(boris!, { attendance: Attendance.PRESENT, organisation: city }).build();
    await aMeeting(t, area).with({ kind: MeetingKind.TRAINING, projectId, cancelledAt: new Date() }).at('2026-05-21T07:00:00Z').invite(anna!, { attendance: Attendance.PRESENT }).build();
    // Not in the project: a working group meeting of the same period.
    await aMeeting(t, area).at('2026-03-11T08:00:00Z', 2).invite(cyril!, { attendance: Attendance.PRESENT, organisation: charity }).build();
  });
  afterAll(() => t.stop());

  it('reports the project’s meetings by kind, distinct persons and organisations, and person-hours', async () => {
    const data = await member.client.ok<{ participationStatistics: Statistics }>(STATISTICS, { from: '2026-01-01', to: '2027-12-31', projectId });
    const stats = data.participationStatistics;
    expect(stats).toMatchObject({ projectId, meetings: 3, distinctPersons: 3, distinctOrganisations: 3, present: 4, guests: 1, personHours: 4 * 2 + 3 * 2 + 2 });
    const byKind = Object.fromEntries(stats.meetingsByKind.map(({ kind, count }) => [kind, count]));
    expect(byKind).toMatchObject({ TRAINING: 1, SEMINAR: 1, WORKSHOP: 1, WORKING_GROUP: 0 });
    // Without the project filter the working group meeting counts too.
    const all = await member.client.ok<{ participationStatistics: Statistics }>(STATISTICS, { from: '2026-01-01', to: '2027-12-31' });
    expect(all.participationStatistics.meetings).toBe(4);
    // A period inside the project narrows further.
    const march = await member.client.ok<{ participationStatistics: Statistics }>(STATISTICS, { from: '2026-03-01', to: '2026-03-31', projectId });
    expect(march.participationStatistics).toMatchObject({ meetings: 1, personHours: 8 });
  });

  it('downloads the project report as a real workbook in the requester’s language', async () => {
    const response = await member.client.get(`/api/statistics.xlsx?area=${area.slug}&from=2026-01-01&to=2027-12-31&projectId=${projectId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="komplan-statistiky-2026-01-01-2027-12-31.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Statistiky účasti');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Druh setkání', 'Setkání', 'Osoby', 'Organizace', 'Pozváno', 'Přítomno', 'Hosté', 'Účast (%)', 'Osobohodiny']);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, number) => number > 1 && rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(2)));
    expect(rows.get('Školení')).toEqual([1, 2, 2, 3, 2, 0, 66.67, 8]);
    expect(rows.get('Seminář')).toEqual([1, 2, 2, 1, 1, 1, 100, 6]);
    expect(rows.get('Celkem')).toEqual([3, 3, 3, 5, 4, 1, 80, 16]);
    expect(sheet.getRow(2).getCell(9).numFmt).toBe('0.00');
    const english = await member.client.withLocale('en').get(`/api/statistics.xlsx?area=${area.slug}&from=2026-01-01&to=2027-12-31&projectId=${projectId}`);
    const englishBook = new ExcelJS.Workbook();
    await englishBook.xlsx.load(Buffer.from(await english.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(englishBook.worksheets[0]!.getRow(1).getCell(1).value).toBe('Kind of meeting');
  });

  it('refuses a project of another area, in the query and in the downloads', async () => {
    const elsewhere = await t.fixtures.area();
    const otherCoordinator = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR]);
    const theirs = await otherCoordinator.client.ok<{ createFundedProject: { id: string } }>(CREATE, {
      input: { name: 'Cizí projekt', registrationNumber: 'CZ.03.02.02/00/22_005/0001234', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    });
    const error = await member.client.error(STATISTICS, { from: '2026-01-01', to: '2026-12-31', projectId: theirs.createFundedProject.id });
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'projectId' }, message: 'Projekt v tomto území neexistuje.' });
    const download = await member.client.get(`/api/statistics.xlsx?area=${area.slug}&from=2026-01-01&to=2026-12-31&projectId=${theirs.createFundedProject.id}`);
    expect(download.status).toBe(400);
    expect((await otherCoordinator.client.ok<{ fundedProjects: { total: number } }>(PROJECTS)).fundedProjects.total).toBe(1);
  });

  it('manages projects: unique numbers, a period that is not reversed, delete keeps the meetings', async () => {
    const duplicate = await coordinator.client.error(CREATE, {
      input: { name: 'Jiný', registrationNumber: 'CZ.03.02.02/00/22_005/0001234', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    });
    expect(duplicate).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.registrationNumber' }, message: 'Projekt s tímto registračním číslem už v území je.' });
    const reversed = await coordinator.client.error(UPDATE, { input: { id: projectId, endsOn: '2025-12-31' } });
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    expect((await member.client.error(CREATE, { input: { name: 'X', registrationNumber: 'X', startsOn: '2026-01-01', endsOn: '2026-12-31' } })).extensions?.code).toBe('FORBIDDEN');

    const extra = await coordinator.client.ok<{ createFundedProject: { id: string } }>(CREATE, {
      input: { name: 'Krátký projekt', registrationNumber: 'CZ.03.02.02/00/23_001/0000001', startsOn: '2026-06-01', endsOn: '2026-12-31' },
    });
    // The organiser assigns a meeting to a project through the meeting form.
    const scheduled = await coordinator.client.ok<{ createMeeting: { id: string; project: { name: string } } }>(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id project { name } } }`,
      { input: { kind: 'SEMINAR', title: 'Seminář projektu', startsAt: '2026-06-10T08:00:00Z', endsAt: '2026-06-10T10:00:00Z', projectId: extra.createFundedProject.id } },
    );
    expect(scheduled.createMeeting.project.name).toBe('Krátký projekt');
    const unknown = await coordinator.client.error(`mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, {
      input: { id: scheduled.createMeeting.id, projectId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.projectId' });

    expect((await coordinator.client.ok<{ deleteFundedProject: boolean }>(DELETE, { id: extra.createFundedProject.id })).deleteFundedProject).toBe(true);
    const meeting = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: scheduled.createMeeting.id });
    expect(meeting.projectId).toBeNull();
    const list = await member.client.ok<{ fundedProjects: { items: { name: string }[] } }>(PROJECTS);
    expect(list.fundedProjects.items.map((item) => item.name)).toEqual(['Rozvoj KPSS v Plzni']);
  });
});
