import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AreaEntity, AreaKind } from '../src/areas/area.entity';
import { AccountEntity } from '../src/auth/account.entity';
import { hashPassword } from '../src/auth/passwords';
import { GroupKind, GroupRole } from '../src/groups/group.enums';
import { GroupMembershipEntity } from '../src/groups/group-membership.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { MeetingKind } from '../src/meetings/meeting.enums';
import { MeetingEntity } from '../src/meetings/meeting.entity';
import { OrganisationMembershipEntity } from '../src/organisations/organisation-membership.entity';
import { OrganisationSide } from '../src/organisations/organisation-side.enum';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { PersonEntity } from '../src/people/person.entity';
import { GqlClient } from './harness';

export const FIXTURE_PASSWORD = 'correct horse battery';
let fixtureHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export interface User {
  person: PersonEntity;
  account: AccountEntity;
  /** Logged in, looking at the person's area. */
  client: GqlClient;
}

/** Builders that arrange the world of a test directly in the database. */
export class Fixtures {
  constructor(
    private readonly db: DataSource,
    private readonly baseUrl: string,
  ) {}

  area(overrides: Partial<AreaEntity> = {}): Promise<AreaEntity> {
    const slug = overrides.slug ?? `area-${unique()}`;
    return this.db.getRepository(AreaEntity).save({ slug, name: `Území ${slug}`, kind: AreaKind.CITY, ...overrides });
  }

  /** A person without an account (most participants never log in). */
  person(area: AreaEntity, overrides: Partial<PersonEntity> = {}): Promise<PersonEntity> {
    const repo = this.db.getRepository(PersonEntity);
    return repo.save(repo.create({ areaId: area.id, fullName: `Osoba ${unique()}`, email: null, roles: [AreaRole.MEMBER], ...overrides }));
  }

  /** A person with an account, logged in through the real login mutation. */
  async user(area: AreaEntity, roles: AreaRole[] = [AreaRole.MEMBER], overrides: Partial<PersonEntity> = {}): Promise<User> {
    fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
    const email = overrides.email ?? `user-${unique()}@example.test`;
    const account = await this.db.getRepository(AccountEntity).save({ email, passwordHash: await fixtureHash, locale: 'cs' });
    const person = await this.person(area, { email, roles, accountId: account.id, ...overrides });
    const client = new GqlClient(this.baseUrl, undefined, area.slug);
    await client.ok(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email, password: FIXTURE_PASSWORD },
    });
    return { person, account, client };
  }

  organisation(area: AreaEntity, overrides: Partial<OrganisationEntity> = {}): Promise<OrganisationEntity> {
    return this.db.getRepository(OrganisationEntity).save({
      areaId: area.id,
      name: `Organizace ${unique()}`,
      side: OrganisationSide.PROVIDER,
      registrationNumber: null,
      website: null,
      ...overrides,
    });
  }

  group(area: AreaEntity, overrides: Partial<WorkingGroupEntity> = {}): Promise<WorkingGroupEntity> {
    return this.db.getRepository(WorkingGroupEntity).save({
      areaId: area.id,
      name: `Skupina ${unique()}`,
      kind: GroupKind.TARGET_GROUP,
      targetGroup: 'senioři',
      description: '',
      archivedAt: null,
      ...overrides,
    });
  }

  membership(
    group: WorkingGroupEntity,
    person: PersonEntity,
    role: GroupRole = GroupRole.MEMBER,
    organisation?: OrganisationEntity,
  ): Promise<GroupMembershipEntity> {
    return this.db.getRepository(GroupMembershipEntity).save({
      areaId: group.areaId,
      groupId: group.id,
      personId: person.id,
      role,
      organisationId: organisation?.id ?? null,
      leftAt: null,
    });
  }

  /** A logged-in member of the area who coordinates `group` (but not the area). */
  async groupCoordinator(area: AreaEntity, group: WorkingGroupEntity): Promise<User> {
    const user = await this.user(area, [AreaRole.MEMBER]);
    await this.membership(group, user.person, GroupRole.COORDINATOR);
    return user;
  }

  /** The person represents the organisation, by default since 1 January 2024 and still. */
  organisationMembership(
    organisation: OrganisationEntity,
    person: PersonEntity,
    overrides: Partial<OrganisationMembershipEntity> = {},
  ): Promise<OrganisationMembershipEntity> {
    return this.db.getRepository(OrganisationMembershipEntity).save({
      areaId: organisation.areaId,
      organisationId: organisation.id,
      personId: person.id,
      position: null,
      since: '2024-01-01',
      until: null,
      ...overrides,
    });
  }

  meeting(area: AreaEntity, overrides: Partial<MeetingEntity> = {}): Promise<MeetingEntity> {
    const startsAt = overrides.startsAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000);
    return this.db.getRepository(MeetingEntity).save({
      areaId: area.id,
      groupId: null,
      kind: MeetingKind.WORKING_GROUP,
      title: `Jednání ${unique()}`,
      description: '',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      timezone: 'Europe/Prague',
      place: 'Magistrát, zasedací místnost 1',
      onlineUrl: null,
      capacity: null,
      isPublic: false,
      cancelledAt: null,
      ...overrides,
    });
  }
}
