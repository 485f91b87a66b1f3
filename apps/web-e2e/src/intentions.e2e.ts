import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { DOWNLOADS, expectAccessible, launch, logIn, newContext } from './support/browser';

/**
 * A provider registers a service and writes a development intention for it through the guided
 * form (autosaved draft), submits it before the deadline the area coordinator set; the Senioři
 * coordinator recommends it; the area coordinator forwards it, filters the list by kind and
 * downloads the XLSX export with the intention's row.
 */
describe('development intentions', () => {
  let browser: Browser;
  const stamp = Date.now().toString().slice(-6);
  const serviceName = `Domov Na Vyhlídce ${stamp}`;
  const registrationId = `9${stamp}`;
  const startYear = new Date().getFullYear() + 1;
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  let intentionPath = '';
  let measureLabel = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the area coordinator sets the submission deadline', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto('/a/plzen/intentions');
    await page.getByRole('heading', { level: 1, name: 'Rozvojové záměry' }).waitFor();
    await page.getByRole('button', { name: 'Termín podání' }).click();
    const dialog = page.getByRole('dialog', { name: 'Termín podání záměrů' });
    await dialog.getByLabel(/^Rok zahájení záměrů/).fill(String(startYear));
    await dialog.getByLabel(/^Poslední den podání/).fill(deadline);
    await dialog.getByRole('button', { name: 'Uložit termín' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('the provider registers a service, writes an intention with autosave and submits it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'poskytovatel@plzen.example');

    await page.getByRole('navigation').getByRole('link', { name: 'Služby' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registr služeb' }).waitFor();
    await page.getByRole('button', { name: 'Přidat službu' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Nová služba' });
    await dialog.getByRole('button', { name: 'Přidat službu' }).click();
    await dialog.getByText('Identifikátor služby má 7 číslic.').waitFor();
    await dialog.getByRole('combobox', { name: /^Druh služby/ }).fill('Domovy pro seniory');
    await page.getByRole('option', { name: '§49 Domovy pro seniory' }).click();
    await dialog.getByLabel(/^Název služby/).fill(serviceName);
    // §49 is residential only, so the form and the unit (beds) follow from the type.
    expect(await dialog.getByRole('combobox', { name: /^Forma/ }).inputValue()).toBe('Pobytová');
    expect(await dialog.getByRole('combobox', { name: /^Jednotka kapacity/ }).inputValue()).toBe('Lůžka');
    await dialog.getByLabel(/^Identifikátor služby/).fill(registrationId);
    await dialog.getByLabel(/^Kapacita/).fill('80');
    await dialog.getByRole('combobox', { name: /^Cílové skupiny/ }).fill('Senio');
    await page.getByRole('option', { name: 'Senioři' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Přidat službu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const register = page.getByRole('table', { name: 'Registrované služby' });
    await register.getByText(serviceName).waitFor();
    await register.getByText('80 lůžek').first().waitFor();
    await expectAccessible(page, 'services-register');

    // An import with a faulty row stores nothing and reports the row.
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import služeb z CSV' });
    const csv = ['type;registrationId;name;targetGroups;form;capacity;capacityUnit;areaServed;contact', `49;12;Domov bez čísla;SENIORS;RESIDENTIAL;20;BEDS;Plzeň;`].join('\n');
    await importDialog.locator('input[type=file]').setInputFiles({ name: 'sluzby.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await importDialog.getByRole('button', { name: 'Importovat' }).click();
    await importDialog.getByText('Nic nebylo importováno').waitFor();
    const problems = importDialog.getByRole('table', { name: 'Chyby importu' });
    await problems.getByRole('cell', { name: '2', exact: true }).first().waitFor();
    await expectAccessible(page, 'services-import');
    await importDialog.getByRole('button', { name: 'Zavřít' }).last().click();
    await register.getByText('Domov bez čísla').waitFor({ state: 'detached' });

    await page.getByRole('navigation').getByRole('link', { name: 'Rozvojové záměry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moje záměry' }).waitFor();
    await page.getByRole('link', { name: 'Nový záměr' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nový rozvojový záměr' }).waitFor();
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByText('Vyberte jednu možnost.').waitFor();
    await page.getByRole('combobox', { name: /^Služba/ }).click();
    await page.getByRole('option', { name: serviceName }).click();
    await page.getByRole('button', { name: 'Další' }).click();

    // Step 2: today's capacity comes from the register.
    expect(await page.getByLabel(/^Současná kapacita/).inputValue()).toBe('80');
    await page.getByLabel(/^Navrhovaná kapacita/).fill('70');
    await page.getByLabel(/^Změna úvazků/).fill('1,5');
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByText('Při navýšení musí být navrhovaná kapacita vyšší než současná.').waitFor();
    await page.getByLabel(/^Navrhovaná kapacita/).fill('90');
    await page.getByRole('button', { name: 'Další' }).click();

    // Step 3: money to the haléř; a source above the cost is refused.
    await page.getByLabel(/^Roční náklady/).fill('1 250 000,50');
    await page.getByLabel(/^Stát/).fill('1000000');
    await page.getByLabel(/^Kraj/).fill('250000,51');
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByText('Zdroje financování dohromady přesahují roční náklady.').waitFor();
    await page.getByLabel(/^Kraj/).fill('250000,50');
    await page.getByRole('button', { name: 'Další' }).click();

    // Step 4, then the first save creates the draft.
    await page.getByLabel(/^Rok zahájení/).fill(String(startYear));
    await page.getByRole('combobox', { name: /^Posuzující pracovní skupina/ }).click();
    await page.getByRole('option', { name: 'Senioři' }).click();
    await page.getByLabel(/^Zdůvodnění potřebnosti/).fill('Pořadník čítá 140 žadatelů.');
    // The measures of the plan the intention serves: searched by number, shown as "1.1.1 Title".
    await page.getByRole('combobox', { name: /^Opatření plánu/ }).fill('1.1.');
    const firstMeasure = page.getByRole('option').first();
    measureLabel = (await firstMeasure.textContent())?.trim() ?? '';
    expect(measureLabel).toMatch(/^1\.1\.\d+ \S/);
    await firstMeasure.click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Uložit koncept' }).click();
    await page.waitForURL(/\/intentions\/[^/]+\/edit$/);
    intentionPath = new URL(page.url()).pathname.replace(/\/edit$/, '');
    await page.getByText('Uloženo').waitFor();

    // Autosave: a change is saved after a pause, and is there after a reload.
    await page.getByRole('button', { name: 'Zpět' }).click();
    await page.getByLabel(/^Zdůvodnění potřebnosti/).fill('Pořadník čítá 140 žadatelů; průměrná čekací doba je 14 měsíců.');
    await page.getByText('Ukládám…').or(page.getByText('Uloženo')).first().waitFor();
    await page.waitForTimeout(1500);
    await page.getByText('Uloženo').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Koncept rozvojového záměru' }).waitFor();
    await page.getByRole('button', { name: 'Termín a zdůvodnění' }).click();
    expect(await page.getByLabel(/^Zdůvodnění potřebnosti/).inputValue()).toBe('Pořadník čítá 140 žadatelů; průměrná čekací doba je 14 měsíců.');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('Krok 4 z 5: Termín a zdůvodnění').waitFor();
    await page.waitForTimeout(400); // the navigation drawer slides away
    await expectAccessible(page, 'intention-form-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Další' }).click();
    const day = Number(deadline.slice(8, 10));
    const month = Number(deadline.slice(5, 7));
    await page.getByText(`Záměry se zahájením v roce ${startYear} lze podat do ${day}. ${month}. ${deadline.slice(0, 4)}.`).waitFor();
    await page.getByRole('table', { name: 'Shrnutí záměru' }).getByText('1 250 000,50 Kč').waitFor();
    // The autosave of the justification left the link to the measure as it was.
    await page.getByRole('table', { name: 'Shrnutí záměru' }).getByText(measureLabel).waitFor();
    await expectAccessible(page, 'intention-form');
    await page.getByRole('button', { name: 'Odeslat' }).click();
    await page.getByRole('heading', { level: 1, name: serviceName }).waitFor();
    await page.getByText('Podáno').first().waitFor();
    const linked = page.getByRole('region', { name: 'Opatření, která záměr naplňuje' }).getByRole('link', { name: measureLabel });
    expect(await linked.getAttribute('href')).toMatch(/^\/a\/plzen\/measures\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'intention-submitted');

    await page.goto('/a/plzen/intentions');
    const mine = page.getByRole('table', { name: 'Rozvojové záměry' });
    await mine.getByRole('link', { name: serviceName }).waitFor();
    await mine.getByText('80 → 90 lůžek').waitFor();
    await expectAccessible(page, 'intentions-list');
    await context.close();
  });

  it('the provider saves a draft for a new service; form and units follow its type', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'poskytovatel@plzen.example');
    await page.goto('/a/plzen/intentions/new');
    await page.getByRole('heading', { level: 1, name: 'Nový rozvojový záměr' }).waitFor();
    await page.getByText('Nová služba', { exact: true }).click();
    await page.getByLabel(/^Název nové služby/).fill(`Pečovatelská služba Slovany ${stamp}`);
    await page.getByRole('combobox', { name: /^Druh nové služby/ }).fill('pečovatelská');
    await page.getByRole('option', { name: '§40 Pečovatelská služba' }).click();
    await page.getByRole('combobox', { name: /^Forma nové služby/ }).click();
    await page.getByRole('option', { name: 'Terénní' }).click();
    await page.getByRole('combobox', { name: /^Cílové skupiny/ }).fill('Senio');
    await page.getByRole('option', { name: 'Senioři' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Další' }).click();

    expect(await page.getByRole('combobox', { name: /^Druh záměru/ }).inputValue()).toBe('Nová služba');
    expect(await page.getByLabel(/^Současná kapacita/).isDisabled()).toBe(true);
    // A field service is not counted in beds: the open list offers the three other units only.
    await page.getByRole('combobox', { name: /^Jednotka/ }).click();
    const hours = page.getByRole('option', { name: 'Hodiny přímé práce za rok' });
    await hours.waitFor();
    expect(await page.getByRole('option').allTextContents()).toEqual(['Klienti v jednom okamžiku', 'Hodiny přímé práce za rok', 'Intervence za rok']);
    await hours.click();
    await page.getByLabel(/^Navrhovaná kapacita/).fill('6000');
    await page.getByLabel(/^Změna úvazků/).fill('3');
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByLabel(/^Roční náklady/).fill('2400000');
    await page.getByRole('button', { name: 'Další' }).click();
    await page.getByRole('combobox', { name: /^Posuzující pracovní skupina/ }).click();
    await page.getByRole('option', { name: 'Senioři' }).click();
    await page.getByLabel(/^Zdůvodnění potřebnosti/).fill('Terénní péče chybí v obvodu Slovany.');
    await page.getByRole('button', { name: 'Uložit koncept' }).click();
    await page.waitForURL(/\/intentions\/[^/]+\/edit$/);
    await page.getByRole('table', { name: 'Shrnutí záměru' }).getByText('0 → 6000 hodin/rok').waitFor();
    await context.close();
  });

  it('the Senioři coordinator recommends the intention', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'seniori@plzen.example');
    await page.goto('/a/plzen/intentions?queue=1');
    await page.getByRole('table', { name: 'Záměry čekající na vaše rozhodnutí' }).getByRole('link', { name: serviceName }).click();
    await page.getByRole('heading', { level: 1, name: serviceName }).waitFor();
    await page.getByRole('button', { name: 'Zaznamenat stanovisko' }).click();
    await page.getByText('Vyberte jednu možnost.').waitFor();
    await page.getByRole('radio', { name: 'Doporučeno', exact: true }).check();
    await page.getByLabel(/^Odůvodnění/).fill('Skupina potřebu potvrdila na základě mapování.');
    await page.getByRole('button', { name: 'Zaznamenat stanovisko' }).click();
    await page.getByText('Skupina potřebu potvrdila na základě mapování.').first().waitFor();
    await page.getByRole('button', { name: 'Zaznamenat stanovisko' }).waitFor({ state: 'detached' });
    await page.getByText('Doporučeno', { exact: true }).nth(1).waitFor();
    await context.close();
  });

  it('the area coordinator forwards it, filters by kind and downloads the XLSX export with its row', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto('/a/plzen/intentions');
    await page.getByRole('tab', { name: 'K postoupení kraji' }).click();
    await page.getByRole('table', { name: 'Záměry čekající na vaše rozhodnutí' }).getByRole('link', { name: serviceName }).click();
    await page.waitForURL(new RegExp(`${intentionPath}$`));
    await page.getByRole('button', { name: 'Postoupit kraji' }).click();
    await page.getByRole('dialog', { name: 'Postoupit záměr kraji?' }).getByRole('button', { name: 'Postoupit kraji' }).click();
    await page.getByRole('heading', { name: 'Rozhodnutí kraje' }).waitFor();
    // The badge and the newest entry of the history (which arrives with the refetched intention).
    await page.getByText('Postoupeno kraji').nth(1).waitFor();
    // The history: created, one autosaved edit (no echo of the save, none for an unchanged submit), submitted, recommended, forwarded.
    expect(await page.getByText('Koncept založen').count()).toBe(1);
    expect(await page.getByText('Koncept upraven').count()).toBe(1);
    await expectAccessible(page, 'intention-detail');

    await page.goto('/a/plzen/intentions?state=FORWARDED');
    const list = page.getByRole('table', { name: 'Rozvojové záměry' });
    await list.getByRole('link', { name: serviceName }).waitFor();
    const xlsx = page.getByRole('link', { name: 'XLSX (Excel)' });
    expect(await xlsx.getAttribute('href')).toBe('/api/intentions.xlsx?area=plzen&state=FORWARDED&lang=cs');

    // A filter by kind: a decrease hides the intention, an increase shows it; the address and the export follow.
    await page.getByRole('combobox', { name: 'Druh záměru' }).click();
    await page.getByRole('option', { name: 'Snížení kapacity' }).click();
    await page.waitForURL(/kind=CAPACITY_DECREASE/);
    await list.getByRole('link', { name: serviceName }).waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Druh záměru' }).click();
    await page.getByRole('option', { name: 'Navýšení kapacity' }).click();
    await page.waitForURL(/kind=CAPACITY_INCREASE/);
    await list.getByRole('link', { name: serviceName }).waitFor();
    await list.getByText('Snížení kapacity').waitFor({ state: 'detached' });
    expect(await xlsx.getAttribute('href')).toBe('/api/intentions.xlsx?area=plzen&state=FORWARDED&kind=CAPACITY_INCREASE&lang=cs');
    await expectAccessible(page, 'intentions-filtered');

    // The XLSX as the browser downloads it, read back as a workbook.
    const [download] = await Promise.all([page.waitForEvent('download'), xlsx.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    mkdirSync(DOWNLOADS, { recursive: true });
    const file = join(DOWNLOADS, `intentions-${stamp}.xlsx`);
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const rows: Record<string, ExcelJS.CellValue>[] = [];
    sheet.eachRow((row, index) => {
      if (index > 1) rows.push(Object.fromEntries(headers.map((header, column) => [String(header), row.getCell(column + 1).value])));
    });
    // Only forwarded increases, and the intention's row among them.
    expect(rows.every((row) => row['Stav'] === 'předaný kraji' && row['Druh záměru'] === 'navýšení kapacity')).toBe(true);
    expect(rows.filter((row) => row['Identifikátor služby'] === registrationId)).toEqual([
      expect.objectContaining({
        'Název služby': serviceName,
        '§': '§ 49',
        'Současná kapacita': 80,
        'Navrhovaná kapacita': 90,
        'Jednotka kapacity': 'lůžka',
        'Změna úvazků (FTE)': 1.5,
        'Roční náklady (Kč)': 1250000.5,
        'Financování: stát': 1000000,
        'Financování: kraj': 250000.5,
        'Rok zahájení': startYear,
        'Posuzující skupina': 'Senioři',
        'Stanovisko skupiny': 'doporučeno',
        'Zdůvodnění stanoviska': 'Skupina potřebu potvrdila na základě mapování.',
      }),
    ]);
    await context.close();
  });
});
