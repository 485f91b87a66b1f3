import { Browser } from 'playwright-core';
import { launch, logIn, newContext, screenshot, seriousAccessibilityViolations } from './support/browser';

describe('Komplan in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('shows the front page with the demo area and its public portal, without login', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Komunitní plánování sociálních služeb' }).waitFor();
    await page.getByText('Statutární město Plzeň').waitFor();
    await screenshot(page, 'home');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a wrong password with the server’s message, then logs in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mail').fill('koordinator@plzen.example');
    await page.getByLabel(/^Heslo/).fill('wrong password');
    await page.getByRole('button', { name: 'Přihlásit se' }).click();
    await page.getByRole('alert').getByText('Nesprávný e-mail nebo heslo.').waitFor();
    await screenshot(page, 'login-refused');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await logIn(page, 'koordinator@plzen.example');
    await page.getByRole('navigation', { name: 'Hlavní navigace' }).waitFor();
    await screenshot(page, 'dashboard');
    await context.close();
  });
});
