import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';
import { gql, issuedPlan } from './support/plans';

const HOUR = 3600_000;

/**
 * Personal data: a member who attended a meeting and commented downloads their data, asks for
 * erasure and is logged out; afterwards the coordinator finds only the pseudonym on the meeting's
 * attendance and minutes and in the comment thread, and the erasure in the audit log (XLSX too).
 */
describe('personal data and the audit log', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  /** The text of the page including the values of form fields (a name must not hide in an input either). */
  const everything = async (page: Page): Promise<string> => `${await page.content()}\n${await page.locator('body').innerText()}`;

  it('a member downloads their data and erases it; the coordinator sees only the pseudonym, and the erasure in the audit log', async () => {
    const suffix = Date.now().toString(36);
    const fullName = 'Radomíra Zapomenutá';
    const email = `radomira-${suffix}@example.test`;
    const coordinator = await (await newContext(browser)).newPage();
    await logIn(coordinator, 'koordinator@plzen.example');

    // The member: added by the coordinator, invited, and the invitation accepted (through the API, as the invitation page does).
    const { createPerson } = await gql<{ createPerson: { id: string } }>(coordinator, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: { fullName, email, roles: ['MEMBER'] },
    });
    const personId = createPerson.id;
    const { invitePerson } = await gql<{ invitePerson: { url: string } }>(coordinator, `mutation($input: InvitePersonInput!) { invitePerson(input: $input) { url } }`, {
      input: { personId },
    });
    const member = await (await newContext(browser)).newPage();
    await gql(member, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
      input: { token: invitePerson.url.split('/invite/')[1], password: 'radomira-heslo-123' },
    });

    // A meeting of the whole area that took place: she was present, the minutes and a decision name her.
    const startsAt = new Date(Date.now() - 26 * HOUR);
    const { createMeeting } = await gql<{ createMeeting: { id: string } }>(coordinator, `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
      input: { kind: 'WORKSHOP', title: `Workshop o ochraně údajů ${suffix}`, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString() },
    });
    const meetingId = createMeeting.id;
    await gql(coordinator, `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`, { input: { meetingId, personIds: [personId] } });
    await gql(coordinator, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: { meetingId, entries: [{ personId, attendance: 'PRESENT' }] },
    });
    await gql(coordinator, `mutation($input: AddMeetingGuestInput!) { addMeetingGuest(input: $input) { id } }`, { input: { meetingId, fullName } });
    await gql(coordinator, `mutation($input: AddDecisionInput!) { addDecision(input: $input) { id } }`, { input: { meetingId, text: `${fullName} připraví podklady.` } });
    await gql(coordinator, `mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }`, {
      input: { meetingId, body: `Přítomni: ${fullName} a hosté.\n\n${fullName} shrnula potřeby rodin.`, expectedVersion: 0 },
    });
    await gql(coordinator, `mutation($input: PublishMinutesInput!) { publishMinutes(input: $input) { status } }`, { input: { meetingId, expectedVersion: 1 } });

    // A comment round on a fresh plan; she comments.
    const { versionId } = await issuedPlan(coordinator, {
      title: (year) => `Akční plán ${year} (test osobních údajů ${suffix})`,
      introduction: 'Plán podporuje rodiny s dětmi.',
      changeNote: 'Návrh k připomínkám.',
    });
    const { openCommentRound } = await gql<{ openCommentRound: { id: string } }>(coordinator, `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id } }`, {
      input: { versionId, title: `Připomínky ${suffix}`, audience: 'AREA_MEMBERS', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString() },
    });
    const { postComment } = await gql<{ postComment: { id: string } }>(member, `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`, {
      input: { roundId: openCommentRound.id, target: 'DRAFT', stance: 'OBJECTION', body: 'Chybí podpora pro rodiny samoživitelů.' },
    });

    // She opens "Moje údaje" from the account menu and downloads her data.
    await member.goto('/a/plzen');
    await member.getByRole('button', { name: new RegExp(`^${fullName}`) }).click();
    await member.getByRole('menuitem', { name: 'Moje údaje' }).click();
    await member.getByRole('heading', { name: 'Moje údaje', level: 1 }).waitFor();
    await expectAccessible(member, 'privacy-my-data');
    const [json] = await Promise.all([member.waitForEvent('download'), member.getByRole('link', { name: 'Stáhnout data (JSON)' }).click()]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { account: { email: string }; areas: { person: { fullName: string }; meetings: { attendance: string }[]; comments: { body: string }[] }[] };
    expect(data.account.email).toBe(email);
    expect(data.areas[0]!.person.fullName).toBe(fullName);
    expect(data.areas[0]!.meetings).toEqual([expect.objectContaining({ attendance: 'PRESENT' })]);
    expect(data.areas[0]!.comments).toEqual([expect.objectContaining({ body: 'Chybí podpora pro rodiny samoživitelů.' })]);
    const [pdf] = await Promise.all([member.waitForEvent('download'), member.getByRole('link', { name: 'Stáhnout přehled (PDF)' }).click()]);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');

    // Erasure: the dialog asks for her e-mail; a wrong one keeps the button disabled.
    await member.getByRole('button', { name: 'Požádat o výmaz' }).click();
    const dialog = member.getByRole('dialog', { name: 'Opravdu vymazat vaše údaje?' });
    const confirmField = dialog.getByLabel(/Pro potvrzení napište svůj e-mail/);
    await confirmField.fill('nekdo-jiny@example.test');
    await dialog.getByText('E-mail se neshoduje s vaším účtem.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Vymazat natrvalo' }).isDisabled()).toBe(true);
    await expectAccessible(member, 'privacy-erase-dialog');
    await confirmField.fill(email);
    await dialog.getByRole('button', { name: 'Vymazat natrvalo' }).click();
    await member.waitForURL(/\/erased$/);
    await member.getByText('Vaše údaje byly vymazány a byli jste odhlášeni.').waitFor();
    await expectAccessible(member, 'privacy-erased');
    // Logged out: the area sends her to the log-in page, and her password no longer works.
    await member.goto('/a/plzen');
    await member.waitForURL(/\/login/);

    // The coordinator: attendance, minutes, decisions and the comment thread show the pseudonym only.
    const { person } = await gql<{ person: { fullName: string } }>(coordinator, `query($id: ID!) { person(id: $id) { fullName } }`, { id: personId });
    expect(person.fullName).toMatch(/^Účastník [0-9A-F]{4}$/);
    await coordinator.goto(`/a/plzen/meetings/${meetingId}?tab=attendance`);
    await coordinator.getByRole('tabpanel').getByText(person.fullName).first().waitFor();
    expect(await everything(coordinator)).not.toContain('Radomíra');
    await expectAccessible(coordinator, 'privacy-attendance-after-erasure');
    await coordinator.goto(`/a/plzen/meetings/${meetingId}?tab=minutes`);
    await coordinator.getByRole('tabpanel').getByText(`Přítomni: ${person.fullName} a hosté.`).waitFor();
    expect(await everything(coordinator)).not.toContain('Radomíra');
    await expectAccessible(coordinator, 'privacy-minutes-after-erasure');
    await coordinator.goto(`/a/plzen/meetings/${meetingId}?tab=decisions`);
    await coordinator.getByText(`${person.fullName} připraví podklady.`).waitFor();
    expect(await everything(coordinator)).not.toContain('Radomíra');
    await coordinator.goto(`/a/plzen/comments/${postComment.id}`);
    await coordinator.getByText('Chybí podpora pro rodiny samoživitelů.').waitFor();
    await coordinator.getByText(person.fullName).first().waitFor();
    expect(await everything(coordinator)).not.toContain('Radomíra');
    await expectAccessible(coordinator, 'privacy-comment-after-erasure');

    // The audit log (coordinators' navigation) shows the erasure, without the name; the XLSX export has it too.
    await coordinator.getByRole('navigation').getByRole('link', { name: 'Auditní protokol' }).click();
    await coordinator.getByRole('heading', { name: 'Auditní protokol', level: 1 }).waitFor();
    await coordinator.getByRole('combobox', { name: 'Akce' }).click();
    await coordinator.getByRole('option', { name: 'Osobní údaje vymazány' }).click();
    const row = coordinator.getByRole('row', { name: new RegExp(`${person.fullName}.*Osobní údaje vymazány`) });
    await row.waitFor();
    expect(await everything(coordinator)).not.toContain('Radomíra');
    await expectAccessible(coordinator, 'privacy-audit-log');
    const [xlsx] = await Promise.all([coordinator.waitForEvent('download'), coordinator.getByRole('link', { name: 'XLSX (Excel)' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const lines: string[] = [];
    sheet.eachRow((line, number) => {
      if (number > 1) lines.push([line.getCell(2).value, line.getCell(3).value, line.getCell(6).value].join(' | '));
    });
    expect(lines).toContain(`${person.fullName} | Osobní údaje vymazány | ${personId}`);
    expect(lines.every((line) => line.includes('Osobní údaje vymazány'))).toBe(true);

    // The same page on a phone.
    const phone = await (await newContext(browser, { phone: true })).newPage();
    await logIn(phone, 'koordinator@plzen.example');
    await phone.goto('/a/plzen/audit-log');
    await phone.getByRole('heading', { name: 'Auditní protokol', level: 1 }).waitFor();
    await expectAccessible(phone, 'privacy-audit-log-phone');
  });
});
