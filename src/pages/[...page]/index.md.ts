/**
 * The Markdown twin of every page that answers something, at <page>/index.md (see
 * src/core/assist/twin-url.ts for why there), written from the same data as the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteTwins } from '../../data/assist.ts';

export const getStaticPaths = (async () => {
  const twins = await getSiteTwins();
  return [...twins.keys()].map((path) => ({ params: { page: path === '/' ? undefined : path.replace(/^\/|\/$/g, '') }, props: { path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const render = (await getSiteTwins()).get((props as { path: string }).path);
  if (!render) return new Response('Not found', { status: 404 });
  return new Response(await render(), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
