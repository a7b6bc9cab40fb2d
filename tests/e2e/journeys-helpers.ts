/**
 * Shared helpers for the newcomer journeys (issue 16): each everyday question, asked from
 * the home page, must be answered visibly (in the viewport, not just in the DOM) within two
 * interactions, at desktop and phone widths, with no console errors, and the pages on the
 * way must be axe clean in light and dark mode.
 *
 * Used by tests/e2e/journeys.spec.ts and tests/e2e/journeys-calendar.spec.ts.
 *
 * Usage:
 *
 *   import { test, expect, forEachWidth, expectAnswered, axeInBothModes } from './journeys-helpers.ts';
 *   forEachWidth((width) => {
 *     test(`who owns X (${width.name})`, async ({ page }) => {
 *       const steps = interactions();
 *       await page.goto('/');
 *       await steps.do('open search', () => page.getByRole('button', { name: 'Search' }).first().click());
 *       ...
 *       await expectAnswered(page.getByText('…'), 'the owner');
 *       steps.expectAtMost(2);
 *     });
 *   });
 *
 * Console errors and uncaught exceptions fail every test that uses `test` from here (it is
 * the `test` of ./fixtures.ts).
 */
import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

export { test, expect };

/** A browser window size a journey is tried at. */
export interface Width {
  readonly name: 'desktop' | 'phone';
  readonly viewport: { width: number; height: number };
  /** Phone widths emulate touch and a mobile user agent's layout. */
  readonly isMobile: boolean;
}

/** A laptop screen and a common phone (iPhone 12–15 class, CSS pixels). */
export const WIDTHS: readonly Width[] = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
];

/**
 * Declares the tests written by `define` once per width, each group in its own describe block
 * with that viewport (so `page` already has the width when the test starts).
 */
export function forEachWidth(define: (width: Width) => void): void {
  for (const width of WIDTHS) {
    test.describe(`at ${width.name} width`, () => {
      test.use({ viewport: width.viewport, hasTouch: width.isMobile });
      define(width);
    });
  }
}

/**
 * Counts the reader's interactions (a click, a typed query, a tap) in a journey, so a test
 * can say how many it took and fail when it takes more than allowed. Scrolling is not an
 * interaction here, but the answer must then be in the viewport without scrolling.
 */
export function interactions(): {
  do: <T>(what: string, action: () => Promise<T>) => Promise<T>;
  readonly taken: readonly string[];
  expectAtMost: (limit: number) => void;
} {
  const taken: string[] = [];
  return {
    async do(what, action) {
      taken.push(what);
      return action();
    },
    get taken() {
      return taken;
    },
    expectAtMost(limit) {
      expect(taken.length, `interactions taken: ${taken.join(' → ')}`).toBeLessThanOrEqual(limit);
    },
  };
}

/**
 * Asserts that `answer` is visible and inside the viewport as the page stands (no scrolling
 * on the reader's part): the question is answered on screen, not only somewhere in the DOM.
 */
export async function expectAnswered(answer: Locator, what: string): Promise<void> {
  await expect(answer, `${what}: visible`).toBeVisible();
  await expect(answer, `${what}: in the viewport without scrolling`).toBeInViewport();
}

/** Asserts the page does not scroll sideways (content wider than the viewport). */
export async function expectNoSidewaysScroll(page: Page, what = page.url()): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: sideways scroll in px`).toBeLessThanOrEqual(0);
}

/** Every axe violation on the page as it stands, summarised one per line (all impacts). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Expressive Code makes wide code blocks keyboard-scrollable (tabindex) from a script
  // that runs when the browser is idle; audit the page as a reader meets it.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** Switches the site's theme the way Starlight's picker does (stored choice plus the attribute). */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => {
    localStorage.setItem('starlight-theme', t);
    document.documentElement.dataset.theme = t;
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Runs axe on `url` in light and then in dark mode (reloading so every script sees the
 * theme from the start) and asserts there are no violations in either. Leaves the page in
 * light mode at `url`.
 */
export async function expectAxeCleanInBothModes(page: Page, url: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(url);
    await setTheme(page, theme);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await axeViolations(page), `${url} in ${theme} mode`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
}

/**
 * Searches the site for `query` from the header's search box and returns the result list.
 * Counted as ONE interaction in the journeys ("search for X": focus the box and type), as
 * a reader would describe it; opening a result is the next one.
 */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Search' }).first().click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.fill(query);
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible();
  return results;
}
