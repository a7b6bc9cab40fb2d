/**
 * Every entity's TechDocs as pages use them, once per build. The build's content check
 * (src/plugin) has already rendered them and reported their warnings, and keeps them with
 * the rest of the checked content (src/plugin/checked-content.ts); the pages take that
 * result. In `astro dev` they are read again on each request, so an edited page shows on reload.
 */
import { checkOptions, contentPaths } from 'virtual:wayfinder/config';
import { loadTechDocs, type TechDocsSite } from '../core/techdocs/index.ts';
import { siteBase } from '../core/urls.ts';
import { checkedContent } from '../plugin/checked-content.ts';
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
    const base = siteBase();
    const sites = import.meta.env.DEV
      ? loadTechDocs(contentPaths, (await getSiteCatalog()).entities, { base, diagrams: checkOptions.policy?.features.diagrams ?? true }).sites
      : checkedContent(contentPaths, { ...checkOptions, base }).techdocs;
    return { sites, byRef: new Map(sites.map((s) => [s.entityRef, s])) };
  })();
  return cached;
}
