/**
 * The catalog as pages use it: the entities the plugin loaded and checked once per build
 * (src/plugin/checked-content.ts), indexed, so every page reads maps instead of scanning
 * 10,000 entities.
 */
import { getCollection } from 'astro:content';
import { checkOptions, contentPaths, options } from 'virtual:wayfinder/config';
import { checkedContent } from '../plugin/checked-content.ts';
import { docLinksKey, keptFor } from './kept.ts';
import { buildSiteCatalog, type SiteCatalog } from './site-catalog.ts';

export type { DocLink, SiteCatalog } from './site-catalog.ts';

let cached: Promise<SiteCatalog> | undefined;

/**
 * The catalog with its indexes, built once per build. In `astro dev` it is built again only
 * when the checked catalog or a doc's title, `services` or `owner` changed (src/data/kept.ts),
 * not when a doc's body did; the data that depends on it (health, campaigns, calendar,
 * directory) is kept while this object stays the same.
 */
export function getSiteCatalog(): Promise<SiteCatalog> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteCatalog> {
  // The `catalog` collection holds one entry that changes with the catalog (see
  // src/loaders/catalog.ts): reading it ties this data to the dev server's reloads.
  await getCollection('catalog');
  const { catalog } = checkedContent(contentPaths, checkOptions);
  const docs = await getCollection('docs');
  return keptFor('catalog', [catalog, docLinksKey(docs)], () => buildSiteCatalog(catalog.entities, docs));
}
