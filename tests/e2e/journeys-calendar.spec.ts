/**
 * Newcomer journeys about the calendar (issue #16): "what is deprecated this quarter" and
 * "how do I subscribe", each from the home page, answered visibly (in the viewport, not only
 * in the DOM) within two interactions, at desktop and phone widths, with no console errors
 * (the fixture fails the test on any) and axe clean in light and dark mode.
 *
 * The small helpers below are this file's own; the journeys suite of the other areas has
 * its own (tests/e2e/journeys-helpers.ts) and the two may be merged.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

/** Counts what the reader does: each click is one interaction. */
class Journey {
  interactions = 0;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async click(target: Locator): Promise<void> {
    this.interactions++;
    await target.click();
  }
}

/** Fails unless `target` is visible and inside the viewport as the reader sees it now (no scrolling by the test). */
async function expectInViewport(target: Locator, what: string): Promise<void> {
  await expect(target, what).toBeVisible();
  await expect(target, what).toBeInViewport();
}

/** Every axe violation on the page (any impact), summarised; the calendar keeps this at zero. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** From the home page to the calendar: one interaction (its link on the home page). */
async function openCalendar(j: Journey): Promise<void> {
  await j.page.goto('/');
  await j.click(j.page.locator('main a[href="/lifecycle/"]').first());
  await expect(j.page).toHaveURL(/\/lifecycle\/$/);
}

for (const { name, viewport } of WIDTHS) {
  test.describe(`calendar journeys on a ${name}`, () => {
    test.use({ viewport });
    test.beforeEach(async ({ page }) => {
      // The demo is built for 23 November 2026 (Q4: the legacy-deployer deprecation took effect on 1 October).
      await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
    });

    test('what is deprecated this quarter: two interactions from the home page', async ({ page }) => {
      const j = new Journey(page);
      await openCalendar(j);
      await j.click(page.locator('[data-wf-filters] label').filter({ hasText: 'This quarter' }));
      const deprecation = page.locator('#date-legacy-deployer-deprecation-effective');
      await expectInViewport(deprecation, 'the deprecation of this quarter');
      await expect(deprecation).toContainText('Deprecation');
      await expect(deprecation).toContainText('1 October 2026');
      await expect(deprecation).toContainText('took effect 53 days ago');
      await expectInViewport(page.locator('[data-wf-view-detail]'), 'which quarter this is');
      await expect(page.locator('[data-wf-view-detail]')).toContainText('Q4 2026: 1 October – 31 December');
      // Date order, this quarter's past dates included.
      const dates = await page.locator('[data-wf-list] [data-wf-item]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
      expect(dates).toEqual(['2026-10-01', '2026-10-19', '2026-12-14']);
      expect(j.interactions).toBeLessThanOrEqual(2);
    });

    test('how do I subscribe: two interactions from the home page', async ({ page }) => {
      const j = new Journey(page);
      await openCalendar(j);
      const summary = page.locator('[data-wf-subscribe] > summary');
      await expectInViewport(summary, 'Subscribe, on the first screen of the calendar');
      await j.click(summary);
      await expectInViewport(page.getByRole('link', { name: 'Open in your calendar app' }), 'the webcal:// link');
      await expect(page.getByRole('link', { name: 'Open in your calendar app' })).toHaveAttribute('href', /^webcal:\/\//);
      await expectInViewport(page.locator('[data-wf-feed-url]'), 'the feed address');
      await expectInViewport(page.locator('#subscribe-google'), 'the Google Calendar steps');
      for (const app of ['Google Calendar', 'Outlook', 'Apple Calendar']) await expect(page.locator('.wf-app', { hasText: app })).toBeVisible();
      expect(j.interactions).toBeLessThanOrEqual(2);
    });

    test('the month grids fit: no day cut, no sideways scroll', async ({ page }) => {
      await page.goto('/lifecycle/?view=this-quarter');
      const grids = page.locator('.wf-grid');
      await expect(grids).toHaveCount(2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      // Every cell's text fits its cell (no ellipsis, nothing clipped).
      const cut = await page.locator('.wf-grid th, .wf-grid td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
      expect(cut).toEqual([]);
    });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the calendar is axe clean in ${scheme} mode, with a view chosen and Subscribe open`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((s) => localStorage.setItem('starlight-theme', s), scheme);
    await page.goto('/lifecycle/?view=this-quarter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.locator('[data-wf-subscribe] > summary').click();
    expect(await axeViolations(page), `${scheme} /lifecycle/`).toEqual([]);
    await page.goto('/lifecycle/upcoming/');
    expect(await axeViolations(page), `${scheme} /lifecycle/upcoming/`).toEqual([]);
  });
}
