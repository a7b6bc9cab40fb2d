/**
 * Every entity's TechDocs as pages use them, once per build. The build's content check
 * (src/plugin) has already rendered them and reported their warnings; the pages take that
 * result. In `astro dev` they are read again on each request, so an edited page shows on reload.
 */
import { contentPaths } from 'virtual:wayfinder/config';
import { loadTechDocs, type TechDocsSite } from '../core/techdocs/index.ts';
import { sharedTechDocs } from '../plugin/techdocs-handoff.ts';
import { getSiteCatalog } from './catalog.ts';

export interface SiteTechDocs {
  sites: TechDocsSite[];
  /** By the entity's refKey. */
  byRef: Map<string, TechDocsSite>;
}

let cached: Promise<SiteTechDocs> | undefined;

/** The TechDocs of every entity that has them. */
export function getSiteTechDocs(): Promise<SiteTechDocs> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const shared = import.meta.env.DEV ? undefined : sharedTechDocs(contentPaths.root, base);
    const sites = shared ?? loadTechDocs(contentPaths, (await getSiteCatalog()).entities, { base }).sites;
    return { sites, byRef: new Map(sites.map((s) => [s.entityRef, s])) };
  })();
  return cached;
}
