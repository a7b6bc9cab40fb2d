/**
 * Links every page that has a Markdown twin to it, in the head:
 * `<link rel="alternate" type="text/markdown" href=".../index.md">`, so an assistant that
 * fetches the HTML finds the Markdown (src/data/assist.ts lists the pages).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getSiteTwins } from '../data/assist.ts';
import { twinPath } from '../core/assist/twin-url.ts';
import { href, siteBase } from '../core/urls.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const prefix = siteBase().replace(/\/+$/, '');
  let path = context.url.pathname;
  if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length) || '/';
  if (!path.endsWith('/')) path = `${path}/`;
  if (!(await getSiteTwins()).has(path)) return;
  context.locals.starlightRoute.head.push({ tag: 'link', attrs: { rel: 'alternate', type: 'text/markdown', href: href(twinPath(path)) } });
});
