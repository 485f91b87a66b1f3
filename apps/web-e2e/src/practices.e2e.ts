import { readFileSync } from 'node:fs';
import { Browser } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext, screenshot } from './support/browser';

/**
 * The good-practice library. A visitor without an account opens the public library, types a word
 * WITHOUT diacritics and finds the article written with them, opens it and downloads its PDF.
 * A coordinator writes an article, attaches a file and publishes it; the visitor then finds it.
 */
describe('the good-practice library', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const title = `Půjčovna kompenzačních pomůcek ${suffix}`;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('a visitor finds "odlehčovací" by typing "odlehcovaci", opens the article and downloads its attachment', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto('/p/plzen');
    await page.getByRole('banner').getByRole('link', { name: 'Dobrá praxe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Databáze dobré praxe' }).waitFor();
    await expectAccessible(page, 'practices-public-list');

    await page.getByRole('searchbox', { name: 'Hledat' }).fill('odlehcovaci');
    await page.waitForURL(/q=odlehcovaci/);
    const result = page.getByRole('article').filter({ hasText: 'Odlehčovací služba pro rodiny pečující o seniory' });
    await result.waitFor();
    // The word found is highlighted as it is written in the article, with its diacritics.
    await result.locator('mark').filter({ hasText: /^odlehčovací$/i }).first().waitFor();
    await expect(page.getByRole('article').count()).resolves.toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'practices-public-search');

    await result.getByRole('link', { name: 'Odlehčovací služba pro rodiny pečující o seniory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Odlehčovací služba pro rodiny pečující o seniory' }).waitFor();
    await page.getByText('Diakonie Radbuza – středisko Plzeň').first().waitFor();
    await expectAccessible(page, 'practices-public-article');

    const link = page.getByRole('link', { name: 'Odlehčovací služba – metodika přijetí.pdf' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('Odlehčovací služba – metodika přijetí.pdf');
    expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // A word of a Polish article, typed without Polish letters.
    await page.goto('/p/plzen/practices?q=uslugi%20opiekuncze');
    await page.getByRole('article').filter({ hasText: 'Usługi opiekuńcze świadczone przez sąsiadów' }).waitFor();
    await page.context().close();
  });

  it('the library reads well on a phone', async () => {
    const page = await (await newContext(browser, { phone: true })).newPage();
    await page.goto('/p/plzen');
    // On a phone the portal's sections are in the header's menu.
    await page.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('menuitem', { name: 'Dobrá praxe' }).click();
    await page.getByRole('searchbox', { name: 'Hledat' }).fill('pecovatel');
    await page.getByRole('article').filter({ hasText: 'Pečovatelská služba v malých obcích mikroregionu' }).waitFor();
    await expectAccessible(page, 'practices-public-search-phone');
    await page.context().close();
  });

  it('a coordinator writes an article, attaches a file and publishes it; the visitor finds it', async () => {
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto('/a/plzen/practices');
    await page.getByRole('heading', { level: 1, name: 'Dobrá praxe' }).waitFor();
    await expectAccessible(page, 'practices-area-list');

    await page.getByRole('link', { name: 'Napsat článek' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nový článek' }).waitFor();
    await page.getByLabel('Název', { exact: false }).first().fill(title);
    await page.getByLabel('Perex').fill('Město půjčuje polohovací lůžka, chodítka a vozíky pečujícím rodinám na dobu, než dostanou vlastní.');
    await page.getByLabel('Text článku').fill('# Jak to funguje\nPomůcky vydává **půjčovna** v Domě sociálních služeb; rezervace telefonicky.');
    const tags = page.getByRole('combobox', { name: 'Štítky' });
    await tags.fill('kompenzační pomůcky');
    await tags.press('Enter');
    await expectAccessible(page, 'practices-editor');
    await page.getByRole('button', { name: 'Uložit koncept' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('nezveřejněno').first().waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'Ceník půjčovny.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Nahrát' }).click();
    await page.getByRole('link', { name: 'Ceník půjčovny.pdf' }).waitFor();

    // A file of a forbidden type gets a clear, translated error and is not stored.
    await page.locator('input[type="file"]').setInputFiles({ name: 'makro.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await page.getByRole('button', { name: 'Nahrát' }).click();
    await page.getByText('Tento typ souboru nelze přiložit', { exact: false }).waitFor();
    await expectAccessible(page, 'practices-area-article-draft');

    await page.getByRole('button', { name: 'Zveřejnit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Zveřejnit' }).click();
    await page.getByRole('button', { name: 'Stáhnout z portálu' }).waitFor();
    await screenshot(page, 'practices-area-article-published');
    await page.context().close();

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto('/p/plzen/practices');
    await visitor.getByRole('searchbox', { name: 'Hledat' }).fill(`pujcovna kompenzacnich ${suffix}`);
    await visitor.waitForURL(/q=pujcovna/);
    await visitor.getByText('Nalezen 1 článek').waitFor();
    await visitor.getByRole('article').filter({ hasText: title }).getByRole('link', { name: title }).click();
    await visitor.getByRole('heading', { level: 1, name: title }).waitFor();
    await visitor.getByRole('link', { name: 'Ceník půjčovny.pdf' }).waitFor();
    await visitor.context().close();
  });
});
