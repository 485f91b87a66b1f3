import { Browser } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';
import { gql, issuedPlan } from './support/plans';

/**
 * A public consultation on the portal: the coordinator opens a PUBLIC comment round on an issued
 * version; a visitor without an account finds it under /p/plzen/consultations, reads the draft and
 * comments on the whole draft as a guest (name, e-mail, consent); another visitor sees it arrive live.
 *
 * The plan is a fresh one, created and issued through /graphql as the coordinator (as in plan-cycle).
 */
describe('a public consultation: a visitor comments on a draft as a guest', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const roundTitle = `Veřejné připomínkování ${suffix}`;
  const introduction = `Město chce rozšířit terénní služby pro seniory (${suffix}).`;
  const comment = `Prosíme o víkendovou pečovatelskou službu (${suffix}).`;
  let planTitle = '';
  let roundId = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('the coordinator issues a version and opens a PUBLIC comment round on it', async () => {
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');
    const plan = await issuedPlan(page, {
      title: (year) => `Akční plán ${year} – veřejné připomínky ${suffix}`,
      introduction,
      changeNote: 'Návrh k veřejnému připomínkování.',
    });
    planTitle = plan.planTitle;
    const versionId = plan.versionId;
    const opened = await gql<{ openCommentRound: { id: string; phase: string } }>(
      page,
      `mutation($input: OpenCommentRoundInput!) { openCommentRound(input: $input) { id phase } }`,
      {
        input: {
          versionId,
          title: roundTitle,
          audience: 'PUBLIC',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 14 * 24 * 3600_000).toISOString(),
        },
      },
    );
    expect(opened.openCommentRound.phase).toBe('OPEN');
    roundId = opened.openCommentRound.id;
    await page.context().close();
  });

  it('a visitor finds the consultation, comments on the whole draft as a guest, and another visitor sees it live', async () => {
    const visitor = await (await newContext(browser)).newPage();
    const watcher = await (await newContext(browser)).newPage();
    await watcher.goto(`/p/plzen/consultations/${roundId}`);
    await watcher.getByTestId('live-state').filter({ hasText: 'Živě' }).waitFor();

    await visitor.goto('/p/plzen');
    await visitor.getByRole('banner').getByRole('link', { name: 'Připomínkování' }).click();
    await visitor.waitForURL('**/p/plzen/consultations');
    const card = visitor.getByRole('article', { name: roundTitle });
    await card.getByText(`${planTitle}, verze 1`).waitFor();
    await card.getByText(/^Připomínky do /).waitFor();
    await expectAccessible(visitor, 'public-consultations');

    await card.getByRole('link', { name: roundTitle }).click();
    await visitor.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await visitor.getByText(introduction).waitFor();
    await visitor.getByTestId('live-state').filter({ hasText: 'Živě' }).waitFor();

    await visitor.getByRole('button', { name: 'Připomínkovat celý návrh' }).click();
    const composer = visitor.getByRole('region', { name: 'Nová připomínka' });
    await composer.getByRole('radio', { name: 'Podpora' }).check();
    await composer.getByLabel(/^Text připomínky/).fill(comment);
    await composer.getByLabel(/^Jméno a příjmení/).fill('Jana Veřejná');
    await composer.getByLabel(/^E-mail/).fill('jana.verejna@example.test');
    // Without consent the comment is not sent.
    await composer.getByRole('button', { name: 'Odeslat připomínku' }).click();
    await composer.getByText('Bez souhlasu nelze připomínku odeslat.').waitFor();
    await composer.getByRole('checkbox', { name: /Souhlasím se zpracováním/ }).check();
    await expectAccessible(visitor, 'public-consultation-composer');
    await composer.getByRole('button', { name: 'Odeslat připomínku' }).click();

    const thread = visitor.getByRole('article', { name: 'Připomínka 1' });
    await thread.getByText(comment).waitFor();
    await thread.getByText(/Jana Veřejná/).waitFor();
    expect(await visitor.getByText('jana.verejna@example.test').count()).toBe(0);
    await expectAccessible(visitor, 'public-consultation-commented');

    // The other visitor's page shows it without a reload.
    await watcher.getByRole('article', { name: 'Připomínka 1' }).getByText(comment).waitFor();
    await watcher.getByTestId('live-announcement').filter({ hasText: 'Nová připomínka č. 1' }).waitFor();
    await visitor.context().close();
    await watcher.context().close();
  });
});
