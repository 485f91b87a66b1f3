import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Browser } from 'playwright-core';
import { expectAccessible, launch, logIn, newContext } from './support/browser';

interface Duty {
  email: string;
  organisation: string;
  planId: string;
  year: number;
  measureId: string;
  title: string;
  indicator: string;
}

/** Minor units as the Czech document prints them: "1 234 567,89" (non-breaking spaces between thousands). */
const czechMoney = (minor: bigint): string => `${(minor / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${(minor % 100n).toString().padStart(2, '0')}`;

/**
 * Monitoring as the people involved do it: a person of an organisation responsible for a measure of
 * last year's approved action plan (the demo's) reports its progress — state, narrative, spending,
 * an indicator value; the coordinator opens monitoring, finds the report among the measures and the
 * figures in the evaluation, and downloads the yearly evaluation report, whose figures the test reads.
 *
 * Which demo log-in owes a report (and on which measure) is read from the server's database: the demo
 * city is drawn anew each day, the rule "the log-ins' organisations have not reported yet" is not.
 */
describe('monitoring: a progress report and the yearly evaluation', () => {
  let browser: Browser;
  let duty: Duty;
  /** What the submitted reports of the year spent from the municipality before this test's report. */
  let spentBefore = 0n;

  beforeAll(async () => {
    browser = await launch();
    const db = new Client({ connectionString: process.env['KOMPLAN_E2E_DATABASE_URL'] });
    await db.connect();
    const rows = await db.query<Duty>(
      `SELECT p.email, o.name AS organisation, ap.id AS "planId", ap.year, m.id AS "measureId", m.title, i.name AS indicator
         FROM action_plans ap
         JOIN council_resolutions c ON c.action_plan_id = ap.id AND c.outcome = 'APPROVED'
         JOIN action_plan_measures apm ON apm.version_id = c.version_id
         JOIN measures m ON m.id = apm.measure_id
         JOIN measure_indicators i ON i.measure_id = m.id AND i.position = 1
         JOIN organisations o ON o.id = m.responsible_organisation_id
         JOIN organisation_memberships om ON om.organisation_id = o.id AND om.until IS NULL
         JOIN people p ON p.id = om.person_id AND p.account_id IS NOT NULL
         JOIN areas a ON a.id = ap.area_id AND a.slug = 'plzen'
        WHERE ap.state = 'APPROVED'
          AND NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.measure_id = m.id AND r.year = ap.year)
        ORDER BY ap.year, p.email, apm.position
        LIMIT 1`,
    );
    expect(rows.rows).toHaveLength(1);
    duty = rows.rows[0]!;
    const spent = await db.query<{ minor: string }>(
      `SELECT coalesce(sum(s.amount_minor), 0)::text AS minor
         FROM council_resolutions c
         JOIN action_plan_measures apm ON apm.version_id = c.version_id
         JOIN progress_reports r ON r.measure_id = apm.measure_id AND r.year = $2 AND r.submitted_at IS NOT NULL
         JOIN progress_report_spending s ON s.report_id = r.id AND s.source = 'MUNICIPALITY'
        WHERE c.action_plan_id = $1 AND c.outcome = 'APPROVED'`,
      [duty.planId, duty.year],
    );
    spentBefore = BigInt(spent.rows[0]!.minor);
    await db.end();
  });
  afterAll(() => browser.close());

  it('a person of the responsible organisation reports progress on the measure', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, duty.email);
    await page.getByRole('navigation').getByRole('link', { name: 'Moje hlášení' }).click();
    await page.getByRole('heading', { level: 1, name: 'Moje hlášení' }).waitFor();
    if (!page.url().includes(duty.planId)) await page.goto(`/a/plzen/my-reports?plan=${duty.planId}`);
    const card = page.locator(`section[data-measure="${duty.title}"]`);
    await card.getByText('Chybí').waitFor();
    await expectAccessible(page, 'monitoring-my-reports');

    const form = card.getByRole('form');
    // Submitting without a narrative is refused in words, on the field.
    await form.getByRole('radio', { name: 'Částečně splněno' }).check();
    await form.getByRole('button', { name: 'Odeslat hlášení' }).click();
    await form.getByText('Před odesláním popište, co se v roce udělalo.').waitFor();

    await form.getByLabel('Co se v roce udělalo').fill('Služba byla rozšířena o jednoho pracovníka; druhého se podařilo přijmout až v listopadu.');
    await form.getByLabel('Obec', { exact: true }).fill('123 456,78');
    await form.getByLabel(duty.indicator, { exact: false }).fill('77,5');
    await form.getByRole('button', { name: 'Odeslat hlášení' }).click();
    await form.getByText('Hlášení je odesláno koordinátorovi.').waitFor();
    await card.getByText('Odesláno', { exact: true }).waitFor();
    await expectAccessible(page, 'monitoring-my-reports-submitted');

    // On a phone the form stays usable.
    await page.setViewportSize({ width: 320, height: 800 });
    await expectAccessible(page, 'monitoring-my-reports-320');
    await context.close();
  });

  it('the coordinator sees the report, the evaluation and downloads the yearly report with its figures', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await logIn(page, 'koordinator@plzen.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Monitoring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring akčního plánu' }).waitFor();
    await page.goto(`/a/plzen/monitoring?plan=${duty.planId}`);
    const row = page.locator(`tr[data-measure="${duty.title}"]`);
    await row.getByText('Odesláno').waitFor();
    await row.getByText('Částečně splněno').waitFor();
    // The evaluation has the reported value and the chart names its figures.
    await page.getByRole('heading', { name: `Vyhodnocení roku ${duty.year}` }).waitFor();
    await page.getByRole('cell', { name: '77,5' }).first().waitFor();
    await page.getByRole('img', { name: /Sloupcový graf počtu opatření podle stavu plnění/ }).waitFor();
    await expectAccessible(page, 'monitoring-coordinator');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Stáhnout DOCX' }).click()]);
    expect(download.suggestedFilename()).toBe(`komplan-hodnoceni-${duty.year}.docx`);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    expect(text).toContain(`Hodnoticí zpráva za rok ${duty.year}`);
    expect(text).toContain(duty.indicator);
    expect(text).toContain('77,5');
    expect(text).toContain(duty.title);
    // The amount spent counts in the municipality's line, beside what the demo's other reports spent.
    expect(text).toContain(czechMoney(spentBefore + 12_345_678n));

    await page.setViewportSize({ width: 320, height: 800 });
    await expectAccessible(page, 'monitoring-coordinator-320');
    await context.close();
  });
});
