/**
 * The non-Markdown files of an entity's TechDocs (images, PDFs), served as they are at
 * /catalog/<kind>/<name>/docs-files/<path>; the pages' links and images point here.
 */
import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { getSiteCatalog } from '../../../../data/catalog.ts';
import { getSiteTechDocs } from '../../../../data/techdocs.ts';
import { entitySlug } from '../../../../core/catalog/routes.ts';

export async function getStaticPaths() {
  const { sites } = await getSiteTechDocs();
  const { byRef } = await getSiteCatalog();
  return sites.flatMap((site) => {
    const entity = byRef.get(site.entityRef);
    if (!entity) return [];
    const slug = entitySlug(entity).slice('catalog/'.length);
    return site.assets.map((a) => ({ params: { entity: slug, file: a.file }, props: { abs: a.abs } }));
  });
}

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync((props as { abs: string }).abs));
