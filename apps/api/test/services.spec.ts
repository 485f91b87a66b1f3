import { AreaEntity } from '../src/areas/area.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { SocialServiceEntity } from '../src/services/social-service.entity';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aProvider, aService } from './intention-fixtures';

const FIELDS = `id type section registrationId name targetGroups form capacity capacityUnit areaServed contact organisation { id }`;
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateServiceInput!) { updateService(input: $input) { ${FIELDS} } }`;
const IMPORT = `mutation($input: ImportServicesInput!) { importServices(input: $input) { imported errors { row field message } } }`;
const ONE = `query($id: ID!) { service(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: ServiceFilter) { services(filter: $filter, pageSize: 200) { total items { id registrationId name capacity } } }`;
const HEADER = 'type;registrationId;name;targetGroups;form;capacity;capacityUnit;areaServed;contact';

let nextRegistration = 2000000 + Math.floor(Math.random() * 7000000);
const registrationId = () => String((nextRegistration += 1));

interface Service {
  id: string;
  registrationId: string;
  capacity: number;
  [key: string]: unknown;
}

describe('services register', () => {
  let t: TestApp;
  let area: AreaEntity;
  let otherArea: AreaEntity;
  let charity: OrganisationEntity;
  let diakonie: OrganisationEntity;
  let provider: User;
  let otherProvider: User;
  let coordinator: User;
  let member: User;
  let otherCoordinator: User;

  const count = () => t.db.getRepository(SocialServiceEntity).count();
  const countOf = (organisation: OrganisationEntity) => t.db.getRepository(SocialServiceEntity).countBy({ organisationId: organisation.id });

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    otherArea = await t.fixtures.area();
    charity = await t.fixtures.organisation(area, { name: 'Charita' });
    diakonie = await t.fixtures.organisation(area, { name: 'Diakonie' });
    provider = await aProvider(t, area, charity);
    otherProvider = await aProvider(t, area, diakonie);
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    otherCoordinator = await t.fixtures.user(otherArea, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  /** An outpatient home-care service (§40) of Charita, 25 clients at once. */
  const homeCare = (overrides: Record<string, unknown> = {}) => ({
    organisationId: charity.id,
    type: 'HOME_CARE',
    registrationId: registrationId(),
    name: 'Pečovatelská služba Charity',
    targetGroups: ['SENIORS', 'PHYSICAL_DISABILITY'],
    form: 'OUTPATIENT',
    capacity: 25,
    capacityUnit: 'CLIENTS_AT_ONCE',
    areaServed: 'Olomouc a obce ORP Olomouc',
    contact: 'tel. 585 000 000',
    ...overrides,
  });

  describe('create and update', () => {
    it('registers a service and reads it back', async () => {
      const input = homeCare();
      const created = (await provider.client.ok<{ createService: Service }>(CREATE, { input })).createService;
      const expected = {
        id: created.id,
        type: 'HOME_CARE',
        section: '40',
        registrationId: input.registrationId,
        name: 'Pečovatelská služba Charity',
        targetGroups: ['SENIORS', 'PHYSICAL_DISABILITY'],
        form: 'OUTPATIENT',
        capacity: 25,
        capacityUnit: 'CLIENTS_AT_ONCE',
        areaServed: 'Olomouc a obce ORP Olomouc',
        contact: 'tel. 585 000 000',
        organisation: { id: charity.id },
      };
      expect(created).toEqual(expected);
      expect((await member.client.ok<{ service: Service }>(ONE, { id: created.id })).service).toEqual(expected);
      const stored = await t.db.getRepository(SocialServiceEntity).findOneByOrFail({ id: created.id });
      expect(stored).toMatchObject({ areaId: area.id, organisationId: charity.id, registrationId: input.registrationId, capacity: 25 });
    });

    it('lets the area coordinator register a service of a provider organisation', async () => {
      const input = homeCare({ type: 'HOMES_FOR_ELDERLY', form: 'RESIDENTIAL', capacity: 80, capacityUnit: 'BEDS', areaServed: null, contact: null });
      const created = (await coordinator.client.ok<{ createService: Service }>(CREATE, { input })).createService;
      expect(created).toMatchObject({ section: '49', form: 'RESIDENTIAL', capacity: 80, capacityUnit: 'BEDS', areaServed: '', contact: '' });
    });

    it('changes the fields given and keeps the others', async () => {
      const service = await aService(t, charity);
      const updated = (
        await provider.client.ok<{ updateService: Service }>(UPDATE, { input: { id: service.id, capacity: 35, name: '  Pečovatelská služba Sever  ', contact: 'sever@charita.test' } })
      ).updateService;
      expect(updated).toMatchObject({ capacity: 35, name: 'Pečovatelská služba Sever', contact: 'sever@charita.test', registrationId: service.registrationId, form: 'OUTPATIENT' });
      const read = (await member.client.ok<{ service: Service }>(ONE, { id: service.id })).service;
      expect(read).toEqual(updated);
      // A change of form that the unit then fits.
      const field = (await provider.client.ok<{ updateService: Service }>(UPDATE, { input: { id: service.id, form: 'FIELD', capacityUnit: 'HOURS', capacity: 4000 } }))
        .updateService;
      expect(field).toMatchObject({ form: 'FIELD', capacityUnit: 'HOURS', capacity: 4000, name: 'Pečovatelská služba Sever' });
    });
  });

  describe('bad input', () => {
    /** [what is wrong, input, field, Czech message, English message] */
    const cases = (): [string, Record<string, unknown>, string, string, string][] => [
      [
        'a form the type does not allow (§39 is a field service only)',
        homeCare({ type: 'PERSONAL_ASSISTANCE', form: 'RESIDENTIAL', capacityUnit: 'BEDS' }),
        'input.form',
        'Služba podle § 39 se v této formě neposkytuje.',
        'A service under § 39 is not provided in this form.',
      ],
      [
        'beds for a field service',
        homeCare({ form: 'FIELD', capacityUnit: 'BEDS' }),
        'input.capacityUnit',
        'Jednotka kapacity neodpovídá formě služby (lůžka jen u pobytových služeb).',
        'The capacity unit does not fit the form of the service (beds only for residential services).',
      ],
      [
        'more beds than the limit',
        homeCare({ type: 'HOMES_FOR_ELDERLY', form: 'RESIDENTIAL', capacityUnit: 'BEDS', capacity: 2001 }),
        'input.capacity',
        '„Kapacita“ může být nejvýše 2000.',
        '“Capacity” can be at most 2000.',
      ],
      ['a negative capacity', homeCare({ capacity: -1 }), 'input.capacity', 'Pole „Kapacita“ musí být alespoň 0.', '“Capacity” must be at least 0.'],
      ['an identifier of 6 digits', homeCare({ registrationId: '123456' }), 'input.registrationId', 'Pole „Identifikátor služby“ nemá správný tvar.', '“Service identifier” has the wrong format.'],
      ['an identifier of 8 digits', homeCare({ registrationId: '12345678' }), 'input.registrationId', 'Pole „Identifikátor služby“ nemá správný tvar.', '“Service identifier” has the wrong format.'],
      ['an identifier with a letter', homeCare({ registrationId: '123456a' }), 'input.registrationId', 'Pole „Identifikátor služby“ nemá správný tvar.', '“Service identifier” has the wrong format.'],
    ];

    it('names the field in Czech and English and stores nothing', async () => {
      const before = await count();
      for (const [what, input, field, cs, en] of cases()) {
        const czech = await provider.client.withLocale('cs').error(CREATE, { input });
        const english = await provider.client.withLocale('en').error(CREATE, { input });
        expect({ what, extensions: czech.extensions, message: czech.message }).toEqual({ what, extensions: { code: 'BAD_USER_INPUT', field }, message: cs });
        expect({ what, extensions: english.extensions, message: english.message }).toEqual({ what, extensions: { code: 'BAD_USER_INPUT', field }, message: en });
      }
      expect(await count()).toBe(before);
    });

    it('refuses an identifier already registered in the area, but not one of another area', async () => {
      const existing = await aService(t, diakonie);
      const before = await count();
      const input = homeCare({ registrationId: existing.registrationId });
      const czech = await provider.client.withLocale('cs').error(CREATE, { input });
      const english = await provider.client.withLocale('en').error(CREATE, { input });
      expect(czech.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.registrationId' });
      expect(czech.message).toBe('Služba s tímto identifikátorem už v území je.');
      expect(english.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.registrationId' });
      expect(english.message).toBe('A service with this identifier is already in the area.');
      expect(await count()).toBe(before);

      // Changing another service to the taken identifier is refused the same way.
      const own = await aService(t, charity);
      const change = await provider.client.withLocale('en').error(UPDATE, { input: { id: own.id, registrationId: existing.registrationId } });
      expect(change.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.registrationId' });
      expect((await t.db.getRepository(SocialServiceEntity).findOneByOrFail({ id: own.id })).registrationId).toBe(own.registrationId);

      // The identifier is unique per area: the other area may have its own service with it.
      const elsewhere = await t.fixtures.organisation(otherArea);
      await expect(aService(t, elsewhere, { registrationId: existing.registrationId })).resolves.toMatchObject({ registrationId: existing.registrationId });
    });

    it('checks a change against the stored service and keeps it as it was', async () => {
      const service = await aService(t, charity); // outpatient, clients at once
      const cases: [Record<string, unknown>, string][] = [
        [{ capacityUnit: 'BEDS' }, 'input.capacityUnit'],
        [{ type: 'PERSONAL_ASSISTANCE' }, 'input.form'],
        [{ capacity: 10001 }, 'input.capacity'],
        [{ capacity: -5 }, 'input.capacity'],
        [{ registrationId: '99' }, 'input.registrationId'],
      ];
      for (const [change, field] of cases) {
        const error = await provider.client.withLocale('en').error(UPDATE, { input: { id: service.id, ...change } });
        expect({ change, extensions: error.extensions }).toEqual({ change, extensions: { code: 'BAD_USER_INPUT', field } });
      }
      const stored = await t.db.getRepository(SocialServiceEntity).findOneByOrFail({ id: service.id });
      expect(stored).toMatchObject({ type: 'HOME_CARE', form: 'OUTPATIENT', capacity: 20, capacityUnit: 'CLIENTS_AT_ONCE', registrationId: service.registrationId });
    });
  });

  describe('rights', () => {
    it('refuses a provider of another organisation and a plain member', async () => {
      const before = await count();
      const service = await aService(t, charity);
      const csv = `${HEADER}\n40;${registrationId()};PS;SENIORS;FIELD;5;HOURS;;`;
      for (const user of [otherProvider, member]) {
        expect((await user.client.error(CREATE, { input: homeCare() })).extensions?.code).toBe('FORBIDDEN');
        expect((await user.client.error(UPDATE, { input: { id: service.id, capacity: 99 } })).extensions?.code).toBe('FORBIDDEN');
        expect((await user.client.error(IMPORT, { input: { organisationId: charity.id, csv } })).extensions?.code).toBe('FORBIDDEN');
      }
      expect(await count()).toBe(before + 1);
      expect((await t.db.getRepository(SocialServiceEntity).findOneByOrFail({ id: service.id })).capacity).toBe(20);
    });

    it('refuses a provider who left the organisation', async () => {
      const former = await t.fixtures.user(area, [AreaRole.PROVIDER]);
      await t.fixtures.organisationMembership(charity, former.person, { since: '2020-01-01', until: '2023-12-31' });
      expect((await former.client.error(CREATE, { input: homeCare() })).extensions?.code).toBe('FORBIDDEN');
    });

    it('hides the service from the coordinator of another area, who cannot change it', async () => {
      const service = await aService(t, charity);
      expect((await otherCoordinator.client.ok<{ service: unknown }>(ONE, { id: service.id })).service).toBeNull();
      const list = await otherCoordinator.client.ok<{ services: { items: { id: string }[] } }>(LIST);
      expect(list.services.items.map((s) => s.id)).not.toContain(service.id);
      expect((await otherCoordinator.client.error(UPDATE, { input: { id: service.id, capacity: 99 } })).extensions?.code).toBe('FORBIDDEN');
      expect((await otherCoordinator.client.error(CREATE, { input: homeCare() })).extensions?.code).toBe('FORBIDDEN');

      // Naming our area in the request does not help: the coordinator is nobody here.
      const inOurArea = otherCoordinator.client.withArea(area.slug);
      const read = await inOurArea.request<{ service: unknown }>(ONE, { id: service.id });
      expect(read.data?.service ?? null).toBeNull();
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await inOurArea.error(UPDATE, { input: { id: service.id, capacity: 99 } })).extensions?.code).toBe('FORBIDDEN');
      expect((await t.db.getRepository(SocialServiceEntity).findOneByOrFail({ id: service.id })).capacity).toBe(20);
    });
  });

  describe('CSV import', () => {
    it('imports every row of a valid file', async () => {
      const organisation = await t.fixtures.organisation(area);
      const staff = await aProvider(t, area, organisation);
      const [a, b, c] = [registrationId(), registrationId(), registrationId()];
      const csv = [
        `\uFEFF${HEADER}`,
        `40;${a};Pečovatelská služba;SENIORS|PHYSICAL_DISABILITY;field;120;hours;Olomouc;585 000 000`,
        `§ 49;${b};"Domov pro seniory; Sluneční";seniors;RESIDENTIAL;80;BEDS;;`,
        `HOMES_FOR_DISABLED;${c};Domov Na Zámku;MENTAL_DISABILITY;RESIDENTIAL;40;BEDS;Olomoucký kraj;`,
      ].join('\r\n');
      const before = await count();
      const data = await staff.client.ok<{ importServices: { imported: number; errors: unknown[] } }>(IMPORT, { input: { organisationId: organisation.id, csv } });
      expect(data.importServices).toEqual({ imported: 3, errors: [] });
      expect(await count()).toBe(before + 3);
      const list = await member.client.ok<{ services: { total: number; items: { registrationId: string; name: string; capacity: number }[] } }>(LIST, {
        filter: { organisationId: organisation.id },
      });
      expect(list.services.items.map(({ registrationId, name, capacity }) => ({ registrationId, name, capacity }))).toEqual([
        { registrationId: c, name: 'Domov Na Zámku', capacity: 40 },
        { registrationId: b, name: 'Domov pro seniory; Sluneční', capacity: 80 },
        { registrationId: a, name: 'Pečovatelská služba', capacity: 120 },
      ]);
      const stored = await t.db.getRepository(SocialServiceEntity).findOneByOrFail({ registrationId: a, areaId: area.id });
      expect(stored).toMatchObject({ type: 'HOME_CARE', form: 'FIELD', capacityUnit: 'HOURS', targetGroups: ['SENIORS', 'PHYSICAL_DISABILITY'], areaServed: 'Olomouc' });
    });

    it('imports nothing when one row is bad and reports it by row, field and message', async () => {
      const taken = await aService(t, diakonie);
      const good = [registrationId(), registrationId()];
      const csv = [
        HEADER,
        `40;${good[0]};Pečovatelská služba;SENIORS;FIELD;120;HOURS;;`,
        `49;${good[1]};Domov pro seniory;SENIORS;RESIDENTIAL;80;BEDS;;`,
        `40;${registrationId()};Terénní pečovatelská služba;SENIORS;FIELD;12;BEDS;;`,
      ].join('\n');
      const before = await count();
      const before1 = await countOf(charity);
      const en = await provider.client.withLocale('en').ok<{ importServices: unknown }>(IMPORT, { input: { organisationId: charity.id, csv } });
      expect(en.importServices).toEqual({
        imported: 0,
        errors: [{ row: 4, field: 'capacityUnit', message: 'The capacity unit does not fit the form of the service (beds only for residential services).' }],
      });
      const cs = await provider.client.withLocale('cs').ok<{ importServices: unknown }>(IMPORT, { input: { organisationId: charity.id, csv } });
      expect(cs.importServices).toEqual({
        imported: 0,
        errors: [{ row: 4, field: 'capacityUnit', message: 'Jednotka kapacity neodpovídá formě služby (lůžka jen u pobytových služeb).' }],
      });
      expect(await count()).toBe(before);
      expect(await countOf(charity)).toBe(before1);

      // Several problems: every one is listed, row by row.
      const messy = [
        HEADER,
        `39;12345;Osobní asistence;SENIORS;RESIDENTIAL;5;BEDS;;`,
        `49;${good[0]};Domov;SENIORS;RESIDENTIAL;-3;BEDS;;`,
        `40;${good[1]};PS;SENIORS;FIELD;5;HOURS;;`,
        `40;${good[1]};PS 2;SENIORS;FIELD;5;HOURS;;`,
      ].join('\n');
      const report = await provider.client.withLocale('en').ok<{ importServices: { imported: number; errors: { row: number; field: string; message: string }[] } }>(IMPORT, {
        input: { organisationId: charity.id, csv: messy },
      });
      expect(report.importServices.imported).toBe(0);
      expect(report.importServices.errors).toEqual([
        { row: 2, field: 'registrationId', message: '“Service identifier” has the wrong format.' },
        { row: 3, field: 'capacity', message: '“Capacity” must be at least 0.' },
        { row: 5, field: 'registrationId', message: 'The same identifier is already on row 4.' },
      ]);

      // An identifier already registered in the area is reported by its row too.
      const clash = [HEADER, `40;${good[0]};PS;SENIORS;FIELD;5;HOURS;;`, `40;${taken.registrationId};PS;SENIORS;FIELD;5;HOURS;;`].join('\n');
      const clashReport = await provider.client.withLocale('en').ok<{ importServices: unknown }>(IMPORT, { input: { organisationId: charity.id, csv: clash } });
      expect(clashReport.importServices).toEqual({
        imported: 0,
        errors: [{ row: 3, field: 'registrationId', message: 'A service with this identifier is already in the area.' }],
      });
      expect(await count()).toBe(before);
    });

    it('reports a missing column', async () => {
      const csv = `type;registrationId;name;targetGroups;form;capacity;areaServed;contact\n40;${registrationId()};PS;SENIORS;FIELD;5;;`;
      const report = await provider.client.withLocale('en').ok<{ importServices: unknown }>(IMPORT, { input: { organisationId: charity.id, csv } });
      expect(report.importServices).toEqual({ imported: 0, errors: [{ row: 1, field: 'capacityUnit', message: 'The file lacks the column “capacityUnit”.' }] });
    });
  });

  describe('catalogue', () => {
    it('lists the 33 types of §37 to §70 with their forms', async () => {
      const data = await member.client.withLocale('cs').ok<{ serviceTypes: { type: string; section: string; name: string; forms: string[]; units: string[] }[] }>(
        `{ serviceTypes { type section name forms units } }`,
      );
      const types = data.serviceTypes;
      expect(types).toHaveLength(33);
      expect(new Set(types.map((type) => type.type)).size).toBe(33);
      expect(new Set(types.map((type) => type.section)).size).toBe(33);
      const numbers = types.map((type) => parseInt(type.section, 10));
      expect(numbers[0]).toBe(37);
      expect(numbers[numbers.length - 1]).toBe(70);
      expect(numbers.every((n) => n >= 37 && n <= 70)).toBe(true);
      expect([...numbers].sort((x, y) => x - y)).toEqual(numbers);
      expect(types.map((type) => type.section)).toContain('60a');
      expect(types.find((type) => type.section === '40')).toEqual({
        type: 'HOME_CARE',
        section: '40',
        name: 'pečovatelská služba',
        forms: ['FIELD', 'OUTPATIENT'],
        units: ['CLIENTS_AT_ONCE', 'HOURS', 'INTERVENTIONS'],
      });
      expect(types.find((type) => type.section === '49')).toMatchObject({ type: 'HOMES_FOR_ELDERLY', forms: ['RESIDENTIAL'], units: ['BEDS'] });
      const english = await t.anonymous(area.slug, 'en').ok<{ serviceTypes: { section: string; name: string }[] }>(`{ serviceTypes { section name } }`);
      expect(english.serviceTypes.find((type) => type.section === '39')?.name).toBe('personal assistance');
    });
  });
});
