/**
 * Page weight from a built dist/: every HTML page sorted into its page type, with its
 * size and its "chrome" (the page minus its own content, the `.sl-markdown-content`
 * element: head, header, sidebar, table of contents, footer). The scale build test
 * asserts limits on these; `npm run bench` reports them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

/** The kinds of page the limits speak of. */
export const PAGE_TYPES = [
  'doc',
  'folder index',
  'entity',
  'techdocs',
  'team',
  'user',
  'catalog list',
  'teams list',
  'health',
  'lifecycle',
  'announcement',
  'consumer list',
  'campaigns',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The page type of an HTML file in dist/ (path relative to dist/, forward slashes, base not included). */
export function pageType(file: string): PageType {
  const p = `/${file.replace(/index\.html$/, '')}`;
  if (p === '/' || p.startsWith('/docs/')) return 'doc';
  if (p.startsWith('/doc-folders/')) return 'folder index';
  if (p === '/catalog/' || p.startsWith('/catalog/page/') || p.startsWith('/catalog/by/') || p === '/catalog/map/') return 'catalog list';
  if (/^\/(catalog|teams)\/.+\/docs\//.test(p)) return 'techdocs';
  if (p.startsWith('/catalog/user/')) return 'user';
  if (p.startsWith('/catalog/')) return 'entity';
  if (p === '/teams/' || p.startsWith('/teams/page/')) return 'teams list';
  if (p.startsWith('/teams/')) return 'team';
  if (p === '/health/' || p.startsWith('/health/page/')) return 'health';
  if (p === '/lifecycle/' || /^\/lifecycle\/(upcoming|past)\//.test(p)) return 'lifecycle';
  // A migration's paged full list of consumers (/lifecycle/<id>/consumers/...).
  if (/^\/lifecycle\/.+\/consumers\/(page\/\d+\/)?$/.test(p)) return 'consumer list';
  if (p.startsWith('/lifecycle/') && p !== '/lifecycle/stages/') return 'announcement';
  if (p.startsWith('/campaigns/')) return 'campaigns';
  return 'other';
}

/** One page's weight. */
export interface PageWeight {
  file: string;
  type: PageType;
  bytes: number;
  /** Bytes that are not the page's own content (`.sl-markdown-content`). */
  chrome: number;
}

/** Every `.html` file under `dir`, relative, forward slashes, sorted. */
export function listHtml(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The weight of one page: its size and the size without its own content. */
export function measurePage(dist: string, file: string): PageWeight {
  const html = fs.readFileSync(path.join(dist, file), 'utf8');
  const bytes = Buffer.byteLength(html);
  const content = parse(html).querySelector('.sl-markdown-content');
  const own = content ? Buffer.byteLength(content.outerHTML) : 0;
  return { file, type: pageType(file), bytes, chrome: bytes - own };
}

/** Per page type: the largest page, and the page with the most chrome. */
export interface TypeWeight {
  type: PageType;
  pages: number;
  largest: PageWeight;
  mostChrome: PageWeight;
}

/**
 * Weighs the pages of `dist` by type. With `sample`, chrome is measured only on the
 * `sample` largest pages of each type (parsing 30,000 pages takes a while); sizes are
 * always exact.
 */
export function weighSite(dist: string, sample = Infinity): TypeWeight[] {
  const byType = new Map<PageType, { file: string; bytes: number }[]>();
  for (const file of listHtml(dist)) {
    const t = pageType(file);
    const list = byType.get(t) ?? [];
    list.push({ file, bytes: fs.statSync(path.join(dist, file)).size });
    byType.set(t, list);
  }
  const out: TypeWeight[] = [];
  for (const type of PAGE_TYPES) {
    const list = byType.get(type);
    if (!list?.length) continue;
    list.sort((a, b) => b.bytes - a.bytes || (a.file < b.file ? -1 : 1));
    const measured = list.slice(0, Math.min(list.length, sample)).map((p) => measurePage(dist, p.file));
    const largest = measured[0] as PageWeight;
    const mostChrome = measured.reduce((a, b) => (b.chrome > a.chrome ? b : a));
    out.push({ type, pages: list.length, largest, mostChrome });
  }
  return out;
}
