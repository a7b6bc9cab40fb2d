import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test, expect, seriousViolations } from './fixtures.ts';
import { buildSite, testOut } from '../build/site.ts';
import { writeLargeApiContent } from '../../scripts/gen-large-api.ts';

/**
 * A large API's reference in a browser: the API page loads as an overview, an operation's
 * old anchor on it (`#post-v1-customers`) lands on the operation on its section page, and
 * the table of operations fits its column on a laptop and on a phone, and its section pages
 * (operations, schemas) pass axe in both colour schemes at both widths. The demo has no API
 * this large, so this spec builds a small site of its own and serves it as a static host.
 */
const api = '/catalog/api/large-api/';
let server: http.Server | undefined;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const content = path.join(os.tmpdir(), `wayfinder-e2e-api-large-${process.pid}`);
  fs.rmSync(content, { recursive: true, force: true });
  writeLargeApiContent(content, [{ name: 'large-api', operations: 200, tagged: false }], (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  });
  const built = buildSite(content, testOut('e2e-api-large'));
  expect(built.status, built.output.slice(-2000)).toBe(0);
  const root = built.outDir;
  server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

test('the API page of a large reference loads as an overview that links to its sections', async ({ page }) => {
  const response = await page.goto(`${origin}${api}`);
  expect((await response?.body())?.length).toBeLessThan(300_000);
  await expect(page.getByRole('heading', { name: 'API reference' })).toBeVisible();
  await page.locator('.wf-ref-pages a', { hasText: 'customers' }).click();
  await expect(page).toHaveURL(`${origin}${api}reference/customers/`);
  await expect(page.locator('#post-v1-customers')).toHaveText(/POST\s+\/v1\/customers/);
});

test('an operation anchor on the API page lands on the operation on its section page, unfolded', async ({ page }) => {
  await page.goto(`${origin}${api}#post-v1-customers`);
  await expect(page).toHaveURL(`${origin}${api}reference/customers/#post-v1-customers`);
  const heading = page.locator('#post-v1-customers');
  await expect(heading).toBeInViewport();
  await expect(page.locator('section.wf-op:has(#post-v1-customers) details.wf-op-details')).toHaveAttribute('open', '');
  // A schema's anchor is sent to its page too.
  await page.goto(`${origin}${api}#schema-customer`);
  await expect(page).toHaveURL(new RegExp(`${api}reference/schemas(-\\d+)?/#schema-customer$`));
  await expect(page.locator('#schema-customer')).toBeInViewport();
});

for (const [label, viewport] of [
  ['at 1280 px', { width: 1280, height: 800 }],
  ['on a phone', { width: 375, height: 740 }],
] as const) {
  test(`the table of operations fits its column ${label}, long paths wrapped`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${origin}${api}reference/accounts/`);
    const table = page.locator('.wf-op-table').first();
    await expect(table).toBeVisible();
    const fit = await table.evaluate((t) => {
      const column = (t.closest('.sl-markdown-content') ?? t.parentElement) as HTMLElement;
      return { table: t.scrollWidth, column: column.clientWidth, summaryRight: (t.querySelector('tbody tr td:last-child') as HTMLElement).getBoundingClientRect().right };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.column + 1);
    expect(fit.summaryRight).toBeLessThanOrEqual(viewport.width);
  });
}

// The split reference's own pages, audited with their blocks unfolded (one axe run covers the
// summaries and what they hide). A section of operations in both schemes at both widths, every
// block open; a page of schemas light on a laptop and dark on a phone, its first 60 blocks open
// (its schema trees repeat the same markup, and axe over all of them takes minutes on a busy
// 2-core machine).
for (const [label, url, scheme, width, viewport] of [
  ['a section of operations', 'reference/accounts/', 'light', '1280 px', { width: 1280, height: 800 }],
  ['a section of operations', 'reference/accounts/', 'dark', '1280 px', { width: 1280, height: 800 }],
  ['a section of operations', 'reference/accounts/', 'light', 'a phone', { width: 375, height: 740 }],
  ['a section of operations', 'reference/accounts/', 'dark', 'a phone', { width: 375, height: 740 }],
  ['a page of schemas', 'reference/schemas/', 'light', '1280 px', { width: 1280, height: 800 }],
  ['a page of schemas', 'reference/schemas/', 'dark', 'a phone', { width: 375, height: 740 }],
] as const) {
  test(`${label} of a split reference has no serious or critical accessibility violations (${scheme}, ${width})`, async ({ page }) => {
    test.setTimeout(360_000);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    const response = await page.goto(`${origin}${api}${url}`);
    expect(response?.status()).toBe(200);
    const open = url.includes('schemas') ? 60 : Infinity;
    await page.evaluate((n) => [...document.querySelectorAll('details')].slice(0, n).forEach((d) => ((d as HTMLDetailsElement).open = true)), open);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
