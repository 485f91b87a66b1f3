import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeReport, axeReport, launch, layoutSettled, logIn, newContext, pageSettled, ReflowProblems, reflowProblems, screenshot } from './support/browser';
import { arrangeDemoIds, DemoIds, logInAs, PAGES, Visitor } from './support/pages';

const AXE_DIR = join(__dirname, '../../../tmp/axe');
const PHONE = { width: 320, height: 720 };
const SERIOUS = ['serious', 'critical'];

interface PageResult {
  page: string;
  as: Visitor;
  url: string;
  desktop: AxeReport;
  phone: AxeReport;
  reflow: ReflowProblems;
}

/** "serious: color-contrast, label; moderate: region" */
function byImpact(report: AxeReport): string {
  const groups = new Map<string, Set<string>>();
  for (const violation of report.violations) {
    const impact = violation.impact ?? 'unknown';
    groups.set(impact, (groups.get(impact) ?? new Set()).add(violation.id));
  }
  return (
    ['critical', 'serious', 'moderate', 'minor', 'unknown']
      .filter((impact) => groups.has(impact))
      .map((impact) => `${impact}: ${[...groups.get(impact)!].join(', ')}`)
      .join('; ') || '—'
  );
}

function writeResults(results: PageResult[]): void {
  mkdirSync(AXE_DIR, { recursive: true });
  const json = results.map((result) => ({
    page: result.page,
    as: result.as,
    url: result.url,
    violations: Object.fromEntries(
      ['critical', 'serious', 'moderate', 'minor'].map((impact) => [
        impact,
        [...result.desktop.violations, ...result.phone.violations]
          .filter((violation) => violation.impact === impact)
          .map((violation) => ({ rule: violation.id, help: violation.help, targets: violation.targets }))
          .filter((violation, index, all) => all.findIndex((other) => other.rule === violation.rule) === index),
      ]),
    ),
    incomplete: { desktop: result.desktop.incomplete, phone: result.phone.incomplete },
    reflow320: result.reflow,
  }));
  writeFileSync(join(AXE_DIR, 'results.json'), JSON.stringify(json, null, 2));
  const rows = results.map(
    (result) =>
      `| ${result.page} | ${result.as} | \`${result.url}\` | ${byImpact(result.desktop)} | ${byImpact(result.phone)} | ${result.desktop.incomplete} / ${result.phone.incomplete} | ${
        result.reflow.overflow ? `scrolls ${result.reflow.overflow}px` : 'ok'
      }${result.reflow.cutOff.length ? `, cut off: ${result.reflow.cutOff.length}` : ''} |`,
  );
  writeFileSync(
    join(AXE_DIR, 'results.md'),
    [
      '# axe-core (WCAG 2.1 A/AA) and reflow at 320 px, per page',
      '',
      '| Page | As | URL | Violations (desktop) | Violations (320 px) | Incomplete (desktop / 320 px) | 320 px |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

/**
 * WCAG 2.1 AA on every page of the app (the list in support/pages.ts covers each route of
 * routes.tsx; a unit test keeps it complete): axe-core at desktop width and at 320 px, no serious
 * or critical violation; at 320 px the page does not scroll sideways and no control is cut off.
 * Results per page go to tmp/axe/results.{json,md}, screenshots to tmp/screenshots/a11y-*.
 */
describe('every page is accessible (WCAG 2.1 AA) and reflows at 320 px', () => {
  let browser: Browser;
  const contexts = new Map<Visitor, BrowserContext>();
  let ids: DemoIds;
  const results: PageResult[] = [];

  beforeAll(async () => {
    browser = await launch();
    for (const visitor of ['coordinator', 'member', 'provider', 'public'] as const) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await logInAs(page, visitor);
      await page.close();
      contexts.set(visitor, context);
    }
    const clerk = await (await newContext(browser)).newPage();
    await logIn(clerk, 'rada@plzen.example');
    const pages = await Promise.all((['coordinator', 'member', 'provider'] as const).map((visitor) => contexts.get(visitor)!.newPage()));
    ids = await arrangeDemoIds({ coordinator: pages[0]!, member: pages[1]!, provider: pages[2]!, clerk });
    await Promise.all([...pages, clerk].map((page) => page.close()));
    await clerk.context().close();
  }, 180_000);

  afterAll(async () => {
    writeResults(results);
    await browser?.close();
  });

  it.each(PAGES.map((visit) => [visit.name, visit] as const))('%s', async (_name, visit) => {
    const page: Page = await contexts.get(visit.as)!.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(visit.path(ids));
      await pageSettled(page);
      await screenshot(page, `a11y-${visit.name}`);
      const desktop = await axeReport(page);

      await page.setViewportSize(PHONE);
      await layoutSettled(page);
      const reflow = await reflowProblems(page);
      await screenshot(page, `a11y-${visit.name}-320`);
      const phone = await axeReport(page);
      results.push({ page: visit.name, as: visit.as, url: new URL(page.url()).pathname + new URL(page.url()).search, desktop, phone, reflow });

      const serious = (report: AxeReport) => report.violations.filter((violation) => SERIOUS.includes(violation.impact ?? ''));
      expect({ page: visit.name, desktop: serious(desktop), phone: serious(phone), overflow: reflow.overflow, cutOff: reflow.cutOff }).toEqual({
        page: visit.name,
        desktop: [],
        phone: [],
        overflow: 0,
        cutOff: [],
      });
    } finally {
      await page.close();
    }
  });
});
