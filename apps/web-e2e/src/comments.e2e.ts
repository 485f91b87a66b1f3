import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { launch, logIn, newContext, screenshot, seriousAccessibilityViolations } from './support/browser';

const root = join(__dirname, '../../..');

/**
 * The database of the app under test: DATABASE_URL's (named by the global setup), or the embedded
 * cluster in tmp/e2e-postgres (its pid file names the port).
 */
function databaseUrl(): string {
  if (process.env['KOMPLAN_E2E_DATABASE_URL']) return process.env['KOMPLAN_E2E_DATABASE_URL'];
  const port = readFileSync(join(root, 'tmp/e2e-postgres/postmaster.pid'), 'utf8').split('\n')[3]!.trim();
  return `postgres://komplan:komplan@127.0.0.1:${port}/komplan`;
}

/**
 * An issued version 1 of a 2099 action plan of Plzeň with one section. The demo has no action plan
 * yet and this branch has no API that issues versions, so the one version is arranged in SQL; every
 * step after it goes through the web app and /graphql.
 */
async function issuedVersion(): Promise<{ versionId: string; sectionId: string }> {
  const db = new Client({ connectionString: databaseUrl() });
  await db.connect();
  try {
    const [area] = (await db.query(`SELECT id FROM areas WHERE slug = 'plzen'`)).rows as { id: string }[];
    const [plan] = (await db.query(`SELECT id FROM strategic_plans WHERE area_id = $1 ORDER BY from_year LIMIT 1`, [area!.id])).rows as { id: string }[];
    const [actionPlan] = (
      await db.query(`INSERT INTO action_plans (area_id, strategic_plan_id, year, title) VALUES ($1, $2, 2099, 'Akční plán 2099 (test připomínek)') RETURNING id`, [
        area!.id,
        plan!.id,
      ])
    ).rows as { id: string }[];
    const [version] = (
      await db.query(`INSERT INTO action_plan_versions (area_id, action_plan_id, number, state, issued_at) VALUES ($1, $2, 1, 'ISSUED', now()) RETURNING id`, [
        area!.id,
        actionPlan!.id,
      ])
    ).rows as { id: string }[];
    const [section] = (
      await db.query(
        `INSERT INTO action_plan_sections (area_id, version_id, lineage_id, kind, position, title, body) VALUES ($1, $2, gen_random_uuid(), 'INTRODUCTION', 1, 'Úvod', 'Plán rozšiřuje terénní služby pro seniory.') RETURNING id`,
        [area!.id, version!.id],
      )
    ).rows as { id: string }[];
    return { versionId: version!.id, sectionId: section!.id };
  } finally {
    await db.end();
  }
}

/** A GraphQL call with the page's session, as the web app makes it. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.request.post('/graphql', { headers: { 'x-komplan-area': 'plzen' }, data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

describe('comment round and settlement', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the coordinator opens a round, settles its comments, downloads the table and closes the round as settled', async () => {
    const { versionId, sectionId } = await issuedVersion();
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');

    await page.goto(`/a/plzen/plan-versions/${versionId}/comment-rounds`);
    await page.getByRole('button', { name: 'Otevřít připomínkové kolo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Název/).fill('Připomínky k akčnímu plánu 2099');
    await dialog.getByRole('radio', { name: 'Veřejnost' }).check();
    await screenshot(page, 'comments-open-round');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Otevřít kolo' }).click();
    const row = page.getByRole('row', { name: /Připomínky k akčnímu plánu 2099/ });
    await row.getByText('Otevřené').waitFor();

    // Two comments arrive (through the API, as the draft reader would send them); the round then closes.
    const { commentRounds } = await gql<{ commentRounds: { id: string }[] }>(page, `query($v: ID) { commentRounds(versionId: $v) { id } }`, { v: versionId });
    const roundId = commentRounds[0]!.id;
    const post = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;
    await gql(page, post, {
      input: { roundId, target: 'PASSAGE', sectionId, quote: { field: 'body', exact: 'terénní služby', start: 11, end: 25 }, stance: 'OBJECTION', body: 'Chybí počet hodin terénní péče.' },
    });
    await gql(page, post, { input: { roundId, target: 'DRAFT', stance: 'SUPPORT', body: 'Plán podporujeme.' } });

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Připomínky k akčnímu plánu 2099' }).waitFor();
    await page.getByText('Chybí počet hodin terénní péče.').waitFor();
    const close = page.getByRole('button', { name: 'Uzavřít kolo jako vypořádané' });
    expect(await close.isDisabled()).toBe(true);
    await page.getByText('Kolo lze uzavřít až po jeho konci.').waitFor();

    await gql(page, `mutation($input: UpdateCommentRoundInput!) { updateCommentRound(input: $input) { id } }`, {
      input: { id: roundId, opensAt: new Date(Date.now() - 3 * 86400_000).toISOString(), closesAt: new Date(Date.now() - 60_000).toISOString() },
    });
    await page.reload();
    await page.getByText('Zbývá vypořádat připomínek: 2.').waitFor();

    const first = page.getByRole('region', { name: 'Vypořádání: č. 1' });
    await first.getByLabel(/^Vypořádání/).click();
    await page.getByRole('option', { name: 'Neakceptováno' }).click();
    await first.getByRole('button', { name: 'Uložit vypořádání' }).click();
    await first.getByText('U tohoto vypořádání uveďte odůvodnění.').waitFor();
    await first.getByLabel(/^Odůvodnění/).fill('Počet hodin stanoví až rozpočet na rok 2099.');
    await first.getByRole('button', { name: 'Uložit vypořádání' }).click();
    await page.getByText('Zbývá vypořádat připomínek: 1.').waitFor();

    const second = page.getByRole('region', { name: 'Vypořádání: č. 2' });
    await second.getByLabel(/^Vypořádání/).click();
    await page.getByRole('option', { name: 'Akceptováno', exact: true }).click();
    await second.getByRole('button', { name: 'Uložit vypořádání' }).click();
    await page.waitForFunction(() => !document.querySelector('button[aria-describedby="close-blocker"]'));
    await screenshot(page, 'comments-settlement');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tabulka vypořádání (XLSX)' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer);
    const texts = workbook.worksheets[0]!.getColumn(6).values;
    expect(texts).toContain('Chybí počet hodin terénní péče.');
    expect(workbook.worksheets[0]!.getRow(2).getCell(4).value).toBe('Úvod: „terénní služby“');

    // The same table as a Word document for the council: the comment and its settlement are in it.
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tabulka vypořádání (DOCX)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/^komplan-vyporadani-\d{4}-\d{2}-\d{2}\.docx$/);
    const word = await JSZip.loadAsync(readFileSync((await docx.path())!));
    const body = await word.file('word/document.xml')!.async('string');
    expect(body).toContain('Chybí počet hodin terénní péče.');
    expect(body).toContain('Počet hodin stanoví až rozpočet na rok 2099.');

    await page.getByRole('button', { name: 'Uzavřít kolo jako vypořádané' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Uzavřít kolo jako vypořádané' }).click();
    await page.getByText('Vypořádané', { exact: true }).first().waitFor();
    await page.getByText('Kolo je už uzavřeno jako vypořádané.').waitFor();
  });
});
