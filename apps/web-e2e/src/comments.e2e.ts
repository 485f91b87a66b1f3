import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { launch, logIn, newContext, screenshot, seriousAccessibilityViolations } from './support/browser';
import { gql, issuedPlan } from './support/plans';

describe('comment round and settlement', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the coordinator opens a round, settles its comments, downloads the table and closes the round as settled', async () => {
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');
    const { versionId, introductionId: sectionId } = await issuedPlan(page, {
      title: (year) => `Akční plán ${year} (test připomínek ${Date.now().toString(36)})`,
      introduction: 'Plán rozšiřuje terénní služby pro seniory.',
      changeNote: 'Návrh k připomínkám.',
    });

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
