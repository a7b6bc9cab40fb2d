/**
 * Layout defects a reader sees (issue 25): at a laptop's and a phone's width, in light and
 * dark mode, no page scrolls sideways, no table is cut off without a sign that it scrolls
 * (tables.css draws a shadow at the edge that has more), and at laptop width the tables
 * of these pages fit their column.
 */
import type { Page } from '@playwright/test';
import { test, expect, forEachWidth } from './journeys-helpers.ts';

const PAGES = ['/', '/campaigns/', '/campaigns/runbooks-before-peak/', '/catalog/api/launchpad-api/', '/health/', '/lifecycle/'];

/** What overflows on the page as it stands: the page itself, tables without a sign, cells cut off. */
async function overflow(page: Page, width: number): Promise<{ page: number; unsignedTables: string[]; wideTables: string[]; clippedCells: string[] }> {
  return page.evaluate((viewport) => {
    const label = (el: Element) => (el.querySelector('caption')?.textContent ?? el.querySelector('th')?.textContent ?? el.className).trim().slice(0, 40);
    const tables = [...document.querySelectorAll('main table')] as HTMLElement[];
    const wide = tables.filter((t) => t.scrollWidth > t.clientWidth + 1);
    // A scroll container whose content is wider must show it: the scroll shadows of tables.css.
    const unsigned = wide.filter((t) => !getComputedStyle(t).backgroundImage.includes('radial-gradient'));
    // A cell whose own text runs out of it is cut off whatever the table does.
    const clipped = ([...document.querySelectorAll('main :is(td, th)')] as HTMLElement[]).filter(
      (c) => c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflowX === 'hidden',
    );
    return {
      page: document.scrollingElement!.scrollWidth - viewport,
      unsignedTables: unsigned.map(label),
      wideTables: wide.map(label),
      clippedCells: clipped.map((c) => (c.textContent ?? '').trim().slice(0, 40)),
    };
  }, width);
}

forEachWidth((width) => {
  for (const theme of ['light', 'dark'] as const) {
    test(`no page scrolls sideways and no table is cut off without a sign (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      for (const url of PAGES) {
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const o = await overflow(page, width.viewport.width);
        expect(o.page, `${url}: sideways scroll in px`).toBeLessThanOrEqual(0);
        expect(o.unsignedTables, `${url}: tables that scroll without a sign`).toEqual([]);
        expect(o.clippedCells, `${url}: cells cut off`).toEqual([]);
        if (width.name === 'desktop') expect(o.wideTables, `${url}: tables wider than the column at ${width.viewport.width} px`).toEqual([]);
      }
    });
  }

  test('the home page has a way to every section: a menu button on a phone, the sidebar on a laptop', async ({ page }) => {
    await page.goto('/');
    if (width.name === 'phone') {
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(menu).toBeVisible();
      await menu.click();
    }
    await expect(page.locator('#starlight__sidebar').getByRole('link', { name: 'Lifecycle calendar' })).toBeVisible();
  });
});

test('the calendar’s “by type” and “by team” lists start at the same height', async ({ page }) => {
  await page.goto('/lifecycle/');
  const [byType, byTeam] = await Promise.all([page.locator('#by-type').boundingBox(), page.locator('#by-team').boundingBox()]);
  expect(byType && byTeam && Math.abs(byType.y - byTeam.y)).toBeLessThanOrEqual(1);
});

test('words next to links and code keep their space (Astro 7 drops a line break beside an element)', async ({ page }) => {
  await page.goto('/campaigns/');
  await expect(page.locator('main')).toContainText('See Campaigns for how to start one');
  await page.goto('/lifecycle/stages/');
  await expect(page.locator('main')).toContainText('set in the policy file, wayfinder.yaml');
});
