/**
 * Scale (#14): a generated organisation (200 entities, a folder of 60 docs, deprecations,
 * a section of many small folders, and a deprecated API with WIDELY_USED_CONSUMERS consumers
 * (#29)) is built once; the sidebar must list neither the
 * large folder nor every small folder, and no page type may exceed its weight limit, so a
 * change that makes every page carry the content fails here. The full-size figures come
 * from `npm run bench`, not from this suite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation, WIDELY_USED } from '../../scripts/gen-org.ts';
import { CONSUMERS_PAGE_SIZE } from '../../src/core/migrations/view.ts';
import { listHtml, measurePage, type PageType } from '../../scripts/page-weight.ts';
import { checkContent } from '../../src/core/check-content.ts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { buildSite, TEST_TODAY, testOut } from './site.ts';
import { VIEW_LIMITS } from '../../src/core/lifecycle/periods.ts';

const work = path.join(os.tmpdir(), `wayfinder-scale-${process.pid}`);
const content = path.join(work, 'content');
const dist = testOut('scale');
const FOLDER_DOCS = 60;
/** A section of many small folders (each under the folder limit), as at 10,000 entities: guides/area-NN/. */
const AREAS = 20;
const AREA_DOCS = 5;
/** The most HTML the sidebar may take on any page: it must not grow with docs, folders or the catalog. */
const SIDEBAR_LIMIT = 12_000;
/** Consumers of the generated widely used, deprecated API: more than an announcement page lists. */
const WIDELY_USED_CONSUMERS = 250;

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
  campaigns: 100_000,
  'folder index': 100_000,
  // An announcement page (its migration's counts, team rows and consumers still to move) and each page of its consumer list.
  announcement: 100_000,
  'consumer list': 100_000,
};

let pages: string[] = [];
const read = (file: string) => parse(fs.readFileSync(path.join(dist, file), 'utf8'));
const sidebarOf = (file: string) => read(file).querySelector('#starlight__sidebar');

beforeAll(() => {
  const summary = generateOrganisation(content, { count: 200, docs: FOLDER_DOCS, perFolder: 0, deprecations: 10, widelyUsed: WIDELY_USED_CONSUMERS });
  expect(summary.folders).toEqual(['services']);
  for (let a = 1; a <= AREAS; a++) {
    for (let d = 1; d <= AREA_DOCS; d++) {
      const file = path.join(content, 'docs/guides', `area-${String(a).padStart(2, '0')}`, `guide-${a}-${d}.md`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `---\ntitle: Guide ${a}.${d}\ndescription: Step ${d} of area ${a}.\n---\n\nDo step ${d}.\n`);
    }
  }
  const r = buildSite(content, dist);
  if (r.status !== 0) throw new Error(`the generated organisation failed to build:\n${r.output.slice(-4000)}`);
  pages = listHtml(dist);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the generated organisation', () => {
  it('checks clean: no errors and no warnings but its overdue migrations', () => {
    const check = checkContent(resolveContentPaths(content), { today: TEST_TODAY });
    // The generated sunsets spread over two years around TEST_TODAY, and nobody migrates in a
    // generated organisation: a passed sunset with consumers left is a true warning (migration/overdue).
    expect(check.diagnostics.filter((d) => d.code !== 'migration/overdue')).toEqual([]);
    expect(check.catalog.entities).toHaveLength(200 + WIDELY_USED_CONSUMERS + 2);
    expect(check.docs.filter((d) => !d.manual)).toHaveLength(FOLDER_DOCS + 1 + AREAS * AREA_DOCS);
    expect(check.announcements).toHaveLength(11);
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
    expect(largest).toBeLessThan(SIDEBAR_LIMIT);
  });

  it('folds a section of many small folders into one index link, so the sidebar does not grow with the number of folders', () => {
    for (const file of pages.filter((f) => f !== '404.html' && f !== 'index.html')) {
      const sidebar = sidebarOf(file);
      expect(sidebar?.querySelector('a[href="/doc-folders/guides/"]')?.text.trim(), file).toBe(`All ${AREAS * AREA_DOCS} pages`);
      // Only the page being read, and its own folder's index link, of the whole section.
      expect(sidebar?.querySelectorAll('a[href^="/docs/guides/"]').length ?? 0, file).toBeLessThanOrEqual(1);
      expect(sidebar?.querySelectorAll('a[href^="/doc-folders/guides/area-"]').length ?? 0, file).toBeLessThanOrEqual(1);
    }
    // The section's index page leads to every folder's index page, and those to every doc.
    const section = read('doc-folders/guides/index.html');
    const areaLinks = section.querySelectorAll('.wf-folder-subfolders a').map((a) => a.getAttribute('href'));
    expect(areaLinks).toHaveLength(AREAS);
    const docLinks = areaLinks.flatMap((h) => read(`${(h as string).slice(1)}index.html`).querySelectorAll('table.wf-folder-index tbody th a'));
    expect(docLinks).toHaveLength(AREAS * AREA_DOCS);
  });

  it('shows a doc of a folded section under the section link, in its own folder, marked current', () => {
    const file = 'docs/guides/area-03/guide-3-2/index.html';
    const current = sidebarOf(file)?.querySelector('a[aria-current="page"]');
    expect(current?.getAttribute('href')).toBe('/docs/guides/area-03/guide-3-2/');
    const folder = current?.closest('ul');
    expect(folder?.querySelector('a[href="/doc-folders/guides/area-03/"]')?.text.trim()).toBe(`All ${AREA_DOCS} pages`);
    expect(folder?.parentNode?.closest('ul')?.querySelector('a[href="/doc-folders/guides/"]')).not.toBeNull();
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

  it('keeps the list pages (/catalog/, /teams/, /health/, /lifecycle/, /campaigns/) under 100 KB', () => {
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
    expect([...seen].sort()).toEqual(['announcement', 'campaigns', 'catalog list', 'consumer list', 'folder index', 'health', 'lifecycle', 'teams list']);
  });

  it('keeps /lifecycle/ to a bounded slice of the calendar, whatever the number of announcements', () => {
    const rows = read('lifecycle/index.html').querySelectorAll('[data-wf-list] [data-wf-item]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(VIEW_LIMITS.page);
  });
});

describe('a deprecation of a widely used API (#29)', () => {
  const id = WIDELY_USED.announcement;
  const listPages = () => pages.filter((f) => f.startsWith(`lifecycle/${id}/consumers/`));
  it('summarises on the announcement page and links the full list', () => {
    const page = read(`lifecycle/${id}/index.html`);
    const detail = page.querySelectorAll('.wf-migration-detail li');
    expect(detail).toHaveLength(100);
    expect(page.querySelector('.wf-migration-detail a[data-consumer-list]')?.getAttribute('href')).toBe(`/lifecycle/${id}/consumers/`);
    // "Who must act" is a summary too, pointing at the same list.
    expect(page.querySelectorAll('[data-affected]').length).toBeLessThanOrEqual(50);
    expect(page.querySelector('[data-affected-left-out] a[data-consumer-list]')?.getAttribute('href')).toBe(`/lifecycle/${id}/consumers/`);
  });
  it('pages the full list by team: every consumer exactly once, each page bounded', () => {
    expect(listPages()).toEqual([`lifecycle/${id}/consumers/index.html`, ...Array.from({ length: Math.ceil(WIDELY_USED_CONSUMERS / CONSUMERS_PAGE_SIZE) - 1 }, (_, i) => `lifecycle/${id}/consumers/page/${i + 2}/index.html`)]);
    const rows = listPages().flatMap((f) => read(f).querySelectorAll('table.wf-consumers tr[data-state]'));
    const refs = rows.map((r) => r.querySelector('a')?.getAttribute('href'));
    expect(refs).toHaveLength(WIDELY_USED_CONSUMERS);
    expect(new Set(refs).size).toBe(WIDELY_USED_CONSUMERS);
    const states = rows.map((r) => r.getAttribute('data-state'));
    expect(states.filter((x) => x === 'planned').length).toBeGreaterThan(0);
    expect(states.filter((x) => x === 'exempt').length).toBeGreaterThan(0);
    // Teams in order, each team's rows together (a team cut by a page break says "continued").
    const teams = listPages().flatMap((f) => read(f).querySelectorAll('table.wf-consumers tbody').map((b) => b.getAttribute('data-team')));
    expect(teams.filter((t, i) => t !== teams[i - 1])).toEqual([...new Set(teams)]);
    expect(read(listPages()[1] as string).querySelector('nav[data-wf-pager] a[rel="prev"]')?.getAttribute('href')).toBe(`/lifecycle/${id}/consumers/`);
  });
});
