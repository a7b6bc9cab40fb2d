/**
 * Where a build keeps Astro's cache (its content data store above all). The store outlives
 * a build and keeps entries a later sync does not touch, so one store shared by two content
 * folders published the first folder's docs in the second's site, and a failed build's
 * entries broke every later build. Each content folder therefore gets a cache of its own,
 * keyed by its absolute path and the product's version: a site depends only on its content
 * folder and the product, never on what was built before with the same install. Building
 * the same folder again reuses its cache (Astro re-renders only changed files).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The product's version (package.json of the project), or `dev` when it cannot be read. */
export function productVersion(project: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'dev';
  } catch {
    return 'dev';
  }
}

/**
 * The cache folder for content folder `contentRoot`: `<base>/content-<hash>`, where base is
 * WAYFINDER_CACHE_DIR (relative to `cwd`) or node_modules/.astro in the project, and hash
 * names the content folder and the product version.
 */
export function cacheDirFor(contentRoot: string, project: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const base = env.WAYFINDER_CACHE_DIR ? path.resolve(cwd, env.WAYFINDER_CACHE_DIR) : path.join(project, 'node_modules', '.astro');
  const key = createHash('sha256').update(`${path.resolve(contentRoot)}\0${productVersion(project)}`).digest('hex').slice(0, 16);
  return path.join(base, `content-${key}`);
}
