import ExcelJS from 'exceljs';
import { AreaEntity } from '../src/areas/area.entity';
import { parseCsv } from '../src/common/csv';
import { todayIn } from '../src/common/dates';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { DevelopmentIntentionEntity } from '../src/intentions/development-intention.entity';
import { IntentionHistoryEntity } from '../src/intentions/intention-history.entity';
import { IntentionKind, IntentionState } from '../src/intentions/intention.enums';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../src/services/service-catalogue';
import { SocialServiceEntity } from '../src/services/social-service.entity';
import { User } from './fixtures';
import { TestApp } from './harness';
import { anIntention, aProvider, aService } from './intention-fixtures';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CS_INTENTION_HEADERS = [
  'Poskytovatel',
  'IČO',
  'Identifikátor služby',
  '§',
  'Druh služby',
  'Název služby',
  'Druh záměru',
  'Stav',
  'Současná kapacita',
  'Navrhovaná kapacita',
  'Jednotka kapacity',
  'Změna úvazků (FTE)',
  'Roční náklady (Kč)',
  'Financování: obec',
  'Financování: kraj',
  'Financování: stát',
  'Financování: fondy EU',
  'Financování: jiné zdroje',
  'Rok zahájení',
  'Posuzující skupina',
  'Stanovisko skupiny',
  'Zdůvodnění stanoviska',
  'Výsledek u kraje',
  'Poznámka k výsledku',
];

/** The first worksheet of a downloaded workbook, as header names and rows of cells. */
async function readWorkbook(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(row);
  });
  const cell = (row: ExcelJS.Row, header: string) => row.getCell(headers.indexOf(header) + 1);
  return { sheet, headers, rows, cell };
}

/** A downloaded CSV as rows of cells (after checking the BOM and the CRLF line ends). */
async function readCsv(response: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  return parseCsv(text).map((row) => row.cells);
}

describe('exports of intentions and services', () => {
  let t: TestApp;
  let area: AreaEntity;
  let charity: OrganisationEntity;
  let diakonie: OrganisationEntity;
  let provider: User;
  let coordinator: User;
  let group: WorkingGroupEntity;
  let homeCare: SocialServiceEntity;
  let home: SocialServiceEntity;
  let included: DevelopmentIntentionEntity;
  let charityDraft: DevelopmentIntentionEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    charity = await t.fixtures.organisation(area, { name: 'Charita Olomouc', registrationNumber: '44936427' });
    diakonie = await t.fixtures.organisation(area, { name: 'Diakonie Olomouc', registrationNumber: '73632805' });
    provider = await aProvider(t, area, charity);
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    group = await t.fixtures.group(area, { name: 'Senioři' });
    homeCare = await aService(t, charity, { name: 'Pečovatelská služba Charity', targetGroups: [TargetGroup.SENIORS, TargetGroup.PHYSICAL_DISABILITY] });
    home = await aService(t, diakonie, { type: ServiceType.HOMES_FOR_ELDERLY, form: ServiceForm.RESIDENTIAL, capacityUnit: CapacityUnit.BEDS, capacity: 80, name: 'Domov Diakonie' });

    included = await anIntention(t, homeCare, group.id, {
      state: IntentionState.INCLUDED,
      startYear: 2027,
      opinionReasons: 'Dlouhý pořadník; 40 čekatelů.',
      submittedAt: new Date('2026-05-01T10:00:00Z'),
    });
    await t.db.getRepository(IntentionHistoryEntity).insert({
      areaId: area.id,
      intentionId: included.id,
      personId: coordinator.person.id,
      fromState: IntentionState.FORWARDED,
      toState: IntentionState.INCLUDED,
      reason: 'KÚ č. j. 123/2026',
    });
    charityDraft = await anIntention(t, homeCare, group.id, { startYear: 2028, proposedCapacity: 25 });
    // Diakonie's draft: no one but Diakonie's staff may ever download it.
    await anIntention(t, home, group.id, { kind: IntentionKind.TERMINATION, currentCapacity: 80, proposedCapacity: 0 });
    await anIntention(t, home, group.id, {
      state: IntentionState.NOT_RECOMMENDED,
      kind: IntentionKind.CAPACITY_DECREASE,
      currentCapacity: 80,
      proposedCapacity: 60,
      fteChange: '-3.00',
      annualCost: '0',
      funding: { municipality: '0', region: '0', state: '0', eu: '0', other: '0' },
      opinionReasons: 'Kapacita chybí.',
    });
  });
  afterAll(() => t.stop());

  const intentionIds = (rows: ExcelJS.Row[], cell: (row: ExcelJS.Row, header: string) => ExcelJS.Cell) =>
    rows.map((row) => `${String(cell(row, 'Identifikátor služby').value)}|${String(cell(row, 'Stav').value)}`);

  it('gives the coordinator a real workbook with one typed row per intention', async () => {
    const response = await coordinator.client.get(`/api/intentions.xlsx?area=${area.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="komplan-zamery-${todayIn('Europe/Prague')}.xlsx"`);
    const { sheet, headers, rows, cell } = await readWorkbook(response);
    expect(headers).toEqual(CS_INTENTION_HEADERS);
    expect(sheet.name).toBe('Rozvojové záměry');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // Submitted ones and later; no drafts (nothing was submitted yet).
    expect(rows).toHaveLength(2);

    const row = rows.find((r) => cell(r, 'Identifikátor služby').value === homeCare.registrationId)!;
    const value = (header: string) => cell(row, header).value;
    expect(value('Poskytovatel')).toBe('Charita Olomouc');
    expect(value('IČO')).toBe('44936427');
    expect(value('§')).toBe('§ 40');
    expect(value('Druh služby')).toBe('pečovatelská služba');
    expect(value('Název služby')).toBe('Pečovatelská služba Charity');
    expect(value('Druh záměru')).toBe('navýšení kapacity');
    expect(value('Stav')).toBe('zařazený do sítě');
    expect(value('Současná kapacita')).toBe(20);
    expect(value('Navrhovaná kapacita')).toBe(30);
    expect(value('Jednotka kapacity')).toBe('klienti v jednom okamžiku');
    expect(value('Změna úvazků (FTE)')).toBe(2.5);
    expect(value('Roční náklady (Kč)')).toBe(1250000.5);
    expect(cell(row, 'Roční náklady (Kč)').numFmt).toBe('#,##0.00');
    expect(value('Financování: obec')).toBe(250000);
    expect(value('Financování: kraj')).toBe(1000000.5);
    expect(value('Financování: stát')).toBe(0);
    expect(value('Rok zahájení')).toBe(2027);
    expect(cell(row, 'Rok zahájení').numFmt).toBe('0');
    expect(value('Posuzující skupina')).toBe('Senioři');
    expect(value('Stanovisko skupiny')).toBe('doporučeno');
    expect(value('Zdůvodnění stanoviska')).toBe('Dlouhý pořadník; 40 čekatelů.');
    expect(value('Výsledek u kraje')).toBe('zařazeno');
    expect(value('Poznámka k výsledku')).toBe('KÚ č. j. 123/2026');

    const refused = rows.find((r) => r !== row)!;
    expect(cell(refused, 'Stanovisko skupiny').value).toBe('nedoporučeno');
    expect(cell(refused, 'Změna úvazků (FTE)').value).toBe(-3);
    expect(cell(refused, 'Výsledek u kraje').value).toBe('');
  });

  it("gives a provider its own drafts and never another provider's", async () => {
    const { rows, cell } = await readWorkbook(await provider.client.get(`/api/intentions.xlsx?area=${area.slug}`));
    expect(intentionIds(rows, cell).sort()).toEqual(
      [`${homeCare.registrationId}|zařazený do sítě`, `${homeCare.registrationId}|koncept`, `${home.registrationId}|nedoporučený`].sort(),
    );
    expect(rows.map((row) => cell(row, 'Rok zahájení').value)).toContain(charityDraft.startYear);

    const csv = await readCsv(await provider.client.get(`/api/intentions.csv?area=${area.slug}`));
    expect(csv[0]).toEqual(CS_INTENTION_HEADERS);
    expect(csv).toHaveLength(1 + 3);
    expect(csv.some((cells) => cells.includes('ukončení služby'))).toBe(false);
  });

  it('writes the CSV for Czech Excel: decimal commas, numbers without grouping, translated headers', async () => {
    const csv = await readCsv(await coordinator.client.get(`/api/intentions.csv?area=${area.slug}&state=INCLUDED`));
    expect(csv).toHaveLength(2);
    const row = Object.fromEntries(CS_INTENTION_HEADERS.map((header, i) => [header, csv[1]![i]]));
    expect(row).toMatchObject({
      Poskytovatel: 'Charita Olomouc',
      IČO: '44936427',
      'Identifikátor služby': homeCare.registrationId,
      'Současná kapacita': '20',
      'Navrhovaná kapacita': '30',
      'Změna úvazků (FTE)': '2,50',
      'Roční náklady (Kč)': '1250000,50',
      'Financování: kraj': '1000000,50',
      'Rok zahájení': '2027',
      'Zdůvodnění stanoviska': 'Dlouhý pořadník; 40 čekatelů.',
    });
    const english = await readCsv(await coordinator.client.withLocale('en').get(`/api/intentions.csv?area=${area.slug}&state=INCLUDED`));
    expect(english[0]!.slice(0, 3)).toEqual(['Provider', 'Company ID', 'Service identifier']);
    expect(english[1]).toContain('1250000.50');
    expect(english[1]).toContain('capacity increase');
  });

  it('applies the filters: state, kind, group and year', async () => {
    const count = async (query: string) => (await readCsv(await coordinator.client.get(`/api/intentions.csv?area=${area.slug}&${query}`))).length - 1;
    expect(await count('state=NOT_RECOMMENDED')).toBe(1);
    expect(await count('kind=CAPACITY_DECREASE')).toBe(1);
    expect(await count('kind=NEW_SERVICE')).toBe(0);
    expect(await count(`groupId=${group.id}`)).toBe(2);
    const otherGroup = await t.fixtures.group(area);
    expect(await count(`groupId=${otherGroup.id}`)).toBe(0);
    expect(await count('year=2027')).toBe(2);
    expect(await count('year=2030')).toBe(0);
    const bad = await coordinator.client.get(`/api/intentions.csv?area=${area.slug}&year=20x6`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('exports the service register with typed capacities and the filters applied', async () => {
    const response = await provider.client.get(`/api/services.xlsx?area=${area.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="komplan-sluzby-${todayIn('Europe/Prague')}.xlsx"`);
    const { headers, rows, cell } = await readWorkbook(response);
    expect(headers.slice(0, 3)).toEqual(['Poskytovatel', 'IČO', 'Identifikátor služby']);
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => cell(r, 'Identifikátor služby').value === home.registrationId)!;
    expect(cell(row, 'Kapacita').value).toBe(80);
    expect(cell(row, 'Jednotka kapacity').value).toBe('lůžka');
    expect(cell(row, 'Forma služby').value).toBe('pobytová');
    expect(cell(row, '§').value).toBe('§ 49');
    const first = rows.find((r) => r !== row)!;
    expect(cell(first, 'Cílové skupiny').value).toBe('senioři, osoby s tělesným postižením');

    const homes = await readCsv(await provider.client.get(`/api/services.csv?area=${area.slug}&serviceType=HOMES_FOR_ELDERLY`));
    expect(homes.map((cells) => cells[2])).toEqual(['Identifikátor služby', home.registrationId]);
    const ofCharity = await readCsv(await provider.client.get(`/api/services.csv?area=${area.slug}&organisationId=${charity.id}`));
    expect(ofCharity.map((cells) => cells[2])).toEqual(['Identifikátor služby', homeCare.registrationId]);
    const polish = await readCsv(await provider.client.withLocale('pl').get(`/api/services.csv?area=${area.slug}&serviceType=HOMES_FOR_ELDERLY`));
    expect(polish[0]![0]).toBe('Usługodawca');
    expect(polish[1]).toContain('domy dla seniorów');
  });

  it('refuses the anonymous with 401 and people of other areas with 403, as JSON', async () => {
    for (const path of ['intentions.xlsx', 'intentions.csv', 'services.xlsx', 'services.csv']) {
      const anonymous = await t.anonymous().get(`/api/${path}?area=${area.slug}`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const outsider = await t.fixtures.user(await t.fixtures.area(), [AreaRole.COORDINATOR]);
    const stranger = await outsider.client.get(`/api/intentions.xlsx?area=${area.slug}`);
    expect(stranger.status).toBe(403);
    expect(await stranger.json()).toMatchObject({ code: 'FORBIDDEN' });
  });
});
