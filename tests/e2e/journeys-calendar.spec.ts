/**
 * Newcomer journeys about the calendar (issue #16): "what is deprecated this quarter" and
 * "how do I subscribe", each from the home page, answered visibly (in the viewport, not only
 * in the DOM) within two interactions, at desktop and phone widths, with no console errors
 * (the fixture fails the test on any) and axe clean in light and dark mode.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, expectAnswered, expectNoSidewaysScroll, forEachWidth, interactions, test } from './journeys-helpers.ts';

type Steps = ReturnType<typeof interactions>;

/** From the home page to the calendar: one interaction (its link on the home page). */
async function openCalendar(page: Page, steps: Steps): Promise<void> {
  await page.goto('/');
  await steps.do('open the calendar from the home page', () => page.locator('main a[href="/lifecycle/"]').first().click());
  await expect(page).toHaveURL(/\/lifecycle\/$/);
}

forEachWidth(() => {
  test.describe('calendar journeys', () => {
    test.beforeEach(async ({ page }) => {
      // The demo is built for 23 November 2026 (Q4: the legacy-deployer deprecation took effect on 1 October).
      await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
    });

    test('what is deprecated this quarter: two interactions from the home page', async ({ page }) => {
      const steps = interactions();
      await openCalendar(page, steps);
      await steps.do('choose This quarter', () => page.locator('[data-wf-filters] label').filter({ hasText: 'This quarter' }).click());
      const deprecation = page.locator('#date-legacy-deployer-deprecation-effective');
      await expectAnswered(deprecation, 'the deprecation of this quarter');
      await expect(deprecation).toContainText('Deprecation');
      await expect(deprecation).toContainText('1 October 2026');
      await expect(deprecation).toContainText('took effect 53 days ago');
      await expectAnswered(page.locator('[data-wf-view-detail]'), 'which quarter this is');
      await expect(page.locator('[data-wf-view-detail]')).toContainText('Q4 2026: 1 October – 31 December');
      // Date order, this quarter's past dates included.
      const dates = await page.locator('[data-wf-list] [data-wf-item]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
      // The runbooks campaign's deadline (13 November) is a date of the quarter too.
      expect(dates).toEqual(['2026-10-01', '2026-10-19', '2026-11-13', '2026-12-14']);
      steps.expectAtMost(2);
    });

    test('how do I subscribe: two interactions from the home page', async ({ page }) => {
      const steps = interactions();
      await openCalendar(page, steps);
      const summary = page.locator('[data-wf-subscribe] > summary');
      await expectAnswered(summary, 'Subscribe, on the first screen of the calendar');
      await steps.do('open Subscribe', () => summary.click());
      await expectAnswered(page.getByRole('link', { name: 'Open in your calendar app' }), 'the webcal:// link');
      await expect(page.getByRole('link', { name: 'Open in your calendar app' })).toHaveAttribute('href', /^webcal:\/\//);
      await expectAnswered(page.locator('[data-wf-feed-url]'), 'the feed address');
      await expectAnswered(page.locator('#subscribe-google'), 'the Google Calendar steps');
      for (const app of ['Google Calendar', 'Outlook', 'Apple Calendar']) await expect(page.locator('.wf-app', { hasText: app })).toBeVisible();
      steps.expectAtMost(2);
    });

    test('the month grids fit: no day cut, no sideways scroll', async ({ page }) => {
      await page.goto('/lifecycle/?view=this-quarter');
      const grids = page.locator('.wf-grid');
      await expect(grids).toHaveCount(3);
      await expectNoSidewaysScroll(page);
      // Every cell's text fits its cell (no ellipsis, nothing clipped).
      const cut = await page.locator('.wf-grid th, .wf-grid td').evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
      expect(cut).toEqual([]);
    });
  });
});

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
