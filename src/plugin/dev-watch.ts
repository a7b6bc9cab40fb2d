/**
 * What `astro dev` does not watch. Vite watches the whole project folder, and `npm run bench`
 * writes its generated organisations and built sites into `bench/out/` there: after a full
 * run, some 260,000 files. Crawling them made the dev server take 50 s and 3.3 GB before it
 * served its first page, and run out of the system's file watchers. Wayfinder has the
 * watcher skip that folder, except the content folder being served (bench serves a
 * generated organisation from it, and its edits must show).
 */
import path from 'node:path';

/** The folder `npm run bench` writes into by default, relative to the project folder. */
export const BENCH_OUTPUT = 'bench/out';

/** A watcher filter: true for a path under `<root>/bench/out/` that neither holds nor is inside the content folder. */
export function devWatchIgnored(root: string, contentRoot: string): (file: string) => boolean {
  const bench = path.resolve(root, BENCH_OUTPUT);
  const content = path.resolve(contentRoot);
  const inside = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);
  return (file) => {
    const abs = path.resolve(file);
    if (!inside(abs, bench)) return false;
    return !(inside(abs, content) || inside(content, abs));
  };
}
