/**
 * What astro.config.mjs needs before any integration runs: the public URL and base path
 * (Astro's `site` and `base`) and the cache folder. They come from the content folder
 * through the one door (openContent), so the site is named by its content and a build's
 * cache belongs to its content folder. Problems with wayfinder.yaml are not reported here
 * (the defaults apply): the plugin reports them at file:line:col when the build starts.
 */
import { cacheDirFor } from '../core/cache-dir.ts';
import { resolveContentPaths } from '../core/content-dir.ts';
import { envOverrides, openContent, type SiteIdentity } from '../core/open-content.ts';

/** Astro's settings that depend on the content folder. */
export interface WayfinderAstroSettings {
  /** The public URL, or undefined (pages then build feed addresses in the browser). */
  site: string | undefined;
  base: string;
  cacheDir: string;
  /** The site's identity (the plugin sets Starlight's title, description and logo from it). */
  identity: SiteIdentity;
}

/** Reads the content folder's `site:` (with WAYFINDER_SITE / WAYFINDER_BASE on top) and keys the cache by the folder. */
export function wayfinderAstroSettings(project: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): WayfinderAstroSettings {
  const paths = resolveContentPaths(undefined, env, cwd, project);
  const { site } = openContent(paths, envOverrides(env));
  return { site: site.url, base: site.base, cacheDir: cacheDirFor(paths.root, project, env, cwd), identity: site };
}
