import { AreaEntity } from '../src/areas/area.entity';
import { GroupRole } from '../src/groups/group.enums';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { AgendaItemEntity } from '../src/meetings/agenda-item.entity';
import { MeetingInvitationEntity } from '../src/meetings/meeting-invitation.entity';
import { Attendance, InvitationReply, MinutesStatus } from '../src/meetings/meeting.enums';
import { MeetingEntity } from '../src/meetings/meeting.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { PersonEntity } from '../src/people/person.entity';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aGroupWithCoordinator, aMeeting, worksFor } from './meeting-fixtures';

const MEETING_FIELDS = `id title groupId kind startsAt endsAt timezone place onlineUrl isPublic cancelledAt canManage
  agenda { position title presenter { fullName } }
  invitations { person { id fullName } organisation { name } reply attendance }
  myInvitation { reply }
  guests { fullName organisation { name } organisationName }
  minutes { body status version }
  decisions { position text }
  attendanceSummary { invited attending present excused absent guests }`;

const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id title } }`;
const CANCEL = `mutation($id: ID!) { cancelMeeting(id: $id) { id cancelledAt } }`;
const INVITE = `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { attendanceSummary { invited } } }`;
const REPLY = `mutation($input: ReplyToInvitationInput!) { replyToInvitation(input: $input) { reply repliedAt } }`;
const ATTENDANCE = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${MEETING_FIELDS} } }`;
const ADD_GUEST = `mutation($input: AddMeetingGuestInput!) { addMeetingGuest(input: $input) { id fullName organisationName } }`;
const REMOVE_GUEST = `mutation($input: RemoveMeetingGuestInput!) { removeMeetingGuest(input: $input) }`;
const SAVE_MINUTES = `mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { body status version updatedBy { fullName } } }`;
const PUBLISH_MINUTES = `mutation($input: PublishMinutesInput!) { publishMinutes(input: $input) { status version publishedAt } }`;
const ADD_DECISION = `mutation($input: AddDecisionInput!) { addDecision(input: $input) { id position text } }`;
const REMOVE_DECISION = `mutation($input: RemoveDecisionInput!) { removeDecision(input: $input) }`;
const SET_AGENDA = `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { agenda { position title presenter { fullName } } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const PUBLIC_MEETING = `query($areaSlug: String!, $id: ID!) { publicMeeting(areaSlug: $areaSlug, id: $id) { ${MEETING_FIELDS} } }`;
const PUBLIC_MEETINGS = `query($areaSlug: String!, $past: Boolean) { publicMeetings(areaSlug: $areaSlug, past: $past) { total items { id title } } }`;

interface MeetingData {
  id: string;
  title: string;
  canManage: boolean;
  cancelledAt: string | null;
  agenda: { position: number; title: string; presenter: { fullName: string } | null }[];
  invitations: { person: { id: string; fullName: string }; organisation: { name: string } | null; reply: string; attendance: string | null }[];
  myInvitation: { reply: string } | null;
  guests: { fullName: string; organisation: { name: string } | null; organisationName: string | null }[];
  minutes: { body: string; status: string; version: number } | null;
  decisions: { position: number; text: string }[];
  attendanceSummary: { invited: number; attending: number; present: number; excused: number; absent: number; guests: number };
}

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

describe('meetings', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let group: WorkingGroupEntity;
  let groupCoordinator: User;
  let eva: User;
  let petr: PersonEntity;
  let outsider: User;
  let charity: OrganisationEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    ({ group, groupCoordinator } = await aGroupWithCoordinator(t, area));
    eva = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Eva Nováková' });
    petr = await t.fixtures.person(area, { fullName: 'Petr Svoboda' });
    outsider = await t.fixtures.user(area, [AreaRole.MEMBER]);
    charity = await t.fixtures.organisation(area, { name: 'Charita Plzeň' });
    await t.fixtures.membership(group, eva.person);
    await t.fixtures.membership(group, petr);
    await worksFor(t, eva.person, charity, '2020-01-01');
  });
  afterAll(() => t.stop());

  it('runs a meeting from scheduling to public minutes', async () => {
    const startsAt = inDays(10);
    const created = await groupCoordinator.client.ok<{ createMeeting: MeetingData & { timezone: string } }>(CREATE, {
      input: {
        groupId: group.id,
        kind: 'WORKING_GROUP',
        title: '3. jednání PS Senioři',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000).toISOString(),
        place: 'Magistrát, zasedací místnost 1',
        isPublic: true,
        agenda: [{ title: 'Zahájení' }, { title: 'Odlehčovací služby', presenterId: eva.person.id, durationMinutes: 30 }],
      },
    });
    const meeting = created.createMeeting;
    expect(meeting.timezone).toBe('Europe/Prague');
    expect(meeting.canManage).toBe(true);
    expect(meeting.agenda).toEqual([
      { position: 1, title: 'Zahájení', presenter: null },
      { position: 2, title: 'Odlehčovací služby', presenter: { fullName: 'Eva Nováková' } },
    ]);

    // Inviting the group twice invites each member once.
    await groupCoordinator.client.ok(INVITE, { input: { meetingId: meeting.id, groupId: group.id } });
    const invited = await groupCoordinator.client.ok<{ inviteToMeeting: { attendanceSummary: { invited: number } } }>(INVITE, {
      input: { meetingId: meeting.id, groupId: group.id },
    });
    expect(invited.inviteToMeeting.attendanceSummary.invited).toBe(3);

    const reply = await eva.client.ok<{ replyToInvitation: { reply: string; repliedAt: string } }>(REPLY, {
      input: { meetingId: meeting.id, reply: 'ATTEND' },
    });
    expect(reply.replyToInvitation.reply).toBe('ATTEND');

    const recorded = await groupCoordinator.client.ok<{ recordAttendance: MeetingData }>(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [
          { personId: eva.person.id, attendance: 'PRESENT' },
          { personId: petr.id, attendance: 'EXCUSED' },
          { personId: groupCoordinator.person.id, attendance: 'PRESENT' },
        ],
      },
    });
    const evaInvitation = recorded.recordAttendance.invitations.find((i) => i.person.id === eva.person.id);
    // Eva's organisation on the meeting day is filled in by itself.
    expect(evaInvitation).toMatchObject({ reply: 'ATTEND', attendance: 'PRESENT', organisation: { name: 'Charita Plzeň' } });
    expect(recorded.recordAttendance.invitations.map((i) => i.person.fullName)).toEqual(
      [...recorded.recordAttendance.invitations.map((i) => i.person.fullName)].sort((a, b) => a.localeCompare(b, 'en')),
    );

    const guest = await groupCoordinator.client.ok<{ addMeetingGuest: { id: string } }>(ADD_GUEST, {
      input: { meetingId: meeting.id, fullName: 'Jana Hostová', organisationName: 'Spolek Naděje' },
    });
    const extra = await groupCoordinator.client.ok<{ addMeetingGuest: { id: string } }>(ADD_GUEST, {
      input: { meetingId: meeting.id, fullName: 'Omylem Zapsaný' },
    });
    await groupCoordinator.client.ok(REMOVE_GUEST, { input: { meetingId: meeting.id, guestId: extra.addMeetingGuest.id } });
    expect(guest.addMeetingGuest.id).toBeDefined();

    const saved = await groupCoordinator.client.ok<{ saveMinutes: { version: number; updatedBy: { fullName: string } } }>(SAVE_MINUTES, {
      input: { meetingId: meeting.id, body: '# Zápis\n\nPřítomni dle prezenční listiny.', expectedVersion: 0 },
    });
    expect(saved.saveMinutes.version).toBe(1);
    expect(saved.saveMinutes.updatedBy.fullName).toBe(groupCoordinator.person.fullName);

    // The area coordinator edited from version 0 too: refused, and the text stays.
    const stale = await coordinator.client.withLocale('en').error(SAVE_MINUTES, {
      input: { meetingId: meeting.id, body: 'Jiný text', expectedVersion: 0 },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toContain('version 1');

    const published = await coordinator.client.ok<{ publishMinutes: { status: string; version: number; publishedAt: string } }>(
      PUBLISH_MINUTES,
      { input: { meetingId: meeting.id, expectedVersion: 1 } },
    );
    expect(published.publishMinutes.status).toBe('PUBLISHED');
    expect(published.publishMinutes.publishedAt).toBeTruthy();
    const afterPublication = await groupCoordinator.client.error(SAVE_MINUTES, {
      input: { meetingId: meeting.id, body: 'Oprava', expectedVersion: 1 },
    });
    expect(afterPublication.extensions?.code).toBe('CONFLICT');
    expect(afterPublication.message).toBe('Zápis je už zveřejněný.');

    const first = await groupCoordinator.client.ok<{ addDecision: { id: string; position: number } }>(ADD_DECISION, {
      input: { meetingId: meeting.id, text: 'PS doporučuje záměr Charity.' },
    });
    const second = await groupCoordinator.client.ok<{ addDecision: { position: number } }>(ADD_DECISION, {
      input: { meetingId: meeting.id, text: 'Příští jednání v dubnu.' },
    });
    expect([first.addDecision.position, second.addDecision.position]).toEqual([1, 2]);
    await groupCoordinator.client.ok(REMOVE_DECISION, { input: { meetingId: meeting.id, decisionId: first.addDecision.id } });

    // What the organiser sees.
    const full = (await groupCoordinator.client.ok<{ meeting: MeetingData }>(MEETING, { id: meeting.id })).meeting;
    expect(full.guests).toEqual([{ fullName: 'Jana Hostová', organisation: null, organisationName: 'Spolek Naděje' }]);
    expect(full.decisions).toEqual([{ position: 1, text: 'Příští jednání v dubnu.' }]);
    expect(full.attendanceSummary).toEqual({ invited: 3, attending: 1, present: 2, excused: 1, absent: 0, guests: 1 });
    expect(full.minutes).toMatchObject({ status: 'PUBLISHED', version: 1 });

    // A member of the group sees the invitations and her own, but not the guests.
    const asEva = (await eva.client.ok<{ meeting: MeetingData }>(MEETING, { id: meeting.id })).meeting;
    expect(asEva.canManage).toBe(false);
    expect(asEva.invitations).toHaveLength(3);
    expect(asEva.myInvitation).toEqual({ reply: 'ATTEND' });
    expect(asEva.guests).toEqual([]);

    // A member of the area outside the group sees the meeting and its published minutes only.
    const asOutsider = (await outsider.client.ok<{ meeting: MeetingData }>(MEETING, { id: meeting.id })).meeting;
    expect(asOutsider.invitations).toEqual([]);
    expect(asOutsider.guests).toEqual([]);
    expect(asOutsider.myInvitation).toBeNull();
    expect(asOutsider.minutes?.status).toBe('PUBLISHED');

    // The public reads the published minutes without login; nobody's attendance shows.
    const asPublic = (await t.anonymous().ok<{ publicMeeting: MeetingData }>(PUBLIC_MEETING, { areaSlug: area.slug, id: meeting.id }))
      .publicMeeting;
    expect(asPublic.minutes?.body).toContain('Přítomni dle prezenční listiny.');
    expect(asPublic.invitations).toEqual([]);
    expect(asPublic.guests).toEqual([]);
    expect(asPublic.canManage).toBe(false);
    // Even a logged-in coordinator gets the public view through the public query.
    const coordinatorPublic = await coordinator.client.ok<{ publicMeeting: MeetingData }>(PUBLIC_MEETING, {
      areaSlug: area.slug,
      id: meeting.id,
    });
    expect(coordinatorPublic.publicMeeting.invitations).toEqual([]);
    const list = await t.anonymous().ok<{ publicMeetings: { items: { id: string }[] } }>(PUBLIC_MEETINGS, { areaSlug: area.slug });
    expect(list.publicMeetings.items.map((m) => m.id)).toContain(meeting.id);

    // Statistics count the meeting; the CSV and the calendar file download.
    const day = startsAt.toISOString().slice(0, 10);
    const stats = await coordinator.client.ok<{ participationStatistics: { meetings: number; present: number; guests: number } }>(
      `query($from: String!, $to: String!, $groupId: ID) { participationStatistics(from: $from, to: $to, groupId: $groupId) { meetings present guests } }`,
      { from: day, to: day, groupId: group.id },
    );
    expect(stats.participationStatistics).toEqual({ meetings: 1, present: 2, guests: 1 });
    const csv = await coordinator.client.get(`/api/statistics.csv?area=${area.slug}&from=${day}&to=${day}&groupId=${group.id}`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Celkem;1;3;2;3;2;1;66,67;6');
    const ics = await t.anonymous().get(`/calendar/meetings/${meeting.id}.ics?area=${area.slug}`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain(`UID:${meeting.id}@komplan`);
  });

  it('refuses an end before the start, naming the field in the requester’s language', async () => {
    const before = await t.db.getRepository(MeetingEntity).count();
    const input = {
      kind: 'PUBLIC_FORUM',
      title: 'Veřejné fórum',
      startsAt: inDays(5).toISOString(),
      endsAt: inDays(4).toISOString(),
    };
    const cs = await coordinator.client.withLocale('cs').error(CREATE, { input });
    const en = await coordinator.client.withLocale('en').error(CREATE, { input });
    expect(cs.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
    expect(cs.message).toBe('„Konec“ musí být později než začátek.');
    expect(en.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
    expect(en.message).toBe('“End” must be later than the start.');
    expect(await t.db.getRepository(MeetingEntity).count()).toBe(before);
  });

  it('refuses an end moved before the stored start', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).at(inDays(3)).build();
    const error = await groupCoordinator.client.error(UPDATE, { input: { id: meeting.id, endsAt: inDays(2).toISOString() } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endsAt' });
    const stored = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    expect(stored.endsAt.getTime()).toBe(meeting.endsAt.getTime());
  });

  it('validates the online link and the capacity', async () => {
    const base = { kind: 'TRAINING', title: 'Školení', startsAt: inDays(5).toISOString(), endsAt: inDays(5.1).toISOString() };
    const url = await coordinator.client.error(CREATE, { input: { ...base, onlineUrl: 'not a link' } });
    expect(url.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.onlineUrl' });
    const capacity = await coordinator.client.error(CREATE, { input: { ...base, capacity: 0 } });
    expect(capacity.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
    const zone = await coordinator.client.error(CREATE, { input: { ...base, timezone: 'Mars/Olympus' } });
    expect(zone.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.timezone' });
  });

  it('refuses invitations to an archived group and unknown people, storing nothing', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).build();
    const archived = await t.fixtures.group(area, { archivedAt: new Date() });
    await t.fixtures.membership(archived, petr);
    const error = await groupCoordinator.client.error(INVITE, { input: { meetingId: meeting.id, groupId: archived.id } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.groupId' });
    expect(error.message).toBe('Skupina je archivovaná, nelze ji měnit ani na ni zvát.');

    const stranger = await t.fixtures.person(await t.fixtures.area());
    const unknown = await groupCoordinator.client.error(INVITE, {
      input: { meetingId: meeting.id, personIds: [eva.person.id, stranger.id] },
    });
    expect(unknown.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.personIds.1' });
    expect(unknown.message).toBe('Osoba v tomto území neexistuje.');
    expect(await t.db.getRepository(MeetingInvitationEntity).countBy({ meetingId: meeting.id })).toBe(0);
  });

  it('refuses a meeting in an archived group', async () => {
    const archived = await t.fixtures.group(area, { archivedAt: new Date() });
    const error = await coordinator.client.error(CREATE, {
      input: { groupId: archived.id, kind: 'WORKING_GROUP', title: 'X', startsAt: inDays(5).toISOString(), endsAt: inDays(5.1).toISOString() },
    });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.groupId' });
  });

  it('lets only invitees reply', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).invite(petr).build();
    const error = await outsider.client.error(REPLY, { input: { meetingId: meeting.id, reply: 'ATTEND' } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    // A member of the group who is not invited is refused as well.
    const notInvited = await eva.client.error(REPLY, { input: { meetingId: meeting.id, reply: 'ATTEND' } });
    expect(notInvited.extensions?.code).toBe('FORBIDDEN');
    const stored = await t.db.getRepository(MeetingInvitationEntity).findBy({ meetingId: meeting.id });
    expect(stored.map((i) => i.reply)).toEqual([InvitationReply.PENDING]);
  });

  it('refuses attending beyond the capacity', async () => {
    const other = await t.fixtures.user(area);
    const meeting = await aMeeting(t, area)
      .with({ capacity: 1 })
      .invite(petr, { reply: InvitationReply.ATTEND })
      .invite(other.person)
      .build();
    const error = await other.client.withLocale('en').error(REPLY, { input: { meetingId: meeting.id, reply: 'ATTEND' } });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toBe("The meeting's capacity (1) is full.");
    await other.client.ok(REPLY, { input: { meetingId: meeting.id, reply: 'MAYBE' } });
  });

  it('records attendance only of invitees, all or nothing', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).invite(petr).build();
    const error = await groupCoordinator.client.error(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [
          { personId: petr.id, attendance: 'PRESENT' },
          { personId: outsider.person.id, attendance: 'PRESENT' },
        ],
      },
    });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.entries.1.personId' });
    expect(error.message).toBe('Osoba není na jednání pozvána.');
    const stored = await t.db.getRepository(MeetingInvitationEntity).findOneByOrFail({ meetingId: meeting.id, personId: petr.id });
    expect(stored.attendance).toBeNull();
  });

  it('takes the organisation valid on the meeting day, or the one given', async () => {
    const earlier = await t.fixtures.organisation(area, { name: `Dřívější ${Date.now()}` });
    const later = await t.fixtures.organisation(area, { name: `Pozdější ${Date.now()}` });
    const person = await t.fixtures.person(area);
    await worksFor(t, person, earlier, '2020-01-01', '2024-03-09');
    await worksFor(t, person, later, '2024-03-10');
    // 23:30 UTC on 9 March is already 10 March in Prague.
    const meeting = await aMeeting(t, area).inGroup(group).at('2024-03-09T23:30:00Z').invite(person).invite(petr).build();
    const result = await groupCoordinator.client.ok<{ recordAttendance: MeetingData }>(ATTENDANCE, {
      input: {
        meetingId: meeting.id,
        entries: [
          { personId: person.id, attendance: 'PRESENT' },
          { personId: petr.id, attendance: 'ABSENT', organisationId: earlier.id },
        ],
      },
    });
    const byId = new Map(result.recordAttendance.invitations.map((i) => [i.person.id, i]));
    expect(byId.get(person.id)?.organisation?.name).toBe(later.name);
    expect(byId.get(petr.id)).toMatchObject({ attendance: 'ABSENT', organisation: { name: earlier.name } });
  });

  it('refuses every change of a cancelled meeting', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).invite(petr).invite(eva.person).build();
    await groupCoordinator.client.ok(CANCEL, { id: meeting.id });
    const attempts: [string, Record<string, unknown>, User][] = [
      [UPDATE, { input: { id: meeting.id, title: 'Nový název' } }, groupCoordinator],
      [CANCEL, { id: meeting.id }, groupCoordinator],
      [SET_AGENDA, { input: { meetingId: meeting.id, items: [{ title: 'Bod' }] } }, groupCoordinator],
      [INVITE, { input: { meetingId: meeting.id, personIds: [outsider.person.id] } }, groupCoordinator],
      [ATTENDANCE, { input: { meetingId: meeting.id, entries: [{ personId: petr.id, attendance: 'PRESENT' }] } }, groupCoordinator],
      [ADD_GUEST, { input: { meetingId: meeting.id, fullName: 'Host' } }, groupCoordinator],
      [SAVE_MINUTES, { input: { meetingId: meeting.id, body: 'Zápis', expectedVersion: 0 } }, groupCoordinator],
      [ADD_DECISION, { input: { meetingId: meeting.id, text: 'Usnesení' } }, groupCoordinator],
      [REPLY, { input: { meetingId: meeting.id, reply: 'ATTEND' } }, eva],
    ];
    for (const [document, variables, user] of attempts) {
      const error = await user.client.error(document, variables);
      expect({ document, code: error.extensions?.code, message: error.message }).toEqual({
        document,
        code: 'CONFLICT',
        message: 'Jednání je zrušené.',
      });
    }
    const stored = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    expect(stored.title).toBe(meeting.title);
    expect(await t.db.getRepository(AgendaItemEntity).countBy({ meetingId: meeting.id })).toBe(0);
    expect(await t.db.getRepository(MeetingInvitationEntity).countBy({ meetingId: meeting.id })).toBe(2);
    // A cancelled meeting is not on the public portal.
    await t.db.getRepository(MeetingEntity).update(meeting.id, { isPublic: true });
    const asPublic = await t.anonymous().ok<{ publicMeeting: unknown }>(PUBLIC_MEETING, { areaSlug: area.slug, id: meeting.id });
    expect(asPublic.publicMeeting).toBeNull();
  });

  it('replaces the agenda and checks presenters', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).agendaItem('Starý bod').build();
    const result = await groupCoordinator.client.ok<{ setAgenda: { agenda: MeetingData['agenda'] } }>(SET_AGENDA, {
      input: { meetingId: meeting.id, items: [{ title: 'První', presenterId: eva.person.id }, { title: 'Druhý' }] },
    });
    expect(result.setAgenda.agenda).toEqual([
      { position: 1, title: 'První', presenter: { fullName: 'Eva Nováková' } },
      { position: 2, title: 'Druhý', presenter: null },
    ]);
    const stranger = await t.fixtures.person(await t.fixtures.area());
    const error = await groupCoordinator.client.error(SET_AGENDA, {
      input: { meetingId: meeting.id, items: [{ title: 'Jiný', presenterId: stranger.id }] },
    });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.items.0.presenterId' });
    expect(await t.db.getRepository(AgendaItemEntity).countBy({ meetingId: meeting.id })).toBe(2);
  });

  it('shows draft minutes to organisers only', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).invite(eva.person).minutes('Rozpracováno').build();
    const asOrganiser = await groupCoordinator.client.ok<{ meeting: MeetingData }>(MEETING, { id: meeting.id });
    expect(asOrganiser.meeting.minutes?.status).toBe(MinutesStatus.DRAFT);
    const asInvitee = await eva.client.ok<{ meeting: MeetingData }>(MEETING, { id: meeting.id });
    expect(asInvitee.meeting.minutes).toBeNull();
  });

  it('lists the viewer’s upcoming meetings', async () => {
    const person = await t.fixtures.user(area);
    const otherGroup = await t.fixtures.group(area);
    await t.fixtures.membership(otherGroup, person.person);
    const invited = await aMeeting(t, area).at(inDays(2)).invite(person.person).build();
    const ofGroup = await aMeeting(t, area).inGroup(otherGroup).at(inDays(1)).build();
    await aMeeting(t, area).inGroup(otherGroup).at(inDays(3)).with({ cancelledAt: new Date() }).build();
    await aMeeting(t, area).inGroup(otherGroup).at(inDays(-3)).build();
    await aMeeting(t, area).at(inDays(1)).build();
    const data = await person.client.ok<{ myUpcomingMeetings: { id: string }[] }>(`{ myUpcomingMeetings { id } }`);
    expect(data.myUpcomingMeetings.map((m) => m.id)).toEqual([ofGroup.id, invited.id]);
  });

  it('filters and pages the meetings of the area', async () => {
    const own = await t.fixtures.group(area);
    const a = await aMeeting(t, area).inGroup(own).at('2031-05-01T08:00:00Z').build();
    const b = await aMeeting(t, area).inGroup(own).at('2031-05-02T08:00:00Z').build();
    await aMeeting(t, area).inGroup(own).at('2031-06-01T08:00:00Z').build();
    const query = `query($filter: MeetingFilter, $pageSize: Int) { meetings(filter: $filter, pageSize: $pageSize) { total items { id } } }`;
    const data = await outsider.client.ok<{ meetings: { total: number; items: { id: string }[] } }>(query, {
      filter: { groupId: own.id, from: '2031-04-30T00:00:00Z', to: '2031-05-31T00:00:00Z' },
      pageSize: 1,
    });
    expect(data.meetings.total).toBe(2);
    expect(data.meetings.items.map((m) => m.id)).toEqual([a.id]);
    const bad = await outsider.client.error(query, { filter: { groupId: 'nope' } });
    expect(bad.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.groupId' });
    expect(b.id).toBeDefined();
  });

  it('keeps meetings of one area away from another area’s coordinator', async () => {
    const otherArea = await t.fixtures.area();
    const stranger = await t.fixtures.user(otherArea, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    const meeting = await aMeeting(t, area).inGroup(group).invite(petr).build();

    const fromOwnArea = await stranger.client.ok<{ meeting: unknown }>(MEETING, { id: meeting.id });
    expect(fromOwnArea.meeting).toBeNull();
    const namingOurs = await stranger.client.withArea(area.slug).error(MEETING, { id: meeting.id });
    expect(namingOurs.extensions?.code).toBe('FORBIDDEN');

    for (const client of [stranger.client, stranger.client.withArea(area.slug)]) {
      const update = await client.error(UPDATE, { input: { id: meeting.id, title: 'Převzato' } });
      expect(update.extensions?.code).toBe('FORBIDDEN');
      const attendance = await client.error(ATTENDANCE, {
        input: { meetingId: meeting.id, entries: [{ personId: petr.id, attendance: 'PRESENT' }] },
      });
      expect(attendance.extensions?.code).toBe('FORBIDDEN');
    }
    const stored = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    expect(stored.title).toBe(meeting.title);
    const list = await stranger.client.ok<{ meetings: { items: { id: string }[] } }>(`{ meetings(pageSize: 200) { items { id } } }`);
    expect(list.meetings.items.map((m) => m.id)).not.toContain(meeting.id);
  });

  it('moves a meeting only to a group the viewer coordinates', async () => {
    const meeting = await aMeeting(t, area).inGroup(group).build();
    const foreign = await t.fixtures.group(area);
    const refused = await groupCoordinator.client.error(UPDATE, { input: { id: meeting.id, groupId: foreign.id } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    await t.fixtures.membership(foreign, groupCoordinator.person, GroupRole.COORDINATOR);
    await groupCoordinator.client.ok(UPDATE, { input: { id: meeting.id, groupId: foreign.id, title: 'Přesunuto' } });
    const stored = await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    expect({ groupId: stored.groupId, title: stored.title }).toEqual({ groupId: foreign.id, title: 'Přesunuto' });
  });

  it('loads a list of meetings with a constant number of SQL statements (no N+1)', async () => {
    const listArea = await t.fixtures.area();
    const boss = await t.fixtures.user(listArea, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    const listGroup = await t.fixtures.group(listArea);
    const organisation = await t.fixtures.organisation(listArea);
    let created = 0;
    const createMeetings = async (count: number) => {
      for (let i = 0; i < count; i += 1, created += 1) {
        const presenter = await t.fixtures.person(listArea);
        const invitee = await t.fixtures.person(listArea);
        await aMeeting(t, listArea)
          .inGroup(listGroup)
          .at(new Date(Date.UTC(2032, 0, 1, 8) + created * 3600 * 1000))
          .agendaItem('Bod', presenter)
          .invite(invitee, { attendance: Attendance.PRESENT, organisation })
          .invite(presenter, { reply: InvitationReply.ATTEND })
          .guest('Host', 'Spolek')
          .decision('Usnesení')
          .minutes('Zápis', MinutesStatus.PUBLISHED)
          .build();
      }
    };
    const query = `{ meetings(pageSize: 200) { total items { title group { name } agenda { title presenter { fullName } }
      invitations { person { fullName } organisation { name } reply attendance } minutes { status } decisions { text }
      attendanceSummary { present } canManage } } }`;
    const countFor = async () => {
      await boss.client.ok(`{ me { account { id } } }`); // warm the session so both runs start alike
      const before = t.queryCount;
      const data = await boss.client.ok<{ meetings: { total: number; items: { invitations: unknown[]; canManage: boolean }[] } }>(query);
      const statements = t.queryCount - before;
      expect(data.meetings.items.every((m) => m.invitations.length === 2 && m.canManage)).toBe(true);
      return { statements, total: data.meetings.total };
    };

    await createMeetings(10);
    const ten = await countFor();
    await createMeetings(190);
    const twoHundred = await countFor();
    console.log('SQL statements for meetings list: 10 →', ten.statements, '; 200 →', twoHundred.statements);
    expect([ten.total, twoHundred.total]).toEqual([10, 200]);
    expect(twoHundred.statements).toBe(ten.statements);
  });
});
