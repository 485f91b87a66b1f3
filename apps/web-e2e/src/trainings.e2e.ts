import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the PDF text reader of the API tests (test code, no product code crosses apps); a shared testing lib would be the place for it
import { inflatePdf, pdfPages, plain } from '../../api/test/pdf-text';
import { expectAccessible, launch, logIn, newContext, screenshot } from './support/browser';
import { gql } from './support/plans';

/**
 * A training from registration to certificate: the area coordinator opens registration of a new
 * training on its page; a member registers on the "Školení" page and sees the free places drop;
 * the coordinator records them present in the attendance register; the member downloads the
 * certificate of attendance from "Moje školení", and the PDF carries their name and the training.
 */
describe('a training from registration to the certificate of attendance', () => {
  let browser: Browser;
  const title = `Školení: Individuální plánování – test ${Date.now().toString(36)}`;
  let meetingPath = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  const card = (page: Page) => page.getByRole('article', { name: title });

  it('the coordinator schedules a training and opens its registration on the meeting page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    // In ten days, 9:00–13:30 in Prague (a whole-area training with 3 places).
    const day = new Date(Date.now() + 10 * 24 * 3600 * 1000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Prague' });
    const created = await gql<{ createMeeting: { id: string } }>(
      page,
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      {
        input: {
          kind: 'TRAINING',
          title,
          startsAt: new Date(`${day}T09:00:00+01:00`).toISOString(),
          endsAt: new Date(`${day}T13:30:00+01:00`).toISOString(),
          place: 'Magistrát města Plzně, školicí místnost',
          capacity: 3,
        },
      },
    );
    meetingPath = `/a/plzen/meetings/${created.createMeeting.id}`;
    await page.goto(`${meetingPath}?tab=registration`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Registrace není otevřená.').waitFor();
    await page.getByRole('switch', { name: 'Registrace otevřena' }).check();
    await page.getByRole('button', { name: 'Uložit nastavení' }).click();
    await page.getByText('Nastavení registrace uloženo.').waitFor();
    await page.getByText('Registrace je otevřená do začátku akce.').waitFor();
    await expectAccessible(page, 'training-registration-settings');
    await context.close();
  });

  it('a member registers on the trainings page (on a phone) and sees the free places drop', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await logIn(page, 'clen@plzen.example');
    await page.goto('/a/plzen/trainings');
    await page.getByRole('heading', { level: 1, name: 'Školení a semináře' }).waitFor();
    await card(page).getByText('Volná 3 místa z 3').waitFor();
    await expectAccessible(page, 'trainings-upcoming-phone');
    await card(page).getByRole('button', { name: `Přihlásit se na ${title}` }).click();
    await card(page).getByText('Volná 2 místa z 3').waitFor();
    await card(page).getByText('Přihlášen/a').waitFor();
    await card(page).getByRole('button', { name: 'Zrušit přihlášku' }).waitFor();
    await expectAccessible(page, 'trainings-registered-phone');
    await context.close();
  });

  it('the coordinator sees the registration and records the member present', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto(`${meetingPath}?tab=registration`);
    await page.getByRole('table', { name: 'Přihlášení účastníci' }).getByRole('cell', { name: 'Pavel Novotný' }).waitFor();
    await expectAccessible(page, 'training-registrations-phone');
    await page.getByRole('tab', { name: 'Docházka' }).click();
    await page.getByRole('radiogroup', { name: 'Docházka: Pavel Novotný' }).getByText('Přítomen/a', { exact: true }).click();
    await page.getByRole('button', { name: 'Uložit docházku' }).click();
    await page.getByText('Docházka je uložena.').waitFor();
    await expectAccessible(page, 'training-attendance-phone');
    await context.close();
  });

  it('the member downloads the certificate of attendance with their name and the training', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'clen@plzen.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Školení' }).click();
    await page.getByRole('tab', { name: 'Moje školení' }).click();
    await card(page).getByText('Absolvováno').waitFor();
    await expectAccessible(page, 'trainings-mine');
    const link = card(page).getByRole('link', { name: `Stáhnout osvědčení o účasti: ${title}` });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^komplan-osvedceni-[0-9a-f]{8}\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfPages(inflatePdf(pdf)).map(plain).join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Osvědčení o účasti');
    expect(text).toContain('Pavel Novotný');
    expect(text).toContain(title);
    expect(text).toContain('4,5 hod.');
    await screenshot(page, 'trainings-certificate-downloaded');
    await context.close();
  });

  it('the coordinator manages projects, and the statistics page reports by project with an XLSX link', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto('/a/plzen/projects');
    await page.getByRole('cell', { name: /CZ\.03\.02\.02/ }).waitFor();
    await expectAccessible(page, 'projects');
    // A new project: a reversed period is refused on the field, then it is created, renamed and deleted.
    const name = `Projekt ${Date.now().toString(36)}`;
    await page.getByRole('button', { name: 'Nový projekt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nový projekt' });
    await dialog.getByLabel(/^Název projektu/).fill(name);
    await dialog.getByLabel(/^Registrační číslo/).fill('CZ.03.02.02/00/23_001/0000042');
    await dialog.getByLabel(/^Začátek/).fill('2026-06-01');
    await dialog.getByLabel(/^Konec/).fill('2026-01-01');
    await dialog.getByRole('button', { name: 'Založit projekt' }).click();
    await dialog.getByText('Konec projektu nesmí být před jeho začátkem.').waitFor();
    await expectAccessible(page, 'projects-form');
    await dialog.getByLabel(/^Konec/).fill('2027-05-31');
    await dialog.getByRole('button', { name: 'Založit projekt' }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();
    await page.getByRole('button', { name: `Smazat projekt ${name}` }).click();
    await page.getByRole('dialog', { name: `Smazat projekt ${name}?` }).getByRole('button', { name: 'Smazat projekt' }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /^Výkaz účasti projektu/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Statistiky účasti' }).waitFor();
    await page.getByText(/^Projekt CZ\.03\.02\.02/).waitFor();
    const xlsx = page.getByRole('link', { name: 'Stáhnout XLSX' });
    expect(await xlsx.getAttribute('href')).toMatch(/^\/api\/statistics\.xlsx\?area=plzen&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&projectId=[0-9a-f-]{36}&lang=cs$/);
    await expectAccessible(page, 'statistics-project');
    await context.close();
  });
});
