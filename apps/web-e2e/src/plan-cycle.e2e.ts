import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';
import { gql, issuedPlan } from './support/plans';

/**
 * The cycle of an action plan as the people involved live it (issue 5, "must show"): the
 * coordinator opens a comment round on an issued version; two participants side by side comment
 * on a quoted passage and reply, each seeing the other live; the coordinator settles, downloads
 * the settlement table, edits the draft, links the change to the comment and issues the next
 * version, whose diff names the comment; members vote and the quorum decides; the clerk records
 * the resolution; the coordinator publishes; a visitor reads the plan and its PDF.
 *
 * The plan is a fresh one (another test issues the demo plan's versions): created, written and
 * issued through /graphql as the coordinator, like the web app would.
 */
describe('the cycle of an action plan: comments live, settlement, version 2, approval, council, publication', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const passage = `terénní odlehčovací služby ${suffix}`;
  const introduction = `Plán v příštím roce rozšiřuje ${passage} pro rodiny, které pečují o seniory doma.`;
  const objection = `Chybí počet hodin terénní péče (${suffix}).`;
  const support = `Plán podporujeme (${suffix}).`;
  const reply = `Počet hodin doplníme podle rozpočtu (${suffix}).`;
  const roundTitle = `Připomínky k akčnímu plánu ${suffix}`;
  const voteTitle = `Schválení akčního plánu ${suffix}`;
  const groupName = `Schvalovací skupina ${suffix}`;
  let planTitle = '';
  let planId = '';
  let version1 = '';
  let roundId = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  /** Selects `text` inside the quotable field that holds it, as a reader dragging over it would. */
  async function selectText(page: Page, text: string): Promise<void> {
    await page.evaluate((wanted) => {
      const field = Array.from(document.querySelectorAll('[data-quote-field]')).find((element) => element.textContent?.includes(wanted));
      if (!field) throw new Error(`no quotable field holds ${wanted}`);
      const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + wanted.length);
          document.getSelection()!.removeAllRanges();
          document.getSelection()!.addRange(range);
          return;
        }
      }
      throw new Error('the text is split across elements');
    }, text);
  }

  it('the coordinator has a plan with an issued version 1 and opens a comment round on it', async () => {
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');
    const plan = await issuedPlan(page, { title: (year) => `Akční plán ${year} – cyklus ${suffix}`, introduction, changeNote: 'První návrh.' });
    planTitle = plan.planTitle;
    planId = plan.planId;
    version1 = plan.versionId;

    await page.goto(`/a/plzen/action-plans/${planId}`);
    await page.getByRole('tab', { name: 'Připomínky a schvalování' }).click();
    const v1 = page.getByRole('region', { name: 'Verze 1' });
    await v1.getByRole('button', { name: 'Otevřít připomínkové kolo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Název/).fill(roundTitle);
    await dialog.getByRole('radio', { name: 'Všichni účastníci území' }).check();
    await dialog.getByRole('button', { name: 'Otevřít kolo' }).click();
    await v1.getByRole('row', { name: new RegExp(roundTitle) }).getByText('Otevřené').waitFor();
    await expectAccessible(page, 'cycle-plan-rounds');
    roundId = (await gql<{ commentRounds: { id: string }[] }>(page, `query($v: ID) { commentRounds(versionId: $v) { id } }`, { v: version1 })).commentRounds[0]!.id;
    await page.context().close();
  });

  it('two participants side by side: a comment on a passage and a reply arrive live', async () => {
    const reader = `/a/plzen/action-plans/${planId}/versions/${version1}`;
    const a = await (await newContext(browser)).newPage();
    const b = await (await newContext(browser, { phone: true })).newPage();
    await b.setViewportSize({ width: 360, height: 800 });
    await logIn(a, 'clen@plzen.example');
    await logIn(b, 'clen2@plzen.example');
    await a.goto(reader);
    await b.goto(reader);
    await a.getByTestId('live-state').filter({ hasText: 'Živě' }).waitFor();
    await b.getByTestId('live-state').filter({ hasText: 'Živě' }).waitFor();

    // A selects a passage of the introduction and objects to it.
    await selectText(a, passage);
    await a.getByRole('button', { name: 'Připomínkovat označený text' }).click();
    const composer = a.getByRole('region', { name: 'Nová připomínka' });
    await composer.getByLabel('Citovaný text').filter({ hasText: passage }).waitFor();
    await composer.getByRole('radio', { name: 'Námitka' }).check();
    await composer.getByLabel(/^Text připomínky/).fill(objection);
    await expectAccessible(a, 'cycle-reader-composer');
    await composer.getByRole('button', { name: 'Odeslat připomínku' }).click();
    // The comment as posted (the composer may still hold its text for a moment while it closes).
    await a.getByRole('article', { name: 'Připomínka 1' }).getByText(objection).waitFor();
    await a.locator('mark[data-comment-id]', { hasText: passage }).waitFor();

    // B sees it without a reload, highlighted in the text, announced politely; and replies.
    await b.getByRole('article', { name: 'Připomínka 1' }).getByText(objection).waitFor();
    await b.getByTestId('live-announcement').filter({ hasText: 'Nová připomínka č. 1' }).waitFor();
    await b.locator('mark[data-comment-id]', { hasText: passage }).waitFor();
    const thread = b.getByRole('article', { name: 'Připomínka 1' });
    await thread.getByRole('button', { name: 'Odpovědět' }).click();
    await thread.getByLabel(/^Odpověď/).fill(reply);
    await thread.getByRole('button', { name: 'Odeslat odpověď' }).click();
    await thread.getByText(reply).waitFor();
    // B also supports the whole draft.
    await b.getByRole('button', { name: 'Připomínkovat celý návrh' }).click();
    const draftComposer = b.getByRole('region', { name: 'Nová připomínka' });
    await draftComposer.getByRole('radio', { name: 'Podpora' }).check();
    await draftComposer.getByLabel(/^Text připomínky/).fill(support);
    await draftComposer.getByRole('button', { name: 'Odeslat připomínku' }).click();
    await b.getByRole('article', { name: 'Připomínka 2' }).getByText(support).waitFor();
    await expectAccessible(b, 'cycle-reader-phone');

    // A sees the reply and the second comment live, and the counts follow.
    await a.getByRole('article', { name: 'Připomínka 1' }).getByText(reply).waitFor();
    await a.getByRole('article', { name: 'Připomínka 2' }).getByText(support).waitFor();
    await a.getByTestId('round-counts').filter({ hasText: 'Připomínky: 2, odpovědi: 1' }).waitFor();
    // The highlight leads to its thread.
    await a.locator('mark[data-comment-id]', { hasText: passage }).click();
    await a.waitForFunction(() => document.activeElement?.id.startsWith('comment-') ?? false);
    await expectAccessible(a, 'cycle-reader-side-by-side');
    await a.context().close();
    await b.context().close();
  });

  it('the coordinator settles both comments, downloads the table, edits the draft, links the change and issues version 2', async () => {
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');
    await gql(page, `mutation($input: UpdateCommentRoundInput!) { updateCommentRound(input: $input) { id } }`, {
      input: { id: roundId, opensAt: new Date(Date.now() - 3 * 86400_000).toISOString(), closesAt: new Date(Date.now() - 60_000).toISOString() },
    });
    await page.goto(`/a/plzen/comment-rounds/${roundId}`);
    await page.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
    const first = page.getByRole('region', { name: 'Vypořádání: č. 1' });
    await first.getByLabel(/^Vypořádání/).click();
    await page.getByRole('option', { name: 'Akceptováno', exact: true }).click();
    await first.getByLabel(/^Odůvodnění/).fill('Počet hodin doplníme do úvodu.');
    await first.getByRole('button', { name: 'Uložit vypořádání' }).click();
    await first.getByRole('status').waitFor();
    const second = page.getByRole('region', { name: 'Vypořádání: č. 2' });
    await second.getByLabel(/^Vypořádání/).click();
    await page.getByRole('option', { name: 'Vysvětleno' }).click();
    await second.getByLabel(/^Odůvodnění/).fill('Děkujeme za podporu.');
    await second.getByRole('button', { name: 'Uložit vypořádání' }).click();
    await page.waitForFunction(() => !document.querySelector('button[aria-describedby="close-blocker"]'));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tabulka vypořádání (DOCX)' }).click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(await zip.file('word/document.xml')!.async('string')).toContain(objection);

    // The draft (version 2) gets the hours; the change is linked to comment 1.
    await page.goto(`/a/plzen/action-plans/${planId}`);
    const body = page.getByLabel('Text oddílu „Úvod“ (Markdown)');
    await body.fill(`${introduction} Služba poskytne 4 000 hodin péče ročně.`);
    await page.getByRole('button', { name: 'Uložit oddíl „Úvod“' }).click();
    await page.getByText('Oddíl „Úvod“ uložen.').waitFor();

    await page.goto(`/a/plzen/comment-rounds/${roundId}`);
    await first.getByRole('button', { name: 'Propojit se změnou' }).click();
    const link = page.getByRole('dialog', { name: 'Propojit připomínku se změnou ve verzi 2' });
    await link.getByLabel(/^Změněný oddíl nebo opatření/).click();
    await page.getByRole('option', { name: 'Úvod', exact: true }).click();
    await link.getByLabel(/^Změněná část/).click();
    await page.getByRole('option', { name: 'text', exact: true }).click();
    await expectAccessible(page, 'cycle-link-change');
    await link.getByRole('button', { name: 'Propojit' }).click();
    await first.getByText('Změna ve verzi 2: Úvod – text').waitFor();
    await expectAccessible(page, 'cycle-settlement');

    await page.goto(`/a/plzen/action-plans/${planId}`);
    await page.getByRole('button', { name: 'Vydat verzi' }).click();
    const issue = page.getByRole('dialog', { name: 'Vydat verzi 2' });
    await issue.getByLabel('Co se oproti předchozí verzi změnilo').fill('Doplněn počet hodin podle připomínky č. 1.');
    await issue.getByRole('button', { name: 'Vydat verzi 2' }).click();
    await page.getByText('Verze 2 vydána; pokračuje se ve verzi 3.').waitFor();
    await page.getByRole('tab', { name: 'Verze', exact: true }).click();
    await page.getByRole('link', { name: 'Porovnat verzi 2 s předchozí' }).click();
    const intro = page.getByRole('article', { name: 'Úvod' });
    await intro.locator('ins', { hasText: '4 000 hodin' }).waitFor();
    const because = intro.getByRole('link', { name: /Změněno na základě připomínky: Chybí počet hodin/ });
    await expectAccessible(page, 'cycle-diff');
    await because.click();
    // The link leads to the comment's thread in the reader of version 1.
    await page.waitForURL(new RegExp(`/versions/${version1}#comment-`));
    await page.getByRole('article', { name: 'Připomínka 1' }).getByText(objection).waitFor();
    await page.waitForFunction(() => document.activeElement?.id.startsWith('comment-') ?? false);
    await page.context().close();
  });

  it('members vote on version 2, the quorum decides, the clerk records the resolution, the plan is published and a visitor reads it', async () => {
    const coordinator = await (await newContext(browser)).newPage();
    await logIn(coordinator, 'koordinator@plzen.example');
    const group = (await gql<{ createGroup: { id: string } }>(coordinator, `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, { input: { name: groupName, kind: 'TARGET_GROUP', targetGroup: 'senioři' } })).createGroup.id;
    const db = new Client({ connectionString: process.env['KOMPLAN_E2E_DATABASE_URL'] });
    await db.connect();
    const members = (await db.query<{ id: string }>(`SELECT id FROM people WHERE email IN ('clen@plzen.example', 'clen2@plzen.example')`)).rows;
    await db.end();
    expect(members).toHaveLength(2);
    for (const member of members) {
      await gql(coordinator, `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`, { input: { groupId: group, personId: member.id } });
    }
    await coordinator.goto(`/a/plzen/action-plans/${planId}?tab=rounds`);
    await coordinator.getByRole('link', { name: 'Otevřít hlasování o verzi 2' }).click();
    await coordinator.getByLabel(/^Název hlasování/).fill(voteTitle);
    await coordinator.getByRole('combobox', { name: /^Hlasují členové skupin/ }).fill(suffix);
    await coordinator.getByRole('option', { name: `${groupName} (členové: 2)` }).click();
    await coordinator.keyboard.press('Escape');
    await coordinator.getByRole('button', { name: 'Otevřít hlasování' }).click();
    await coordinator.getByRole('heading', { level: 1, name: voteTitle }).waitFor();
    const votePath = new URL(coordinator.url()).pathname;

    for (const [email, choice] of [
      ['clen@plzen.example', 'Schvaluji'],
      ['clen2@plzen.example', 'Schvaluji'],
    ] as const) {
      const voter = await (await newContext(browser)).newPage();
      await logIn(voter, email);
      await voter.goto(votePath);
      await voter.getByRole('radio', { name: choice, exact: true }).check();
      await voter.getByRole('button', { name: 'Hlasovat' }).click();
      await voter.getByTestId('my-vote').filter({ hasText: `Hlasoval(a) jste: ${choice}` }).waitFor();
      await voter.context().close();
    }

    await coordinator.reload();
    await coordinator.getByRole('heading', { name: 'Oprávnění hlasující (2 z 2 hlasovalo)' }).waitFor();
    await coordinator.getByRole('button', { name: 'Uzavřít hlasování' }).click();
    await coordinator.getByRole('dialog', { name: 'Uzavřít hlasování a spočítat výsledek?' }).getByRole('button', { name: 'Uzavřít hlasování' }).click();
    await coordinator.getByTestId('round-result').filter({ hasText: 'Schváleno' }).waitFor();
    await expect(coordinator.getByTestId('quorum').textContent()).resolves.toBe('Kvórum dosaženo');
    await expectAccessible(coordinator, 'cycle-approval-closed');

    const clerk = await (await newContext(browser)).newPage();
    await logIn(clerk, 'rada@plzen.example');
    await clerk.goto(`/a/plzen/action-plans/${planId}?tab=rounds`);
    await clerk.getByRole('link', { name: 'Zastupitelstvo a zveřejnění' }).click();
    await clerk.getByText('Účastníci schválili verzi 2; o ní rozhoduje zastupitelstvo.').waitFor();
    await clerk.getByLabel(/^Orgán/).fill('Zastupitelstvo města Plzně');
    await clerk.getByLabel(/^Číslo usnesení/).fill(`ZMP ${suffix}/2026`);
    await clerk.getByRole('button', { name: 'Zapsat usnesení' }).click();
    await clerk.getByTestId('plan-state').filter({ hasText: 'Schválen zastupitelstvem' }).waitFor();
    await expectAccessible(clerk, 'cycle-council');
    await clerk.context().close();

    await coordinator.goto(`/a/plzen/action-plans/${planId}/council`);
    await coordinator.getByRole('button', { name: 'Zveřejnit akční plán' }).click();
    await coordinator.getByRole('link', { name: 'Zobrazit na veřejném portálu' }).waitFor();
    await coordinator.context().close();

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto('/p/plzen/plans');
    await visitor.getByRole('link', { name: planTitle }).click();
    await visitor.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await visitor.getByText('4 000 hodin péče ročně', { exact: false }).waitFor();
    const pdf = visitor.getByRole('link', { name: 'Stáhnout PDF' });
    const href = (await pdf.getAttribute('href'))!;
    expect(href).toContain(planId);
    const response = await visitor.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    await expectAccessible(visitor, 'cycle-public-plan');
    await visitor.context().close();
  });
});
