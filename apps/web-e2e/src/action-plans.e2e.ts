import { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';

/**
 * The demo action plan: the coordinator edits a section of the draft; a second window opened
 * before that save (a stale page) saves too and gets the conflict dialog with both texts; the
 * coordinator issues the draft, opens the diff and sees the change; the version reads as a
 * document with its quotable texts marked.
 */
describe('action plan drafts, conflicts, issue and diff', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const added = `Nově doplněná věta o dostupnosti služeb ${suffix}.`;
  const stale = `Souběžná úprava ze zastaralé stránky ${suffix}.`;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  async function openDemoPlan(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name: 'Akční plány' }).click();
    await page.getByRole('heading', { level: 1, name: 'Akční plány' }).waitFor();
    // The demo's plan of this year is in preparation (last year's is approved and monitored).
    await page.getByRole('link', { name: `Akční plán sociálních služeb města Plzně na rok ${new Date().getFullYear()}` }).click();
    await page.getByRole('heading', { level: 1, name: /^Akční plán sociálních služeb města Plzně/ }).waitFor();
    await page.getByRole('heading', { name: /\(rozpracovaná\)$/ }).waitFor();
  }

  it('edits, meets a conflict, issues the version and shows the change in the diff', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await openDemoPlan(page);
    await expectAccessible(page, 'action-plan-list-and-draft');

    // A second window of the same draft, loaded before the first one saves.
    const stalePage = await context.newPage();
    await stalePage.goto(page.url());
    await stalePage.getByRole('heading', { name: /\(rozpracovaná\)$/ }).waitFor();

    const body = page.getByLabel('Text oddílu „Souhrn rozpočtu“ (Markdown)');
    const original = await body.inputValue();
    await body.fill(`${original}\n\n${added}`);
    await page.getByText('Neuložené změny').waitFor();
    await page.getByRole('button', { name: 'Uložit oddíl „Souhrn rozpočtu“' }).click();
    await page.getByText('Oddíl „Souhrn rozpočtu“ uložen.').waitFor();

    const staleBody = stalePage.getByLabel('Text oddílu „Souhrn rozpočtu“ (Markdown)');
    await staleBody.fill(`${original}\n\n${stale}`);
    await stalePage.getByRole('button', { name: 'Uložit oddíl „Souhrn rozpočtu“' }).click();
    const dialog = stalePage.getByRole('dialog', { name: 'Oddíl mezitím uložil někdo jiný' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('conflict-theirs-body').innerText()).toContain(added);
    expect(await dialog.getByTestId('conflict-yours-body').innerText()).toContain(stale);
    await expectAccessible(stalePage, 'action-plan-conflict');
    await dialog.getByRole('button', { name: 'Převzít uložené' }).click();
    expect(await staleBody.inputValue()).toContain(added);
    expect(await staleBody.inputValue()).not.toContain(stale);
    await stalePage.close();

    // The text on the server is the first save: nothing was overwritten.
    await page.reload();
    await page.getByRole('heading', { name: /\(rozpracovaná\)$/ }).waitFor();
    expect(await page.getByLabel('Text oddílu „Souhrn rozpočtu“ (Markdown)').inputValue()).toContain(added);

    const draftHeading = await page.getByRole('heading', { name: /\(rozpracovaná\)$/ }).innerText();
    const number = Number(draftHeading.match(/Verze (\d+)/)![1]);
    await page.getByRole('button', { name: 'Vydat verzi' }).click();
    const issue = page.getByRole('dialog', { name: `Vydat verzi ${number}` });
    await issue.getByLabel('Co se oproti předchozí verzi změnilo').fill('Doplněn souhrn rozpočtu.');
    await expectAccessible(page, 'action-plan-issue');
    await issue.getByRole('button', { name: `Vydat verzi ${number}` }).click();
    await page.getByText(`Verze ${number} vydána; pokračuje se ve verzi ${number + 1}.`).waitFor();
    await page.getByRole('heading', { name: `Verze ${number + 1} (rozpracovaná)` }).waitFor();

    await page.getByRole('tab', { name: 'Opatření', exact: true }).click();
    await page.getByRole('link', { name: /^1\.1\.\d+ / }).first().waitFor();
    await expectAccessible(page, 'action-plan-measures');

    await page.getByRole('tab', { name: 'Verze', exact: true }).click();
    await page.getByRole('link', { name: `Porovnat verzi ${number} s předchozí` }).click();
    await page.getByRole('heading', { level: 1, name: 'Porovnání verzí' }).waitFor();
    const budget = page.getByRole('article', { name: 'Souhrn rozpočtu' });
    await budget.locator('ins', { hasText: added }).waitFor();
    expect(await budget.getByText('Změněno', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'action-plan-diff');

    // The issued version reads as a document; its quotable texts carry their anchors.
    await page.goto(page.url().replace(/\/diff.*$/, ''));
    await page.getByRole('tab', { name: 'Verze', exact: true }).click();
    await page.getByRole('link', { name: `Číst verzi ${number}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`– verze ${number}$`) }).waitFor();
    const quoted = page.locator('[data-quote-field="body"][data-quote-section]', { hasText: added });
    expect(await quoted.count()).toBe(1);
    expect(await page.locator('[data-quote-measure][data-quote-field="title"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'action-plan-version-reader');
    await context.close();
  });
});
