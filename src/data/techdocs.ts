/**
 * Every entity's TechDocs as pages use them: built once per build from the resolved
 * catalog (core/techdocs does the work; `npm run check` and the build's check report
 * its warnings, so they are not repeated here).
 */
import { contentPaths } from 'virtual:wayfinder/config';
import { loadTechDocs, type TechDocsSite } from '../core/techdocs/index.ts';
import { getSiteCatalog } from './catalog.ts';

export interface SiteTechDocs {
  sites: TechDocsSite[];
  /** By the entity's refKey. */
  byRef: Map<string, TechDocsSite>;
}

let cached: Promise<SiteTechDocs> | undefined;

/** The TechDocs of every entity that has them, built once per build (or dev reload). */
export function getSiteTechDocs(): Promise<SiteTechDocs> {
  // In `astro dev` the docs are read again on each request, so an edited page shows on reload.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const { entities } = await getSiteCatalog();
    const { sites } = loadTechDocs(contentPaths, entities, { base: import.meta.env.BASE_URL });
    return { sites, byRef: new Map(sites.map((s) => [s.entityRef, s])) };
  })();
  return cached;
}
