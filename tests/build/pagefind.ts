import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serveDir } from './site.ts';

/** One page as Pagefind stored it: its URL, text, metadata and filters. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Reads every page record of a built Pagefind index (fragments are gzip + JSON). */
export function readPagefindIndex(dist: string): IndexedPage[] {
  const dir = path.join(dist, 'pagefind', 'fragment');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8');
      const json = text.slice(text.indexOf('{'));
      return JSON.parse(json) as IndexedPage;
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** Ranking options of the site's search: Starlight's defaults with the `pagefind.ranking` of astro.config.mjs over them. */
export const SITE_RANKING = { pageLength: 0.1, termFrequency: 1, termSaturation: 2, termSimilarity: 5, diacriticSimilarity: 0.8 };

/** A search over a built site's Pagefind index, run in Node with Pagefind's own browser script. */
export interface BuiltSearch {
  /** The paths of the results for `query`, best first. */
  search(query: string): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Opens the Pagefind index of `dist` the way the site's search box does: Pagefind's own
 * pagefind.js (WebAssembly and all), fetching the index from a local HTTP server over dist/.
 */
export async function openBuiltSearch(dist: string, ranking: Record<string, number> = SITE_RANKING): Promise<BuiltSearch> {
  const root = path.resolve(dist);
  const { origin, close } = await serveDir(root);
  const source = fs.readFileSync(path.join(root, 'pagefind', 'pagefind.js'), 'utf8');
  // A module of its own per call: Pagefind keeps its index in module state.
  const pagefind = (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as {
    options(o: Record<string, unknown>): Promise<void>;
    search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
  };
  await pagefind.options({ basePath: `${origin}/pagefind/`, ranking });
  return {
    async search(query) {
      const found = await pagefind.search(query);
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.map((d) => new URL(d.url, origin).pathname);
    },
    close,
  };
}
