import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ParsedMail, simpleParser } from 'mailparser';
import { Browser } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';
import { gql, issuedPlan } from './support/plans';

const root = join(__dirname, '../../..');
const MAIL_DIR = join(root, 'tmp/e2e-mail');
const MEMBER = 'clen@plzen.example';

const mailFiles = (): string[] => readdirSync(MAIL_DIR).filter((file) => file.endsWith('.eml')).sort();
const addressedTo = (mail: ParsedMail, address: string): boolean =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((to) => to.value.some((value) => value.address === address));

describe('notifications', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a member chooses the daily digest, sees three events arrive live under the bell, and the digest CLI sends them ONE e-mail naming all three', async () => {
    const stamp = Date.now().toString(36);
    const meetingTitle = `Senioři – plánovací setkání ${stamp}`;
    const roundTitle = `Připomínky seniorů ${stamp}`;

    // The member chooses the daily digest for the three kinds on the preferences page.
    const member = await (await newContext(browser)).newPage();
    await logIn(member, MEMBER);
    await member.goto('/a/plzen/notifications/preferences');
    await member.getByRole('heading', { name: 'Nastavení e-mailových oznámení' }).waitFor();
    await member.getByText('nebo vůbec – pak oznámení zůstane jen v aplikaci').waitFor();
    // Invitations and changes come right away by default; opened rounds are in the digest already.
    expect(await member.getByRole('radio', { name: 'Otevřená připomínková kola: Denní přehled' }).isChecked()).toBe(true);
    for (const kind of ['Pozvánky na jednání', 'Změny jednání']) {
      expect(await member.getByRole('radio', { name: `${kind}: Hned` }).isChecked()).toBe(true);
      await member.getByRole('radio', { name: `${kind}: Denní přehled` }).check();
      await member.getByRole('status').filter({ hasText: `${kind}: Denní přehled – Nastavení uloženo.` }).waitFor();
    }
    await member.reload();
    await member.getByRole('radio', { name: 'Změny jednání: Denní přehled' }).waitFor();
    expect(await member.getByRole('radio', { name: 'Pozvánky na jednání: Denní přehled' }).isChecked()).toBe(true);
    expect(await member.getByRole('radio', { name: 'Odpovědi na mé připomínky: Hned' }).isChecked()).toBe(true);
    await expectAccessible(member, 'notifications-preferences');

    const { me } = await gql<{ me: { person: { id: string; groups: { group: { id: string; name: string } }[] } } }>(
      member,
      `{ me { person { id groups { group { id name } } } } }`,
    );
    const group = me.person.groups.find((membership) => membership.group.name === 'Senioři')!.group;
    await gql(member, `mutation { markAllNotificationsRead }`);
    await member.goto('/a/plzen');
    const bell = member.getByRole('button', { name: /^Oznámení:/ });
    await member.getByRole('button', { name: 'Oznámení: žádná nepřečtená' }).waitFor();

    // The coordinator invites the member, moves the meeting and opens a comment round for the group.
    const coordinator = await (await newContext(browser)).newPage();
    await logIn(coordinator, 'koordinator@plzen.example');
    const startsAt = new Date(Date.now() + 10 * 86400_000);
    const { createMeeting } = await gql<{ createMeeting: { id: string } }>(coordinator, `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: { groupId: group.id, kind: 'WORKING_GROUP', title: meetingTitle, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7200_000).toISOString(), place: 'Magistrát, zasedačka 2' },
    });
    await gql(coordinator, `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`, { input: { meetingId: createMeeting.id, personIds: [me.person.id] } });
    await member.getByRole('button', { name: 'Oznámení: 1 nepřečtené' }).waitFor();
    const later = new Date(startsAt.getTime() + 86400_000);
    await gql(coordinator, `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, {
      input: { id: createMeeting.id, startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 7200_000).toISOString() },
    });
    const { versionId } = await issuedPlan(coordinator, {
      title: (year) => `Akční plán ${year} (test oznámení ${stamp})`,
      introduction: 'Plán rozšiřuje odlehčovací služby.',
      changeNote: 'Návrh k připomínkám.',
    });
    await gql(coordinator, `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id } }`, {
      input: {
        versionId,
        title: roundTitle,
        audience: 'GROUPS',
        groupIds: [group.id],
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 14 * 86400_000).toISOString(),
      },
    });

    // The bell counts them live (no reload) and lists them.
    await member.getByRole('button', { name: 'Oznámení: 3 nepřečtená' }).waitFor();
    await bell.click();
    const dropdown = member.getByRole('dialog', { name: 'Nejnovější oznámení' });
    await dropdown.getByRole('link', { name: new RegExp(`Pozvánka na jednání „${meetingTitle}“`) }).waitFor();
    await dropdown.getByRole('link', { name: new RegExp(`Jednání „${meetingTitle}“ se mění`) }).waitFor();
    await dropdown.getByRole('link', { name: new RegExp(`Připomínkové kolo „${roundTitle}“ je otevřeno`) }).waitFor();
    await expectAccessible(member, 'notifications-bell');

    await dropdown.getByRole('link', { name: 'Všechna oznámení' }).click();
    await member.getByRole('heading', { name: 'Oznámení', level: 1 }).waitFor();
    await member.getByText('3 nepřečtená').waitFor();
    await expectAccessible(member, 'notifications-page');

    // No e-mail yet: the member chose the digest. Then the digest CLI (as cron would run it).
    const before = new Set(mailFiles());
    const earlier = await Promise.all(mailFiles().map(async (file) => simpleParser(readFileSync(join(MAIL_DIR, file)))));
    expect(earlier.filter((mail) => addressedTo(mail, MEMBER) && (mail.text ?? '').includes(stamp))).toEqual([]);
    await promisify(execFile)(process.execPath, [join(root, 'dist/apps/api/notifications/send-digests.js')], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env['KOMPLAN_E2E_DATABASE_URL'], SMTP_URL: process.env['KOMPLAN_E2E_SMTP_URL'], NODE_ENV: 'production' },
    });
    const arrived = await Promise.all(mailFiles().filter((file) => !before.has(file)).map(async (file) => simpleParser(readFileSync(join(MAIL_DIR, file)))));
    const toMember = arrived.filter((mail) => addressedTo(mail, MEMBER));
    expect(toMember).toHaveLength(1);
    const digest = toMember[0]!;
    expect(digest.subject).toMatch(/^Komplan: přehled novinek /);
    expect(digest.text).toContain(`Pozvánka na jednání „${meetingTitle}“`);
    expect(digest.text).toContain(`Jednání „${meetingTitle}“ se mění`);
    expect(digest.text).toContain(`Připomínkové kolo „${roundTitle}“ je otevřeno`);
    expect(digest.text).toContain(`/a/plzen/meetings/${createMeeting.id}`);
  });

  it('is usable on a phone: the bell and the preferences fit a narrow screen', async () => {
    const page = await (await newContext(browser, { phone: true })).newPage();
    await logIn(page, MEMBER);
    await page.getByRole('button', { name: /^Oznámení:/ }).click();
    await page.getByRole('dialog', { name: 'Nejnovější oznámení' }).waitFor();
    await expectAccessible(page, 'notifications-bell-phone');
    await page.goto('/a/plzen/notifications/preferences');
    await page.getByRole('heading', { name: 'Nastavení e-mailových oznámení' }).waitFor();
    await expectAccessible(page, 'notifications-preferences-phone');
  });
});
