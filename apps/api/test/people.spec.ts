import { AccountEntity } from '../src/auth/account.entity';
import { AreaEntity } from '../src/areas/area.entity';
import { hashToken } from '../src/auth/tokens';
import { AccountInvitationEntity } from '../src/people/account-invitation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { PersonEntity } from '../src/people/person.entity';
import { OrganisationMembershipEntity } from '../src/organisations/organisation-membership.entity';
import { User } from './fixtures';
import { TestApp } from './harness';

const PERSON_FIELDS = `id fullName email phone roles hasAccount createdAt organisations { position since until organisation { name } person { fullName } }`;
const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`;
const PERSON = `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const PEOPLE = `query($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {
  people(search: $search, role: $role, page: $page, pageSize: $pageSize) { total items { fullName email } } }`;
const INVITE = `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { url invitation { id expiresAt acceptedAt person { fullName } } } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { areaName fullName email expiresAt } }`;
const OPEN_INVITATIONS = `{ accountInvitations { id person { id fullName } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { slug } }`;

interface PersonView {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  hasAccount: boolean;
  organisations: { position: string | null; since: string; until: string | null; organisation: { name: string }; person: { fullName: string } }[];
}
interface PeoplePage {
  people: { total: number; items: { fullName: string; email: string | null }[] };
}

describe('people', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let member: User;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ name: 'Statutární město Plzeň' });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
  });
  afterAll(() => t.stop());

  const count = (entity: typeof PersonEntity | typeof OrganisationMembershipEntity | typeof AccountInvitationEntity) =>
    t.db.getRepository(entity).count();

  it('adds a person who represents an organisation from today', async () => {
    const charita = await t.fixtures.organisation(area, { name: 'Charita Plzeň' });
    const { createPerson } = await coordinator.client.ok<{ createPerson: PersonView }>(CREATE, {
      input: {
        fullName: '  Marie Dvořáková ',
        email: ' Marie.Dvorakova@Example.test ',
        phone: '+420 777 123 456',
        roles: ['MEMBER', 'PROVIDER'],
        organisationId: charita.id,
        position: 'ředitelka',
      },
    });
    expect(createPerson).toMatchObject({
      fullName: 'Marie Dvořáková',
      email: 'marie.dvorakova@example.test',
      phone: '+420 777 123 456',
      roles: ['MEMBER', 'PROVIDER'],
      hasAccount: false,
      organisations: [
        {
          position: 'ředitelka',
          since: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague' }).format(new Date()),
          until: null,
          organisation: { name: 'Charita Plzeň' },
          person: { fullName: 'Marie Dvořáková' },
        },
      ],
    });

    // Other members see the person, but not their contacts.
    const { person } = await member.client.ok<{ person: PersonView }>(PERSON, { id: createPerson.id });
    expect(person).toMatchObject({ fullName: 'Marie Dvořáková', email: null, phone: null, organisations: [{ organisation: { name: 'Charita Plzeň' } }] });
  });

  it('shows e-mail and phone to coordinators and to the person themselves', async () => {
    const { person: self } = await member.client.ok<{ person: PersonView }>(PERSON, { id: member.person.id });
    expect(self.email).toBe(member.account.email);
    const { person: asCoordinator } = await coordinator.client.ok<{ person: PersonView }>(PERSON, { id: member.person.id });
    expect(asCoordinator.email).toBe(member.account.email);
    expect(asCoordinator.hasAccount).toBe(true);
  });

  it('finds people by name regardless of case and accents, sorted by name, page by page', async () => {
    const town = await t.fixtures.area();
    const boss = await t.fixtures.user(town, [AreaRole.COORDINATOR], { fullName: 'Zdeněk Koordinátor', email: 'zdenek@mesto.example' });
    const clerk = await t.fixtures.user(town, [AreaRole.COUNCIL_CLERK], { fullName: 'Yvona Zapisovatelka' });
    for (const [fullName, email, roles] of [
      ['Žaneta Černá', 'zaneta@charita.example', [AreaRole.MEMBER]],
      ['Adam Čermák', 'adam@mesto.example', [AreaRole.PROVIDER]],
      ['cecílie cerna', null, [AreaRole.MEMBER]],
      ['Bohdan Novák', 'novak@charita.example', [AreaRole.PROVIDER, AreaRole.MEMBER]],
    ] as const) {
      await t.fixtures.person(town, { fullName, email, roles: [...roles] });
    }

    const byName = await boss.client.ok<PeoplePage>(PEOPLE, { search: 'ČERNA' });
    expect(byName.people.items.map((p) => p.fullName)).toEqual(['cecílie cerna', 'Žaneta Černá']);

    // Coordinators also search by e-mail; other people only by name (e-mails are not theirs to see).
    const byEmail = await boss.client.ok<PeoplePage>(PEOPLE, { search: '@CHARITA' });
    expect(byEmail.people.items.map((p) => p.fullName)).toEqual(['Bohdan Novák', 'Žaneta Černá']);
    expect((await clerk.client.ok<PeoplePage>(PEOPLE, { search: '@charita' })).people.total).toBe(0);

    // %, _ are taken literally.
    expect((await boss.client.ok<PeoplePage>(PEOPLE, { search: '%' })).people.total).toBe(0);

    const providers = await clerk.client.ok<PeoplePage>(PEOPLE, { role: 'PROVIDER' });
    expect(providers.people.items.map((p) => p.fullName)).toEqual(['Adam Čermák', 'Bohdan Novák']);

    const first = await boss.client.ok<PeoplePage>(PEOPLE, { page: 1, pageSize: 4 });
    const second = await boss.client.ok<PeoplePage>(PEOPLE, { page: 2, pageSize: 4 });
    expect(first.people.total).toBe(6);
    expect([...first.people.items, ...second.people.items].map((p) => p.fullName)).toEqual([
      'Adam Čermák',
      'Bohdan Novák',
      'cecílie cerna',
      'Yvona Zapisovatelka',
      'Zdeněk Koordinátor',
      'Žaneta Černá',
    ]);
    const tooBig = await boss.client.error(PEOPLE, { pageSize: 500 });
    expect(tooBig.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'pageSize' });
  });

  it('refuses a duplicate e-mail, naming the field in the requester’s language, and stores nothing', async () => {
    await t.fixtures.person(area, { email: 'jana.novakova@example.test' });
    const org = await t.fixtures.organisation(area);
    const input = { fullName: 'Jana Nováková II', email: 'JANA.Novakova@example.test', roles: ['MEMBER'], organisationId: org.id };
    const [people, memberships] = [await count(PersonEntity), await count(OrganisationMembershipEntity)];

    const cs = await coordinator.client.withLocale('cs').error(CREATE, { input });
    const en = await coordinator.client.withLocale('en').error(CREATE, { input });
    expect(cs.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(cs.message).toBe('Osoba s tímto e-mailem už v území je.');
    expect(en.message).toBe('A person with this e-mail is already in the area.');
    expect([await count(PersonEntity), await count(OrganisationMembershipEntity)]).toEqual([people, memberships]);

    // The same e-mail in another area is another person.
    const elsewhere = await t.fixtures.area();
    const otherCoordinator = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR]);
    await otherCoordinator.client.ok(CREATE, { input: { fullName: 'Jana Nováková', email: 'jana.novakova@example.test', roles: ['MEMBER'] } });
  });

  it('refuses bad input field by field', async () => {
    const before = await count(PersonEntity);
    const cases: [Record<string, unknown>, string][] = [
      [{ fullName: 'Bez rolí', roles: [] }, 'input.roles'],
      [{ fullName: '   ', roles: ['MEMBER'] }, 'input.fullName'],
      [{ fullName: 'x'.repeat(201), roles: ['MEMBER'] }, 'input.fullName'],
      [{ fullName: 'Špatný e-mail', email: 'not-an-email', roles: ['MEMBER'] }, 'input.email'],
      [{ fullName: 'Cizí organizace', roles: ['MEMBER'], organisationId: 'not-a-uuid' }, 'input.organisationId'],
      [{ fullName: 'Neznámá organizace', roles: ['MEMBER'], organisationId: '00000000-0000-4000-8000-000000000000' }, 'input.organisationId'],
    ];
    for (const [input, field] of cases) {
      const error = await coordinator.client.error(CREATE, { input });
      expect({ input, extensions: error.extensions }).toEqual({ input, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const unknownOrg = await coordinator.client.withLocale('en').error(CREATE, { input: cases[5]![0] });
    expect(unknownOrg.message).toBe('This organisation does not exist in the area.');
    expect(await count(PersonEntity)).toBe(before);
  });

  it('changes a person; left-out fields stay, null empties the phone', async () => {
    const person = await t.fixtures.person(area, { fullName: 'Petr Starý', email: 'petr@example.test', phone: '123' });
    const { updatePerson } = await coordinator.client.ok<{ updatePerson: PersonView }>(UPDATE, {
      input: { id: person.id, fullName: 'Petr Nový', phone: null, roles: ['MEMBER', 'COUNCIL_CLERK'] },
    });
    expect(updatePerson).toMatchObject({ fullName: 'Petr Nový', email: 'petr@example.test', phone: null, roles: ['MEMBER', 'COUNCIL_CLERK'] });

    const nullName = await coordinator.client.error(UPDATE, { input: { id: person.id, fullName: null } });
    expect(nullName.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fullName' });

    await t.fixtures.person(area, { email: 'taken@example.test' });
    const taken = await coordinator.client.withLocale('en').error(UPDATE, { input: { id: person.id, fullName: 'Petr Jiný', email: 'taken@example.test' } });
    expect(taken.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(taken.message).toBe('A person with this e-mail is already in the area.');
    const stored = await t.db.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
    expect({ fullName: stored.fullName, email: stored.email }).toEqual({ fullName: 'Petr Nový', email: 'petr@example.test' });
  });

  it('keeps the last coordinator of an area', async () => {
    const village = await t.fixtures.area();
    const only = await t.fixtures.user(village, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    const error = await only.client.withLocale('en').error(UPDATE, { input: { id: only.person.id, roles: ['MEMBER'] } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.roles' });
    expect(error.message).toBe('The area must keep at least one coordinator.');
    expect((await t.db.getRepository(PersonEntity).findOneByOrFail({ id: only.person.id })).roles).toContain(AreaRole.COORDINATOR);

    const second = await t.fixtures.person(village, { roles: [AreaRole.COORDINATOR] });
    await only.client.ok(UPDATE, { input: { id: only.person.id, roles: ['MEMBER'] } });
    expect((await t.db.getRepository(PersonEntity).findOneByOrFail({ id: second.id })).roles).toEqual([AreaRole.COORDINATOR]);
  });

  describe('invitations', () => {
    it('makes a one-time link that previews the invitation and lets the person in', async () => {
      const person = await t.fixtures.person(area, { fullName: 'Karel Pozvaný', email: 'karel@example.test' });
      const { invitePerson } = await coordinator.client.ok<{
        invitePerson: { url: string; invitation: { id: string; expiresAt: string; acceptedAt: null; person: { fullName: string } } };
      }>(INVITE, { input: { personId: person.id } });
      // Without PUBLIC_URL the link points at the address the request came to.
      expect(invitePerson.url).toMatch(new RegExp(`^${t.baseUrl}/invite/[A-Za-z0-9_-]{43}$`));
      const token = invitePerson.url.split('/invite/')[1]!;
      expect(invitePerson.invitation.person.fullName).toBe('Karel Pozvaný');
      const days = (new Date(invitePerson.invitation.expiresAt).getTime() - Date.now()) / (24 * 3600 * 1000);
      expect(days).toBeGreaterThan(13.99);
      expect(days).toBeLessThanOrEqual(14);

      // Only the hash of the secret is stored.
      const stored = await t.db.getRepository(AccountInvitationEntity).findOneByOrFail({ id: invitePerson.invitation.id });
      expect(stored.tokenHash).toBe(hashToken(token));

      const open = await coordinator.client.ok<{ accountInvitations: { id: string; person: { id: string } }[] }>(OPEN_INVITATIONS);
      expect(open.accountInvitations.filter((i) => i.person.id === person.id).map((i) => i.id)).toEqual([invitePerson.invitation.id]);

      const preview = await t.anonymous().ok<{ invitation: { areaName: string; fullName: string; email: string } }>(PREVIEW, { token });
      expect(preview.invitation).toMatchObject({ areaName: 'Statutární město Plzeň', fullName: 'Karel Pozvaný', email: 'karel@example.test' });

      await t.anonymous().ok(ACCEPT, { input: { token, password: 'karlovo-dlouhe-heslo' } });
      expect((await t.anonymous().ok<{ invitation: null }>(PREVIEW, { token })).invitation).toBeNull();
      const { person: invited } = await coordinator.client.ok<{ person: PersonView }>(PERSON, { id: person.id });
      expect(invited.hasAccount).toBe(true);

      const again = await coordinator.client.withLocale('en').error(INVITE, { input: { personId: person.id } });
      expect(again.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });
      expect(again.message).toBe('The person already has an account and can log in.');
    });

    it('refuses a link whose person got an account meanwhile, changing nothing', async () => {
      const person = await t.fixtures.person(area, { email: 'mezitim@example.test' });
      const { invitePerson } = await coordinator.client.ok<{ invitePerson: { url: string } }>(INVITE, { input: { personId: person.id } });
      const token = invitePerson.url.split('/invite/')[1]!;
      const account = await t.db.getRepository(AccountEntity).save({ email: 'mezitim@example.test', passwordHash: 'x', locale: 'cs' });
      await t.db.getRepository(PersonEntity).update(person.id, { accountId: account.id });
      const error = await t.anonymous(area.slug, 'en').error(ACCEPT, { input: { token, password: 'a-long-enough-password' } });
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.token' });
      expect(error.message).toBe('The person already has an account and can log in.');
      expect((await t.db.getRepository(AccountInvitationEntity).findOneByOrFail({ personId: person.id })).acceptedAt).toBeNull();
    });

    it('replaces the earlier open link of the person', async () => {
      const person = await t.fixtures.person(area, { email: 'dvakrat@example.test' });
      const first = await coordinator.client.ok<{ invitePerson: { url: string } }>(INVITE, { input: { personId: person.id } });
      const second = await coordinator.client.ok<{ invitePerson: { url: string } }>(INVITE, { input: { personId: person.id } });
      const tokenOf = (url: string) => url.split('/invite/')[1]!;
      expect((await t.anonymous().ok<{ invitation: unknown }>(PREVIEW, { token: tokenOf(first.invitePerson.url) })).invitation).toBeNull();
      expect((await t.anonymous().ok<{ invitation: unknown }>(PREVIEW, { token: tokenOf(second.invitePerson.url) })).invitation).not.toBeNull();
      expect(await t.db.getRepository(AccountInvitationEntity).countBy({ personId: person.id })).toBe(1);
    });

    it('needs an e-mail, and a changed e-mail voids the open link', async () => {
      const person = await t.fixtures.person(area, { email: null });
      const before = await count(AccountInvitationEntity);
      const cs = await coordinator.client.withLocale('cs').error(INVITE, { input: { personId: person.id } });
      expect(cs.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });
      expect(cs.message).toBe('Osoba nemá e-mail: doplňte ho, na něj se založí účet.');
      expect(await count(AccountInvitationEntity)).toBe(before);

      await coordinator.client.ok(UPDATE, { input: { id: person.id, email: 'stary@example.test' } });
      const { invitePerson } = await coordinator.client.ok<{ invitePerson: { url: string } }>(INVITE, { input: { personId: person.id } });
      await coordinator.client.ok(UPDATE, { input: { id: person.id, email: 'novy@example.test' } });
      const token = invitePerson.url.split('/invite/')[1]!;
      expect((await t.anonymous().ok<{ invitation: unknown }>(PREVIEW, { token })).invitation).toBeNull();
    });

    it('previews nothing for an unknown or expired link', async () => {
      expect((await t.anonymous().ok<{ invitation: unknown }>(PREVIEW, { token: 'nonsense' })).invitation).toBeNull();
      const person = await t.fixtures.person(area, { email: 'expired@example.test' });
      const { invitePerson } = await coordinator.client.ok<{ invitePerson: { url: string; invitation: { id: string } } }>(INVITE, {
        input: { personId: person.id },
      });
      await t.db.getRepository(AccountInvitationEntity).update(invitePerson.invitation.id, { expiresAt: new Date(Date.now() - 1000) });
      const token = invitePerson.url.split('/invite/')[1]!;
      expect((await t.anonymous().ok<{ invitation: unknown }>(PREVIEW, { token })).invitation).toBeNull();
      const open = await coordinator.client.ok<{ accountInvitations: { id: string }[] }>(OPEN_INVITATIONS);
      expect(open.accountInvitations.map((i) => i.id)).not.toContain(invitePerson.invitation.id);
    });
  });

  it('keeps the people of one area out of sight and reach of another', async () => {
    const person = await t.fixtures.person(area, { fullName: 'Tajná Osoba', email: 'tajna@example.test' });
    const elsewhere = await t.fixtures.area();
    const stranger = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR, AreaRole.MEMBER]);

    expect((await stranger.client.ok<{ person: unknown }>(PERSON, { id: person.id })).person).toBeNull();
    const found = await stranger.client.ok<PeoplePage>(PEOPLE, { search: 'Tajná' });
    expect(found.people.total).toBe(0);
    expect((await stranger.client.withArea(area.slug).error(PEOPLE, {})).extensions?.code).toBe('FORBIDDEN');

    const update = await stranger.client.error(UPDATE, { input: { id: person.id, fullName: 'Ukradená' } });
    expect(update.extensions?.code).toBe('FORBIDDEN');
    const invite = await stranger.client.error(INVITE, { input: { personId: person.id } });
    expect(invite.extensions?.code).toBe('FORBIDDEN');
    const org = await t.fixtures.organisation(area);
    const create = await stranger.client.error(CREATE, { input: { fullName: 'Přes hranici', roles: ['MEMBER'], organisationId: org.id } });
    expect(create.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });

    const stored = await t.db.getRepository(PersonEntity).findOneByOrFail({ id: person.id });
    expect(stored.fullName).toBe('Tajná Osoba');
    expect(await t.db.getRepository(AccountInvitationEntity).countBy({ personId: person.id })).toBe(0);
    expect(await t.db.getRepository(PersonEntity).countBy({ fullName: 'Přes hranici' })).toBe(0);
  });
});
