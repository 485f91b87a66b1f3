import { AreaEntity, AreaKind } from '../areas/area.entity';
import { AccountEntity } from '../auth/account.entity';
import { GroupKind, GroupRole } from '../groups/group.enums';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { DecisionEntity } from '../meetings/decision.entity';
import { MeetingGuestEntity } from '../meetings/meeting-guest.entity';
import { MeetingInvitationEntity } from '../meetings/meeting-invitation.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { Attendance, InvitationReply, MeetingKind, MinutesStatus, TRAINING_KINDS } from '../meetings/meeting.enums';
import { FundedProjectEntity } from '../trainings/funded-project.entity';
import { MinutesEntity } from '../meetings/minutes.entity';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { OrganisationSide } from '../organisations/organisation-side.enum';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import {
  CZECH_MONTHS,
  czechDate,
  czechTime,
  dateParts,
  dayOf,
  DEMO_TIME_ZONE,
  isoDate,
  nextWorkingWeekday,
  pragueDay,
  pragueInstant,
} from './demo-calendar';
import {
  DEMO_LOGIN_PEOPLE,
  DEMO_ORGANISATIONS,
  DemoGroup,
  DemoOrganisation,
  FEMALE_NAMES,
  FOREIGN_PEOPLE,
  GROUP_KEYS,
  GroupKey,
  GUEST_AFFILIATIONS,
  MALE_NAMES,
  MANAGEMENT_TEAM,
  ONLINE,
  PLACES,
  POSITIONS,
  SURNAMES,
  WORKING_GROUPS,
} from './demo-catalogue';
import { linkDemoAgenda } from './demo-links';
import { buildDemoPlanning, DemoPlanning } from './demo-planning';
import { DemoRandom } from './demo-random';
import {
  AgendaTemplate,
  AreaEvent,
  CLOSING,
  COMMON_ITEMS,
  GROUP_ITEMS,
  INTENTIONS,
  MANAGEMENT_ITEMS,
  OPENING,
  PresenterRole,
  PUBLIC_FORUMS,
  SUPERVISION,
  TextContext,
  TRAINING_DECISIONS,
  TRAINING_SERIES,
  TRAINING_SESSIONS,
  trainingItemRecord,
  WORKSHOPS,
} from './demo-texts';

export const DEMO_AREA_SLUG = 'plzen';

/** A row as inserted: every column, no relation objects. */
type Row<E, Relations extends keyof E = never> = Omit<E, 'area' | Relations>;

/** Every row of the demo, per table, in the order they are inserted. */
/** Id of the demo's funded project. */
const DEMO_PROJECT_ID = '5e1f0a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b';

export interface DemoWorld extends DemoPlanning {
  area: Row<AreaEntity>;
  accounts: Row<AccountEntity>[];
  people: Row<PersonEntity, 'account'>[];
  organisations: Row<OrganisationEntity>[];
  organisationMemberships: Row<OrganisationMembershipEntity, 'person' | 'organisation'>[];
  groups: Row<WorkingGroupEntity>[];
  groupMemberships: Row<GroupMembershipEntity, 'group' | 'person' | 'organisation'>[];
  /** The ESF project the area's trainings and workshops are reported under. */
  fundedProjects: Row<FundedProjectEntity>[];
  meetings: Row<MeetingEntity, 'group' | 'project'>[];
  agendaItems: Row<AgendaItemEntity, 'meeting' | 'presenter' | 'measure' | 'intention'>[];
  invitations: Row<MeetingInvitationEntity, 'meeting' | 'person' | 'organisation'>[];
  guests: Row<MeetingGuestEntity, 'meeting' | 'organisation'>[];
  minutes: Row<MinutesEntity, 'meeting' | 'updatedBy'>[];
  decisions: Row<DecisionEntity, 'meeting'>[];
}

export interface DemoWorldOptions {
  /** The moment the demo is built for: a year of meetings before it, a few after it. */
  now: Date;
  /** Hash of the demo password, shared by every demo account. */
  passwordHash: string;
  /** Secret of each person's calendar feed; a secret, so not drawn from the seeded generator. */
  calendarToken: () => string;
}

interface OrgSpell {
  org: DemoOrganisation;
  id: string;
  since: number;
  until: number | null;
  position: string;
}

interface DemoPerson {
  id: string;
  fullName: string;
  female: boolean;
  /** Organisations over time, oldest first. */
  spells: OrgSpell[];
  /** How likely the person comes to a meeting they are invited to. */
  reliability: number;
  login: boolean;
}

interface Seat {
  person: DemoPerson;
  role: GroupRole;
  joinedDay: number;
  leftDay: number | null;
}

interface GroupState {
  def: DemoGroup;
  id: string;
  seats: Seat[];
  coordinator: DemoPerson;
}

interface PlannedMeeting {
  kind: MeetingKind;
  group: GroupState | null;
  title: string;
  description: string;
  day: number;
  start: [number, number];
  minutes: number;
  place: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  isPublic: boolean;
  invitees: DemoPerson[];
  organiser: DemoPerson;
  items: AgendaTemplate[];
  decisions: ((c: TextContext) => string)[];
  ctx: Omit<TextContext, 'presenter' | 'pA' | 'org' | 'intention' | 'intentionOrg' | 'n'>;
}

const a = (person: { female: boolean }) => (person.female ? 'a' : '');

/** ASCII e-mail local part of a Czech name: "Kateřina Šímová" → "katerina.simova". */
function emailLocalPart(fullName: string): string {
  return fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .join('.');
}

/** An 8-digit IČO with a valid check digit (weights 8..2, modulo 11). */
function registrationNumber(rng: DemoRandom): string {
  const digits = Array.from({ length: 7 }, (_, index) => (index === 0 ? rng.int(2, 7) : rng.int(0, 9)));
  const sum = digits.reduce((total, digit, index) => total + digit * (8 - index), 0);
  return digits.join('') + String((11 - (sum % 11)) % 10);
}

function plural(count: number, one: string, few: string, many: string): string {
  if (count === 1) return `${count} ${one}`;
  if (count >= 2 && count <= 4) return `${count} ${few}`;
  return `${count} ${many}`;
}

/** Builds the whole demo city in memory: deterministic for a given day, no database needed. */
export function buildDemoWorld({ now, passwordHash, calendarToken }: DemoWorldOptions): DemoWorld {
  const rng = new DemoRandom('komplan-demo-plzen');
  const ids = new DemoRandom('komplan-demo-ids');
  const today = pragueDay(now);
  const setupDay = today - 3 * 365;
  const at = (day: number, hour = 10, minute = 0) => pragueInstant(day, hour, minute);
  const { year } = dateParts(today);
  const plan = `${year + 1}–${year + 2}`;

  const area: Row<AreaEntity> = {
    id: ids.uuid(),
    slug: DEMO_AREA_SLUG,
    name: 'Statutární město Plzeň',
    kind: AreaKind.CITY,
    timezone: DEMO_TIME_ZONE,
    defaultLocale: 'cs',
    createdAt: at(setupDay, 9),
  };
  const areaId = area.id;
  // A fixed id (not drawn from `ids`, so that every other demo id stays as it was).
  const fundedProject: Row<FundedProjectEntity> = {
    id: DEMO_PROJECT_ID,
    areaId,
    name: 'Vzdělávání a rozvoj komunitního plánování sociálních služeb v Plzni',
    registrationNumber: 'CZ.03.02.02/00/22_005/0001234',
    startsOn: isoDate(today - 300),
    endsOn: isoDate(today + 400),
    description: 'Operační program Zaměstnanost plus, financováno Evropskou unií (ESF+). Vzdělávání členů pracovních skupin a workshopy.',
    createdAt: at(today - 310, 9),
  };

  // ---- organisations ------------------------------------------------------------------------
  const orgIds = new Map<string, string>();
  const usedNumbers = new Set<string>();
  const organisations: DemoWorld['organisations'] = DEMO_ORGANISATIONS.map((org, index) => {
    const id = ids.uuid();
    orgIds.set(org.key, id);
    let number = registrationNumber(rng);
    while (usedNumbers.has(number)) number = registrationNumber(rng);
    usedNumbers.add(number);
    return {
      id,
      areaId,
      name: org.name,
      side: org.side,
      registrationNumber: number,
      website: org.website,
      createdAt: at(setupDay + 1, 9, index),
    };
  });
  const orgByKey = (key: string) => {
    const org = DEMO_ORGANISATIONS.find((candidate) => candidate.key === key);
    if (!org) throw new Error(`Unknown demo organisation ${key}`);
    return org;
  };

  // ---- people -------------------------------------------------------------------------------
  const people: DemoPerson[] = [];
  const usedNames = new Set<string>([...DEMO_LOGIN_PEOPLE.map((p) => p.fullName), ...FOREIGN_PEOPLE.map((p) => p.fullName)]);
  const drawName = (female: boolean): string => {
    for (;;) {
      const [male, feminine] = rng.pick(SURNAMES);
      const name = `${rng.pick(female ? FEMALE_NAMES : MALE_NAMES)} ${female ? feminine : male}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const spell = (org: DemoOrganisation, female: boolean, position?: string): OrgSpell => {
    const positions = POSITIONS[org.side];
    const drawn = rng.pick(positions);
    return {
      org,
      id: orgIds.get(org.key) as string,
      since: today - rng.int(400, 3200),
      until: null,
      position: position ?? (female ? drawn[1] : drawn[0]),
    };
  };
  const addPerson = (fullName: string, female: boolean, org: DemoOrganisation | null, login = false, position?: string): DemoPerson => {
    const person: DemoPerson = {
      id: ids.uuid(),
      fullName,
      female,
      spells: org ? [spell(org, female, position)] : [],
      reliability: 0.55 + rng.next() * 0.2,
      login,
    };
    people.push(person);
    return person;
  };

  const loginPeople = new Map<string, DemoPerson>();
  for (const login of DEMO_LOGIN_PEOPLE) {
    loginPeople.set(login.email, addPerson(login.fullName, login.female, orgByKey(login.organisation), true, login.position));
  }
  for (const foreign of FOREIGN_PEOPLE) addPerson(foreign.fullName, foreign.female, orgByKey(foreign.organisation));
  const head = addPerson(drawName(true), true, orgByKey('mmp-oss'), false, 'vedoucí odboru');

  // Everyone else: each organisation at least one person, then by weight, 150 in all.
  const TOTAL_PEOPLE = 150;
  const INDEPENDENT = 5;
  const staffed = new Set(people.flatMap((person) => person.spells.map((s) => s.org.key)));
  for (const org of DEMO_ORGANISATIONS) {
    if (!staffed.has(org.key)) {
      const female = rng.chance(0.7);
      addPerson(drawName(female), female, org);
    }
  }
  const weights = DEMO_ORGANISATIONS.filter((org) => org.focus.length > 0).map((org) => [org, org.weight] as const);
  while (people.length < TOTAL_PEOPLE - INDEPENDENT) {
    const female = rng.chance(0.7);
    addPerson(drawName(female), female, rng.weighted(weights));
  }
  // Members of the public who represent only themselves (a carer, a parent, a former client).
  for (let i = 0; i < INDEPENDENT; i += 1) {
    const female = rng.chance(0.6);
    addPerson(drawName(female), female, null);
  }

  const spellOn = (person: DemoPerson, day: number): OrgSpell | null =>
    person.spells.find((s) => s.since <= day && (s.until === null || s.until >= day)) ?? null;
  const sideOf = (person: DemoPerson, day = today): OrganisationSide => spellOn(person, day)?.org.side ?? OrganisationSide.USER;

  // ---- groups and seats ---------------------------------------------------------------------
  const groupCount = new Map<DemoPerson, number>();
  const defs: DemoGroup[] = [MANAGEMENT_TEAM, ...WORKING_GROUPS];
  const coordinatorOf = (key: GroupKey | 'mt'): DemoPerson => {
    const login = DEMO_LOGIN_PEOPLE.find((candidate) => candidate.coordinates.includes(key));
    const person = login && loginPeople.get(login.email);
    if (!person) throw new Error(`The demo group ${key} has no coordinator`);
    return person;
  };
  const groups: GroupState[] = defs.map((def) => ({ def, id: ids.uuid(), seats: [], coordinator: coordinatorOf(def.key) }));
  const groupByKey = (key: GroupKey | 'mt') => groups.find((group) => group.def.key === key) as GroupState;
  const seat = (group: GroupState, person: DemoPerson, role: GroupRole, joinedDay: number, leftDay: number | null = null) => {
    // Nobody joins a group before they start working for the organisation they represent.
    group.seats.push({ person, role, joinedDay: Math.max(joinedDay, person.spells[0]?.since ?? joinedDay), leftDay });
    if (leftDay === null) groupCount.set(person, (groupCount.get(person) ?? 0) + 1);
  };
  for (const login of DEMO_LOGIN_PEOPLE) {
    const person = loginPeople.get(login.email) as DemoPerson;
    for (const key of login.coordinates) seat(groupByKey(key), person, GroupRole.COORDINATOR, setupDay + rng.int(5, 30));
    for (const key of login.memberOf) seat(groupByKey(key), person, GroupRole.MEMBER, setupDay + rng.int(5, 200));
  }
  // Management team: besides the coordinators, the head of the department, the region, a district and the users' side.
  const firstOf = (key: string): DemoPerson => {
    const found = people.find((person) => !person.login && person !== head && person.spells[0]?.org.key === key);
    if (!found) throw new Error(`Nobody works for the demo organisation ${key}`);
    return found;
  };
  const mt = groupByKey('mt');
  for (const person of [head, firstOf('kupk'), firstOf('umo3'), firstOf('stp')]) seat(mt, person, GroupRole.MEMBER, setupDay + rng.int(5, 60));

  const isSeated = (group: GroupState, person: DemoPerson) => group.seats.some((s) => s.person === person);
  for (const def of WORKING_GROUPS) {
    const group = groupByKey(def.key);
    const target = rng.int(20, 26);
    const fits = (person: DemoPerson) => {
      const org = person.spells[0]?.org;
      return org ? org.focus.includes(def.key) : true;
    };
    const pool = rng.shuffle(people.filter((person) => !person.login && person !== head && fits(person) && !isSeated(group, person)));
    // A quarter commissioners, half providers, a quarter users.
    const quota: Record<OrganisationSide, number> = {
      [OrganisationSide.COMMISSIONER]: Math.round((target - group.seats.length) * 0.25),
      [OrganisationSide.PROVIDER]: Math.round((target - group.seats.length) * 0.5),
      [OrganisationSide.USER]: target - group.seats.length,
    };
    for (const side of [OrganisationSide.COMMISSIONER, OrganisationSide.PROVIDER, OrganisationSide.USER]) {
      for (const person of pool) {
        if (group.seats.length >= target || quota[side] <= 0) break;
        if (sideOf(person) !== side || isSeated(group, person) || (groupCount.get(person) ?? 0) >= 3) continue;
        seat(group, person, GroupRole.MEMBER, today - rng.int(400, 1000));
        quota[side] -= 1;
      }
    }
    // Fill up from anyone who fits when a side ran short.
    for (const person of pool) {
      if (group.seats.length >= target) break;
      if (!isSeated(group, person) && (groupCount.get(person) ?? 0) < 3) seat(group, person, GroupRole.MEMBER, today - rng.int(400, 1000));
    }
    // One newcomer during the year, and one former member who left.
    const ordinary = group.seats.filter((s) => s.role === GroupRole.MEMBER && !s.person.login);
    rng.pick(ordinary).joinedDay = today - rng.int(50, 130);
    const leaver = pool.find((person) => !isSeated(group, person));
    if (leaver) seat(group, leaver, GroupRole.MEMBER, today - rng.int(500, 900), today - rng.int(120, 220));
  }

  // A few people changed jobs during the year: their old membership ended and a new one started.
  const workingGroupsOf = (person: DemoPerson) =>
    WORKING_GROUPS.filter((def) => groupByKey(def.key).seats.some((s) => s.person === person && s.leftDay === null)).map((def) => def.key);
  const seatedMembers = people.filter(
    (person) =>
      !person.login && person !== head && person.spells.length === 1 && person.spells[0]!.org.side !== OrganisationSide.USER && workingGroupsOf(person).length > 0,
  );
  for (const person of rng.sample(seatedMembers, 4)) {
    const old = person.spells[0] as OrgSpell;
    const focus = workingGroupsOf(person);
    const candidates = DEMO_ORGANISATIONS.filter(
      (org) => org.key !== old.org.key && org.side !== OrganisationSide.USER && org.focus.some((key) => focus.includes(key)),
    );
    const switchDay = today - rng.int(90, 240);
    old.since = Math.min(old.since, switchDay - 400);
    old.until = switchDay - 1;
    person.spells.push(spell(rng.pick(candidates), person.female));
    (person.spells[1] as OrgSpell).since = switchDay;
  }

  // ---- rows: accounts, people, memberships, groups --------------------------------------------
  const accounts: DemoWorld['accounts'] = [];
  const personRows: DemoWorld['people'] = [];
  const usedEmails = new Set<string>();
  for (const person of people) {
    const login = DEMO_LOGIN_PEOPLE.find((candidate) => candidate.fullName === person.fullName && person.login);
    // Everyone was entered when the area was set up, before any group began to meet.
    const createdAt = at(setupDay + rng.int(0, 1), 11, rng.int(0, 59));
    let email: string | null = null;
    let accountId: string | null = null;
    if (login) {
      email = login.email;
      accountId = ids.uuid();
      accounts.push({ id: accountId, email, passwordHash, locale: 'cs', createdAt });
    } else if (rng.chance(0.9)) {
      const local = emailLocalPart(person.fullName);
      email = `${local}@example.cz`;
      for (let n = 2; usedEmails.has(email); n += 1) email = `${local}${n}@example.cz`;
    }
    if (email) usedEmails.add(email);
    const phone = rng.chance(0.6) ? `+420 7${rng.int(0, 9)}${rng.int(0, 9)} ${rng.int(100, 999)} ${rng.int(100, 999)}` : null;
    personRows.push({
      id: person.id,
      areaId,
      fullName: person.fullName,
      email,
      phone,
      roles: login ? login.roles : [AreaRole.MEMBER],
      accountId,
      calendarToken: calendarToken(),
      anonymisedAt: null,
      createdAt,
    });
  }

  const organisationMemberships: DemoWorld['organisationMemberships'] = people.flatMap((person) =>
    person.spells.map((s) => ({
      id: ids.uuid(),
      areaId,
      personId: person.id,
      organisationId: s.id,
      position: s.position,
      since: isoDate(s.since),
      until: s.until === null ? null : isoDate(s.until),
      createdAt: at(Math.max(setupDay, s.since), 12),
    })),
  );

  const groupRows: DemoWorld['groups'] = groups.map((group, index) => ({
    id: group.id,
    areaId,
    name: group.def.name,
    kind: group.def.key === 'mt' ? GroupKind.MANAGEMENT_TEAM : GroupKind.TARGET_GROUP,
    targetGroup: group.def.targetGroup,
    description: group.def.description,
    archivedAt: null,
    createdAt: at(setupDay + 2, 10, index * 5),
  }));

  const groupMemberships: DemoWorld['groupMemberships'] = groups.flatMap((group) =>
    group.seats.map((s) => {
      const joinedDay = Math.max(s.joinedDay, setupDay + 2);
      return {
        id: ids.uuid(),
        areaId,
        groupId: group.id,
        personId: s.person.id,
        role: s.role,
        // The organisation the person represents in the group: the current one (or the last one, for those who left).
        organisationId: spellOn(s.person, s.leftDay ?? today)?.id ?? null,
        joinedAt: at(joinedDay, 10),
        leftAt: s.leftDay === null ? null : at(s.leftDay, 10),
        createdAt: at(joinedDay, 10),
      };
    }),
  );

  // ---- the meeting calendar -------------------------------------------------------------------
  const planned: PlannedMeeting[] = [];
  const processCoordinator = loginPeople.get('koordinator@plzen.example') as DemoPerson;
  const groupCoordinators = WORKING_GROUPS.map((def) => groupByKey(def.key).coordinator);
  const activeSeats = (group: GroupState, day: number) =>
    group.seats.filter((s) => s.joinedDay <= day && (s.leftDay === null || s.leftDay > day)).map((s) => s.person);
  const allWorkingGroupMembers = (day: number) => [...new Set(WORKING_GROUPS.flatMap((def) => activeSeats(groupByKey(def.key), day)))];
  const baseContext = (group: GroupState | null, coordinator: DemoPerson, day: number) => ({
    group: group?.def.name ?? 'KPSS',
    body: !group ? 'Setkání' : group.def.key === 'mt' ? 'Manažerský tým' : 'Pracovní skupina',
    targetGroup: group?.def.targetGroup ?? 'všechny cílové skupiny',
    coordinator: coordinator.fullName,
    cA: a(coordinator),
    plan,
    year: dateParts(day).year,
    previousMeeting: null as string | null,
    nextMeeting: null as string | null,
  });
  /** Not in the summer break (July to mid-August) nor over Christmas. */
  const inSeason = (day: number) => {
    const { month, day: dom } = dateParts(day);
    if (month === 7 || (month === 8 && dom < 18)) return dayOf(dateParts(day).year, 8, 18);
    if ((month === 12 && dom > 19) || (month === 1 && dom < 7)) return dayOf(month === 12 ? dateParts(day).year + 1 : dateParts(day).year, 1, 7);
    return day;
  };
  /** The first suitable `weekday` from `day` on: a working day, outside the breaks. */
  const schedule = (day: number, weekday: number) => {
    const first = nextWorkingWeekday(day, weekday);
    return inSeason(first) === first ? first : nextWorkingWeekday(inSeason(first), weekday);
  };

  // Working groups: every four to six weeks, a year back and one or two ahead.
  for (const def of WORKING_GROUPS) {
    const group = groupByKey(def.key);
    const days: number[] = [];
    let day = schedule(today - 365 + rng.int(0, 21), def.slot.weekday);
    let upcoming = 0;
    while (upcoming < def.upcoming) {
      if (day === today) day = schedule(day + 1, def.slot.weekday);
      days.push(day);
      if (day > today) upcoming += 1;
      day = schedule(day + rng.int(4, 6) * 7, def.slot.weekday);
    }
    const past = days.filter((d) => d < today);
    const publicPast = new Set(rng.sample(past.slice(1), 2));
    const perYear = new Map<number, number>();
    days.forEach((meetingDay, index) => {
      const y = dateParts(meetingDay).year;
      perYear.set(y, (perYear.get(y) ?? 0) + 1);
      const { hour, minute, minutes } = def.slot;
      const ctx = baseContext(group, group.coordinator, meetingDay);
      const previous = days[index - 1];
      const next = days[index + 1];
      ctx.previousMeeting = previous !== undefined ? czechDate(previous) : null;
      ctx.nextMeeting = next !== undefined ? `${czechDate(next)} od ${czechTime(hour, minute)}` : null;
      const isPublic = publicPast.has(meetingDay) || (meetingDay > today && index === past.length && def.key !== 'vylouceni' && rng.chance(0.5));
      const hybrid = rng.chance(0.25);
      const month = dateParts(meetingDay).month;
      const middle = rng
        .shuffle([...GROUP_ITEMS[def.key], ...GROUP_ITEMS[def.key], ...COMMON_ITEMS].filter((t) => !t.months || t.months.includes(month)))
        .filter((t, i, all) => all.indexOf(t) === i)
        .slice(0, rng.int(1, 4));
      planned.push({
        kind: MeetingKind.WORKING_GROUP,
        group,
        title: `${perYear.get(y)}. jednání ${def.short}`,
        description: isPublic
          ? 'Jednání je otevřené veřejnosti. Hosté jsou vítáni, prosíme o ohlášení účasti koordinátorovi skupiny.'
          : rng.pick([
              'Pravidelné jednání pracovní skupiny. Podklady budou rozeslány e-mailem týden před jednáním.',
              'Pravidelné jednání pracovní skupiny. Prosíme o potvrzení účasti; v případě nepřítomnosti můžete vyslat zástupce své organizace.',
              'Jednání pracovní skupiny. Připomínky k podkladům zasílejte koordinátorovi předem.',
            ]),
        day: meetingDay,
        start: [hour, minute],
        minutes,
        place: def.place,
        onlineUrl: hybrid ? ONLINE.group(def.key) : null,
        capacity: null,
        isPublic,
        invitees: activeSeats(group, meetingDay),
        organiser: group.coordinator,
        items: [OPENING, ...middle, CLOSING],
        decisions: [],
        ctx,
      });
    });
  }

  // Management team: the first Monday of each month except August.
  const { year: startYear, month: startMonth } = dateParts(today - 365);
  let mtUpcoming = false;
  for (let step = 0; !mtUpcoming; step += 1) {
    const month = ((startMonth - 1 + step) % 12) + 1;
    const y = startYear + Math.floor((startMonth - 1 + step) / 12);
    if (month === 8) continue;
    const day = nextWorkingWeekday(dayOf(y, month, month === 1 ? 7 : 1), 1);
    if (day === today || day < today - 365) continue;
    if (day > today) mtUpcoming = true;
    const ctx = baseContext(mt, mt.coordinator, day);
    planned.push({
      kind: MeetingKind.MANAGEMENT_TEAM,
      group: mt,
      title: `Manažerský tým KPSS – ${CZECH_MONTHS[month - 1]} ${y}`,
      description: 'Pravidelné měsíční jednání manažerského týmu komunitního plánování.',
      day,
      start: [MANAGEMENT_TEAM.slot.hour, MANAGEMENT_TEAM.slot.minute],
      minutes: MANAGEMENT_TEAM.slot.minutes,
      place: MANAGEMENT_TEAM.place,
      onlineUrl: rng.chance(0.5) ? ONLINE.mt : null,
      capacity: null,
      isPublic: false,
      invitees: activeSeats(mt, day),
      organiser: mt.coordinator,
      items: [
        OPENING,
        ...rng.sample(MANAGEMENT_ITEMS.filter((t) => !t.months || t.months.includes(month)), rng.int(2, 4)),
        CLOSING,
      ],
      decisions: [],
      ctx,
    });
  }
  // Previous and next meeting of the management team, for its minutes.
  const mtMeetings = planned.filter((m) => m.kind === MeetingKind.MANAGEMENT_TEAM);
  mtMeetings.forEach((meeting, index) => {
    meeting.ctx.previousMeeting = index > 0 ? czechDate(mtMeetings[index - 1]!.day) : null;
    const next = mtMeetings[index + 1];
    meeting.ctx.nextMeeting = next ? `${czechDate(next.day)} od ${czechTime(14, 0)}` : null;
  });

  // Area-wide events: forums, the seminar series, workshops, supervisions.
  const areaEvent = (
    kind: MeetingKind,
    event: AreaEvent,
    offset: number,
    weekday: number,
    start: [number, number],
    minutes: number,
    extra: Partial<PlannedMeeting>,
  ) => {
    let day = schedule(today + offset, weekday);
    if (day === today) day = schedule(day + 1, weekday);
    const ctx = baseContext(null, processCoordinator, day);
    planned.push({
      kind,
      group: null,
      title: event.title({ ...ctx, presenter: '', pA: '', org: '', intention: '', intentionOrg: '', n: 0 }),
      description: event.description,
      day,
      start,
      minutes,
      place: PLACES.magistrat301,
      onlineUrl: null,
      capacity: null,
      isPublic: false,
      invitees: [],
      organiser: processCoordinator,
      items: [...event.items],
      decisions: [...event.decisions],
      ctx,
      ...extra,
    });
  };
  areaEvent(MeetingKind.PUBLIC_FORUM, PUBLIC_FORUMS[0]!, -215, 4, [15, 0], 150, {
    place: PLACES.beseda,
    capacity: 120,
    isPublic: true,
    invitees: allWorkingGroupMembers(today - 215),
  });
  areaEvent(MeetingKind.PUBLIC_FORUM, PUBLIC_FORUMS[1]!, -40, 4, [15, 0], 150, {
    place: PLACES.radnice,
    capacity: 150,
    isPublic: true,
    invitees: allWorkingGroupMembers(today - 40),
  });
  areaEvent(MeetingKind.WORKSHOP, WORKSHOPS[0]!, -160, 2, [9, 0], 210, {
    place: PLACES.knihovna,
    capacity: 40,
    isPublic: true,
    invitees: rng.sample(allWorkingGroupMembers(today - 160), 36),
  });
  areaEvent(MeetingKind.WORKSHOP, WORKSHOPS[1]!, -75, 2, [9, 0], 180, {
    place: PLACES.kaplirova,
    capacity: 30,
    invitees: rng.sample(allWorkingGroupMembers(today - 75), 28),
  });
  for (const offset of [-280, -95]) {
    areaEvent(MeetingKind.SUPERVISION, SUPERVISION, offset, 1, [13, 0], 180, {
      place: offset < -200 ? PLACES.magistrat301 : null,
      onlineUrl: offset < -200 ? null : ONLINE.supervision,
      invitees: [processCoordinator, ...groupCoordinators],
    });
  }
  const trainees = rng.sample(allWorkingGroupMembers(today - 250), 30);
  TRAINING_SESSIONS.forEach((session, index) => {
    const offset = [-250, -185, -120, 24][index] as number;
    const online = index === 2;
    areaEvent(
      MeetingKind.TRAINING,
      {
        title: () => `${TRAINING_SERIES} – ${index + 1}. ${session.topic}`,
        description:
          `${index + 1}. seminář ze čtyřdílného cyklu pro členy pracovních skupin a pracovníky poskytovatelů. ` +
          `Lektor: ${session.lecturer}. Osvědčení o absolvování obdrží účastníci e-mailem.`,
        items: [
          {
            title: () => 'Úvod a organizační informace',
            presenter: 'coordinator',
            minutes: 10,
            record: [(c) => `${c.presenter} přivítal${c.pA} účastníky a seznámil${c.pA} je s programem semináře.`],
          },
          ...session.items.map(
            (title): AgendaTemplate => ({
              title: () => title,
              presenter: 'none',
              minutes: 50,
              notes: `Lektor: ${session.lecturer}`,
              record: [() => trainingItemRecord(title, session.lecturer, session.female)],
            }),
          ),
        ],
        decisions: [...TRAINING_DECISIONS],
      },
      offset,
      3,
      [9, 0],
      180,
      {
        place: online ? null : PLACES.magistratTraining,
        onlineUrl: online ? ONLINE.training : null,
        capacity: 30,
        invitees: trainees.filter((person) => activeSeatsAnywhere(person, today + offset)),
      },
    );
  });
  // An upcoming seminar open to anybody of the area: people register themselves (trainings/).
  areaEvent(
    MeetingKind.SEMINAR,
    {
      title: () => 'Seminář: Standardy kvality sociálních služeb v praxi',
      description: 'Půldenní seminář pro pracovníky poskytovatelů a členy pracovních skupin. Účastníci obdrží osvědčení o účasti.',
      items: [
        {
          title: () => 'Standardy kvality: co se změnilo a jak na inspekci',
          presenter: 'coordinator',
          minutes: 120,
          record: [(c) => `${c.presenter} představil${c.pA} standardy kvality a nejčastější zjištění inspekcí.`],
        },
      ],
      decisions: [],
    },
    38,
    3,
    [13, 0],
    240,
    { place: PLACES.magistratTraining, capacity: 20, invitees: [] },
  );
  function activeSeatsAnywhere(person: DemoPerson, day: number): boolean {
    return groups.some((group) => group.seats.some((s) => s.person === person && s.joinedDay <= day && (s.leftDay === null || s.leftDay > day)));
  }

  planned.sort((x, y) => x.day - y.day || x.start[0] - y.start[0]);

  // ---- meeting rows -----------------------------------------------------------------------------
  const world: DemoWorld = {
    area,
    accounts,
    people: personRows,
    organisations,
    organisationMemberships,
    groups: groupRows,
    groupMemberships,
    fundedProjects: [fundedProject],
    meetings: [],
    agendaItems: [],
    invitations: [],
    guests: [],
    minutes: [],
    decisions: [],
    ...emptyPlanning(),
  };
  // History ends at the start of today (Prague): the demo is the same whenever it is built that day.
  const cutoff = at(today, 0).getTime();
  const before = (instant: Date, limit: number) => new Date(Math.min(instant.getTime(), limit));
  const orgSideOn = (person: DemoPerson, day: number) => spellOn(person, day)?.org.side ?? OrganisationSide.USER;
  // The most recent past meeting of the Senioři group keeps draft minutes.
  const seniori = groupByKey('seniori');
  const draftMeeting = planned.filter((m) => m.group === seniori && m.day < today).at(-1);

  for (const meeting of planned) {
    const id = ids.uuid();
    const startsAt = at(meeting.day, meeting.start[0], meeting.start[1]);
    const endsAt = new Date(startsAt.getTime() + meeting.minutes * 60000);
    const past = meeting.day < today;
    const invitedAt = before(at(meeting.day - rng.int(14, 21), 10, rng.int(0, 59)), cutoff - rng.int(1, 5) * 86400000);
    const createdAt = new Date(invitedAt.getTime() - rng.int(1, 7) * 86400000);

    // Agenda with presenters; the record of each item is written once its presenter is known.
    const present = new Set<DemoPerson>([meeting.organiser]);
    const invitees = meeting.invitees.includes(meeting.organiser) ? [...meeting.invitees] : [meeting.organiser, ...meeting.invitees];
    const choose = (role: PresenterRole, from: readonly string[] = []): DemoPerson | null => {
      const others = invitees.filter((person) => person !== meeting.organiser);
      const experts = role === 'none' ? [] : others.filter((person) => from.includes(spellOn(person, meeting.day)?.org.key ?? ''));
      if (experts.length) return rng.pick(experts);
      const bySide = (side: OrganisationSide) => others.filter((person) => spellOn(person, meeting.day) && orgSideOn(person, meeting.day) === side);
      const pick = (candidates: DemoPerson[]) => (candidates.length ? rng.pick(candidates) : meeting.organiser);
      switch (role) {
        case 'coordinator':
          return meeting.organiser;
        case 'head':
          return head;
        case 'groupCoordinator':
          return rng.pick(groupCoordinators);
        case 'commissioner':
          return pick(bySide(OrganisationSide.COMMISSIONER));
        case 'provider':
        case 'org':
          return pick(bySide(OrganisationSide.PROVIDER));
        case 'user':
          return pick(others.filter((person) => orgSideOn(person, meeting.day) === OrganisationSide.USER));
        case 'member':
          return pick(others);
        case 'none':
          return null;
      }
    };
    /** An intention of the presenter's organisation when it has one, otherwise of another provider of the group. */
    const intentionFor = (groupKey: GroupKey, presenterOrg: DemoOrganisation | undefined) => {
      const own = INTENTIONS[groupKey].filter((candidate) => candidate.org === presenterOrg?.key);
      const chosen = rng.pick(own.length ? own : INTENTIONS[groupKey]);
      return { intention: chosen.text, intentionOrg: orgByKey(chosen.org).name };
    };
    const records: { title: string; text: string }[] = [];
    const decisionTexts: string[] = [];
    meeting.items.forEach((template, index) => {
      const presenter = choose(template.presenter, template.from);
      if (presenter) {
        // Whoever presents was there (and was invited).
        present.add(presenter);
        if (!invitees.includes(presenter)) invitees.push(presenter);
      }
      const presenterOrg = presenter ? spellOn(presenter, meeting.day)?.org : undefined;
      const groupKey: GroupKey = meeting.group && meeting.group.def.key !== 'mt' ? meeting.group.def.key : rng.pick(GROUP_KEYS);
      const ctx: TextContext = {
        ...meeting.ctx,
        presenter: presenter?.fullName ?? '',
        pA: presenter ? a(presenter) : '',
        org: presenterOrg?.side === OrganisationSide.PROVIDER ? presenterOrg.name : rng.pick(DEMO_ORGANISATIONS.filter((o) => o.side === OrganisationSide.PROVIDER && o.focus.includes(groupKey))).name,
        ...intentionFor(groupKey, presenterOrg),
        n: rng.int(5, 18),
      };
      const title = template.title(ctx);
      world.agendaItems.push({
        id: ids.uuid(),
        areaId,
        meetingId: id,
        position: index + 1,
        title,
        presenterId: presenter?.id ?? null,
        measureId: null,
        intentionId: null,
        notes: template.notes ?? '',
        durationMinutes: template.minutes,
        createdAt,
      });
      records.push({ title, text: rng.pick(template.record)(ctx) });
      if (template.decision && (index === 0 || rng.chance(0.6))) decisionTexts.push(template.decision(ctx));
    });
    for (const decision of meeting.decisions) decisionTexts.push(decision({ ...meeting.ctx, presenter: '', pA: '', org: '', intention: '', intentionOrg: '', n: rng.int(5, 18) }));
    const decisions = decisionTexts.slice(0, 3);

    world.meetings.push({
      id,
      areaId,
      groupId: meeting.group?.id ?? null,
      kind: meeting.kind,
      title: meeting.title,
      description: meeting.description,
      startsAt,
      endsAt,
      timezone: DEMO_TIME_ZONE,
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      capacity: meeting.capacity,
      isPublic: meeting.isPublic,
      // Upcoming trainings, seminars and workshops take registrations; past ones are in the funded project.
      registrationOpen: TRAINING_KINDS.includes(meeting.kind) && meeting.day > today,
      registrationDeadline: null,
      projectId: TRAINING_KINDS.includes(meeting.kind) ? DEMO_PROJECT_ID : null,
      cancelledAt: null,
      createdAt,
      updatedAt: createdAt,
    });

    // Invitations, replies and (for past meetings) attendance with the organisation of that day.
    const attended: DemoPerson[] = [];
    const excused: DemoPerson[] = [];
    for (const person of invitees) {
      let reply: InvitationReply;
      let attendance: Attendance | null = null;
      let repliedAt: Date | null = null;
      const replyWindow = (past ? startsAt.getTime() : cutoff) - invitedAt.getTime();
      const replyTime = () => new Date(invitedAt.getTime() + Math.floor((rng.next() * replyWindow * 0.9) / 60000) * 60000 + 60000);
      if (past) {
        const roll = rng.next();
        const p = person.reliability;
        attendance = present.has(person) || roll < p ? Attendance.PRESENT : roll < p + (1 - p) * 0.66 ? Attendance.EXCUSED : Attendance.ABSENT;
        if (attendance === Attendance.PRESENT) reply = rng.weighted([[InvitationReply.ATTEND, 85], [InvitationReply.MAYBE, 5], [InvitationReply.PENDING, 10]]);
        else if (attendance === Attendance.EXCUSED) reply = rng.chance(0.9) ? InvitationReply.DECLINE : InvitationReply.PENDING;
        else reply = rng.weighted([[InvitationReply.ATTEND, 40], [InvitationReply.MAYBE, 20], [InvitationReply.PENDING, 40]]);
        (attendance === Attendance.PRESENT ? attended : attendance === Attendance.EXCUSED ? excused : []).push(person);
      } else {
        reply = person === meeting.organiser
          ? InvitationReply.ATTEND
          : rng.weighted([[InvitationReply.ATTEND, 45], [InvitationReply.PENDING, 35], [InvitationReply.DECLINE, 12], [InvitationReply.MAYBE, 8]]);
      }
      if (reply !== InvitationReply.PENDING) repliedAt = replyTime();
      world.invitations.push({
        id: ids.uuid(),
        areaId,
        meetingId: id,
        personId: person.id,
        organisationId: past ? (spellOn(person, meeting.day)?.id ?? null) : null,
        reply,
        repliedAt,
        attendance,
        createdAt: invitedAt,
      });
    }
    if (!past) continue;

    // Walk-in guests.
    const guestCount =
      meeting.kind === MeetingKind.PUBLIC_FORUM
        ? rng.int(6, 12)
        : meeting.kind === MeetingKind.SUPERVISION
          ? 0
          : meeting.kind === MeetingKind.MANAGEMENT_TEAM
            ? rng.weighted([[0, 80], [1, 20]])
          : rng.weighted([[0, 35], [1, 35], [2, 20], [3, 10]]);
    const guestsHere = new Set<string>();
    for (let g = 0; g < guestCount; g += 1) {
      const registered = rng.chance(0.35) ? rng.pick(organisations) : null;
      let fullName = '';
      do {
        // Guests are not registered people: a name nobody in the area has.
        const female = rng.chance(0.6);
        const [male, feminine] = rng.pick(SURNAMES);
        fullName = `${rng.pick(female ? FEMALE_NAMES : MALE_NAMES)} ${female ? feminine : male}`;
      } while (usedNames.has(fullName) || guestsHere.has(fullName));
      guestsHere.add(fullName);
      world.guests.push({
        id: ids.uuid(),
        areaId,
        meetingId: id,
        fullName,
        organisationId: registered?.id ?? null,
        organisationName: registered ? null : rng.pick(GUEST_AFFILIATIONS),
        createdAt: endsAt,
      });
    }

    // Minutes: published a few days after the meeting, except one still in draft.
    const draft = meeting === draftMeeting;
    const writer = meeting.organiser;
    const others = attended.filter((person) => person !== writer);
    const verifier = others.length ? rng.pick(others) : writer;
    const endWall = meeting.start[0] * 60 + meeting.start[1] + meeting.minutes;
    const writtenDay = meeting.day + rng.int(2, 5);
    const place = meeting.place ?? 'on-line';
    const lines = [
      `## Zápis: ${meeting.title}`,
      '',
      `**Datum a čas:** ${czechDate(meeting.day)}, ${czechTime(...meeting.start)}–${czechTime(Math.floor(endWall / 60), endWall % 60)}  `,
      `**Místo:** ${place}${meeting.place && meeting.onlineUrl ? ' (s možností připojení on-line)' : ''}  `,
      `**Přítomni:** ${attended.length} z ${invitees.length} pozvaných${guestCount ? `, ${plural(guestCount, 'host', 'hosté', 'hostů')}` : ''}; prezenční listina je uložena u organizátora.  `,
      `**Omluveni:** ${excused.length ? excused.map((person) => person.fullName).join(', ') : 'nikdo'}`,
      '',
      '### Program',
      ...records.map((record, index) => `${index + 1}. ${record.title}`),
      '',
      ...records.flatMap((record, index) => [`### ${index + 1}. ${record.title}`, '', record.text, '']),
    ];
    if (draft) {
      lines.push('_Rozpracovaný zápis: doplnit usnesení a poslat k ověření._');
    } else {
      lines.push('### Usnesení', '', ...decisions.map((text, index) => `${index + 1}. ${text}`), '');
      lines.push(`Zapsal${a(writer)}: ${writer.fullName}, ${czechDate(writtenDay)}  `, `Ověřil${a(verifier)}: ${verifier.fullName}`);
    }
    const publishedAt = draft ? null : before(at(writtenDay + rng.int(1, 4), 14, rng.int(0, 59)), cutoff - 3600000);
    const minutesCreated = before(new Date(endsAt.getTime() + 3600000), cutoff - 7200000);
    world.minutes.push({
      id: ids.uuid(),
      areaId,
      meetingId: id,
      body: lines.join('\n'),
      status: draft ? MinutesStatus.DRAFT : MinutesStatus.PUBLISHED,
      version: draft ? 1 : rng.int(2, 4),
      publishedAt,
      updatedById: writer.id,
      updatedAt: publishedAt ?? minutesCreated,
      createdAt: minutesCreated,
    });
    decisions.forEach((text, index) => {
      world.decisions.push({ id: ids.uuid(), areaId, meetingId: id, position: index + 1, text, createdAt: endsAt });
    });
  }

  // ---- the plan, the services register and the development intentions ------------------------------
  const providerLogin = loginPeople.get('poskytovatel@plzen.example') as DemoPerson;
  const submitters = new Set<DemoPerson>();
  const planning = buildDemoPlanning({
    areaId,
    today,
    at,
    orgId: (key) => orgIds.get(orgByKey(key).key) as string,
    groups: Object.fromEntries(
      WORKING_GROUPS.map((def) => [def.key, { id: groupByKey(def.key).id, coordinatorId: groupByKey(def.key).coordinator.id }]),
    ) as Record<GroupKey, { id: string; coordinatorId: string }>,
    areaCoordinatorId: processCoordinator.id,
    providerStaff: (key, day) => {
      // The demo provider writes its own organisation's intentions; elsewhere someone who worked there that day.
      const staff =
        providerLogin.spells.some((s) => s.org.key === key) ? providerLogin
        : // The same person for all of an organisation's intentions when someone worked there long enough.
          (people.find((person) => !person.login && person.spells.some((s) => s.org.key === key && s.since <= today - 400 && s.until === null)) ??
          people.find((person) => !person.login && person.spells.some((s) => s.org.key === key && s.since <= day && s.until === null)));
      if (!staff) throw new Error(`Nobody works for the demo provider ${key}`);
      submitters.add(staff);
      return staff.id;
    },
    meetings: world.meetings,
  });
  Object.assign(world, planning);
  // Agenda items point at the measures and intentions their meetings discussed.
  linkDemoAgenda({ ...planning, meetings: world.meetings, agendaItems: world.agendaItems, minutes: world.minutes, organisations }, cutoff);
  // Whoever submits intentions for a provider has the provider role.
  for (const row of world.people) {
    if ([...submitters].some((person) => person.id === row.id) && !row.roles.includes(AreaRole.PROVIDER)) row.roles = [AreaRole.PROVIDER, ...row.roles];
  }
  return world;
}

function emptyPlanning(): DemoPlanning {
  return {
    plans: [], priorities: [], goals: [], measures: [], measureProposers: [], measurePartners: [], measureCosts: [], measureIndicators: [],
    measureStateChanges: [], activities: [], services: [], intentionCalls: [], intentions: [], intentionHistory: [],
  };
}
