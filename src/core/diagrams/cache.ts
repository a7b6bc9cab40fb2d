/**
 * Rendered diagrams, kept by the hash of what drew them (renderer version and source), so
 * a rebuild, `npm run check` after a build, and a site with the same diagram on many pages
 * draw each diagram once. In memory for the process, and on disk under the build cache
 * (WAYFINDER_CACHE_DIR/diagrams, else node_modules/.cache/wayfinder-diagrams). A cache that
 * cannot be read or written is skipped, never an error: the diagram is drawn again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderMermaid, type DiagramResult } from './mermaid.ts';

/** Changes when the renderer, its options or the sanitiser change, so old entries are not reused. */
export const RENDERER_VERSION = 'beautiful-mermaid@1.1.3+wf2';

/** The folder the disk cache uses, from the environment (the one place this is decided). */
export function diagramCacheDir(env: Record<string, string | undefined>, cwd: string): string {
  return env.WAYFINDER_CACHE_DIR ? path.join(env.WAYFINDER_CACHE_DIR, 'diagrams') : path.join(cwd, 'node_modules', '.cache', 'wayfinder-diagrams');
}

const memory = new Map<string, DiagramResult>();
const MAX_IN_MEMORY = 2000;

/** The cache key of a source: sha256 of renderer version and source. */
export function diagramKey(source: string): string {
  return createHash('sha256').update(RENDERER_VERSION).update('\0').update(source).digest('hex');
}

/** Draws a Mermaid source, or takes it from the cache (dir undefined: memory only). */
export function renderMermaidCached(source: string, dir: string | undefined): DiagramResult {
  const key = diagramKey(source);
  const known = memory.get(key);
  if (known) return known;
  const file = dir ? path.join(dir, key.slice(0, 2), `${key}.json`) : undefined;
  let result: DiagramResult | undefined;
  if (file) {
    try {
      result = JSON.parse(readFileSync(file, 'utf8')) as DiagramResult;
    } catch {
      // not cached yet (or unreadable): draw it
    }
  }
  if (!result) {
    result = renderMermaid(source);
    if (file) {
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(result));
      } catch {
        // a read-only cache folder costs time, not correctness
      }
    }
  }
  if (memory.size >= MAX_IN_MEMORY) memory.clear();
  memory.set(key, result);
  return result;
}
