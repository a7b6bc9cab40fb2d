import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from '../core/names.ts';
import { href } from '../core/urls.ts';

/**
 * Two fixes to Starlight's route data, for every page:
 * - Starlight writes `<title>` with set:html, so a title such as `</title><script>…`
 *   (from frontmatter or catalog YAML) would become markup; we escape it.
 * - Starlight does not put the base path in front of hero action links written in
 *   frontmatter; we do, so `link: /docs/x/` works under a sub-path.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  for (const entry of route.head) {
    if (entry.tag === 'title' && typeof entry.content === 'string') entry.content = escapeHtml(entry.content);
  }
  const hero = route.entry.data.hero;
  if (!hero?.actions) return;
  for (const action of hero.actions) action.link = href(action.link);
});
