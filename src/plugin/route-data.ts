import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './base-links.ts';

/**
 * Starlight does not put the base path in front of hero action links written in
 * frontmatter; this route middleware does, so `link: /docs/x/` works under a sub-path.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  if (!hero?.actions) return;
  for (const action of hero.actions) action.link = withBase(action.link, import.meta.env.BASE_URL);
});
