import { Browser } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext, screenshot } from './support/browser';

/**
 * The strategy tree as the area coordinator builds it: a new medium-term plan, two priorities and a
 * goal, a proposed measure; the priorities swap places and every number below them follows; a
 * non-empty priority cannot be deleted; the measure goes under discussion and its history says so.
 * The demo data may or may not hold a plan already: the test makes its own.
 */
describe('the strategy tree and a measure', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const planTitle = `Střednědobý plán – test ${suffix}`;
  const seniors = 'Dostupné služby pro seniory';
  const families = 'Podpora rodin s dětmi';
  const goal = 'Rozšířit kapacitu odlehčovacích služeb';
  const measure = `Terénní odlehčovací služba ${suffix}`;
  const memberMeasure = `Sdílená asistence pro seniory ${suffix}`;
  let planPath = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the coordinator builds the tree, reorders it and moves the measure under discussion', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');

    await page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name: 'Plán', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Střednědobé plány' }).waitFor();
    await page.getByRole('button', { name: 'Založit plán' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nový střednědobý plán' });
    await dialog.getByLabel(/^Název/).fill(planTitle);
    await dialog.getByRole('button', { name: 'Založit plán' }).click();
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();

    await page.getByLabel('Název nové priority').fill(seniors);
    await page.getByRole('button', { name: 'Přidat prioritu' }).click();
    await page.getByText(`1 ${seniors}`, { exact: true }).waitFor();
    await page.getByLabel('Název nové priority').fill(families);
    await page.getByRole('button', { name: 'Přidat prioritu' }).click();
    await page.getByText(`2 ${families}`, { exact: true }).waitFor();

    await page.getByLabel('Název nového cíle v prioritě 1').fill(goal);
    await page.getByLabel('Název nového cíle v prioritě 1').press('Enter');
    await page.getByText(`1.1 ${goal}`, { exact: true }).waitFor();

    await page.getByRole('button', { name: `Navrhnout opatření k cíli 1.1 ${goal}` }).click();
    const propose = page.getByRole('dialog');
    await propose.getByLabel(/^Název opatření/).fill(measure);
    await propose.getByLabel(/^Popis/).fill('Odlehčovací služba poskytovaná v domácnosti pečujících rodin.');
    await propose.getByLabel(/^Zdůvodnění/).fill('Pečující rodiny čekají na pobytovou odlehčovací službu déle než tři měsíce.');
    await propose.getByRole('button', { name: 'Navrhnout opatření' }).click();
    await page.getByRole('link', { name: `1.1.1 ${measure}` }).waitFor();
    expect(await page.getByText('Navrženo', { exact: true }).count()).toBe(1);

    // The seniors' priority goes down: it becomes 2, and so does everything under it.
    await page.getByRole('button', { name: `Posunout níž: 1 ${seniors}` }).click();
    await page.getByText(`2 ${seniors}`, { exact: true }).waitFor();
    await page.getByText(`1 ${families}`, { exact: true }).waitFor();
    await page.getByText(`2.1 ${goal}`, { exact: true }).waitFor();
    await page.getByRole('link', { name: `2.1.1 ${measure}` }).waitFor();
    expect(await page.getByRole('button', { name: `Posunout níž: 2 ${seniors}` }).isDisabled()).toBe(true);

    // A priority with a goal is not deleted: the API's translated CONFLICT is shown.
    await page.getByRole('button', { name: `Smazat 2 ${seniors}` }).click();
    await page.getByRole('dialog', { name: `Smazat prioritu 2 ${seniors}?` }).getByRole('button', { name: 'Smazat' }).click();
    await page.getByRole('alert').getByText(/Smazat lze jen prioritu bez cílů/).waitFor();
    await page.getByText(`2 ${seniors}`, { exact: true }).waitFor();

    // Collapsing the priority hides its goal; "expand all" brings it back.
    await page.getByRole('button', { name: `Sbalit 2 ${seniors}` }).click();
    expect(await page.getByText(`2.1 ${goal}`, { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Rozbalit vše' }).click();
    await page.getByText(`2.1 ${goal}`, { exact: true }).waitFor();
    await expectAccessible(page, 'strategy-tree');

    await page.getByRole('link', { name: `2.1.1 ${measure}` }).click();
    await page.getByRole('heading', { level: 1, name: `2.1.1 ${measure}` }).waitFor();
    await page.getByText('Pečující rodiny čekají na pobytovou odlehčovací službu déle než tři měsíce.').waitFor();
    await page.getByLabel(/^Nový stav/).selectOption({ label: 'Projednává se' });
    await page.getByLabel(/^Důvod/).fill('Zařazeno na jednání PS Senioři.');
    await page.getByRole('button', { name: 'Změnit stav' }).click();
    await page.getByText('Navrženo → Projednává se').waitFor();
    await page.getByText('Důvod: Zařazeno na jednání PS Senioři.').waitFor();
    await page.getByText('Současný stav: Projednává se').waitFor();

    // The editor adds a yearly cost as people type it; the table shows it exactly, in Czech.
    await page.getByRole('button', { name: 'Upravit opatření' }).click();
    const edit = page.getByRole('dialog', { name: `Upravit opatření 2.1.1` });
    await edit.getByRole('button', { name: 'Přidat náklad' }).click();
    await edit.getByLabel(/^Částka \(řádek 1\)/).fill('12 345 678,9');
    await edit.getByRole('button', { name: 'Přidat náklad' }).click();
    await edit.getByLabel(/^Zdroj \(řádek 2\)/).selectOption({ label: 'Fondy EU' });
    await edit.getByLabel(/^Částka \(řádek 2\)/).fill('0,15');
    await expectAccessible(page, 'measure-edit');
    await edit.getByRole('button', { name: 'Uložit' }).click();
    const costs = page.getByRole('table', { name: 'Odhadované náklady' });
    await costs.getByRole('cell', { name: 'Fondy EU' }).waitFor();
    const amounts = (await costs.locator('td').allInnerTexts()).map((text) => text.replace(/\s/g, ' '));
    expect(amounts).toEqual(expect.arrayContaining(['12 345 678,90 Kč', '0,15 Kč', '12 345 679,05 Kč']));
    await expectAccessible(page, 'measure-page');

    // On a phone the tree still reads and works.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Zpět na plán' }).click();
    await page.getByRole('link', { name: `2.1.1 ${measure}` }).waitFor();
    await screenshot(page, 'strategy-tree-phone');
    planPath = new URL(page.url()).pathname;
    await context.close();
  });

  it('a member proposes a measure for their group and sees no coordinator tools', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'clen@plzen.example');
    await page.goto(planPath);
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await page.getByRole('link', { name: `2.1.1 ${measure}` }).waitFor();
    expect(await page.getByLabel('Název nové priority').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Posunout|^Smazat|^Přejmenovat/ }).count()).toBe(0);

    await page.getByRole('button', { name: `Navrhnout opatření k cíli 2.1 ${goal}` }).click();
    const propose = page.getByRole('dialog');
    await propose.getByLabel(/^Název opatření/).fill(memberMeasure);
    // A member in several groups says for which one they propose.
    await propose.getByLabel(/^Navrhující pracovní skupiny/).click();
    await page.getByRole('option', { name: 'Senioři' }).click();
    await propose.getByLabel(/^Navrhující pracovní skupiny/).press('Escape');
    await expectAccessible(page, 'measure-propose-member');
    await propose.getByRole('button', { name: 'Navrhnout opatření' }).click();
    await page.getByRole('link', { name: `2.1.2 ${memberMeasure}` }).click();
    await page.getByRole('heading', { level: 1, name: `2.1.2 ${memberMeasure}` }).waitFor();
    const groups = page.locator('dt', { hasText: 'Navrhující pracovní skupiny' }).locator('xpath=following-sibling::dd[1]');
    expect((await groups.innerText()).trim()).toBe('Senioři');
    // A member edits nothing here (not a coordinator of the plan, nor of the group Senioři).
    expect(await page.getByRole('button', { name: 'Upravit opatření' }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name: 'Plán', exact: true }).click();
    const row = page.getByRole('table', { name: 'Střednědobé plány' }).getByRole('row', { name: new RegExp(planTitle) });
    expect(await row.innerText()).toMatch(/2027–2029\s+Připravuje se/i);
    expect(await page.getByRole('button', { name: 'Založit plán' }).count()).toBe(0);
    await expectAccessible(page, 'strategy-plans');
    await context.close();
  });

  it('the coordinator sets partners, proposing groups and activities, and a meeting discusses the measure', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto(planPath);
    await page.getByRole('link', { name: `2.1.1 ${measure}` }).click();
    await page.getByRole('heading', { level: 1, name: `2.1.1 ${measure}` }).waitFor();
    await page.getByText('Opatření zatím nemá žádné aktivity.').waitFor();
    await page.getByText('Opatření zatím nebylo na žádném jednání projednáváno.').waitFor();

    // Partners are searched on the server; proposing groups come from the area's groups.
    await page.getByRole('button', { name: 'Upravit opatření' }).click();
    const edit = page.getByRole('dialog', { name: 'Upravit opatření 2.1.1' });
    await edit.getByLabel(/^Partneři/).click();
    await edit.getByLabel(/^Partneři/).fill('Radbuza');
    await page.getByRole('option', { name: 'Diakonie Radbuza – středisko Plzeň' }).click();
    await edit.getByLabel(/^Navrhující pracovní skupiny/).click();
    await page.getByRole('option', { name: 'Senioři' }).click();
    await page.getByRole('option', { name: 'Rodina, děti a mládež' }).click();
    await edit.getByLabel(/^Navrhující pracovní skupiny/).press('Escape');
    await expectAccessible(page, 'measure-edit-links');
    await edit.getByRole('button', { name: 'Uložit' }).click();
    await edit.waitFor({ state: 'detached' });
    const fact = (label: string) => page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    await fact('Partneři').getByText('Diakonie Radbuza – středisko Plzeň').waitFor();
    const proposers = await fact('Navrhující pracovní skupiny').innerText();
    expect(proposers).toContain('Senioři');
    expect(proposers).toContain('Rodina, děti a mládež');

    // Two activities; the second goes up and both are renumbered by the server; the first one is deleted after a question.
    const add = page.getByRole('form', { name: 'Nová aktivita' });
    await add.getByLabel(/^Název aktivity/).fill('Nábor pečovatelek');
    await add.getByLabel(/^Popis aktivity/).fill('Inzerce a spolupráce s úřadem práce.');
    await add.getByRole('button', { name: 'Přidat aktivitu' }).click();
    await page.getByText('2.1.1.1 Nábor pečovatelek', { exact: true }).waitFor();
    await add.getByLabel(/^Název aktivity/).fill('Zaškolení dobrovolníků');
    await add.getByRole('button', { name: 'Přidat aktivitu' }).click();
    await page.getByText('2.1.1.2 Zaškolení dobrovolníků', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Posunout aktivitu 2.1.1.2 Zaškolení dobrovolníků výš' }).click();
    await page.getByText('2.1.1.1 Zaškolení dobrovolníků', { exact: true }).waitFor();
    await page.getByText('2.1.1.2 Nábor pečovatelek', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Upravit aktivitu 2.1.1.1 Zaškolení dobrovolníků' }).click();
    const change = page.getByRole('form', { name: 'Upravit aktivitu 2.1.1.1' });
    await change.getByLabel(/^Název aktivity/).fill('Zaškolení dobrovolníků a pečujících');
    await change.getByRole('button', { name: 'Uložit' }).click();
    await page.getByText('2.1.1.1 Zaškolení dobrovolníků a pečujících', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Smazat aktivitu 2.1.1.2 Nábor pečovatelek' }).click();
    await page.getByRole('dialog', { name: 'Smazat aktivitu 2.1.1.2 Nábor pečovatelek?' }).getByRole('button', { name: 'Smazat' }).click();
    await page.getByText('2.1.1.2 Nábor pečovatelek', { exact: true }).waitFor({ state: 'detached' });
    expect(await page.getByRole('list', { name: 'Aktivity' }).getByRole('listitem').count()).toBe(1);

    // A meeting of the Senioři group takes the measure up: the agenda item points at it.
    const meetingTitle = `Projednání opatření ${suffix}`;
    const day = `${new Date().getFullYear() + 1}-03-16`;
    await page.goto('/a/plzen/meetings/new');
    await page.getByRole('heading', { level: 1, name: 'Naplánovat jednání' }).waitFor();
    await page.getByRole('combobox', { name: /^Skupina/ }).click();
    await page.getByRole('option', { name: 'Senioři' }).click();
    await page.getByLabel(/^Název \*?$/).fill(meetingTitle);
    await page.getByLabel(/^Začátek/).fill(`${day}T14:00`);
    await page.getByLabel(/^Konec/).fill(`${day}T16:00`);
    const item = page.getByRole('group', { name: 'Bod 1' });
    await item.getByLabel(/^Název bodu/).fill('Terénní odlehčovací služba – návrh opatření');
    await item.getByRole('combobox', { name: 'Opatření' }).click();
    await item.getByRole('combobox', { name: 'Opatření' }).fill(suffix);
    await page.getByRole('option', { name: `2.1.1 ${measure}` }).click();
    await expectAccessible(page, 'meeting-new-measure-link');
    await page.getByRole('button', { name: 'Naplánovat jednání' }).last().click();
    await page.getByRole('button', { name: 'Pokračovat na jednání' }).click();
    await page.getByRole('heading', { level: 1, name: meetingTitle }).waitFor();
    await page.getByRole('tab', { name: 'Program' }).click();
    const link = page.getByRole('list', { name: 'Program' }).getByRole('link', { name: `2.1.1 ${measure}` });
    await link.waitFor();
    await expectAccessible(page, 'meeting-agenda-links');

    await link.click();
    await page.getByRole('heading', { level: 1, name: `2.1.1 ${measure}` }).waitFor();
    const discussions = page.getByRole('list', { name: 'Projednání na jednáních' });
    await discussions.getByRole('link', { name: meetingTitle }).waitFor();
    await discussions.getByText('Bod 1: Terénní odlehčovací služba – návrh opatření').waitFor();
    await expectAccessible(page, 'measure-page-discussions');
    await context.close();
  });
});
