/**
 * The sidebar budget at the docs root (#28): 500 docs directly in docs/ (no sub-folder), a
 * shape real handbooks have, once put ~470 links (88 KB) in the sidebar of every page. The
 * organisation is generated into a temporary folder (scripts/gen-org.ts --flat, catalog in
 * flow-style YAML) and built once; every page's sidebar must stay within the budget, and
 * every doc must be reachable from the root's index page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation } from '../../scripts/gen-org.ts';
import { listHtml } from '../../scripts/page-weight.ts';
import { DEFAULT_SIDEBAR_FOLDER_LIMIT, SIDEBAR_BUDGET_FACTOR } from '../../src/core/docs/sidebar.ts';
import { buildSite, testOut } from './site.ts';

const work = path.join(os.tmpdir(), `wayfinder-flat-${process.pid}`);
const content = path.join(work, 'content');
const dist = testOut('flat-docs');
const DOCS = 500;
const BUDGET = DEFAULT_SIDEBAR_FOLDER_LIMIT * SIDEBAR_BUDGET_FACTOR;

let pages: string[] = [];
const read = (file: string) => parse(fs.readFileSync(path.join(dist, file), 'utf8'));
const docLinks = (file: string) => read(file).querySelector('#starlight__sidebar')?.querySelectorAll('a[href^="/docs/"]') ?? [];

beforeAll(() => {
  const summary = generateOrganisation(content, { count: 200, docs: DOCS, perFolder: 0, flat: true, style: 'flow', deprecations: 0 });
  expect(summary.folders).toEqual(['']);
  expect(fs.readFileSync(path.join(content, 'catalog', fs.readdirSync(path.join(content, 'catalog')).find((f) => f.endsWith('.yaml')) as string), 'utf8')).toMatch(/^metadata: \{/m);
  const r = buildSite(content, dist);
  if (r.status !== 0) throw new Error(`the flat organisation failed to build:\n${r.output.slice(-4000)}`);
  pages = listHtml(dist);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('500 docs at the docs root', () => {
  it(`keeps every page's sidebar within the budget (${BUDGET} doc links), ending the root's front with a link to its index`, () => {
    const docPages = pages.filter((f) => f.startsWith('docs/'));
    expect(docPages.length).toBeGreaterThanOrEqual(DOCS);
    for (const file of [...docPages.slice(0, 3), docPages[docPages.length - 1] as string, 'catalog/index.html', 'health/index.html']) {
      const links = docLinks(file);
      expect(links.length, file).toBeLessThanOrEqual(BUDGET);
      expect(read(file).querySelector('#starlight__sidebar a[href="/doc-folders/"]')?.text.trim(), file).toBe(`All ${DOCS} pages`);
    }
  });

  it('shows a doc beyond the front under the index link, marked current; a doc of the front once', () => {
    const last = pages.filter((f) => f.startsWith('docs/')).sort().at(-1) as string;
    const here = `/${last.replace(/index\.html$/, '')}`;
    const sidebar = read(last).querySelector('#starlight__sidebar');
    const current = sidebar?.querySelectorAll('a[aria-current="page"]') ?? [];
    expect(current.map((a) => a.getAttribute('href'))).toEqual([here]);
    const front = docLinks(last)[0]?.getAttribute('href') as string;
    const frontFile = `${front.slice(1)}index.html`;
    expect(docLinks(frontFile).filter((a) => a.getAttribute('href') === front)).toHaveLength(1);
  });

  it('makes every doc reachable from the index page at /doc-folders/ and its further pages', () => {
    const indexPages = pages.filter((f) => /^doc-folders\/(page\/\d+\/)?index\.html$/.test(f));
    expect(indexPages[0]).toBe('doc-folders/index.html');
    const hrefs = new Set(indexPages.flatMap((f) => read(f).querySelectorAll('table.wf-folder-index tbody tr th a').map((a) => a.getAttribute('href'))));
    // The root's docs (docs/<name>/), not the manual's (docs/wayfinder/…), which have their own group.
    const docs = pages.filter((f) => /^docs\/[^/]+\/index\.html$/.test(f)).map((f) => `/${f.replace(/index\.html$/, '')}`);
    expect(docs).toHaveLength(DOCS);
    expect(docs.filter((d) => !hrefs.has(d))).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(dist, 'doc-folders/pages.json'), 'utf8'))).toHaveLength(DOCS);
  });
});
