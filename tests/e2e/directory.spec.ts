import { test, expect, seriousViolations } from './fixtures.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const rows = (page: Page) => page.locator('table.wf-dir-table tbody tr');
/** The Owner column (the second data cell) of every row. */
const owners = (page: Page) => rows(page).locator('td:nth-child(3)').allInnerTexts();

test('filtering the directory by owner with JavaScript: rows, counts, URL, reload', async ({ page }) => {
  await page.goto('/catalog/');
  const form = page.getByRole('form', { name: 'Filter the list' });
  const owner = form.getByLabel('Owner', { exact: true });
  // The choices (with counts) arrive with /catalog/index.json.
  await expect(owner.locator('option[value="payments-team"]')).toHaveText(/^Payments \(\d+\)$/);
  await owner.selectOption('payments-team');
  await expect(page).toHaveURL(/\/catalog\/\?owner=payments-team$/);
  await expect(page.getByRole('status').filter({ hasText: 'entities match' })).toHaveText(/^\d+ of \d+ entities match\.$/);
  expect(new Set(await owners(page))).toEqual(new Set(['Payments']));
  const teamRows = await rows(page).count();
  expect(teamRows).toBeGreaterThan(3);

  // Combining facets narrows further and is kept in the URL too.
  const kind = form.getByLabel('Kind', { exact: true });
  await expect(kind.locator('option[value="component"]')).toHaveText(/^Component \(\d+\)$/);
  await kind.selectOption('component');
  await expect(page).toHaveURL(/\/catalog\/\?kind=component&owner=payments-team$/);
  await expect(rows(page)).not.toHaveCount(teamRows);
  await expect(rows(page).locator('td:nth-child(2)').first()).toContainText('Component');

  // A shared or reloaded URL shows the same view.
  await page.reload();
  await expect(owner).toHaveValue('payments-team');
  await expect(kind).toHaveValue('component');
  expect(new Set(await owners(page))).toEqual(new Set(['Payments']));
  await expect(page.locator('[data-wf-pager]')).toBeHidden();

  // Free text filters in place; clearing brings everything back.
  await form.getByLabel('Name, title or tag contains').fill('ledger');
  await expect(page).toHaveURL(/q=ledger/);
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/catalog\/$/);
  await expect(rows(page)).toHaveCount(50);
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toBeVisible();
});

test('filtering the directory by owner without JavaScript: the owner link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/catalog/');
  await expect(page.getByRole('form', { name: 'Filter the list' })).toBeHidden();
  await expect(rows(page)).toHaveCount(50);
  await page.getByRole('navigation', { name: 'Browse by' }).getByRole('link', { name: /^Payments \d+/ }).first().click();
  await expect(page).toHaveURL(/\/catalog\/by\/owner\/payments-team\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Owned by Payments');
  expect(new Set(await owners(page))).toEqual(new Set(['Payments']));
  expect(await rows(page).count()).toBeGreaterThan(3);
  await context.close();

  // The page a reader without JavaScript gets is accessible too. Axe needs JavaScript to
  // run, so audit that view with the site's own scripts blocked instead.
  const noScripts = await browser.newContext();
  const audited = await noScripts.newPage();
  await audited.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await audited.goto('/catalog/');
  await expect(audited.getByRole('navigation', { name: 'Browse by' })).toBeVisible();
  const results = await new AxeBuilder({ page: audited }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await noScripts.close();
});

test('the catalog search finds a service by name, and leaves the docs out', async ({ page }) => {
  await page.goto('/catalog/');
  // Closed by default, so the table starts within the first screen.
  await page.getByText('Not sure of the name? Search the full text of the catalog pages').click();
  const search = page.getByRole('searchbox', { name: /Search what the catalog pages say/ });
  await search.fill('ledger-service');
  await search.press('Enter');
  const results = page.locator('[data-wf-search-results] li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/catalog/component/ledger-service/');
  expect(hrefs.filter((h) => h.startsWith('/docs/'))).toEqual([]);
});

// One audit per test; /catalog/ itself is audited in both modes by journeys.spec.ts.
for (const url of ['/catalog/?owner=payments-team', '/catalog/by/owner/payments-team/', '/catalog/by/tag/']) {
  test(`the directory at ${url} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('[data-wf-filters]').or(page.locator('.wf-dir-crumbs')).first()).toBeVisible();
    expect(await seriousViolations(page), url).toEqual([]);
  });
}
