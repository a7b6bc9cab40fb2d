import { slug as githubSlug } from 'github-slugger';

/**
 * The id (and so the URL) of a doc from its path relative to content/docs, the way
 * Astro's glob loader slugs it, under `/docs/`: `how-to/Request Access.md` becomes
 * `docs/how-to/request-access`. The home page (`index`) and `404` stay at the root so
 * that `/` is the home page; a frontmatter `slug` is taken as written.
 */
export function docId(relativePath: string, frontmatterSlug?: string): string {
  if (frontmatterSlug) return frontmatterSlug;
  const withoutExt = relativePath.replace(/\.[^./]+$/, '');
  const slug = withoutExt
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
  if (slug === 'index' || slug === '404') return slug;
  return `docs/${slug}`;
}

/** The site path of a doc id, with leading and trailing slashes (`/docs/how-to/x/`). */
export function docPath(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}
