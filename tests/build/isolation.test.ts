/**
 * One install, many content folders: builds of folder A, then B, then A again, then a
 * failed build of C, then A, all with the same install and ONE cache folder. Each site's
 * pages, sitemap and search index hold exactly its own docs, its own name and address, and
 * a failed build leaves nothing that breaks the next. Within one folder, a doc, a TechDocs
 * page or an announcement deleted between builds loses its page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, htmlFiles, root, testOut, type BuildResult } from './site.ts';
import { readPagefindIndex } from './pagefind.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-isolation-'));
const cache = path.join(tmp, 'one-cache');
const fixture = (name: string) => path.join(root, 'tests/fixtures/sites', name);
// A and C are copies, so the test can delete files of A and remove C after its build.
const folderA = path.join(tmp, 'alpha');
const folderC = path.join(tmp, 'broken');
fs.cpSync(fixture('isolation-a'), folderA, { recursive: true });
fs.cpSync(fixture('isolation-broken'), folderC, { recursive: true });

const build = (content: string, name: string): BuildResult => buildSite(content, testOut(`isolation-${name}`), { WAYFINDER_CACHE_DIR: cache });

/** The organisation's doc pages of a built site (not the product's manual). */
const docPages = (dist: string) => htmlFiles(dist).filter((f) => f.startsWith('docs/') && !f.startsWith('docs/wayfinder/'));
/** The organisation's doc URLs in the sitemap, or undefined without one. */
function sitemapDocs(dist: string): string[] | undefined {
  const file = path.join(dist, 'sitemap-0.xml');
  if (!fs.existsSync(file)) return undefined;
  return [...fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] as string).pathname)
    .filter((p) => p.startsWith('/docs/') && !p.startsWith('/docs/wayfinder/'))
    .sort();
}
/** The organisation's doc URLs in the Pagefind index. */
const indexedDocs = (dist: string) =>
  readPagefindIndex(dist)
    .map((p) => p.url)
    .filter((u) => u.startsWith('/docs/') && !u.startsWith('/docs/wayfinder/'))
    .sort();
/** The built text files (HTML, XML, feeds, JSON, Markdown) that contain `word`. */
function filesWith(dist: string, word: string): string[] {
  return (fs.readdirSync(dist, { recursive: true }) as string[])
    .filter((f) => /\.(html|xml|ics|json|txt|md)$/.test(f) && fs.readFileSync(path.join(dist, f), 'utf8').includes(word))
    .sort();
}
const title = (dist: string) => /<title>([^<]*)<\/title>/.exec(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'))?.[1];

/** What each folder publishes and what must never appear in another folder's site. */
const A_DOCS = ['docs/guides/alpha-retired/index.html', 'docs/guides/alpha-start/index.html'];
const B_DOCS = ['docs/notes/beta-note/index.html'];
const MARKERS = { a: ['Alpha start', 'alpha-tides'], b: ['Beta note', 'beta-team'], c: ['Broken leftover', 'wayfinder-no-such-package'] };

function expectOnly(dist: string, own: string[], others: string[]): void {
  expect(docPages(dist)).toEqual(own);
  const sitemap = sitemapDocs(dist);
  if (sitemap) expect(sitemap).toEqual(own.map((f) => `/${f.replace(/index\.html$/, '')}`));
  expect(indexedDocs(dist)).toEqual(own.map((f) => `/${f.replace(/index\.html$/, '')}`));
  for (const word of others) expect(filesWith(dist, word), `"${word}" leaked`).toEqual([]);
}

describe('one install, one cache, many content folders', () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('builds A with its own docs, TechDocs, announcement, name and address', () => {
    const r = build(folderA, 'a1');
    expect(r.status, r.output).toBe(0);
    expectOnly(r.outDir, A_DOCS, [...MARKERS.b, ...MARKERS.c]);
    expect(sitemapDocs(r.outDir)).toBeDefined();
    expect(title(r.outDir)).toBe('Alpha Handbook');
    expect(fs.existsSync(path.join(r.outDir, 'catalog/component/alpha-tides/docs/runbook/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(r.outDir, 'lifecycle/alpha-tides-ga/index.html'))).toBe(true);
    expect(fs.readFileSync(path.join(r.outDir, 'lifecycle/index.html'), 'utf8')).toContain('webcal://alpha.example/lifecycle.ics');
    // Its logo (an image of the content folder) and "Edit page" links into its own repository.
    const guide = fs.readFileSync(path.join(r.outDir, 'docs/guides/alpha-start/index.html'), 'utf8');
    expect(guide).toMatch(/<a href="\/" class="site-title[^>]*>\s*<img[^>]+src="\/_astro\/logo\.[\w-]+\.svg"/);
    expect(guide).toContain('href="https://git.alpha.example/handbook/edit/main/docs/guides/alpha-start.md"');
    expect(fs.readFileSync(path.join(r.outDir, 'docs/wayfinder/policy/index.html'), 'utf8')).not.toContain('git.alpha.example');
  });

  it('then builds B with none of A: pages, search index, name; no URL, so no demo address either', () => {
    const r = build(fixture('isolation-b'), 'b');
    expect(r.status, r.output).toBe(0);
    expectOnly(r.outDir, B_DOCS, [...MARKERS.a, ...MARKERS.c, 'Alpha Handbook', 'alpha.example', 'Tidewater Handbook</title>', '<title>Tidewater Handbook', 'webcal://handbook.tidewater', 'canonical" href="https://handbook.tidewater']);
    expect(title(r.outDir)).toBe('Beta Handbook');
    const lifecycle = fs.readFileSync(path.join(r.outDir, 'lifecycle/index.html'), 'utf8');
    expect(lifecycle).not.toContain('webcal://');
    expect(lifecycle).toContain('data-wf-no-site');
  });

  it('then builds A again, without the doc, TechDocs page and announcement deleted since', () => {
    fs.rmSync(path.join(folderA, 'docs/guides/alpha-retired.md'));
    fs.rmSync(path.join(folderA, 'catalog/tides/docs/runbook.md'));
    fs.rmSync(path.join(folderA, 'lifecycle/alpha-tides-ga.md'));
    const r = build(folderA, 'a2');
    expect(r.status, r.output).toBe(0);
    expectOnly(r.outDir, ['docs/guides/alpha-start/index.html'], [...MARKERS.b, ...MARKERS.c, 'Alpha retired guide', 'Alpha tides runbook']);
    expect(fs.existsSync(path.join(r.outDir, 'catalog/component/alpha-tides/docs/runbook/index.html'))).toBe(false);
    expect(fs.existsSync(path.join(r.outDir, 'lifecycle/alpha-tides-ga/index.html'))).toBe(false);
  });

  it('a failed build of C (its folder then removed) leaves nothing that affects the next build of A', () => {
    const c = build(folderC, 'c');
    expect(c.status).not.toBe(0);
    expect(c.output).toContain('wayfinder-no-such-package');
    fs.rmSync(folderC, { recursive: true, force: true });
    const r = build(folderA, 'a3');
    expect(r.status, r.output).toBe(0);
    expectOnly(r.outDir, ['docs/guides/alpha-start/index.html'], [...MARKERS.b, ...MARKERS.c]);
  });
});
