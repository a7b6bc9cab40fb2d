/**
 * Scale (#14): a generated organisation (200 entities, a folder of 60 docs, deprecations)
 * is built once; the sidebar must not list the large folder and no page type may exceed
 * its weight limit, so a change that makes every page carry the content fails here.
 * The full-size figures come from `npm run bench`, not from this suite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation } from '../../scripts/gen-org.ts';
import { listHtml, measurePage, type PageType } from '../../scripts/page-weight.ts';
import { checkContent } from '../../src/core/check-content.ts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { buildSite, TEST_TODAY } from './site.ts';
import { VIEW_LIMITS } from '../../src/core/lifecycle/periods.ts';

const work = path.join(os.tmpdir(), `wayfinder-scale-${process.pid}`);
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const FOLDER_DOCS = 60;



/** Most HTML a page may carry besides its own content (the limit for these types). */
const CHROME_LIMIT: Partial<Record<PageType, number>> = {
  doc: 40_000,
  'folder index': 40_000,
  entity: 40_000,
  techdocs: 40_000,
  team: 40_000,
  user: 40_000,
  announcement: 40_000,
};
/** Most HTML a list page may weigh in all. */
const TOTAL_LIMIT: Partial<Record<PageType, number>> = {
  'catalog list': 100_000,
  'teams list': 100_000,
  health: 100_000,
  lifecycle: 100_000,
  'folder index': 100_000,
};

let pages: string[] = [];
const read = (file: string) => parse(fs.readFileSync(path.join(dist, file), 'utf8'));
const sidebarOf = (file: string) => read(file).querySelector('#starlight__sidebar');

beforeAll(() => {
  const summary = generateOrganisation(content, { count: 200, docs: FOLDER_DOCS, perFolder: 0, deprecations: 10 });
  expect(summary.folders).toEqual(['services']);
  const r = buildSite(content, dist);
  if (r.status !== 0) throw new Error(`the generated organisation failed to build:\n${r.output.slice(-4000)}`);
  pages = listHtml(dist);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the generated organisation', () => {
  it('checks clean: no errors and no warnings', () => {
    const check = checkContent(resolveContentPaths(content), { today: TEST_TODAY });
    expect(check.diagnostics).toEqual([]);
    expect(check.catalog.entities).toHaveLength(200);
    expect(check.docs.filter((d) => !d.manual)).toHaveLength(FOLDER_DOCS + 1);
    expect(check.announcements).toHaveLength(10);
  });
});

describe('the sidebar of a large organisation', () => {
  it('lists a folder of more docs than the limit as one link to its index page, on every page', () => {
    let largest = 0;
    // The home page is a splash page (no sidebar); 404 too.
    for (const file of pages.filter((f) => f !== '404.html' && f !== 'index.html')) {
      const sidebar = sidebarOf(file);
      expect(sidebar, file).not.toBeNull();
      const links = sidebar?.querySelectorAll('a[href^="/docs/services/"]') ?? [];
      // At most the page being read itself.
      expect(links.length, file).toBeLessThanOrEqual(1);
      expect(sidebar?.querySelector('a[href="/doc-folders/services/"]')?.text.trim(), file).toBe(`All ${FOLDER_DOCS} pages`);
      largest = Math.max(largest, sidebar?.outerHTML.length ?? 0);
    }
    expect(largest).toBeLessThan(12_000);
  });

  it('shows the doc being read under its folder, marked current', () => {
    const file = pages.find((f) => f.startsWith('docs/services/')) as string;
    const here = `/${file.replace(/index\.html$/, '')}`;
    const current = sidebarOf(file)?.querySelector('a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe(here);
    const group = current?.closest('ul');
    expect(group?.querySelector('a[href="/doc-folders/services/"]')).not.toBeNull();
  });

  it('writes the folder index: every doc once over its pages, with owner and review state, and the rows for its filter', () => {
    const indexPages = pages.filter((f) => f.startsWith('doc-folders/services/'));
    expect(indexPages).toEqual(['doc-folders/services/index.html', 'doc-folders/services/page/2/index.html']);
    const rows = indexPages.flatMap((f) => read(f).querySelectorAll('table.wf-folder-index tbody tr'));
    const hrefs = rows.map((r) => r.querySelector('th a')?.getAttribute('href'));
    expect(new Set(hrefs).size).toBe(FOLDER_DOCS);
    expect(hrefs.every((h) => h?.startsWith('/docs/services/'))).toBe(true);
    expect(rows[0]?.querySelector('td:nth-child(3) a')?.getAttribute('href')).toMatch(/^\/teams\//);
    expect(rows[0]?.querySelector('[data-review]')).not.toBeNull();
    // The filter fetches the whole folder's rows from the address the page names.
    const rowsUrl = read('doc-folders/services/page/2/index.html').querySelector('[data-wf-folder]')?.getAttribute('data-rows') ?? '';
    expect(rowsUrl).toBe('/doc-folders/services/pages.json');
    const json = JSON.parse(fs.readFileSync(path.join(dist, rowsUrl), 'utf8')) as { href: string }[];
    expect(json.map((r) => r.href).sort()).toEqual([...new Set(hrefs)].sort());
  });
});

describe('page weight', () => {
  it(`keeps every page's HTML besides its own content under ${CHROME_LIMIT.doc} bytes`, () => {
    const over: string[] = [];
    for (const file of pages) {
      const w = measurePage(dist, file);
      const limit = CHROME_LIMIT[w.type];
      if (limit && w.chrome > limit) over.push(`${file} (${w.type}): ${w.chrome} bytes besides its content`);
    }
    expect(over).toEqual([]);
  });

  it('keeps the list pages (/catalog/, /teams/, /health/, /lifecycle/) under 100 KB', () => {
    const over: string[] = [];
    const seen = new Set<PageType>();
    for (const file of pages) {
      const w = measurePage(dist, file);
      const limit = TOTAL_LIMIT[w.type];
      if (!limit) continue;
      seen.add(w.type);
      if (w.bytes > limit) over.push(`${file} (${w.type}): ${w.bytes} bytes`);
    }
    expect(over).toEqual([]);
    expect([...seen].sort()).toEqual(['catalog list', 'folder index', 'health', 'lifecycle', 'teams list']);
  });

  it('keeps /lifecycle/ to a bounded slice of the calendar, whatever the number of announcements', () => {
    const rows = read('lifecycle/index.html').querySelectorAll('[data-wf-list] [data-wf-item]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(VIEW_LIMITS.page);
  });
});
