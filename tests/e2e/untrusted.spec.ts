/**
 * Names from content in the site search (#24): Pagefind's UI writes filter labels as HTML,
 * so a team or system title with markup would run for anyone who searches. This spec
 * builds its own small fixture (tests/fixtures/sites/untrusted-builds), serves it as a
 * static host would, searches for the hostile team and opens its filters: nothing runs,
 * and the label reads as the text it is. Set WAYFINDER_UNTRUSTED_DIST to a built copy to
 * skip the build.
 */
import path from 'node:path';
import { buildSite, root, serveDir, testOut } from '../build/site.ts';
import { test, expect } from './fixtures.ts';

let site: { origin: string; close(): Promise<void> } | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // A small site, but a whole Astro build: minutes on a busy 2-core machine.
  test.setTimeout(600_000);
  let dist = process.env.WAYFINDER_UNTRUSTED_DIST;
  if (!dist) {
    const r = buildSite(path.join(root, 'tests/fixtures/sites/untrusted-builds'), testOut('e2e-untrusted'));
    if (r.status !== 0) throw new Error(`the untrusted-builds fixture failed to build:\n${r.output.slice(-4000)}`);
    dist = r.outDir;
  }
  site = await serveDir(dist);
});

test.afterAll(async () => {
  await site?.close();
});

test('a hostile team title in the search filters is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${site?.origin}/`);
  await page.getByRole('button', { name: 'Search' }).first().click();
  const search = page.getByRole('dialog', { name: 'Search' });
  await search.getByRole('textbox', { name: 'Search' }).fill('Zebra');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();

  // Open every filter group: owner and system carry the hostile titles.
  const groups = search.locator('.pagefind-ui__filter-block');
  await expect(groups.first()).toBeAttached();
  for (const summary of await search.locator('.pagefind-ui__filter-name').all()) {
    if ((await summary.locator('..').getAttribute('open')) === null) await summary.click();
  }
  const labels = search.locator('.pagefind-ui__filter-label');
  await expect(labels.filter({ hasText: '<img src=x onerror=window.__pwned=1> Zebra' })).toHaveCount(1);
  await expect(labels.filter({ hasText: '<svg onload=window.__pwned=2> Zebra system' })).toHaveCount(1);
  await expect(labels.filter({ hasText: '<b onmouseover=window.__pwned=3>production</b>' })).toHaveCount(1);
  // As text: no element of the payloads exists in the search dialog.
  await expect(search.locator('.pagefind-ui__filter-panel img, .pagefind-ui__filter-panel svg, .pagefind-ui__filter-panel b')).toHaveCount(0);
  // Hover the labels too (the lifecycle payload waits for a mouse).
  for (const label of await labels.all()) await label.hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
