import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH } from './chromium';

export const WIDTHS = [1280, 360] as const;
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'screenshots');

/** The page function the init script calls for each violation (exposed by Playwright). */
const CSP_BINDING = '__kringCspViolation';
const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/**
 * Makes every page of `context` report what the Content-Security-Policy blocked into `found`:
 * the document's `securitypolicyviolation` events (an init script, in every frame) and the
 * console messages Chromium writes about the policy.
 */
async function watchCsp(context: BrowserContext, found: string[]): Promise<void> {
  await context.exposeBinding(CSP_BINDING, ({ frame }, violation: string) => {
    found.push(`${frame.url()}: ${violation}`);
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (text: string) => void>)[binding];
        const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
        const sample = event.sample ? ` "${event.sample}"` : '';
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI}${where}${sample}`);
      },
      true,
    );
  }, CSP_BINDING);
  context.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) found.push(`console: ${message.text()}`);
  });
}

export const test = base.extend<{
  baseUrl: string;
  /** What the Content-Security-Policy blocked during this test, in any of its pages. */
  cspViolations: string[];
  cspGuard: undefined;
}>({
  baseUrl: async ({}, use) => {
    const url = process.env.KRING_E2E_BASE_URL;
    if (!url) throw new Error('KRING_E2E_BASE_URL is not set: global setup did not start a server');
    await use(url);
  },
  cspViolations: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, cspViolations }, use) => {
    await watchCsp(context, cspViolations);
    await use(context);
  },
  // Every test, in every page it opens (also in contexts of its own: `browser.newContext()`),
  // fails after it ran when the Content-Security-Policy blocked anything.
  cspGuard: [
    async ({ browser, context: _context, cspViolations }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        await watchCsp(created, cspViolations);
        return created;
      };
      try {
        await use(undefined);
      } finally {
        browser.newContext = newContext;
      }
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Call at the top of every spec: without Chromium the journeys are skipped (loudly, in setup). */
export function skipWithoutChromium(): void {
  test.skip(!CHROMIUM_PATH, 'No Chromium found (see the message above)');
}

export async function setWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width > 600 ? 900 : 780 });
}

/** axe-core against WCAG 2.2 A/AA; serious and critical findings fail the journey. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  expect(blocking, `axe violations on ${label}`).toEqual([]);
}

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Checks the page as it is now at every width: no horizontal scrolling, no serious axe
 * findings, and a screenshot `<name>-<width>.png`. Ends at the widest width.
 */
export async function checkAtEveryWidth(page: Page, name: string): Promise<void> {
  for (const width of [...WIDTHS].reverse()) {
    await setWidth(page, width);
    // Let the shell's navbar finish sliding in or out before measuring and taking the picture.
    await page.waitForTimeout(400);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await saveScreenshot(page, `${name}-${width}`);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, `${name}: no horizontal scrolling at ${width} px`).toBeLessThanOrEqual(width);
    await expectNoSeriousA11yViolations(page, `${name} at ${width} px`);
  }
  await setWidth(page, WIDTHS[0]);
}

export { expect };
