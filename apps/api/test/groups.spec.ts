import { AreaEntity } from '../src/areas/area.entity';
import { GroupKind, GroupRole } from '../src/groups/group.enums';
import { GroupMembershipEntity } from '../src/groups/group-membership.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { TestApp } from './harness';

const GROUP_FIELDS = `id name kind targetGroup description archivedAt createdAt memberCount coordinators { fullName }
  members { role joinedAt leftAt person { fullName } organisation { name } }`;
const GROUPS = `query($includeArchived: Boolean) { groups(includeArchived: $includeArchived) { name archivedAt } }`;
const GROUP = `query($id: ID!) { group(id: $id) { ${GROUP_FIELDS} } }`;
const HISTORY = `query($id: ID!) { group(id: $id) { memberCount members(includeFormer: true) { leftAt person { fullName } } } }`;
const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { ${GROUP_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { ${GROUP_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveGroup(id: $id) { id archivedAt } }`;
const ADD = `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id role leftAt person { fullName } organisation { name } } }`;
const REMOVE = `mutation($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { id leftAt person { fullName } } }`;

interface GroupView {
  id: string;
  name: string;
  kind: string;
  targetGroup: string | null;
  description: string;
  archivedAt: string | null;
  memberCount: number;
  coordinators: { fullName: string }[];
  members: { role: string; joinedAt: string; leftAt: string | null; person: { fullName: string }; organisation: { name: string } | null }[];
}
interface AddedMember {
  role: string;
  leftAt: string | null;
  person: { fullName: string };
  organisation: { name: string } | null;
}

describe('working groups', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER], { fullName: 'Jana Koordinátorová' });
  });
  afterAll(() => t.stop());

  const memberships = () => t.db.getRepository(GroupMembershipEntity).find({ order: { id: 'ASC' } });

  it('sets up groups, lists the management team first and the rest by name, and archives', async () => {
    const town = await t.fixtures.area();
    const boss = await t.fixtures.user(town, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    const ids: Record<string, string> = {};
    for (const [name, kind] of [
      ['Senioři', 'TARGET_GROUP'],
      ['Chudoba a bydlení', 'TARGET_GROUP'],
      ['Řídicí skupina', 'MANAGEMENT_TEAM'],
      ['Hendikepovaní', 'TARGET_GROUP'],
    ]) {
      const { createGroup } = await boss.client.ok<{ createGroup: GroupView }>(CREATE, {
        input: { name, kind, targetGroup: kind === 'TARGET_GROUP' ? name.toLowerCase() : null },
      });
      expect(createGroup).toMatchObject({ name, kind, description: '', archivedAt: null, memberCount: 0, members: [], coordinators: [] });
      ids[name] = createGroup.id;
    }
    const names = async (includeArchived?: boolean) =>
      (await boss.client.ok<{ groups: { name: string }[] }>(GROUPS, { includeArchived })).groups.map((g) => g.name);
    // Czech order: H before Ch.
    expect(await names()).toEqual(['Řídicí skupina', 'Hendikepovaní', 'Chudoba a bydlení', 'Senioři']);

    const { archiveGroup } = await boss.client.ok<{ archiveGroup: { archivedAt: string } }>(ARCHIVE, { id: ids['Senioři'] });
    expect(Date.now() - new Date(archiveGroup.archivedAt).getTime()).toBeLessThan(60_000);
    expect(await names()).toEqual(['Řídicí skupina', 'Hendikepovaní', 'Chudoba a bydlení']);
    expect(await names(true)).toEqual(['Řídicí skupina', 'Hendikepovaní', 'Chudoba a bydlení', 'Senioři']);
    const archived = await boss.client.ok<{ group: GroupView }>(GROUP, { id: ids['Senioři'] });
    expect(archived.group.archivedAt).toBe(archiveGroup.archivedAt);

    const again = await boss.client.withLocale('en').error(ARCHIVE, { id: ids['Senioři'] });
    expect(again.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(again.message).toBe('The group is archived: it cannot be changed or invited.');

    // Names stay unique, archived groups included, whatever the case.
    const taken = await boss.client.withLocale('cs').error(CREATE, { input: { name: 'SENIOŘI', kind: 'TARGET_GROUP' } });
    expect(taken.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(taken.message).toBe('Tento název už je použitý.');
    expect(await t.db.getRepository(WorkingGroupEntity).countBy({ areaId: town.id })).toBe(4);
  });

  it('lets the group’s coordinator seat members, with the organisation they represent', async () => {
    const group = await t.fixtures.group(area, { name: 'Rodiny s dětmi' });
    const groupCoordinator = await t.fixtures.groupCoordinator(area, group);
    const charita = await t.fixtures.organisation(area, { name: 'Charita' });
    const skola = await t.fixtures.organisation(area, { name: 'Základní škola' });
    const mesto = await t.fixtures.organisation(area, { name: 'Město' });
    const petra = await t.fixtures.person(area, { fullName: 'Petra Jedna' });
    await t.fixtures.organisationMembership(charita, petra);
    const ondrej = await t.fixtures.person(area, { fullName: 'Ondřej Dva' });
    await t.fixtures.organisationMembership(skola, ondrej);
    await t.fixtures.organisationMembership(mesto, ondrej);
    const alena = await t.fixtures.person(area, { fullName: 'Alena Tři' });

    const add = (input: Record<string, unknown>) => groupCoordinator.client.ok<{ addGroupMember: AddedMember }>(ADD, { input: { groupId: group.id, ...input } });
    // Petra represents exactly one organisation: it is taken.
    expect((await add({ personId: petra.id })).addGroupMember).toMatchObject({ role: 'MEMBER', leftAt: null, organisation: { name: 'Charita' } });
    // Ondřej represents two: none is guessed, unless named.
    expect((await add({ personId: ondrej.id })).addGroupMember.organisation).toBeNull();
    await groupCoordinator.client.ok(REMOVE, { input: { groupId: group.id, personId: ondrej.id } });
    expect((await add({ personId: ondrej.id, organisationId: mesto.id })).addGroupMember.organisation).toEqual({ name: 'Město' });
    expect((await add({ personId: alena.id, role: 'COORDINATOR' })).addGroupMember).toMatchObject({ role: 'COORDINATOR', organisation: null });
    const unnamedRole = await t.fixtures.person(area, { fullName: 'Zuzana Čtyři' });
    expect((await add({ personId: unnamedRole.id, role: null })).addGroupMember.role).toBe('MEMBER');
    await groupCoordinator.client.ok(REMOVE, { input: { groupId: group.id, personId: unnamedRole.id } });

    const { group: view } = await coordinator.client.ok<{ group: GroupView }>(GROUP, { id: group.id });
    expect(view.memberCount).toBe(4);
    expect(view.coordinators.map((p) => p.fullName)).toEqual(['Alena Tři', groupCoordinator.person.fullName].sort((a, b) => a.localeCompare(b, 'cs')));
    expect(view.members.map((m) => [m.role, m.person.fullName, m.organisation?.name ?? null])).toEqual([
      ...[
        ['COORDINATOR', 'Alena Tři', null],
        ['COORDINATOR', groupCoordinator.person.fullName, null],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!, 'cs')),
      ['MEMBER', 'Ondřej Dva', 'Město'],
      ['MEMBER', 'Petra Jedna', 'Charita'],
    ]);
  });

  it('refuses an unknown person, a second seat, an unknown organisation and an archived group; nothing changes', async () => {
    const group = await t.fixtures.group(area);
    const groupCoordinator = await t.fixtures.groupCoordinator(area, group);
    const person = await t.fixtures.person(area);
    await t.fixtures.membership(group, person);
    const before = await memberships();

    const unknown = await groupCoordinator.client.withLocale('en').error(ADD, { input: { groupId: group.id, personId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(unknown.message).toBe('This person does not exist in the area.');

    const seated = await groupCoordinator.client.withLocale('cs').error(ADD, { input: { groupId: group.id, personId: person.id } });
    expect(seated.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(seated.message).toBe('Osoba už je členem skupiny.');

    const newcomer = await t.fixtures.person(area);
    const noOrg = await groupCoordinator.client.error(ADD, {
      input: { groupId: group.id, personId: newcomer.id, organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(noOrg.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });

    const outsider = await t.fixtures.person(area);
    const notMember = await groupCoordinator.client.withLocale('en').error(REMOVE, { input: { groupId: group.id, personId: outsider.id } });
    expect(notMember.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(notMember.message).toBe('The person is not a member of the group.');

    await t.db.getRepository(WorkingGroupEntity).update(group.id, { archivedAt: new Date() });
    const archivedCs = await groupCoordinator.client.withLocale('cs').error(ADD, { input: { groupId: group.id, personId: newcomer.id } });
    const archivedEn = await groupCoordinator.client.withLocale('en').error(ADD, { input: { groupId: group.id, personId: newcomer.id } });
    expect(archivedCs.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.groupId' });
    expect(archivedCs.message).toBe('Skupina je archivovaná, nelze ji měnit ani na ni zvát.');
    expect(archivedEn.message).toBe('The group is archived: it cannot be changed or invited.');
    const removal = await groupCoordinator.client.error(REMOVE, { input: { groupId: group.id, personId: person.id } });
    expect(removal.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.groupId' });
    const update = await groupCoordinator.client.error(UPDATE, { input: { id: group.id, description: 'Nový popis' } });
    expect(update.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });

    expect(await memberships()).toEqual(before);
    expect((await t.db.getRepository(WorkingGroupEntity).findOneByOrFail({ id: group.id })).description).toBe('');
  });

  it('keeps former members as history; a removed coordinator loses the group', async () => {
    const group = await t.fixtures.group(area);
    const groupCoordinator = await t.fixtures.groupCoordinator(area, group);
    const person = await t.fixtures.person(area, { fullName: 'Bývalý Člen' });
    await t.fixtures.membership(group, person);

    const { removeGroupMember } = await groupCoordinator.client.ok<{ removeGroupMember: { leftAt: string; person: { fullName: string } } }>(REMOVE, {
      input: { groupId: group.id, personId: person.id },
    });
    expect(removeGroupMember.person.fullName).toBe('Bývalý Člen');
    expect(removeGroupMember.leftAt).not.toBeNull();
    const current = await coordinator.client.ok<{ group: GroupView }>(GROUP, { id: group.id });
    expect(current.group.members.map((m) => m.person.fullName)).toEqual([groupCoordinator.person.fullName]);
    expect(current.group.memberCount).toBe(1);
    const history = await coordinator.client.ok<{ group: { members: { leftAt: string | null; person: { fullName: string } }[] } }>(HISTORY, { id: group.id });
    expect(history.group.members).toEqual([
      { leftAt: null, person: { fullName: groupCoordinator.person.fullName } },
      { leftAt: removeGroupMember.leftAt, person: { fullName: 'Bývalý Člen' } },
    ]);

    // Back again: a new seat, the old one stays in the history.
    await groupCoordinator.client.ok(ADD, { input: { groupId: group.id, personId: person.id } });
    const rejoined = await coordinator.client.ok<{ group: { memberCount: number; members: unknown[] } }>(HISTORY, { id: group.id });
    expect(rejoined.group.memberCount).toBe(2);
    expect(rejoined.group.members).toHaveLength(3);

    await coordinator.client.ok(REMOVE, { input: { groupId: group.id, personId: groupCoordinator.person.id } });
    const refused = await groupCoordinator.client.error(UPDATE, { input: { id: group.id, name: 'Moje skupina' } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the groups of a person, the ones left only on request', async () => {
    const seniors = await t.fixtures.group(area, { name: `Senioři ${Date.now()}` });
    const families = await t.fixtures.group(area, { name: `Rodina ${Date.now()}` });
    const person = await t.fixtures.person(area);
    await t.fixtures.membership(seniors, person, GroupRole.COORDINATOR);
    const left = await t.fixtures.membership(families, person);
    await t.db.getRepository(GroupMembershipEntity).update(left.id, { leftAt: new Date() });
    const query = `query($id: ID!, $former: Boolean) { person(id: $id) { groups(includeFormer: $former) { role leftAt group { name } } } }`;
    const current = await coordinator.client.ok<{ person: { groups: { role: string; leftAt: string | null; group: { name: string } }[] } }>(query, {
      id: person.id,
    });
    expect(current.person.groups).toEqual([{ role: 'COORDINATOR', leftAt: null, group: { name: seniors.name } }]);
    const all = await coordinator.client.ok<{ person: { groups: { group: { name: string }; leftAt: string | null }[] } }>(query, {
      id: person.id,
      former: true,
    });
    expect(all.person.groups.map((seat) => [seat.group.name, seat.leftAt !== null])).toEqual([
      [seniors.name, false],
      [families.name, true],
    ]);
  });

  it('lets the group’s coordinator change the group, not another group’s', async () => {
    const group = await t.fixtures.group(area, { name: 'Duševní zdraví', targetGroup: 'lidé s duševním onemocněním' });
    const otherGroup = await t.fixtures.group(area, { name: 'Cizinci' });
    const groupCoordinator = await t.fixtures.groupCoordinator(area, group);

    const { updateGroup } = await groupCoordinator.client.ok<{ updateGroup: GroupView }>(UPDATE, {
      input: { id: group.id, name: 'Duševní zdraví a závislosti', targetGroup: null, description: 'Schází se každý měsíc.' },
    });
    expect(updateGroup).toMatchObject({ name: 'Duševní zdraví a závislosti', targetGroup: null, description: 'Schází se každý měsíc.', kind: GroupKind.TARGET_GROUP });

    const taken = await groupCoordinator.client.error(UPDATE, { input: { id: group.id, name: 'cizinci' } });
    expect(taken.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const empty = await groupCoordinator.client.error(UPDATE, { input: { id: group.id, name: ' ' } });
    expect(empty.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const notTheirs = await groupCoordinator.client.error(UPDATE, { input: { id: otherGroup.id, description: 'Převzato' } });
    expect(notTheirs.extensions?.code).toBe('FORBIDDEN');
    const archive = await groupCoordinator.client.error(ARCHIVE, { id: group.id });
    expect(archive.extensions?.code).toBe('FORBIDDEN');

    const stored = await t.db.getRepository(WorkingGroupEntity).findBy({ id: group.id });
    expect(stored.map((g) => [g.name, g.archivedAt])).toEqual([['Duševní zdraví a závislosti', null]]);
    expect((await t.db.getRepository(WorkingGroupEntity).findOneByOrFail({ id: otherGroup.id })).description).toBe('');
  });

  it('keeps the groups of one area out of sight and reach of another', async () => {
    const group = await t.fixtures.group(area, { name: 'Naše skupina' });
    const ours = await t.fixtures.person(area);
    await t.fixtures.membership(group, ours);
    const elsewhere = await t.fixtures.area();
    const stranger = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    const theirs = await t.fixtures.person(elsewhere);
    const before = await memberships();

    expect((await stranger.client.ok<{ group: unknown }>(GROUP, { id: group.id })).group).toBeNull();
    expect((await stranger.client.ok<{ groups: { name: string }[] }>(GROUPS, { includeArchived: true })).groups.map((g) => g.name)).not.toContain('Naše skupina');
    const refusals = [
      await stranger.client.error(UPDATE, { input: { id: group.id, name: 'Jejich skupina' } }),
      await stranger.client.error(ARCHIVE, { id: group.id }),
      await stranger.client.error(ADD, { input: { groupId: group.id, personId: theirs.id } }),
      await stranger.client.error(REMOVE, { input: { groupId: group.id, personId: ours.id } }),
      await stranger.client.withArea(area.slug).error(GROUP, { id: group.id }),
    ];
    expect(refusals.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);

    // Our coordinator cannot seat a person of the other area either.
    const foreign = await coordinator.client.error(ADD, { input: { groupId: group.id, personId: theirs.id } });
    expect(foreign.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personId' });

    expect(await memberships()).toEqual(before);
    const stored = await t.db.getRepository(WorkingGroupEntity).findOneByOrFail({ id: group.id });
    expect([stored.name, stored.archivedAt]).toEqual(['Naše skupina', null]);
  });

  it('loads groups with their members in a constant number of queries (no N+1)', async () => {
    const areaWithGroups = async (count: number) => {
      const place = await t.fixtures.area();
      const boss = await t.fixtures.user(place, [AreaRole.COORDINATOR]);
      for (let g = 0; g < count; g += 1) {
        const group = await t.fixtures.group(place);
        for (let m = 0; m < 3; m += 1) {
          const organisation = await t.fixtures.organisation(place);
          const person = await t.fixtures.person(place);
          await t.fixtures.organisationMembership(organisation, person);
          await t.fixtures.membership(group, person, m === 0 ? GroupRole.COORDINATOR : GroupRole.MEMBER, organisation);
        }
      }
      return boss;
    };
    const queriesFor = async (boss: User, query: string) => {
      const before = t.queryCount;
      const data = await boss.client.ok<{ groups: { members: unknown[] }[] }>(query);
      return { queries: t.queryCount - before, groups: data.groups.length, members: data.groups.flatMap((g) => g.members).length };
    };
    const small = await areaWithGroups(3);
    const large = await areaWithGroups(30);

    const MEMBERS = `{ groups { members { person { fullName } organisation { name } } } }`;
    const smallRun = await queriesFor(small, MEMBERS);
    const largeRun = await queriesFor(large, MEMBERS);
    expect([smallRun.groups, smallRun.members, largeRun.groups, largeRun.members]).toEqual([3, 9, 30, 90]);
    expect(largeRun.queries).toBe(smallRun.queries);
    // Who is asking (the session takes two: TypeORM loads a relation that way; the area; the
    // person), then the groups, their members, the people, the organisations.
    expect(smallRun.queries).toBeLessThanOrEqual(8);

    const EVERYTHING = `{ groups { memberCount coordinators { fullName organisations { organisation { name } } }
      members(includeFormer: true) { person { fullName hasAccount email organisations { position organisation { name } } } organisation { name members { person { fullName } } } } } }`;
    // Deeper fields reach the same loaders at different depths, so a batch may be split in two
    // depending on timing; the cost stays bounded by the shape of the query, not by its size.
    const richSmall = await queriesFor(small, EVERYTHING);
    const richLarge = await queriesFor(large, EVERYTHING);
    expect([richSmall.members, richLarge.members]).toEqual([9, 90]);
    expect(Math.max(richSmall.queries, richLarge.queries)).toBeLessThanOrEqual(16);
  });
});
