/**
 * Each API's definition as a static file next to its page, for download and for tools:
 * /catalog/api/<name>/definition.<yaml|json|graphql|proto|txt>.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteCatalog } from '../../../../data/catalog.ts';
import { apiParam } from '../../../../core/urls.ts';
import { definitionFormat } from '../../../../core/ownership/index.ts';

const CONTENT_TYPES: Record<string, string> = {
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  graphql: 'application/graphql; charset=utf-8',
  proto: 'text/plain; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export const getStaticPaths = (async () => {
  const { entities } = await getSiteCatalog();
  return entities
    .filter((e) => e.kind === 'api' && e.definition)
    .map((e) => ({
      params: { slug: apiParam(e), ext: definitionFormat(e).ext },
      props: { definition: e.definition as string, ext: definitionFormat(e).ext },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { definition, ext } = props as { definition: string; ext: string };
  return new Response(definition.endsWith('\n') ? definition : `${definition}\n`, {
    headers: { 'Content-Type': CONTENT_TYPES[ext] ?? 'text/plain; charset=utf-8' },
  });
};
