import { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';

/**
 * The whole flow, as people do it: the coordinator of the Senioři group schedules a
 * meeting with an agenda and invites the group; a member replies; the coordinator records the
 * attendance (on a phone) and publishes the minutes; a visitor without an account reads them; the
 * statistics count the meeting. Each page is scanned with axe-core and photographed.
 */
describe('a working-group meeting from invitation to published minutes', () => {
  let browser: Browser;
  const title = `Jednání PS Senioři – test ${Date.now().toString(36)}`;
  const minutesText = `Skupina projednala rozvojové záměry poskytovatelů (${Date.now().toString(36)}).`;
  // Two days ago in Prague, 14:00–16:00: a meeting that has taken place.
  const day = new Date(Date.now() - 2 * 24 * 3600 * 1000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Prague' });
  let meetingPath = '';
  let meetingsBefore = 0;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  async function statisticsMeetingCount(page: Page): Promise<number> {
    await page.goto('/a/plzen/statistics');
    await page.getByLabel(/^Od/).fill(day);
    await page.getByLabel(/^Do/).fill(day);
    await page.waitForLoadState('networkidle');
    const value = page.locator('dt', { hasText: /^Jednání$/ }).locator('xpath=following-sibling::dd[1]');
    return Number((await value.innerText()).replace(/\s/g, ''));
  }

  it('the group coordinator schedules the meeting with an agenda and invites the group', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'seniori@plzen.example');
    meetingsBefore = await statisticsMeetingCount(page);

    await page.goto('/a/plzen/meetings');
    await page.getByRole('button', { name: 'Naplánovat jednání' }).or(page.getByRole('link', { name: 'Naplánovat jednání' })).first().click();
    await page.getByRole('heading', { level: 1, name: 'Naplánovat jednání' }).waitFor();
    await page.getByRole('combobox', { name: /^Skupina/ }).click();
    await page.getByRole('option', { name: 'Senioři' }).click();
    await page.getByLabel(/^Název \*?$/).fill(title);
    await page.getByLabel(/^Začátek/).fill(`${day}T14:00`);
    await page.getByLabel(/^Konec/).fill(`${day}T16:00`);
    await page.getByLabel(/^Místo/).fill('Magistrát města Plzně, Škroupova 5, zasedací místnost 301');
    await page.getByRole('switch', { name: 'Veřejné jednání' }).check();
    await page.getByLabel(/^Název bodu/).first().fill('Schválení zápisu z minulého jednání');
    await page.getByRole('button', { name: 'Přidat bod programu' }).click();
    await page.getByLabel(/^Název bodu/).nth(1).fill('Rozvojové záměry poskytovatelů');
    await expectAccessible(page, 'meeting-new');
    await page.getByRole('button', { name: 'Naplánovat jednání' }).last().click();

    const inviteAll = page.getByRole('checkbox', { name: 'Pozvat všechny členy skupiny' });
    await inviteAll.waitFor();
    expect(await inviteAll.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Pokračovat na jednání' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    meetingPath = new URL(page.url()).pathname;

    await page.getByRole('tab', { name: 'Program' }).click();
    await page.getByText('Rozvojové záměry poskytovatelů').waitFor();
    await page.getByRole('tab', { name: 'Pozvánky' }).click();
    await page.getByRole('cell', { name: 'Pavel Novotný' }).waitFor();
    await expectAccessible(page, 'meeting-invitations');
    await context.close();
  });

  it('a member of the group replies to the invitation', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'clen@plzen.example');
    await page.goto(`${meetingPath}?tab=invitations`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const attend = page.getByRole('button', { name: 'Zúčastním se', exact: true });
    await attend.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('Zúčastním se') && b.getAttribute('aria-pressed') === 'true'),
    );
    await expectAccessible(page, 'meeting-member-reply');
    await context.close();
  });

  it('the coordinator records attendance on a phone and publishes the minutes', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await logIn(page, 'seniori@plzen.example');
    await page.goto(`${meetingPath}?tab=attendance`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Všichni přítomni' }).click();
    await page.getByRole('radiogroup', { name: 'Docházka: Pavel Novotný' }).getByText('Omluven/a').click();
    await page.getByRole('button', { name: 'Uložit docházku' }).click();
    await page.getByText('Docházka je uložena.').waitFor();
    await expectAccessible(page, 'meeting-attendance-phone');

    await page.getByRole('tab', { name: 'Zápis' }).click();
    await page.getByLabel('Text zápisu').fill(`## Průběh jednání\n\n${minutesText}`);
    await page.getByRole('button', { name: 'Uložit zápis' }).click();
    await page.getByText(/Zápis je uložen|verze 1/i).first().waitFor();
    await page.getByRole('button', { name: 'Zveřejnit zápis' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Zveřejnit' }).click();
    await page.getByText(/Zveřejněno/).first().waitFor();
    await expectAccessible(page, 'meeting-minutes-published');
    await context.close();
  });

  it('a visitor without an account reads the published minutes on the public portal', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/p/plzen');
    await page.getByRole('tab', { name: 'Proběhlá' }).click();
    await expectAccessible(page, 'public-meetings');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(minutesText).waitFor();
    await expectAccessible(page, 'public-meeting');
    await context.close();
  });

  it('the statistics page counts the meeting', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'seniori@plzen.example');
    expect(await statisticsMeetingCount(page)).toBe(meetingsBefore + 1);
    await expectAccessible(page, 'statistics');
    await context.close();
  });
});
