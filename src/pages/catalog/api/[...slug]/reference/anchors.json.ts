/**
 * A split API reference's anchor map (/catalog/api/<name>/reference/anchors.json): which
 * section page holds each anchor, so a link to the API's page with an anchor that moved
 * (`/catalog/api/stripe/#post-v1-customers`) is sent on to it. Fetched by the API page only
 * when its address names an anchor that the page does not have.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { anchorMap } from '../../../../../core/api/index.ts';
import { apiParam } from '../../../../../core/urls.ts';
import { getApiReferencePlan } from '../../../../../data/api-references.ts';
import { getSiteCatalog } from '../../../../../data/catalog.ts';

export const getStaticPaths = (async () => {
  const { entities } = await getSiteCatalog();
  const out: { params: { slug: string }; props: { ref: string } }[] = [];
  for (const e of entities) {
    if (e.kind !== 'api') continue;
    if ((await getApiReferencePlan(e.ref))?.plan.split) out.push({ params: { slug: apiParam(e) }, props: { ref: e.ref } });
  }
  return out;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const published = await getApiReferencePlan((props as { ref: string }).ref);
  return new Response(JSON.stringify(published ? anchorMap(published.plan) : { pages: [], anchors: {} }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
