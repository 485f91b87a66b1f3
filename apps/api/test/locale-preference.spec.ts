import { AreaEntity } from '../src/areas/area.entity';
import { AccountEntity } from '../src/auth/account.entity';
import { MeetingEntity } from '../src/meetings/meeting.entity';
import { PersonEntity } from '../src/people/person.entity';
import { FIXTURE_PASSWORD, User } from './fixtures';
import { TestApp } from './harness';
import { aMeeting } from './meeting-fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);
/** An iCalendar text with its folded lines joined again (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const SET_LOCALE = `mutation($input: SetLocaleInput!) { setLocale(input: $input) { locale } }`;

describe('the language of the person: kept with the account, followed by messages, documents and calendars', () => {
  let t: TestApp;
  let area: AreaEntity;
  let user: User;
  let cancelled: MeetingEntity;
  let hybrid: MeetingEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ name: 'Statutární město Plzeň' });
    user = await t.fixtures.user(area);
    cancelled = await aMeeting(t, area).with({ title: 'Fórum seniorů', isPublic: true, cancelledAt: new Date() }).at(inDays(3)).build();
    hybrid = await aMeeting(t, area)
      .with({ title: 'Veřejné fórum', isPublic: true, place: 'Magistrát, sál 1', onlineUrl: 'https://meet.example.test/forum' })
      .at(inDays(4))
      .build();
  });
  afterAll(() => t.stop());

  it('saves the chosen language with the account and refuses an unknown one naming the field', async () => {
    expect(await user.client.ok(SET_LOCALE, { input: { locale: 'pl' } })).toEqual({ setLocale: { locale: 'pl' } });
    expect((await t.db.getRepository(AccountEntity).findOneByOrFail({ id: user.account.id })).locale).toBe('pl');
    const me = await user.client.ok<{ me: { account: { locale: string } } }>(`{ me { account { locale } } }`);
    expect(me.me.account.locale).toBe('pl');

    const error = await user.client.withLocale('en').error(SET_LOCALE, { input: { locale: 'de' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.locale' });
    expect(error.message).toBe('“Language” has a value that is not allowed.');
    expect((await t.db.getRepository(AccountEntity).findOneByOrFail({ id: user.account.id })).locale).toBe('pl');
  });

  it('the log-in tells the web app the saved language (so another browser switches to it)', async () => {
    const fresh = await t.fixtures.user(area);
    await fresh.client.ok(SET_LOCALE, { input: { locale: 'en' } });
    const elsewhere = await t.anonymous().withArea(area.slug).ok<{ login: { account: { locale: string } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { account { locale } } }`,
      { input: { email: fresh.person.email, password: FIXTURE_PASSWORD } },
    );
    expect(elsewhere.login.account.locale).toBe('en');
  });

  it('answers in the account’s language when the request names none, before the browser’s Accept-Language', async () => {
    // A refused value: its message is translated (the account is Polish since the first test).
    const wrong = { input: { locale: 'de' } };
    const polish = await user.client.error(SET_LOCALE, wrong);
    expect(polish.message).toBe('Pole „Język” ma niedozwoloną wartość.');
    const asked = await user.client.withLocale('cs').error(SET_LOCALE, wrong);
    expect(asked.message).toBe('Pole „Jazyk“ má nepovolenou hodnotu.');
    // A download link: the account's Polish beats the browser's Czech; ?lang= beats both.
    const csv = async (query: string, headers: Record<string, string> = {}) =>
      (await (await user.client.get(`/api/services.csv?area=${area.slug}${query}`, headers)).text()).split('\r\n')[0];
    const [accountLanguage, englishLink] = [await csv('', { 'accept-language': 'cs-CZ,cs;q=0.9' }), await csv('&lang=en', { 'accept-language': 'cs-CZ' })];
    const czechLink = await csv('&lang=cs');
    expect(new Set([accountLanguage, englishLink, czechLink]).size).toBe(3);
  });

  it('writes a meeting’s iCalendar in Polish and in English', async () => {
    const polish = unfold(await (await t.anonymous().get(`/calendar/meetings/${cancelled.id}.ics?area=${area.slug}&lang=pl`)).text());
    expect(polish).toContain('PRODID:-//Komplan//Komunitni planovani//PL\r\n');
    expect(polish).toContain('SUMMARY:ODWOŁANE: Fórum seniorů\r\n');
    expect(polish).toContain('STATUS:CANCELLED\r\n');

    const english = unfold(await (await t.anonymous().get(`/calendar/meetings/${hybrid.id}.ics?area=${area.slug}&lang=en`)).text());
    expect(english).toContain('PRODID:-//Komplan//Komunitni planovani//EN\r\n');
    expect(english).toContain('SUMMARY:Veřejné fórum\r\n');
    expect(english).toContain('DESCRIPTION:Join online: https://meet.example.test/forum\r\n');

    // Without ?lang= the signed-in person's own language (Polish) applies.
    const own = unfold(await (await user.client.get(`/calendar/meetings/${hybrid.id}.ics?area=${area.slug}`, { 'accept-language': 'en' })).text());
    expect(own).toContain('DESCRIPTION:Połączenie online: https://meet.example.test/forum\r\n');
  });

  it('writes a feed in the token holder’s language, else the calendar app’s, else the area’s', async () => {
    const token = (await t.db.getRepository(PersonEntity).findOneByOrFail({ id: user.person.id })).calendarToken;
    const personal = unfold(await (await t.anonymous().get(`/calendar/areas/${area.slug}.ics?token=${token}`)).text());
    expect(personal).toContain('X-WR-CALDESC:Spotkania planowania społecznego usług społecznych – Statutární město Plzeň\r\n');
    expect(personal).toContain('SUMMARY:ODWOŁANE: Fórum seniorů\r\n');

    const fromApp = await fetch(`${t.baseUrl}/calendar/areas/${area.slug}.ics`, { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    const english = unfold(await fromApp.text());
    expect(english).toContain('X-WR-CALDESC:Community planning meetings for social services – Statutární město Plzeň\r\n');
    expect(english).toContain('SUMMARY:CANCELLED: Fórum seniorů\r\n');

    const plain = unfold(await (await t.anonymous().get(`/calendar/areas/${area.slug}.ics`)).text());
    expect(plain).toContain('SUMMARY:ZRUŠENO: Fórum seniorů\r\n');
    expect(plain).toContain('PRODID:-//Komplan//Komunitni planovani//CS\r\n');
  });
});
