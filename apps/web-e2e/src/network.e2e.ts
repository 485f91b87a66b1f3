import { Browser } from 'playwright-core';
import { launch, logIn, newContext, screenshot, seriousAccessibilityViolations } from './support/browser';

describe('the service network', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows today’s capacity beside the capacity with the recommended intentions', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name: 'Síť služeb' }).click();
    await page.getByRole('heading', { level: 1, name: 'Síť sociálních služeb' }).waitFor();
    const table = page.getByRole('table', { name: 'Kapacity podle druhu služby a cílové skupiny' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(5);
    // The demo has recommended, forwarded and included intentions: some capacity changes.
    expect(await table.getByText(/^[+−]\d/).count()).toBeGreaterThan(0);
    await screenshot(page, 'network');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Druh služby' }).or(page.getByRole('combobox', { name: 'Druh služby' })).first().click();
    await page.getByRole('option', { name: /^§\s?49 / }).first().click();
    await page.waitForLoadState('networkidle');
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => /§\s?49 /.test(row))).toBe(true);
    await context.close();
  });
});
