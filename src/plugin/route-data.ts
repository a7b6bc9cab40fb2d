import path from 'node:path';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { contentPaths, largeFolders, projectRoot, site } from 'virtual:wayfinder/config';
import { escapeHtml } from '../core/names.ts';
import { href } from '../core/urls.ts';
import { hasCurrentLink, showCurrentDoc } from './sidebar-current.ts';
import { folderIndexLabel } from '../core/docs/sidebar.ts';

/** Large folders by their path relative to content/docs. */
const largeFolderIndex = new Map(largeFolders.map((f) => [f.folder, f]));

/** The folder (relative to content/docs; `''` at its root) of a doc entry's file, when it is a doc. */
function docFolder(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  const relative = path.relative(contentPaths.docs, path.resolve(projectRoot, filePath));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const dir = path.dirname(relative).split(path.sep).join('/');
  return dir === '.' ? '' : dir;
}

/** The edit URL of a doc or announcement of the content folder (not the product's manual), or undefined. */
function contentEditUrl(editLink: string, filePath: string | undefined): URL | undefined {
  if (!filePath) return undefined;
  const relative = path.relative(contentPaths.root, path.resolve(projectRoot, filePath));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return new URL(relative.split(path.sep).map(encodeURIComponent).join('/'), editLink);
}

/**
 * Shows a doc of a large folder under its folder's index link (see showCurrentDoc), gives
 * splash pages the sidebar (and so the phone's menu button), and two fixes to Starlight's
 * route data, for every page:
 * - Starlight writes `<title>` with set:html, so a title such as `</title><script>…`
 *   (from frontmatter or catalog YAML) would become markup; we escape it.
 * - Starlight does not put the base path in front of hero action links written in
 *   frontmatter; we do, so `link: /docs/x/` works under a sub-path.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  for (const entry of route.head) {
    if (entry.tag !== 'title' || typeof entry.content !== 'string') continue;
    // A page titled as the site (the home page, say) is not "Handbook | Handbook".
    if (route.entry.data.title === site.title) entry.content = site.title;
    entry.content = escapeHtml(entry.content);
  }
  // "Edit this page" leads to the doc in the content repository (site.editLink), named
  // relative to the content folder, wherever that folder is on the build machine.
  // A doc's own `editUrl` (a URL, or false) wins.
  if (site.editLink && route.editUrl === undefined && route.entry.data.editUrl !== false) {
    route.editUrl = contentEditUrl(site.editLink, route.entry.filePath);
  }
  if (largeFolderIndex.size) {
    const at = docFolder(route.entry.filePath);
    const folder = at === undefined ? undefined : largeFolderIndex.get(at);
    // A doc of the docs root may be in the root's front, already listed and marked current.
    if (folder && !(folder.folder === '' && hasCurrentLink(route.sidebar))) {
      const label = route.entry.data.sidebar?.label ?? route.entry.data.title;
      const own = folder.shownAt === folder.path ? undefined : { label: folder.label, href: href(folder.path), linkLabel: folderIndexLabel(folder.total) };
      showCurrentDoc(route.sidebar, href(folder.shownAt), { label, href: context.url.pathname }, own);
    }
  }
  // A splash page (the home page) has no sidebar, so on a phone it had no menu button and
  // no way to the rest of the site but search: give it the sidebar like every other page.
  if (route.entry.data.template === 'splash') route.hasSidebar = true;
  const hero = route.entry.data.hero;
  if (!hero?.actions) return;
  for (const action of hero.actions) action.link = href(action.link);
});
