import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

const root = join(__dirname, '../../../..');
export const SCREENSHOTS = join(root, 'tmp/screenshots');
/** Where tests keep the files the browser downloaded. */
export const DOWNLOADS = join(root, 'tmp/downloads');
export const baseUrl = (): string => process.env['KOMPLAN_E2E_URL'] ?? 'http://localhost:3456';

/** The system Chromium (Debian's package), never a downloaded browser. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (its own cookies), desktop or phone sized, in Czech. */
export async function newContext(browser: Browser, options: { phone?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'cs-CZ',
    timezoneId: 'Europe/Prague',
    // Export links are plain downloads (<a download>): playwright hands them over as download events.
    acceptDownloads: true,
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Saves a full-page screenshot to tmp/screenshots/<name>.png for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page; returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

/** Logs in through the log-in page as a person would. */
export async function logIn(page: Page, email: string, password = 'komplan-demo'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Heslo/).fill(password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
  await page.waitForURL(/\/a\/plzen/);
}

/** Saves a screenshot of the page and fails the test on any serious or critical axe-core violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect({ page: name, violations: await seriousAccessibilityViolations(page) }).toEqual({ page: name, violations: [] });
}

/** What axe-core found on a page: violations by impact (with rule ids) and how many checks it left undecided. */
export interface AxeReport {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  incomplete: number;
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and returns every violation and the incomplete count. */
export async function axeReport(page: Page): Promise<AxeReport> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[]; incomplete: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return {
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      })),
      incomplete: result.incomplete.length,
    };
  });
}

/** Waits until the page has its heading and no loader is left (lazy pages and their queries have arrived). */
export async function pageSettled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="status"] .mantine-Loader, .mantine-Skeleton'));
  await page.waitForLoadState('networkidle');
}

/** Waits until the layout stops moving after a resize (the app shell animates its navbar away). */
export async function layoutSettled(page: Page): Promise<void> {
  let last = '';
  for (let round = 0; round < 20; round++) {
    await page.waitForTimeout(250);
    const size = await page.evaluate(() => `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`);
    if (size === last) return;
    last = size;
  }
}

export interface ReflowProblems {
  /** How far the page scrolls sideways (0 when it does not). */
  overflow: number;
  /** Controls that stick out of the viewport or are clipped by a box that does not scroll. */
  cutOff: string[];
}

/**
 * WCAG 1.4.10 Reflow at the current width: the document must not scroll sideways and no control
 * may be cut off (horizontal scrolling inside a scroll container, e.g. a wide table, is fine).
 */
export async function reflowProblems(page: Page): Promise<ReflowProblems> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow = Math.max(0, document.documentElement.scrollWidth - width);
    const describe = (element: Element) => {
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`;
    };
    const scrolls = (element: Element) => {
      const style = getComputedStyle(element);
      return /(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth;
    };
    const controls = document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role="link"], [role="checkbox"], [role="radio"]');
    const cutOff: string[] = [];
    for (const control of Array.from(controls)) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(control).visibility === 'hidden') continue;
      if (control.closest('.skip-link, [aria-hidden="true"], [inert]')) continue;
      let outsideViewport = box.right > width + 1 || box.left < -1;
      let clipped = false;
      for (let parent = control.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrolls(parent)) {
          // Inside a box that scrolls sideways (a wide table): reachable by scrolling it.
          outsideViewport = false;
          break;
        }
        if (/(hidden|clip)/.test(getComputedStyle(parent).overflowX)) {
          const outer = parent.getBoundingClientRect();
          if (outer.width > 0 && box.width > 4 && (box.right > outer.right + 1 || box.left < outer.left - 1)) clipped = true;
        }
      }
      clipped ||= outsideViewport;
      if (clipped) cutOff.push(describe(control));
    }
    return { overflow, cutOff };
  });
}

/** The focused element as a keyboard user meets it: its name, whether the focus can be seen, and where it is. */
export interface FocusInfo {
  tag: string;
  type: string | null;
  role: string | null;
  name: string;
  checked: boolean;
  /** An outline or box-shadow on the element (or on the label/box that paints a hidden input). */
  visible: boolean;
  inside: { main: boolean; dialog: boolean; composer: boolean };
}

export async function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const input = element instanceof HTMLInputElement ? element : null;
    const labelled = element.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const name = (element.getAttribute('aria-label') ?? labelled ?? (input?.labels?.[0]?.textContent || null) ?? (element instanceof HTMLTextAreaElement ? element.labels?.[0]?.textContent : null) ?? element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const ring = (candidate: Element | null | undefined) => {
      if (!candidate) return false;
      const style = getComputedStyle(candidate);
      const box = candidate.getBoundingClientRect();
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return box.width > 0 && box.height > 0 && (outline || (style.boxShadow !== 'none' && style.boxShadow !== ''));
    };
    // Mantine paints some inputs elsewhere: a segmented control's label, a switch's track.
    const painters = [element, input?.labels?.[0], element.nextElementSibling, element.parentElement];
    return {
      tag: element.tagName.toLowerCase(),
      type: input?.type ?? null,
      role: element.getAttribute('role'),
      name,
      checked: input?.checked ?? false,
      visible: painters.some(ring),
      inside: {
        main: !!element.closest('main, #main'),
        dialog: !!element.closest('[role="dialog"]'),
        composer: !!element.closest('#comment-composer'),
      },
    };
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element matches, failing when the
 * focus is ever invisible on the way or the element is not reached in `max` presses.
 */
export async function tabTo(page: Page, wanted: (focus: FocusInfo) => boolean, options: { backwards?: boolean; max?: number } = {}): Promise<FocusInfo> {
  const visited: string[] = [];
  for (let press = 0; press < (options.max ?? 80); press++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focusInfo(page);
    if (!focus) continue;
    visited.push(focus.name.slice(0, 40));
    if (!focus.visible) throw new Error(`The focus is not visible on ${focus.tag} "${focus.name}" (after: ${visited.slice(-5).join(' | ')})`);
    if (wanted(focus)) return focus;
  }
  throw new Error(`Not reached by the keyboard; the focus went through: ${visited.join(' | ')}`);
}

/** The focused element's name is `name` (exactly, or matching). */
export const named = (name: string | RegExp) => (focus: FocusInfo) => (typeof name === 'string' ? focus.name === name : name.test(focus.name));
