/** getStaticPaths for the TechDocs routes: every page of every entity whose page lives under `prefix`. */
import { getSiteCatalog } from '../../data/catalog.ts';
import { getSiteTechDocs } from '../../data/techdocs.ts';
import { entitySlug } from '../../core/urls.ts';
import type { TechDocsSite } from '../../core/techdocs/index.ts';

type Prefix = 'catalog/' | 'teams/';

/** Each TechDocs site whose entity's page lives under `prefix`, with that page's slug below it. */
async function sitesUnder(prefix: Prefix): Promise<{ site: TechDocsSite; entity: string }[]> {
  const { sites } = await getSiteTechDocs();
  const { byRef } = await getSiteCatalog();
  return sites.flatMap((site) => {
    const entity = byRef.get(site.entityRef);
    const slug = entity ? entitySlug(entity) : '';
    return slug.startsWith(prefix) ? [{ site, entity: slug.slice(prefix.length) }] : [];
  });
}

/** The TechDocs pages under `prefix` (`catalog/` or `teams/`), as route params and props. */
export async function techDocsPaths(prefix: Prefix) {
  return (await sitesUnder(prefix)).flatMap(({ site, entity }) =>
    site.pages.map((page) => ({ params: { entity, page: page.slug.replace(/\/$/, '') || undefined }, props: { ref: site.entityRef, page } })),
  );
}

/** The TechDocs files (images, PDFs) under `prefix`, as route params and props. */
export async function techDocsFilePaths(prefix: Prefix) {
  return (await sitesUnder(prefix)).flatMap(({ site, entity }) => site.assets.map((a) => ({ params: { entity, file: a.file }, props: { abs: a.abs, body: a.body } })));
}
