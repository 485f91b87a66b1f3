import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';

/**
 * Approval, council and publication as the people involved do it: the coordinator opens an approval
 * round for a small group on an issued version; two members vote in the browser (one changes their
 * vote to an approval with a reservation); the coordinator closes the round and the quorum rule
 * approves it; the council clerk records the resolution; the coordinator publishes; a visitor without
 * an account finds the plan on the public portal and reads it.
 *
 * The action plan and its issued version are written straight into the server's database: drafting
 * them belongs to the action-plans capability, which this test does not exercise.
 */
describe('approval round, council resolution and the published plan', () => {
  let browser: Browser;
  let db: Client;
  const suffix = Date.now().toString(36);
  const planTitle = `Akční plán sociálních služeb – test ${suffix}`;
  const groupName = `Schvalovací skupina ${suffix}`;
  const roundTitle = `Schválení akčního plánu ${suffix}`;
  let planId = '';
  let versionId = '';
  let roundPath = '';

  beforeAll(async () => {
    browser = await launch();
    db = new Client({ connectionString: process.env['KOMPLAN_E2E_DATABASE_URL'] });
    await db.connect();
    ({ planId, versionId } = await arrangeIssuedPlan(db, planTitle));
  });
  afterAll(async () => {
    await db.end();
    await browser.close();
  });

  async function graphql(page: Page, query: string, variables: Record<string, unknown>): Promise<Record<string, Record<string, string>>> {
    const response = await page.request.post('/graphql', { headers: { 'x-komplan-area': 'plzen' }, data: { query, variables } });
    const body = (await response.json()) as { data: Record<string, Record<string, string>>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  it('the coordinator opens a round for a group of two members', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    // A small group with the two demo members, through the API as the coordinator.
    const group = (await graphql(page, `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, { input: { name: groupName, kind: 'TARGET_GROUP', targetGroup: 'senioři' } })).createGroup!.id;
    const members = await db.query<{ id: string }>(`SELECT id FROM people WHERE email IN ('clen@plzen.example', 'clen2@plzen.example')`);
    expect(members.rows).toHaveLength(2);
    for (const member of members.rows) {
      await graphql(page, `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`, { input: { groupId: group, personId: member.id } });
    }

    await page.goto(`/a/plzen/approval-rounds/new?version=${versionId}`);
    await page.getByRole('heading', { level: 1, name: 'Nové hlasování o akčním plánu' }).waitFor();
    await page.getByLabel(/^Název hlasování/).fill(roundTitle);
    await page.getByRole('combobox', { name: /^Hlasují členové skupin/ }).fill(suffix);
    await page.getByRole('option', { name: `${groupName} (členové: 2)` }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'approvals-open-round');
    await page.getByRole('button', { name: 'Otevřít hlasování' }).click();
    await page.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
    roundPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'Oprávnění hlasující (0 z 2 hlasovalo)' }).waitFor();
    await expect(page.getByTestId('round-phase').textContent()).resolves.toBe('Otevřené');
    await context.close();
  });

  it('two members vote in the browser; one changes the vote to an approval with a reservation', async () => {
    const first = await (await newContext(browser)).newPage();
    await logIn(first, 'clen@plzen.example');
    await first.goto(roundPath);
    await first.getByRole('heading', { level: 1, name: roundTitle }).waitFor();
    await first.getByText('Zatím jste nehlasoval(a).').waitFor();
    await first.getByRole('radio', { name: 'Schvaluji', exact: true }).check();
    await first.getByRole('button', { name: 'Hlasovat' }).click();
    await first.getByTestId('my-vote').filter({ hasText: 'Hlasoval(a) jste: Schvaluji' }).waitFor();

    await first.getByRole('button', { name: 'Změnit hlas' }).click();
    await first.getByRole('radio', { name: 'Schvaluji s výhradou' }).check();
    await first.getByRole('button', { name: 'Uložit změnu hlasu' }).click();
    await first.getByText('Napište výhradu.').waitFor();
    await first.getByLabel(/^Výhrada/).fill('Doplnit financování odlehčovací služby.');
    await first.getByRole('button', { name: 'Uložit změnu hlasu' }).click();
    await first.getByTestId('my-vote').filter({ hasText: 'Schvaluji s výhradou — Doplnit financování odlehčovací služby.' }).waitFor();
    // The tally arrives with the refetched round, a moment after the vote itself.
    await first.getByTestId('tally-APPROVE_WITH_RESERVATIONS').filter({ hasText: /^1$/ }).waitFor();
    await first.getByTestId('tally-APPROVE').filter({ hasText: /^0$/ }).waitFor();
    await expectAccessible(first, 'approvals-voter');

    const second = await (await newContext(browser, { phone: true })).newPage();
    await logIn(second, 'clen2@plzen.example');
    await second.goto(roundPath);
    await second.getByRole('radio', { name: 'Neschvaluji' }).check();
    await second.getByRole('button', { name: 'Hlasovat' }).click();
    await second.getByTestId('my-vote').filter({ hasText: 'Neschvaluji' }).waitFor();
    await second.getByTestId('tally-votes').filter({ hasText: /^2 z 2 \(100 %\)$/ }).waitFor();
    await expectAccessible(second, 'approvals-voter-phone');

    // The first voter's page shows the new vote live (a subscription; the page does not poll or reload).
    await first.getByTestId('tally-REJECT').filter({ hasText: /^1$/ }).waitFor();
    await first.context().close();
    await second.context().close();
  });

  it('the coordinator closes the round: approved by the quorum rule, the plan goes to the council', async () => {
    const page = await (await newContext(browser)).newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.goto(roundPath);
    await page.getByRole('heading', { name: 'Oprávnění hlasující (2 z 2 hlasovalo)' }).waitFor();
    await page.getByRole('button', { name: 'Uzavřít hlasování' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uzavřít hlasování a spočítat výsledek?' });
    await dialog.getByRole('button', { name: 'Uzavřít hlasování' }).click();
    await page.getByTestId('round-result').filter({ hasText: 'Schváleno' }).waitFor();
    await page.getByRole('heading', { name: 'Konečné výsledky' }).waitFor();
    await expect(page.getByTestId('quorum').textContent()).resolves.toBe('Kvórum dosaženo');
    await expectAccessible(page, 'approvals-closed');
    const plan = await db.query<{ state: string }>(`SELECT state FROM action_plans WHERE id = $1`, [planId]);
    expect(plan.rows[0]?.state).toBe('AWAITING_COUNCIL');
    await page.context().close();
  });

  it('the council clerk records the resolution and the coordinator publishes the plan', async () => {
    const clerk = await (await newContext(browser)).newPage();
    await logIn(clerk, 'rada@plzen.example');
    await clerk.goto(`/a/plzen/action-plans/${planId}/council`);
    await clerk.getByRole('heading', { level: 1, name: 'Zastupitelstvo a zveřejnění' }).waitFor();
    await clerk.getByText('Účastníci schválili verzi 1; o ní rozhoduje zastupitelstvo.').waitFor();
    await clerk.getByLabel(/^Orgán/).fill('Zastupitelstvo města Plzně');
    await clerk.getByLabel(/^Číslo usnesení/).fill(`ZMP ${suffix}/2026`);
    await expectAccessible(clerk, 'council-resolution-form');
    await clerk.getByRole('button', { name: 'Zapsat usnesení' }).click();
    await clerk.getByTestId('plan-state').filter({ hasText: 'Schválen zastupitelstvem' }).waitFor();
    await clerk.getByRole('cell', { name: `ZMP ${suffix}/2026` }).waitFor();
    await expect(clerk.getByRole('button', { name: 'Zveřejnit akční plán' }).count()).resolves.toBe(0);
    await clerk.context().close();

    const coordinator = await (await newContext(browser)).newPage();
    await logIn(coordinator, 'koordinator@plzen.example');
    await coordinator.goto(`/a/plzen/action-plans/${planId}/council`);
    await coordinator.getByRole('button', { name: 'Zveřejnit akční plán' }).click();
    await coordinator.getByRole('link', { name: 'Zobrazit na veřejném portálu' }).waitFor();
    await expectAccessible(coordinator, 'council-published');
    await coordinator.context().close();
  });

  it('a visitor without an account reads the published plan and finds its PDF', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto('/p/plzen');
    await page.getByRole('link', { name: 'Akční plány' }).click();
    await page.getByRole('heading', { level: 1, name: 'Akční plány' }).waitFor();
    await expectAccessible(page, 'public-plans');
    await page.getByRole('link', { name: planTitle }).click();
    await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
    await page.getByText(`usnesení č. ZMP ${suffix}/2026`, { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Úvod' }).waitFor();
    await page.getByText('navazuje', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 3, name: '1 Senioři doma' }).waitFor();
    await page.getByRole('table', { name: 'Náklady opatření Terénní odlehčovací služba' }).getByText('1 250 000,10 Kč').waitFor();
    const link = page.getByRole('link', { name: 'Stáhnout PDF' });
    expect(await link.getAttribute('href')).toBe(`/api/public/areas/plzen/action-plans/${planId}/plan.pdf?lang=cs`);
    // The visitor (no account) downloads the PDF of the version the council approved.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^komplan-akcni-plan-\d{4}-v1\.pdf$/);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectAccessible(page, 'public-plan');
    await page.context().close();
  });
});

/** A draft action plan of Plzeň with an issued version 1: two sections and one measure copy. */
async function arrangeIssuedPlan(db: Client, title: string): Promise<{ planId: string; versionId: string }> {
  const area = (await db.query<{ id: string }>(`SELECT id FROM areas WHERE slug = 'plzen'`)).rows[0]!.id;
  const strategic = (await db.query<{ id: string }>(`SELECT id FROM strategic_plans WHERE area_id = $1 ORDER BY from_year DESC LIMIT 1`, [area])).rows[0]!.id;
  const measure = (await db.query<{ id: string }>(`SELECT id FROM measures WHERE area_id = $1 LIMIT 1`, [area])).rows[0]!.id;
  const year = (await db.query<{ year: number }>(`SELECT COALESCE(MAX(year), 2090) + 1 AS year FROM action_plans WHERE area_id = $1`, [area])).rows[0]!.year;
  const plan = (
    await db.query<{ id: string }>(`INSERT INTO action_plans (area_id, strategic_plan_id, year, title) VALUES ($1, $2, $3, $4) RETURNING id`, [area, strategic, year, title])
  ).rows[0]!.id;
  const version = (
    await db.query<{ id: string }>(
      `INSERT INTO action_plan_versions (area_id, action_plan_id, number, state, issued_at) VALUES ($1, $2, 1, 'ISSUED', now()) RETURNING id`,
      [area, plan],
    )
  ).rows[0]!.id;
  await db.query(
    `INSERT INTO action_plan_sections (area_id, version_id, lineage_id, kind, position, title, body)
     VALUES ($1, $2, gen_random_uuid(), 'INTRODUCTION', 1, 'Úvod', $3), ($1, $2, gen_random_uuid(), 'BUDGET_SUMMARY', 2, 'Rozpočet', $4)`,
    [area, version, 'Akční plán **navazuje** na střednědobý plán.\n\n- senioři\n- rodiny s dětmi', 'Celkové náklady činí 1,25 mil. Kč.'],
  );
  await db.query(
    `INSERT INTO action_plan_measures (area_id, version_id, measure_id, position, number, priority_title, goal_title, title, description, rationale,
       target_groups, responsible_organisation_name, from_year, to_year, measure_state, costs, indicators)
     VALUES ($1, $2, $3, 1, '1.1.1', '1 Senioři doma', '1.1 Dostupná pečovatelská služba', 'Terénní odlehčovací služba',
       'Odlehčovací služba v domácnostech pečujících.', 'Pečující čekají na pobytovou službu.', '{senioři}', 'Správa sociálních služeb', 2026, 2026, 'ACCEPTED', $4, $5)`,
    [
      area,
      version,
      measure,
      JSON.stringify([{ year: 2026, source: 'MUNICIPALITY', amount: '1250000.10' }]),
      JSON.stringify([{ name: 'Počet podpořených rodin', unit: 'rodiny', baseline: '20', target: '35' }]),
    ],
  );
  return { planId: plan, versionId: version };
}
