/**
 * /catalog.json: the resolved catalog for other tools, versioned and deterministic.
 * The shape is documented in content/docs/wayfinder/service-directory.md.
 */
import type { APIRoute } from 'astro';
import { catalogJson, stringifyCatalogJson } from '../core/catalog/catalog-json.ts';
import { absoluteUrl, entityPath } from '../core/urls.ts';
import { today } from '../core/dates.ts';
import { getSiteCatalog } from '../data/catalog.ts';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getSiteCatalog();
  const urlOf = (e: Parameters<typeof entityPath>[0]) => absoluteUrl(entityPath(e), site);
  const doc = catalogJson(catalog.entities, catalog.byRef, { generated: today(), urlOf });
  return new Response(stringifyCatalogJson(doc), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
