import { Browser, Page } from 'playwright-core';
import { expectAccessible, focusInfo, launch, logIn, named, newContext, tabTo } from './support/browser';
import { personByEmail } from './support/pages';
import { gql, issuedPlan } from './support/plans';

/**
 * The comment-and-vote flow with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows and
 * typing; no click): a member logs in, skips to the content, comments on a section of an issued
 * plan version in an open round, replies in the thread, and votes in the approval round. The focus
 * is visible at every stop; a dialog keeps the focus inside and gives it back when it closes.
 * The round and the vote are arranged through /graphql as the coordinator (like support/plans.ts).
 */
describe('comment and vote with the keyboard only', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const commentText = `Doplňte počet hodin terénní péče (${suffix}).`;
  const replyText = `Souhlasím, hodiny chybí (${suffix}).`;
  let readerPath = '';
  let roundId = '';
  let approvalRoundId = '';

  beforeAll(async () => {
    browser = await launch();
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');
    const plan = await issuedPlan(page, {
      title: (year) => `Akční plán ${year} – klávesnice ${suffix}`,
      introduction: 'Plán rozšiřuje terénní služby pro seniory v celém městě.',
      changeNote: 'Návrh k připomínkám.',
    });
    readerPath = `/a/plzen/action-plans/${plan.planId}/versions/${plan.versionId}`;
    const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    roundId = (
      await gql<{ openCommentRound: { id: string } }>(page, `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id } }`, {
        input: { versionId: plan.versionId, title: `Připomínky ${suffix}`, audience: 'AREA_MEMBERS', opensAt: soon(-1), closesAt: soon(14) },
      })
    ).openCommentRound.id;
    const voters = [await personByEmail(page, 'clen@plzen.example'), await personByEmail(page, 'koordinator@plzen.example')];
    const group = await gql<{ createGroup: { id: string } }>(page, `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, {
      input: { name: `Hlasující klávesnicí ${suffix}`, kind: 'TARGET_GROUP', targetGroup: 'senioři' },
    });
    for (const voter of voters) {
      await gql(page, `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`, { input: { groupId: group.createGroup.id, personId: voter } });
    }
    approvalRoundId = (
      await gql<{ openApprovalRound: { id: string } }>(page, `mutation($input: OpenApprovalRoundInput!) { openApprovalRound(input: $input) { id } }`, {
        input: { versionId: plan.versionId, title: `Schválení ${suffix}`, groupIds: [group.createGroup.id], opensAt: soon(-1), closesAt: soon(7), quorumPercent: 50, approvalPercent: 50 },
      })
    ).openApprovalRound.id;
    await page.context().close();
  }, 120_000);
  afterAll(() => browser.close());

  /** Logs in on the log-in page with the keyboard alone. */
  async function keyboardLogIn(page: Page, email: string): Promise<void> {
    await page.goto('/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, (focus) => focus.type === 'email');
    await page.keyboard.type(email);
    await tabTo(page, named(/^Heslo/));
    await page.keyboard.type('komplan-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/a\/plzen/);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  it('a member logs in, skips to the content, comments on a section and replies in the thread', async () => {
    const page = await (await newContext(browser)).newPage();
    await keyboardLogIn(page, 'clen@plzen.example');

    // The log-in button is gone with its page: the focus starts again at the top of the new page, not lost.
    await page.waitForFunction(() => document.activeElement?.classList.contains('focus-start') ?? false);
    // The first Tab of a page reaches the skip link, shown on screen; Enter leads into the main content.
    const skip = await tabTo(page, () => true, { max: 1 });
    expect(skip.name).toBe('Přeskočit na obsah');
    expect(await page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().left >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    const first = await tabTo(page, () => true, { max: 1 });
    expect(first.inside.main).toBe(true);

    await page.goto(readerPath);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Připomínkovat oddíl' }).first().waitFor();
    await tabTo(page, named('Připomínkovat oddíl'));
    await page.keyboard.press('Enter');
    // The composer takes the focus at its first field: the stance, chosen with the arrow keys.
    await page.waitForFunction(() => !!document.activeElement?.closest('#comment-composer'));
    const stance = await focusInfo(page);
    expect(stance).toMatchObject({ type: 'radio', inside: { composer: true }, visible: true });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusInfo(page)).toMatchObject({ name: 'Námitka', checked: true });
    await tabTo(page, named(/^Text připomínky/));
    await page.keyboard.type(commentText);
    await expectAccessible(page, 'keyboard-composer');
    await tabTo(page, named('Odeslat připomínku'));
    await page.keyboard.press('Enter');
    const thread = page.getByRole('article', { name: 'Připomínka 1' });
    await thread.getByText(commentText).waitFor();

    // The new thread has the focus; its reply button is the next stop, and the reply box takes the focus.
    await page.waitForFunction(() => document.activeElement?.id.startsWith('comment-') ?? false);
    await tabTo(page, named('Odpovědět'), { max: 10 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement instanceof HTMLTextAreaElement);
    expect(await focusInfo(page)).toMatchObject({ name: expect.stringMatching(/^Odpověď/), visible: true });
    await page.keyboard.type(replyText);
    await tabTo(page, named('Odeslat odpověď'));
    await page.keyboard.press('Enter');
    await thread.getByText(replyText).waitFor();
    // The focus is back on the reply button, not lost at the top of the page.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Odpovědět');
    await expectAccessible(page, 'keyboard-thread');

    const stored = await gql<{ comments: { items: { body: string; stance: string; section: { title: string } | null; replies: { body: string }[] }[] } }>(
      page,
      `query($r: ID!) { comments(roundId: $r) { items { body stance section { title } replies { body } } } }`,
      { r: roundId },
    );
    expect(stored.comments.items).toEqual([{ body: commentText, stance: 'OBJECTION', section: { title: 'Úvod' }, replies: [{ body: replyText }] }]);
    await page.context().close();
  });

  it('the member votes in the approval round with the keyboard', async () => {
    const page = await (await newContext(browser)).newPage();
    await keyboardLogIn(page, 'clen@plzen.example');
    await page.goto(`/a/plzen/approval-rounds/${approvalRoundId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const choice = await tabTo(page, (focus) => focus.type === 'radio' && focus.inside.main);
    expect(choice.name).toBe('Schvaluji');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await focusInfo(page)).toMatchObject({ name: 'Schvaluji s výhradou', checked: true });
    await tabTo(page, named(/^Výhrada/));
    await page.keyboard.type('Doplnit počet hodin.');
    await tabTo(page, named('Hlasovat'));
    await page.keyboard.press('Enter');
    await page.getByTestId('my-vote').filter({ hasText: 'Hlasoval(a) jste: Schvaluji s výhradou' }).waitFor();
    await expectAccessible(page, 'keyboard-voted');

    const round = await gql<{ approvalRound: { myVote: { choice: string; reservation: string | null } | null } }>(page, `query($id: ID!) { approvalRound(id: $id) { myVote { choice reservation } } }`, {
      id: approvalRoundId,
    });
    expect(round.approvalRound.myVote).toEqual({ choice: 'APPROVE_WITH_RESERVATIONS', reservation: 'Doplnit počet hodin.' });
    await page.context().close();
  });

  it('a dialog keeps the focus inside and gives it back to its button (the coordinator’s close of the vote)', async () => {
    const page = await (await newContext(browser)).newPage();
    await keyboardLogIn(page, 'koordinator@plzen.example');
    await page.goto(`/a/plzen/approval-rounds/${approvalRoundId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, named('Uzavřít hlasování'));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Uzavřít hlasování a spočítat výsledek?' });
    await dialog.waitFor();
    await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'));
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await focusInfo(page)).toMatchObject({ inside: { dialog: true }, visible: true });
    }
    await expectAccessible(page, 'keyboard-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Uzavřít hlasování');
    // Escape cancelled: the vote is still open.
    const round = await gql<{ approvalRound: { closedAt: string | null } }>(page, `query($id: ID!) { approvalRound(id: $id) { closedAt } }`, { id: approvalRoundId });
    expect(round.approvalRound.closedAt).toBeNull();
    await page.context().close();
  });
});
