/**
 * Where a page's Markdown twin lives: beside the page's own index.html, as index.md
 * (`/catalog/component/x/` -> `/catalog/component/x/index.md`, `/` -> `/index.md`). Inside
 * the page's own folder, a twin can never take the place of another page, whatever names
 * entities and docs have (a twin at `/x.md` would be the page of an entity named `x.md`).
 */

/** The file name of every twin. */
export const TWIN_FILE = 'index.md';

/** The twin's site path of the page at `pagePath` (a folder path ending in `/`). */
export function twinPath(pagePath: string): string {
  const folder = pagePath.endsWith('/') ? pagePath : `${pagePath}/`;
  return `${folder}${TWIN_FILE}`;
}

/** The page a twin path belongs to, or undefined when `path` is not a twin's path. */
export function pageOfTwin(path: string): string | undefined {
  return path.endsWith(`/${TWIN_FILE}`) ? path.slice(0, -TWIN_FILE.length) : undefined;
}
