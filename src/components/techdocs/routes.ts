/** getStaticPaths for the TechDocs routes: every page of every entity whose page lives under `prefix`. */
import { getSiteCatalog } from '../../data/catalog.ts';
import { getSiteTechDocs } from '../../data/techdocs.ts';
import { entitySlug } from '../../core/urls.ts';

/** The TechDocs pages under `prefix` (`catalog/` or `teams/`), as route params and props. */
export async function techDocsPaths(prefix: 'catalog/' | 'teams/') {
  const { sites } = await getSiteTechDocs();
  const { byRef } = await getSiteCatalog();
  return sites.flatMap((site) => {
    const entity = byRef.get(site.entityRef);
    const slug = entity ? entitySlug(entity) : '';
    if (!slug.startsWith(prefix)) return [];
    return site.pages.map((page) => ({ params: { entity: slug.slice(prefix.length), page: page.slug.replace(/\/$/, '') || undefined }, props: { ref: site.entityRef, page } }));
  });
}

/** The TechDocs files (images, PDFs) under `prefix`, as route params and props. */
export async function techDocsFilePaths(prefix: 'catalog/' | 'teams/') {
  const { sites } = await getSiteTechDocs();
  const { byRef } = await getSiteCatalog();
  return sites.flatMap((site) => {
    const entity = byRef.get(site.entityRef);
    const slug = entity ? entitySlug(entity) : '';
    if (!slug.startsWith(prefix)) return [];
    return site.assets.map((a) => ({ params: { entity: slug.slice(prefix.length), file: a.file }, props: { abs: a.abs } }));
  });
}
