import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { AreaEntity } from '../src/areas/area.entity';
import { AccountEntity } from '../src/auth/account.entity';
import { CommentRoundEntity } from '../src/comments/comment-round.entity';
import { CommentAudience } from '../src/comments/comment.enums';
import { todayIn } from '../src/common/dates';
import { loadConfiguration } from '../src/config/configuration';
import { NotificationScheduler } from '../src/notifications/notification-scheduler';
import { NotificationKind, NotificationSubject } from '../src/notifications/notification.enums';
import { NotificationEntity } from '../src/notifications/notification.entity';
import { NotificationsService } from '../src/notifications/notifications.service';
import { AreaRole } from '../src/people/area-role.enum';
import { actionPlans } from './comment-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';

/** A real SMTP server for the test: every message that arrives is parsed with mailparser. */
class MailBox {
  readonly received: ParsedMail[] = [];
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
    return this.url;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => mail.to && (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to.value.some((v) => v.address === address)));
  }

  /** Waits until `count` messages have reached the address (fails after 10 s). */
  async waitFor(address: string, count = 1): Promise<ParsedMail[]> {
    const until = Date.now() + 10_000;
    while (this.to(address).length < count) {
      if (Date.now() > until) throw new Error(`${address} got ${this.to(address).length} of ${count} e-mails`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.to(address);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const INVITE = `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`;
const OPEN_ROUND = `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id } }`;
const PREFER = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind delivery isDefault } }`;
const LIST = `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { total unread items { id kind text path read subjectType emailState emailDelivery } } }`;

interface ListResult {
  notifications: {
    total: number;
    unread: number;
    items: { id: string; kind: string; text: string; path: string; read: boolean; subjectType: string; emailState: string; emailDelivery: string }[];
  };
}

/** A moment of tomorrow at the given local hour in Prague (the area's time zone). */
function tomorrowAt(hour: number): Date {
  const day = todayIn('Europe/Prague', new Date(Date.now() + 24 * 3600 * 1000));
  return new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+01:00`);
}

describe('notifications', () => {
  const mail = new MailBox();
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let service: NotificationsService;

  beforeAll(async () => {
    const smtp = await mail.start();
    t = await TestApp.start({ SMTP_URL: smtp, MAIL_FROM: 'Komplan <komplan@mesto.example>', PUBLIC_URL: 'https://komplan.example.cz' });
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER], { fullName: 'Koordinátorka Eva' });
    service = t.app.get(NotificationsService);
  });
  afterAll(async () => {
    await t?.stop();
    await mail.stop();
  });

  async function withLocale(user: User, locale: string): Promise<void> {
    await t.db.getRepository(AccountEntity).update({ id: user.account.id }, { locale });
  }

  it('an invitation is e-mailed at once in the invitee’s language, with a link to the meeting, and shows in the app; the inviter is not told', async () => {
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    await withLocale(member, 'pl');
    const meeting = await t.fixtures.meeting(area, { title: 'Senioři – jarní setkání' });

    await coordinator.client.ok(INVITE, { input: { meetingId: meeting.id, personIds: [member.person.id, coordinator.person.id] } });

    const [message] = await mail.waitFor(member.account.email);
    expect(message!.subject).toBe('Komplan: Zaproszenie na spotkanie „Senioři – jarní setkání”, ' + message!.subject!.split('”, ')[1]);
    expect(message!.text).toContain('Dzień dobry,');
    expect(message!.text).toContain(`https://komplan.example.cz/a/${area.slug}/meetings/${meeting.id}`);
    expect(message!.html).toContain(`href="https://komplan.example.cz/a/${area.slug}/meetings/${meeting.id}"`);
    expect(message!.from?.value[0]?.address).toBe('komplan@mesto.example');

    const { notifications } = await member.client.withLocale('cs').ok<ListResult>(LIST);
    expect(notifications).toMatchObject({ total: 1, unread: 1 });
    expect(notifications.items[0]).toMatchObject({
      kind: 'MEETING_INVITATION',
      read: false,
      subjectType: 'Meeting',
      path: `/a/${area.slug}/meetings/${meeting.id}`,
      emailState: 'SENT',
      emailDelivery: 'IMMEDIATELY',
    });
    expect(notifications.items[0]!.text).toMatch(/^Pozvánka na jednání „Senioři – jarní setkání“, /);
    expect((await coordinator.client.ok<ListResult>(LIST)).notifications.total).toBe(0);
    expect(mail.to(coordinator.account.email)).toHaveLength(0);
  });

  it('the same news reaches nobody twice: inviting again stores and sends nothing new', async () => {
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const meeting = await t.fixtures.meeting(area);
    await coordinator.client.ok(INVITE, { input: { meetingId: meeting.id, personIds: [member.person.id] } });
    await mail.waitFor(member.account.email);
    await coordinator.client.ok(INVITE, { input: { meetingId: meeting.id, personIds: [member.person.id] } });
    await service.sendPending();
    expect(await t.db.getRepository(NotificationEntity).countBy({ personId: member.person.id })).toBe(1);
    expect(mail.to(member.account.email)).toHaveLength(1);
  });

  it('a digest member gets ONE e-mail naming three events at the digest hour, and nothing again when the digest runs again', async () => {
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const group = await t.fixtures.group(area, { name: 'Rodiny s dětmi' });
    await t.fixtures.membership(group, member.person);
    for (const kind of ['MEETING_INVITATION', 'MEETING_CHANGED', 'ROUND_OPENED']) {
      const { setNotificationPreference } = await member.client.ok<{ setNotificationPreference: { delivery: string; isDefault: boolean } }>(PREFER, {
        input: { kind, delivery: 'DAILY_DIGEST' },
      });
      expect(setNotificationPreference).toEqual({ kind, delivery: 'DAILY_DIGEST', isDefault: false });
    }
    const meeting = await t.fixtures.meeting(area, { title: 'Rodiny – plánování' });
    const draft = await actionPlans(t.db).issuedVersion(area);

    await coordinator.client.ok(INVITE, { input: { meetingId: meeting.id, personIds: [member.person.id] } });
    const later = new Date(meeting.startsAt.getTime() + 3600 * 1000);
    await coordinator.client.ok(UPDATE, { input: { id: meeting.id, startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 7200 * 1000).toISOString() } });
    await coordinator.client.ok(OPEN_ROUND, {
      input: {
        versionId: draft.version.id,
        title: 'Připomínky rodin',
        audience: CommentAudience.GROUPS,
        groupIds: [group.id],
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(),
      },
    });
    await service.sendPending();
    expect(mail.to(member.account.email)).toHaveLength(0);

    expect(await service.sendDueDigests(tomorrowAt(5))).toBe(0); // before DIGEST_HOUR (7) in Prague
    expect(mail.to(member.account.email)).toHaveLength(0);
    await service.sendDueDigests(tomorrowAt(7));
    const [digest] = await mail.waitFor(member.account.email);
    expect(digest!.subject).toMatch(/^Komplan: přehled novinek /);
    expect(digest!.text).toContain('Pozvánky na jednání');
    expect(digest!.text).toContain('Pozvánka na jednání „Rodiny – plánování“');
    expect(digest!.text).toContain('Jednání „Rodiny – plánování“ se mění');
    expect(digest!.text).toContain('Připomínkové kolo „Připomínky rodin“ je otevřeno');
    expect(digest!.html).toContain('<h2');

    expect(await service.sendDueDigests(tomorrowAt(9))).toBe(0);
    expect(await service.sendAllDigests(tomorrowAt(9))).toBe(0);
    await service.sendPending();
    expect(mail.to(member.account.email)).toHaveLength(1);
    const stored = await t.db.getRepository(NotificationEntity).findBy({ personId: member.person.id });
    expect(stored.map((row) => [row.emailState, row.emailDelivery])).toEqual([
      ['SENT', 'DAILY_DIGEST'],
      ['SENT', 'DAILY_DIGEST'],
      ['SENT', 'DAILY_DIGEST'],
    ]);
    expect(new Set(stored.map((row) => row.digestId)).size).toBe(1);
  });

  it('NEVER keeps the notification in the app but sends no e-mail', async () => {
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    await member.client.ok(PREFER, { input: { kind: 'MEETING_INVITATION', delivery: 'NEVER' } });
    const meeting = await t.fixtures.meeting(area);
    await coordinator.client.ok(INVITE, { input: { meetingId: meeting.id, personIds: [member.person.id] } });
    await service.sendPending();
    await service.sendAllDigests(tomorrowAt(8));
    expect(mail.to(member.account.email)).toHaveLength(0);
    const { notifications } = await member.client.ok<ListResult>(LIST);
    expect(notifications.items.map((item) => [item.kind, item.emailState])).toEqual([['MEETING_INVITATION', 'SKIPPED']]);
  });

  it('two senders at once (two API instances) send each e-mail once', async () => {
    const second = await t.another({ SMTP_URL: mail.url });
    try {
      const people = await Promise.all([1, 2, 3, 4, 5, 6].map(() => t.fixtures.user(area, [AreaRole.MEMBER])));
      // Stored through the test's own connection: no sender is kicked by its commit, both race below.
      await t.db.transaction(async (tx) => {
        for (const [index, person] of people.entries()) {
          await service.notify(tx, {
            areaId: area.id,
            kind: index % 2 ? NotificationKind.MEETING_CANCELLED : NotificationKind.DECISION,
            recipientIds: [person.person.id],
            subjectType: NotificationSubject.MEETING,
            subjectId: area.id,
            key: `race:${index}`,
            params: { meeting: 'Závod', startsAt: new Date().toISOString(), variant: 'approval', round: 'Závod', result: 'APPROVED' },
          });
        }
      });
      const other = second.app.get(NotificationsService);
      const [a, b] = await Promise.all([service.sendPending(), other.sendPending()]);
      const [c, d] = await Promise.all([service.sendAllDigests(), other.sendAllDigests()]);
      expect({ immediate: a + b, digests: c + d }).toEqual({ immediate: 3, digests: 3 });
      for (const person of people) expect(mail.to(person.account.email)).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });

  it('a round closing within 48 hours tells its audience once', async () => {
    const other = await t.fixtures.area();
    const member = await t.fixtures.user(other, [AreaRole.MEMBER]);
    const draft = await actionPlans(t.db).issuedVersion(other);
    const round = await actionPlans(t.db).round(draft.version, { audience: CommentAudience.AREA_MEMBERS, closesAt: new Date(Date.now() + 20 * 3600 * 1000) });
    await t.db.getRepository(CommentRoundEntity).update({ id: round.id }, { title: 'Končící kolo' });
    expect(await service.notifyClosingSoon()).toBe(1);
    expect(await service.notifyClosingSoon()).toBe(0);
    const { notifications } = await member.client.ok<ListResult>(LIST);
    expect(notifications.items.map((item) => [item.kind, item.path])).toEqual([['ROUND_CLOSING_SOON', `/a/${other.slug}/comment-rounds/${round.id}`]]);
    expect(notifications.items[0]!.text).toMatch(/^Připomínkové kolo „Končící kolo“ končí /);
  });

  it('arrives live, is marked read one by one or all at once, and nobody reads another’s', async () => {
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const stranger = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const live = await member.client.subscribe<{ notificationEvents: { kind: string; unread: number; notification: { kind: string; text: string } | null } }>(
      `subscription { notificationEvents { kind unread notification { kind text } } }`,
    );
    try {
      await live.next((event) => event.data?.notificationEvents.kind === 'SUBSCRIBED');
      const first = await t.fixtures.meeting(area, { title: 'Živé jednání' });
      const second = await t.fixtures.meeting(area);
      await coordinator.client.ok(INVITE, { input: { meetingId: first.id, personIds: [member.person.id] } });
      const created = await live.next((event) => event.data?.notificationEvents.kind === 'CREATED');
      expect(created.data?.notificationEvents).toMatchObject({ unread: 1, notification: { kind: 'MEETING_INVITATION' } });
      expect(created.data?.notificationEvents.notification?.text).toContain('Živé jednání');
      await coordinator.client.ok(INVITE, { input: { meetingId: second.id, personIds: [member.person.id] } });

      const { notifications } = await member.client.ok<ListResult>(LIST);
      expect(notifications.unread).toBe(2);
      const foreign = await stranger.client.error(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: notifications.items[0]!.id });
      expect(foreign.extensions?.code).toBe('FORBIDDEN');
      const { markNotificationRead } = await member.client.ok<{ markNotificationRead: { read: boolean } }>(`mutation($id: ID!) { markNotificationRead(id: $id) { read } }`, {
        id: notifications.items[0]!.id,
      });
      expect(markNotificationRead.read).toBe(true);
      expect((await member.client.ok<ListResult>(LIST, { unreadOnly: true })).notifications).toMatchObject({ total: 1, unread: 1 });
      expect(await member.client.ok(`mutation { markAllNotificationsRead }`)).toEqual({ markAllNotificationsRead: 1 });
      expect((await member.client.ok<ListResult>(LIST)).notifications).toMatchObject({ total: 2, unread: 0 });
      await live.next((event) => event.data?.notificationEvents.kind === 'READ' && event.data.notificationEvents.unread === 0);
    } finally {
      await live.close();
    }
  });

  it('a reply to my comment and the settlement of my comment reach me, not the one who acted', async () => {
    const author = await t.fixtures.user(area, [AreaRole.MEMBER]);
    await author.client.ok(PREFER, { input: { kind: 'COMMENT_SETTLED', delivery: 'IMMEDIATELY' } });
    const draft = await actionPlans(t.db).issuedVersion(area);
    const round = await actionPlans(t.db).round(draft.version, { audience: CommentAudience.AREA_MEMBERS });
    await t.db.getRepository(CommentRoundEntity).update({ id: round.id }, { title: 'Kolo k odpovědím' });
    const { postComment } = await author.client.ok<{ postComment: { id: string } }>(`mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`, {
      input: { roundId: round.id, target: 'DRAFT', stance: 'OBJECTION', body: 'Chybí odlehčovací služba.' },
    });
    await coordinator.client.ok(`mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { id } }`, { input: { parentId: postComment.id, body: 'Doplníme.' } });
    await coordinator.client.ok(`mutation($input: SettleCommentInput!) { settleComment(input: $input) { id } }`, {
      input: { id: postComment.id, outcome: 'ACCEPTED' },
    });
    const messages = await mail.waitFor(author.account.email, 2);
    expect(messages.map((message) => message.subject).sort()).toEqual([
      'Komplan: Koordinátorka Eva odpověděl(a) na vaši připomínku v kole „Kolo k odpovědím“',
      'Komplan: Vaše připomínka v kole „Kolo k odpovědím“ je vypořádána: akceptována',
    ]);
    expect((await coordinator.client.ok<ListResult>(LIST)).notifications.items.filter((item) => item.kind.startsWith('COMMENT'))).toEqual([]);
  });

  it('the scheduler, when run, sends due digests at the digest hour and tells rounds closing soon', async () => {
    const other = await t.fixtures.area();
    const member = await t.fixtures.user(other, [AreaRole.MEMBER]);
    const draft = await actionPlans(t.db).issuedVersion(other);
    await actionPlans(t.db).round(draft.version, { audience: CommentAudience.AREA_MEMBERS, closesAt: new Date(Date.now() + 30 * 3600 * 1000) });
    const scheduler = t.app.get(NotificationScheduler);
    await scheduler.runOnce(tomorrowAt(3));
    expect(mail.to(member.account.email)).toHaveLength(0); // the notice is stored; its digest waits for 7:00
    await scheduler.runOnce(tomorrowAt(7));
    const [digest] = await mail.waitFor(member.account.email);
    expect(digest!.text).toContain('Blížící se konec připomínek');
  });
});

describe('notification configuration', () => {
  it('refuses a wrong SMTP_URL, MAIL_FROM or DIGEST_HOUR, naming the variable', () => {
    expect(() => loadConfiguration({ SMTP_URL: 'mail.example.cz:25' })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address/);
    expect(() => loadConfiguration({ MAIL_FROM: 'Komplan' })).toThrow(/MAIL_FROM must be an e-mail address/);
    expect(() => loadConfiguration({ DIGEST_HOUR: '24' })).toThrow(/DIGEST_HOUR must be a whole number from 0 to 23/);
    expect(loadConfiguration({ SMTP_URL: 'smtp://user:pass@mail.example.cz:587', DIGEST_HOUR: '6' })).toMatchObject({ DIGEST_HOUR: 6, NOTIFICATION_SCHEDULER: false });
    expect(loadConfiguration({ NOTIFICATION_SCHEDULER: 'true' }).NOTIFICATION_SCHEDULER).toBe(true);
  });
});
