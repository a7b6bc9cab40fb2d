import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

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
