import { AreaEntity } from '../src/areas/area.entity';
import { OrganisationMembershipEntity } from '../src/organisations/organisation-membership.entity';
import { OrganisationSide } from '../src/organisations/organisation-side.enum';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { TestApp } from './harness';

const ORG_FIELDS = `id name side registrationNumber website members { id position since until person { fullName } organisation { name } }`;
const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const ORGANISATION = `query($id: ID!) { organisation(id: $id) { ${ORG_FIELDS} } }`;
const ORGANISATIONS = `query($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {
  organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) { total items { name side } } }`;
const ADD_MEMBER = `mutation($input: AddOrganisationMemberInput!) {
  addOrganisationMember(input: $input) { id position since until person { fullName } organisation { name } } }`;
const END_MEMBERSHIP = `mutation($input: EndOrganisationMembershipInput!) { endOrganisationMembership(input: $input) { id since until } }`;
const PERSON_ORGS = `query($id: ID!) { person(id: $id) { organisations { organisation { name } } } }`;

interface OrganisationView {
  id: string;
  name: string;
  side: string;
  registrationNumber: string | null;
  website: string | null;
  members: { id: string; position: string | null; since: string; until: string | null; person: { fullName: string }; organisation: { name: string } }[];
}
interface OrganisationsPage {
  organisations: { total: number; items: { name: string; side: string }[] };
}

const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * 24 * 3600 * 1000).toISOString().slice(0, 10);

describe('organisations', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let member: User;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  const organisationCount = () => t.db.getRepository(OrganisationEntity).count();

  it('creates and changes an organisation; null empties the optional fields', async () => {
    const { createOrganisation } = await coordinator.client.ok<{ createOrganisation: OrganisationView }>(CREATE, {
      input: { name: ' Domov pro seniory Kopretina ', side: 'PROVIDER', registrationNumber: '70888337', website: 'https://kopretina.example' },
    });
    expect(createOrganisation).toMatchObject({
      name: 'Domov pro seniory Kopretina',
      side: 'PROVIDER',
      registrationNumber: '70888337',
      website: 'https://kopretina.example',
      members: [],
    });
    const { updateOrganisation } = await coordinator.client.ok<{ updateOrganisation: OrganisationView }>(UPDATE, {
      input: { id: createOrganisation.id, side: 'USER', website: null },
    });
    expect(updateOrganisation).toMatchObject({ name: 'Domov pro seniory Kopretina', side: 'USER', registrationNumber: '70888337', website: null });
    const { organisation } = await member.client.ok<{ organisation: OrganisationView }>(ORGANISATION, { id: createOrganisation.id });
    expect(organisation.side).toBe('USER');
  });

  it('refuses a taken name (whatever its case), naming the field, and stores nothing', async () => {
    const existing = await t.fixtures.organisation(area, { name: 'Magistrát města Plzně' });
    const other = await t.fixtures.organisation(area, { name: 'Odbor sociálních služeb' });
    const before = await organisationCount();
    const cs = await coordinator.client.withLocale('cs').error(CREATE, { input: { name: 'magistrát MĚSTA Plzně', side: 'COMMISSIONER' } });
    const en = await coordinator.client.withLocale('en').error(CREATE, { input: { name: 'Magistrát města Plzně', side: 'COMMISSIONER' } });
    expect(cs.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(cs.message).toBe('Tento název už je použitý.');
    expect(en.message).toBe('This name is already taken.');
    expect(await organisationCount()).toBe(before);

    const rename = await coordinator.client.error(UPDATE, { input: { id: other.id, name: existing.name, side: 'USER' } });
    expect(rename.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const stored = await t.db.getRepository(OrganisationEntity).findOneByOrFail({ id: other.id });
    expect({ name: stored.name, side: stored.side }).toEqual({ name: 'Odbor sociálních služeb', side: OrganisationSide.PROVIDER });

    // Its own name in another case is a rename, not a clash.
    await coordinator.client.ok(UPDATE, { input: { id: other.id, name: 'ODBOR sociálních služeb' } });
  });

  it('refuses bad input field by field', async () => {
    const before = await organisationCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', side: 'PROVIDER' }, 'input.name'],
      [{ name: 'x'.repeat(201), side: 'PROVIDER' }, 'input.name'],
      [{ name: 'Dlouhé IČO', side: 'PROVIDER', registrationNumber: '1'.repeat(21) }, 'input.registrationNumber'],
      [{ name: 'Špatný web', side: 'PROVIDER', website: 'javascript:alert(1)' }, 'input.website'],
    ];
    for (const [input, field] of cases) {
      const error = await coordinator.client.error(CREATE, { input });
      expect({ input, extensions: error.extensions }).toEqual({ input, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(await organisationCount()).toBe(before);
  });

  it('lists organisations by name, searching without regard to case and accents, by side, page by page', async () => {
    const town = await t.fixtures.area();
    const boss = await t.fixtures.user(town, [AreaRole.COORDINATOR]);
    for (const [name, side, registrationNumber] of [
      ['Člověk v tísni', OrganisationSide.PROVIDER, '25755277'],
      ['Charita Plzeň', OrganisationSide.PROVIDER, '44226578'],
      ['Hospic', OrganisationSide.PROVIDER, null],
      ['Centrum pro zdravotně postižené', OrganisationSide.USER, null],
      ['Město', OrganisationSide.COMMISSIONER, '00075370'],
    ] as const) {
      await t.fixtures.organisation(town, { name, side, registrationNumber });
    }
    // Czech order: C, Č, H, Ch.
    const all = await boss.client.ok<OrganisationsPage>(ORGANISATIONS, {});
    expect(all.organisations.items.map((o) => o.name)).toEqual([
      'Centrum pro zdravotně postižené',
      'Člověk v tísni',
      'Hospic',
      'Charita Plzeň',
      'Město',
    ]);
    const search = await boss.client.ok<OrganisationsPage>(ORGANISATIONS, { search: 'CLOVEK' });
    expect(search.organisations.items.map((o) => o.name)).toEqual(['Člověk v tísni']);
    const byNumber = await boss.client.ok<OrganisationsPage>(ORGANISATIONS, { search: '4422' });
    expect(byNumber.organisations.items.map((o) => o.name)).toEqual(['Charita Plzeň']);
    const providers = await boss.client.ok<OrganisationsPage>(ORGANISATIONS, { side: 'PROVIDER', page: 2, pageSize: 2 });
    expect(providers.organisations).toEqual({ total: 3, items: [{ name: 'Charita Plzeň', side: 'PROVIDER' }] });
  });

  it('records who represents an organisation and when they stopped', async () => {
    const org = await t.fixtures.organisation(area, { name: 'Diakonie Západ' });
    const eva = await t.fixtures.person(area, { fullName: 'Eva Malá' });
    const adam = await t.fixtures.person(area, { fullName: 'Adam Velký' });
    const { addOrganisationMember } = await coordinator.client.ok<{ addOrganisationMember: OrganisationView['members'][number] }>(ADD_MEMBER, {
      input: { organisationId: org.id, personId: eva.id, position: 'sociální pracovnice', since: '2024-03-01' },
    });
    expect(addOrganisationMember).toMatchObject({
      position: 'sociální pracovnice',
      since: '2024-03-01',
      until: null,
      person: { fullName: 'Eva Malá' },
      organisation: { name: 'Diakonie Západ' },
    });
    await coordinator.client.ok(ADD_MEMBER, { input: { organisationId: org.id, personId: adam.id, since: '2024-01-01' } });

    const members = async () =>
      (await member.client.ok<{ organisation: OrganisationView }>(ORGANISATION, { id: org.id })).organisation.members.map((m) => m.person.fullName);
    expect(await members()).toEqual(['Adam Velký', 'Eva Malá']);

    // The last day still counts; the day after it the membership is over.
    const ended = await coordinator.client.ok<{ endOrganisationMembership: { until: string } }>(END_MEMBERSHIP, {
      input: { membershipId: addOrganisationMember.id, until: isoDate(1) },
    });
    expect(ended.endOrganisationMembership.until).toBe(isoDate(1));
    expect(await members()).toEqual(['Adam Velký', 'Eva Malá']);
    await coordinator.client.ok(END_MEMBERSHIP, { input: { membershipId: addOrganisationMember.id, until: isoDate(-1) } });
    expect(await members()).toEqual(['Adam Velký']);
    const evasOrgs = await member.client.ok<{ person: { organisations: unknown[] } }>(PERSON_ORGS, { id: eva.id });
    expect(evasOrgs.person.organisations).toEqual([]);
    // History is kept.
    expect(await t.db.getRepository(OrganisationMembershipEntity).countBy({ personId: eva.id })).toBe(1);

    // Eva may come back after the end, not during the period she was there.
    const overlap = await coordinator.client.withLocale('en').error(ADD_MEMBER, { input: { organisationId: org.id, personId: eva.id, since: '2024-05-01' } });
    expect(overlap.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(overlap.message).toBe('The person already represents this organisation in this period.');
    await coordinator.client.ok(ADD_MEMBER, { input: { organisationId: org.id, personId: eva.id, since: isoDate(0) } });
    expect(await members()).toEqual(['Adam Velký', 'Eva Malá']);
  });

  it('refuses bad memberships, naming the field, and stores nothing', async () => {
    const org = await t.fixtures.organisation(area);
    const person = await t.fixtures.person(area);
    const membership = await t.fixtures.organisationMembership(org, person, { since: '2024-06-01' });
    const memberships = () => t.db.getRepository(OrganisationMembershipEntity).count();
    const before = await memberships();

    const unknownPerson = await coordinator.client.withLocale('cs').error(ADD_MEMBER, {
      input: { organisationId: org.id, personId: '00000000-0000-4000-8000-000000000000', since: '2024-01-01' },
    });
    expect(unknownPerson.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(unknownPerson.message).toBe('Osoba v tomto území neexistuje.');
    for (const since of ['2024-02-30', '1.3.2024', '2024-03-01T10:00:00Z']) {
      const error = await coordinator.client.error(ADD_MEMBER, { input: { organisationId: org.id, personId: person.id, since } });
      expect({ since, extensions: error.extensions }).toEqual({ since, extensions: { code: 'BAD_USER_INPUT', field: 'input.since' } });
    }
    expect(await memberships()).toBe(before);

    const early = await coordinator.client.withLocale('en').error(END_MEMBERSHIP, { input: { membershipId: membership.id, until: '2024-05-31' } });
    expect(early.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.until' });
    expect(early.message).toBe('The end cannot be earlier than the start (2024-06-01).');
    expect((await t.db.getRepository(OrganisationMembershipEntity).findOneByOrFail({ id: membership.id })).until).toBeNull();
  });

  it('keeps the organisations of one area out of sight and reach of another', async () => {
    const org = await t.fixtures.organisation(area, { name: 'Místní spolek' });
    const person = await t.fixtures.person(area);
    const membership = await t.fixtures.organisationMembership(org, person);
    const elsewhere = await t.fixtures.area();
    const stranger = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    const strangersPerson = await t.fixtures.person(elsewhere);

    expect((await stranger.client.ok<{ organisation: unknown }>(ORGANISATION, { id: org.id })).organisation).toBeNull();
    expect((await stranger.client.ok<OrganisationsPage>(ORGANISATIONS, { search: 'Místní' })).organisations.total).toBe(0);

    const refusals = [
      await stranger.client.error(UPDATE, { input: { id: org.id, name: 'Převzatý spolek' } }),
      await stranger.client.error(ADD_MEMBER, { input: { organisationId: org.id, personId: strangersPerson.id, since: '2024-01-01' } }),
      await stranger.client.error(END_MEMBERSHIP, { input: { membershipId: membership.id, until: '2024-12-31' } }),
    ];
    expect(refusals.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);

    // Nor can our coordinator put a person of the other area into our organisation.
    const foreign = await coordinator.client.error(ADD_MEMBER, { input: { organisationId: org.id, personId: strangersPerson.id, since: '2024-01-01' } });
    expect(foreign.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });

    expect((await t.db.getRepository(OrganisationEntity).findOneByOrFail({ id: org.id })).name).toBe('Místní spolek');
    expect(await t.db.getRepository(OrganisationMembershipEntity).findBy({ organisationId: org.id })).toEqual([
      expect.objectContaining({ id: membership.id, until: null }),
    ]);
  });
});
