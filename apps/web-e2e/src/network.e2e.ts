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
    // The chart: one image per unit named by its summary, bars per service type, some of them changed.
    const charts = page.getByRole('img', { name: /^Graf: / });
    expect(await charts.count()).toBeGreaterThan(0);
    expect(await page.locator('[role=img] [data-type]').count()).toBeGreaterThan(5);
    await screenshot(page, 'network');
    expect((await page.locator('[role=img] [data-type]').allInnerTexts()).filter((text) => /\([+−]\d/.test(text)).length).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // On a 320 px phone the chart and the page fit the width (the table scrolls in its own box).
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(400); // the navigation drawer slides away
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'network-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('textbox', { name: 'Druh služby' }).or(page.getByRole('combobox', { name: 'Druh služby' })).first().click();
    await page.getByRole('option', { name: /^§\s?49 / }).first().click();
    // The filtered network replaces the table once it arrives (a WebSocket may be open, so no 'networkidle').
    await page.waitForFunction(() => {
      const table = document.querySelector('table[aria-label="Kapacity podle druhu služby a cílové skupiny"]') ?? document.querySelector('table');
      const body = [...(table?.querySelectorAll('tbody tr') ?? [])];
      return body.length > 0 && body.every((row) => /§\s?49 /.test(row.textContent ?? ''));
    });
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => /§\s?49 /.test(row))).toBe(true);
    // The chart shows the one type, in beds, today and with the intentions as the total says.
    const digits = (text: string) => text.replace(/\D/g, '');
    const total = (await page.getByLabel('Celkem: Lůžka').innerText()).split('\n').find((line) => line.includes('→'))!;
    const [current, proposed] = total.split('→').map(digits);
    expect(current).not.toBe(proposed);
    const bars = page.locator('[role=img][data-unit=BEDS] [data-type]');
    expect(await bars.count()).toBe(1);
    expect([await bars.getAttribute('data-current'), await bars.getAttribute('data-proposed')]).toEqual([current, proposed]);
    expect(await bars.innerText()).toMatch(/\([+−]\d/);
    const summary = await page.getByRole('img', { name: /^Graf/ }).getAttribute('aria-label');
    expect(summary).toMatch(/^Graf: Lůžka podle druhu služby/);
    expect(summary!.split('dnes')[1]!.split(',').map(digits)).toEqual([current, proposed]);
    await screenshot(page, 'network-homes');
    await context.close();
  });
});
