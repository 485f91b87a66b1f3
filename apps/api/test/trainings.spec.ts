import { AreaEntity } from '../src/areas/area.entity';
import { GroupRole } from '../src/groups/group.enums';
import { MeetingInvitationEntity } from '../src/meetings/meeting-invitation.entity';
import { Attendance, InvitationReply, MeetingKind } from '../src/meetings/meeting.enums';
import { AreaRole } from '../src/people/area-role.enum';
import { durationHours } from '../src/trainings/certificate.service';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aMeeting } from './meeting-fixtures';
import { inflatePdf, pdfPages, plain } from './pdf-text';

const REGISTER = `mutation($input: MeetingRegistrationInput!) { registerForMeeting(input: $input) { id reply } }`;
const CANCEL = `mutation($input: MeetingRegistrationInput!) { cancelMeetingRegistration(input: $input) { id reply } }`;
const SET_REGISTRATION = `mutation($input: SetMeetingRegistrationInput!) {
  setMeetingRegistration(input: $input) { id registrationOpen registrationDeadline registrationAvailable } }`;
const TRAININGS = `query($past: Boolean) { trainings(past: $past) { total items { id title kind capacity registered freePlaces registrationAvailable myInvitation { reply } } } }`;
const MY_TRAININGS = `{ myTrainings { total items { id title myInvitation { reply attendance } } } }`;

const inDays = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 24 * 3600 * 1000);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};

async function pdfText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  const pdf = Buffer.from(await response.arrayBuffer());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfPages(inflatePdf(pdf)).map(plain).join('\n').replace(/\s+/g, ' ');
}

describe('trainings: registration and certificates', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let member: User;
  let other: User;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ name: 'Statutární město Plzeň', timezone: 'Europe/Prague' });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Jana Účastnická' });
    other = await t.fixtures.user(area, [AreaRole.PROVIDER]);
  });
  afterAll(() => t.stop());

  const aTraining = (overrides: Parameters<ReturnType<typeof aMeeting>['with']>[0] = {}) =>
    aMeeting(t, area)
      .with({ kind: MeetingKind.TRAINING, title: 'Školení: Zákon o sociálních službách', registrationOpen: true, capacity: 2, ...overrides })
      .at(inDays(10), 3)
      .build();

  it('lets people of the area register themselves while places are free, and shows the places drop', async () => {
    const training = await aTraining();
    const before = await member.client.ok<{ trainings: { items: { id: string; freePlaces: number; registered: number; registrationAvailable: boolean }[] } }>(TRAININGS);
    expect(before.trainings.items.find((item) => item.id === training.id)).toMatchObject({ freePlaces: 2, registered: 0, registrationAvailable: true });

    const registration = await member.client.ok<{ registerForMeeting: { reply: string } }>(REGISTER, { input: { meetingId: training.id } });
    expect(registration.registerForMeeting.reply).toBe('ATTEND');
    // Registering twice takes one place.
    await member.client.ok(REGISTER, { input: { meetingId: training.id } });
    await other.client.ok(REGISTER, { input: { meetingId: training.id } });

    const after = await member.client.ok<{ trainings: { items: { id: string; freePlaces: number; registered: number; myInvitation: { reply: string } } [] } }>(TRAININGS);
    expect(after.trainings.items.find((item) => item.id === training.id)).toMatchObject({ freePlaces: 0, registered: 2, myInvitation: { reply: 'ATTEND' } });

    const full = await coordinator.client.error(REGISTER, { input: { meetingId: training.id } });
    expect(full).toMatchObject({ extensions: { code: 'CONFLICT', field: 'input.meetingId' }, message: 'Všechna místa (2) jsou obsazena.' });

    // Cancelling gives the place back.
    expect((await member.client.ok<{ cancelMeetingRegistration: { reply: string } }>(CANCEL, { input: { meetingId: training.id } })).cancelMeetingRegistration.reply).toBe('DECLINE');
    await coordinator.client.ok(REGISTER, { input: { meetingId: training.id } });
    const notRegistered = await member.client.error(CANCEL, { input: { meetingId: training.id } });
    expect(notRegistered.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.meetingId' });
  });

  it('refuses registration that is closed, past its deadline, for a cancelled meeting, or after the start — with translated messages', async () => {
    const closed = await aTraining({ registrationOpen: false });
    expect(await member.client.error(REGISTER, { input: { meetingId: closed.id } })).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'Registrace na toto setkání není otevřená.',
    });
    const late = await aTraining({ registrationDeadline: new Date(Date.now() - 60_000) });
    expect(await member.client.withLocale('en').error(REGISTER, { input: { meetingId: late.id } })).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'Registration for this meeting has ended.',
    });
    const cancelled = await aTraining({ cancelledAt: new Date() });
    expect((await member.client.error(REGISTER, { input: { meetingId: cancelled.id } })).extensions?.code).toBe('CONFLICT');
    const started = await aMeeting(t, area).with({ kind: MeetingKind.SEMINAR, registrationOpen: true }).at(new Date(Date.now() - 3600_000), 3).build();
    expect((await member.client.withLocale('pl').error(REGISTER, { input: { meetingId: started.id } })).message).toBe('Rejestracja na to spotkanie już się zakończyła.');
    const workingGroup = await aMeeting(t, area).with({ registrationOpen: true }).at(inDays(5)).build();
    expect((await member.client.error(REGISTER, { input: { meetingId: workingGroup.id } })).extensions?.code).toBe('CONFLICT');
    // Nothing was stored for any of them.
    expect(await t.db.getRepository(MeetingInvitationEntity).countBy({ personId: member.person.id, meetingId: closed.id })).toBe(0);
  });

  it('fills exactly the capacity when 30 people register at once for 10 places', async () => {
    const training = await aTraining({ capacity: 10 });
    const people: User[] = [];
    for (let i = 0; i < 30; i++) people.push(await t.fixtures.user(area, [AreaRole.MEMBER]));
    const results = await Promise.all(people.map((person) => person.client.request(REGISTER, { input: { meetingId: training.id } })));
    const succeeded = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect({ succeeded: succeeded.length, refused: refused.length }).toEqual({ succeeded: 10, refused: 20 });
    expect(await t.db.getRepository(MeetingInvitationEntity).countBy({ meetingId: training.id, reply: InvitationReply.ATTEND })).toBe(10);
  });

  it('lets the organiser open registration with a deadline, only for trainings, seminars and workshops', async () => {
    const group = await t.fixtures.group(area);
    const groupCoordinator = await t.fixtures.groupCoordinator(area, group);
    const seminar = await aMeeting(t, area).inGroup(group).with({ kind: MeetingKind.SEMINAR }).at(inDays(20)).build();
    const deadline = inDays(18);
    const opened = await groupCoordinator.client.ok<{ setMeetingRegistration: Record<string, unknown> }>(SET_REGISTRATION, {
      input: { meetingId: seminar.id, open: true, deadline: deadline.toISOString() },
    });
    expect(opened.setMeetingRegistration).toMatchObject({ registrationOpen: true, registrationDeadline: deadline.toISOString(), registrationAvailable: true });
    const afterStart = await groupCoordinator.client.error(SET_REGISTRATION, { input: { meetingId: seminar.id, open: true, deadline: inDays(25).toISOString() } });
    expect(afterStart.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.deadline' });
    const meeting = await aMeeting(t, area).inGroup(group).at(inDays(20)).build();
    expect((await groupCoordinator.client.error(SET_REGISTRATION, { input: { meetingId: meeting.id, open: true } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await member.client.error(SET_REGISTRATION, { input: { meetingId: seminar.id, open: false } })).extensions?.code).toBe('FORBIDDEN');
    // The organiser sees the registrations in the meeting's invitations; the attendance register takes them.
    await member.client.ok(REGISTER, { input: { meetingId: seminar.id } });
    const seen = await groupCoordinator.client.ok<{ meeting: { invitations: { reply: string; person: { fullName: string } }[] } }>(
      `query($id: ID!) { meeting(id: $id) { invitations { reply person { fullName } } } }`,
      { id: seminar.id },
    );
    expect(seen.meeting.invitations).toEqual([{ reply: 'ATTEND', person: { fullName: 'Jana Účastnická' } }]);
  });

  describe('certificate of attendance', () => {
    let trainingId: string;
    let absent: User;

    beforeAll(async () => {
      absent = await t.fixtures.user(area, [AreaRole.MEMBER]);
      const charity = await t.fixtures.organisation(area, { name: 'Diakonie Západ' });
      const group = await t.fixtures.group(area, { name: 'PS Senioři' });
      await t.fixtures.membership(group, coordinator.person, GroupRole.COORDINATOR);
      const training = await aMeeting(t, area)
        .inGroup(group)
        .with({ kind: MeetingKind.TRAINING, title: 'Školení: Standardy kvality', place: 'Magistrát, učebna 2' })
        .at('2026-03-10T08:00:00Z', 4.5)
        .invite(member.person, { reply: InvitationReply.ATTEND, attendance: Attendance.PRESENT, organisation: charity })
        .invite(absent.person, { reply: InvitationReply.ATTEND, attendance: Attendance.ABSENT })
        .build();
      trainingId = training.id;
    });

    const url = (person?: string) => `/api/meetings/${trainingId}/certificate.pdf?area=${area.slug}${person ? `&person=${person}` : ''}`;

    it('is a PDF with the name, the training, its date, hours, organiser and a certificate number, in the requester’s language', async () => {
      const response = await member.client.get(url());
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="komplan-osvedceni-[0-9a-f]{8}\.pdf"$/);
      const text = await pdfText(response);
      expect(text).toContain('Osvědčení o účasti');
      expect(text).toContain('Jana Účastnická');
      expect(text).toContain('Diakonie Západ');
      expect(text).toContain('Školení: Standardy kvality');
      expect(text).toContain('10. 3. 2026');
      expect(text).toContain('4,5 hod.');
      expect(text).toContain('PS Senioři, Statutární město Plzeň');
      expect(text).toMatch(/Číslo osvědčení: 2026\/[0-9A-F]{10}/);
      const english = await pdfText(await member.client.withLocale('en').get(url()));
      expect(english).toContain('Certificate of attendance');
      expect(english).toContain('4.5 hours');
    });

    it('is refused to people not recorded present, and to others asking for someone else’s', async () => {
      const refused = await absent.client.get(url());
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ message: 'Osvědčení o účasti dostávají jen účastníci zapsaní jako přítomní.' });
      expect((await absent.client.get(url(member.person.id))).status).toBe(403);
      // The organiser downloads anyone's; a person of another area gets nothing.
      expect(await pdfText(await coordinator.client.get(url(member.person.id)))).toContain('Jana Účastnická');
      expect((await coordinator.client.get(url(absent.person.id))).status).toBe(403);
      const elsewhere = await t.fixtures.area();
      const stranger = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR]);
      expect((await stranger.client.get(`/api/meetings/${trainingId}/certificate.pdf?area=${elsewhere.slug}`)).status).toBe(403);
      expect((await t.anonymous().get(url())).status).toBe(401);
    });

    it('lists the viewer’s trainings with their attendance', async () => {
      const mine = await member.client.ok<{ myTrainings: { items: { id: string; myInvitation: { attendance: string | null } }[] } }>(MY_TRAININGS);
      expect(mine.myTrainings.items.find((item) => item.id === trainingId)?.myInvitation.attendance).toBe('PRESENT');
      const past = await member.client.ok<{ trainings: { items: { id: string }[] } }>(TRAININGS, { past: true });
      expect(past.trainings.items.map((item) => item.id)).toContain(trainingId);
    });
  });

  it('counts duration hours exactly', () => {
    const start = new Date('2026-03-10T08:00:00Z');
    expect(durationHours(start, new Date('2026-03-10T14:00:00Z'))).toBe('6');
    expect(durationHours(start, new Date('2026-03-10T09:30:00Z'))).toBe('1.5');
    expect(durationHours(start, new Date('2026-03-10T08:45:00Z'))).toBe('0.75');
  });
});
