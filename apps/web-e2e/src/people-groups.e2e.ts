import { Browser } from 'playwright-core';
import { launch, logIn, newContext, screenshot, seriousAccessibilityViolations } from './support/browser';

/**
 * The coordinator registers an organisation, adds a person who represents it, invites them; the
 * person accepts the invitation; the coordinator puts them into a new working group.
 */
describe('people, organisations and working groups', () => {
  let browser: Browser;
  const stamp = Date.now().toString().slice(-6);
  const organisationName = `Spolek Pomoc ${stamp}`;
  const personName = `Eva Testová ${stamp}`;
  const email = `eva.${stamp}@example.cz`;
  const groupName = `Skupina ${stamp}`;
  let invitationUrl = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('registers an organisation and a person, and creates an invitation link', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');

    await page.goto('/a/plzen/organisations');
    await page.getByRole('heading', { level: 1, name: 'Organizace' }).waitFor();
    await page.getByRole('button', { name: 'Nová organizace' }).first().click();
    const organisationDialog = page.getByRole('dialog', { name: 'Nová organizace' });
    await organisationDialog.getByLabel(/^IČO/).fill('123');
    await organisationDialog.getByRole('button', { name: 'Založit organizaci' }).click();
    await organisationDialog.getByText('Vyplňte toto pole.').waitFor();
    await organisationDialog.getByText('IČO má 8 číslic (polský REGON 9 nebo 14).').waitFor();
    await organisationDialog.getByLabel(/^Název/).fill(organisationName);
    await organisationDialog.getByLabel(/^IČO/).fill('12345678');
    await organisationDialog.getByRole('button', { name: 'Založit organizaci' }).click();
    await page.getByRole('heading', { level: 1, name: organisationName }).waitFor();
    await page.getByText('Organizace zatím nemá členy').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto('/a/plzen/people');
    await page.getByRole('heading', { level: 1, name: 'Lidé' }).waitFor();
    await page.getByRole('button', { name: 'Přidat osobu' }).first().click();
    const personDialog = page.getByRole('dialog', { name: 'Přidat osobu' });
    await personDialog.getByLabel(/^Jméno a příjmení/).fill(personName);
    await personDialog.getByLabel(/^E-mail/).fill(email);
    await personDialog.getByRole('combobox', { name: 'Organizace' }).fill(organisationName);
    await page.getByRole('option', { name: organisationName }).click();
    await personDialog.getByLabel(/^Pozice/).fill('ředitelka');
    await personDialog.getByRole('button', { name: 'Přidat osobu' }).click();
    await page.getByRole('heading', { level: 1, name: personName }).waitFor();
    await page.getByRole('link', { name: organisationName }).waitFor();
    await screenshot(page, 'person');

    await page.getByRole('button', { name: `Pozvat: ${personName}` }).click();
    const inviteDialog = page.getByRole('dialog', { name: `Pozvánka – ${personName}` });
    const link = inviteDialog.getByLabel('Odkaz pozvánky');
    await link.waitFor();
    invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(/\/invite\/\S+$/);
    await inviteDialog.getByRole('button', { name: 'Kopírovat odkaz' }).click();
    await inviteDialog.getByRole('button', { name: 'Zkopírováno' }).waitFor();
    await screenshot(page, 'invitation-link');
    await inviteDialog.getByRole('button', { name: 'Hotovo' }).click();

    await page.goto('/a/plzen/people');
    await page.getByRole('heading', { name: 'Otevřené pozvánky' }).waitFor();
    await page.getByRole('table', { name: 'Otevřené pozvánky' }).getByText(personName).waitFor();
    await page.getByLabel('Hledat').fill(personName);
    await page.getByRole('table', { name: 'Lidé v území' }).getByRole('link', { name: personName }).waitFor();
    await screenshot(page, 'people');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets the invited person set a password and enter the area', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(new URL(invitationUrl).pathname);
    await page.getByRole('heading', { level: 1, name: 'Přijetí pozvánky' }).waitFor();
    await page.getByText(email).waitFor();
    await page.getByLabel(/^Heslo( \*)?$/).fill('short');
    await page.getByLabel(/^Heslo znovu/).fill('short');
    await page.getByRole('button', { name: 'Nastavit heslo a vstoupit' }).click();
    await page.getByText('Heslo musí mít alespoň 10 znaků.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel(/^Heslo( \*)?$/).fill('eva-heslo-2026');
    await page.getByLabel(/^Heslo znovu/).fill('eva-heslo-2026');
    await page.getByRole('button', { name: 'Nastavit heslo a vstoupit' }).click();
    await page.waitForURL(/\/a\/plzen$/);
    await page.getByRole('heading', { level: 1, name: `Dobrý den, ${personName}` }).waitFor();
    await page.getByText('Zatím nejste v žádné skupině').waitFor();

    await page.goto(new URL(invitationUrl).pathname);
    await page.getByRole('heading', { level: 1, name: 'Pozvánka neplatí' }).waitFor();
    await context.close();
  });

  it('creates a working group and adds the person as a member, on a phone', async () => {
    const context = await newContext(browser, { phone: true });
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto('/a/plzen/groups');
    await page.getByRole('heading', { level: 1, name: 'Pracovní skupiny' }).waitFor();
    await screenshot(page, 'groups-phone');
    await page.getByRole('button', { name: 'Nová skupina' }).first().click();
    const groupDialog = page.getByRole('dialog', { name: 'Nová pracovní skupina' });
    await groupDialog.getByLabel(/^Název/).fill(groupName);
    await groupDialog.getByLabel(/^Cílová skupina/).fill('lidé bez domova');
    await groupDialog.getByRole('button', { name: 'Založit skupinu' }).click();
    await page.getByRole('heading', { level: 1, name: groupName }).waitFor();

    await page.getByRole('button', { name: 'Přidat člena' }).first().click();
    const memberDialog = page.getByRole('dialog', { name: `Přidat člena do skupiny „${groupName}“` });
    await memberDialog.getByRole('combobox', { name: 'Osoba' }).fill(personName);
    await page.getByRole('option', { name: personName }).click();
    // The person's organisation is suggested as the one they represent.
    await expectValue(memberDialog.getByRole('combobox', { name: 'Organizace' }), organisationName);
    await memberDialog.getByRole('button', { name: 'Přidat člena' }).click();
    // On a phone the members are a list of cards, not a table.
    const members = page.getByRole('list', { name: /Členové/ });
    await members.getByRole('link', { name: personName }).waitFor();
    await members.getByText(organisationName).waitFor();
    await screenshot(page, 'group-phone');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Odebrat: ${personName}` }).click();
    await page.getByRole('dialog', { name: `Odebrat osobu „${personName}“ ze skupiny „${groupName}“?` }).getByRole('button', { name: 'Odebrat' }).click();
    await page.getByText('Skupina zatím nemá členy').waitFor();
    await page.getByLabel('Zobrazit bývalé členy').check();
    await members.getByText('bývalý člen').waitFor();
    await context.close();
  });
});

async function expectValue(locator: import('playwright-core').Locator, value: string): Promise<void> {
  await locator.waitFor();
  for (let attempt = 0; attempt < 30 && (await locator.inputValue()) !== value; attempt++) await new Promise((r) => setTimeout(r, 100));
  expect(await locator.inputValue()).toBe(value);
}
