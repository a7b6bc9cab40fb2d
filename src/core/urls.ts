/**
 * Every route the site writes, in one place: docs, entity and team pages, facet listings
 * and their pages, lifecycle pages and feeds, onboarding, health and the machine-readable
 * files. Builders return site paths without the base path (`/catalog/component/x/`);
 * `withBase` puts a base in front, and `href` puts this site's base in front, so a page
 * never writes a URL that does not work under a sub-path.
 *
 * Paths come only from keys that are already safe path segments (entity names and
 * namespaces as Backstage allows them, slugged doc and announcement ids, facet keys);
 * values that go into a query string are URL-encoded here.
 */
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import type { CatalogEntity } from './model/entity.ts';

export type Routable = Pick<CatalogEntity, 'kind' | 'namespace' | 'name'>;

/** The site's fixed pages and files, without base. */
export const ROUTES = {
  home: '/',
  catalog: '/catalog/',
  /** The compact directory index the /catalog/ page filters with in the browser. */
  catalogIndex: '/catalog/index.json',
  /** The resolved catalog for other tools. */
  catalogJson: '/catalog.json',
  /** The map of domains and systems, and its aggregated graph for other tools. */
  catalogMap: '/catalog/map/',
  catalogMapJson: '/catalog/map.json',
  teams: '/teams/',
  lifecycle: '/lifecycle/',
  lifecycleStages: '/lifecycle/stages/',
  lifecycleIcs: '/lifecycle.ics',
  lifecycleRss: '/lifecycle.xml',
  health: '/health/',
  /** Stale docs and incomplete entities that no team owns. */
  healthUnowned: '/health/unowned/',
  /** Every upcoming and every past date of the calendar, paged (/lifecycle/ shows the nearest). */
  lifecycleUpcoming: '/lifecycle/upcoming/',
  lifecyclePast: '/lifecycle/past/',
  onboarding: '/onboarding/',
  /** Every campaign, by deadline. */
  campaigns: '/campaigns/',
} as const;

/** Page `n` (2 or more) of /teams/. */
export function teamsListPage(n: number): string {
  return `${ROUTES.teams}page/${n}/`;
}

/** Folders the site fills from data beside the catalog's own pages: facet listings and the directory's pages. */
export const GENERATED_FOLDERS = {
  facets: '/catalog/by/',
  directoryPages: `${ROUTES.catalog}page/`,
  /** Index pages of large docs folders (see core/docs/sidebar.ts). */
  docFolders: '/doc-folders/',
  /** Further pages of the paged lists. */
  healthPages: `${ROUTES.health}page/`,
  lifecycleUpcomingPages: `${ROUTES.lifecycleUpcoming}page/`,
  lifecyclePastPages: `${ROUTES.lifecyclePast}page/`,
} as const;

// ---- base path -------------------------------------------------------------------------

/** Prefixes a root-relative site link (`/docs/x/`) with `base` (with or without a trailing slash); leaves others alone. */
export function withBase(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/**
 * This site's base path: Astro's `import.meta.env.BASE_URL` in the build and the browser,
 * `/` where there is no Vite (the CLI under plain Node).
 */
const SITE_BASE: string = typeof import.meta.env === 'object' && typeof import.meta.env.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/';

/** This site's base path (`/` under plain Node), for code that renders links itself. */
export function siteBase(): string {
  return SITE_BASE;
}

/** A site path with this site's base in front: the one way pages turn a route into an href. */
export function href(path: string): string {
  return withBase(path, SITE_BASE);
}

/** The absolute URL of a site path (base added), or the path with base when `site` is not set. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = SITE_BASE): string {
  const withB = withBase(path, base);
  return site ? new URL(withB, site).href : withB;
}

/** Astro's `redirects` map: each old site path (without base) to its new page, with `base` in front. */
export function redirectMap(redirects: readonly { from: string; to: string }[], base: string): Record<string, string> {
  return Object.fromEntries(redirects.map((r) => [r.from, withBase(r.to, base)]));
}

// ---- feeds people subscribe to ----------------------------------------------------------
// A calendar feed's https URL and its webcal:// twin (which opens the calendar app's
// "subscribe" dialog instead of downloading a file), from the site's public URL (Astro's
// `site`) and base; without a `site` there is no absolute address to give.

/** A feed's addresses: `https` is absolute when the site's URL is known, else a site path. */
export interface FeedAddresses {
  https: string;
  /** `webcal://host/…`; undefined without a site URL. */
  webcal?: string;
}

/** The addresses of the feed at site path `path` (e.g. `/lifecycle.ics`) on `site` under `base`. */
export function feedAddresses(path: string, site: URL | string | undefined, base: string = SITE_BASE): FeedAddresses {
  const local = withBase(path, base);
  if (!site) return { https: local };
  const url = new URL(local, site);
  return { https: url.href, webcal: webcalUrl(url.href) };
}

/** `https://host/x.ics` -> `webcal://host/x.ics` (also from http://). Other URLs are returned unchanged. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}

// ---- catalog entities ------------------------------------------------------------------

/**
 * The path segments of an entity's page, without base: `catalog/component/payments-service`.
 * Lower-case and stable (kind, namespace when not `default`, name); Groups are teams, so
 * their page is under `teams/`.
 */
export function entitySlug(entity: Routable): string {
  const ns = entity.namespace.toLowerCase() === 'default' ? '' : `${entity.namespace.toLowerCase()}/`;
  const name = entity.name.toLowerCase();
  if (entity.kind === 'group') return `teams/${ns}${name}`;
  return `catalog/${entity.kind}/${ns}${name}`;
}

/** The rest parameter of an entity's page route: its slug without `catalog/` (or `teams/` for a Group). */
export function entityParam(entity: Routable): string {
  return entitySlug(entity).replace(/^(catalog|teams)\//, '');
}

/** The rest parameter of an API's page route under `catalog/api/`: `billing/ledger-api`. */
export function apiParam(entity: Routable): string {
  return entitySlug(entity).replace(/^catalog\/api\//, '');
}

/** The site path of an entity's page: `/catalog/component/payments-service/`, `/teams/sre-team/`. */
export function entityPath(entity: Routable): string {
  return `/${entitySlug(entity)}/`;
}

/** Parses a refKey (`kind:namespace/name`) into the parts entityPath needs. */
export function refParts(ref: string): Routable {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon);
  return {
    kind: ref.slice(0, colon) as Routable['kind'],
    namespace: ref.slice(colon + 1, slash),
    name: ref.slice(slash + 1),
  };
}

/** The site path of a refKey's page: `component:default/x` -> `/catalog/component/x/`. */
export function refPath(ref: string): string {
  return entityPath(refParts(ref));
}

/** The page of a refKey with this site's base in front. */
export function refHref(ref: string): string {
  return href(refPath(ref));
}

/** The download path of an API's definition beside its page: `/catalog/api/x/definition.yaml`. */
export function definitionPath(entity: Routable, ext: string): string {
  return `${entityPath(entity)}definition.${ext}`;
}

/** A section page of a split API reference, without base: `/catalog/api/stripe/reference/customers/`. */
export function apiReferencePagePath(entity: Routable, slug: string): string {
  return `${entityPath(entity)}reference/${slug}/`;
}

/** A split API reference's anchor map, without base: `/catalog/api/stripe/reference/anchors.json`. */
export function apiReferenceAnchorsPath(entity: Routable): string {
  return `${entityPath(entity)}reference/anchors.json`;
}

/** The root of an entity's TechDocs, without base: `/catalog/component/x/docs/`. */
export function techDocsRoot(entity: Routable): string {
  return `${entityPath(entity)}docs/`;
}

/** Where an entity's TechDocs files (images, PDFs) are served: `/catalog/component/x/docs-files/`. */
export function techDocsFilesRoot(entity: Routable): string {
  return `${entityPath(entity)}docs-files/`;
}

/** A team's own lifecycle feed: `/teams/payments-team/lifecycle.ics`. */
export function teamIcsPath(team: Routable): string {
  return `${entityPath(team)}lifecycle.ics`;
}

// ---- directory listings ----------------------------------------------------------------

/**
 * The site path of a facet value's listing: `/catalog/by/owner/payments-team/`. Under
 * `by/` because `/catalog/system/payments/` is the System's own page. `key` is a facet
 * key (see textKey and refKeyOf in catalog/directory.ts), already a safe path segment.
 */
export function facetPath(facet: string, key: string): string {
  return `${GENERATED_FOLDERS.facets}${facet}/${key}/`;
}

/** The site path of the list of every value of a facet: `/catalog/by/owner/`. */
export function facetIndexPath(facet: string): string {
  return `${GENERATED_FOLDERS.facets}${facet}/`;
}

/** The site path of page `page` of a listing at `basePath` (`/catalog/` -> `/catalog/page/2/`). */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}page/${page}/`;
}

// ---- docs ------------------------------------------------------------------------------

/**
 * Each segment of a relative path slugged the GitHub way, as Astro's glob loader slugs
 * ids: `Old API/Sub Folder` gives `old-api`, `sub-folder`. The one place a file path
 * becomes a URL id.
 */
export function slugSegments(relativePath: string): string[] {
  return relativePath.split(/[\\/]/).map((segment) => githubSlug(segment));
}

/** The id of a content file from its path relative to its section: extension dropped, segments slugged, a trailing `/index` dropped. */
export function fileId(relativePath: string): string {
  return slugSegments(relativePath.replace(/\.[^./]+$/, ''))
    .join('/')
    .replace(/\/index$/, '');
}

/** The id (and URL segment) of an announcement from its path relative to content/lifecycle. */
export function announcementId(relativePath: string): string {
  return fileId(relativePath);
}

/** The id of a campaign from its path relative to content/campaigns: a folder whose name slugs to nothing adds no segment. */
export function campaignId(relativePath: string): string {
  return slugSegments(relativePath.replace(/\.ya?ml$/i, ''))
    .filter(Boolean)
    .join('/');
}

/**
 * The site path (without base) of a docs folder's index page: `guides/Old API` gives
 * `/doc-folders/guides/old-api/`; the docs root (`''`) gives `/doc-folders/`.
 */
export function folderIndexPath(folder: string): string {
  // GENERATED_FOLDERS.docFolders: where Wayfinder writes them; no doc may live there.
  if (folder === '') return GENERATED_FOLDERS.docFolders;
  return `${GENERATED_FOLDERS.docFolders}${slugSegments(folder).join('/')}/`;
}

/** A heading anchor maker for one page: the GitHub slug of a heading's text, `-1`, `-2` … for repeats. */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** The GitHub slug of a title, for an anchor the page de-duplicates itself. */
export function titleSlug(text: string): string {
  return githubSlug(text);
}

/**
 * The id (and so the URL) of a doc from its path relative to content/docs, the way
 * Astro's glob loader slugs it, under `/docs/`: `how-to/Request Access.md` becomes
 * `docs/how-to/request-access`. The home page (`index`) and `404` stay at the root so
 * that `/` is the home page; a frontmatter `slug` is taken as written.
 */
export function docId(relativePath: string, frontmatterSlug?: string): string {
  if (frontmatterSlug) return frontmatterSlug;
  const slug = fileId(relativePath);
  if (slug === 'index' || slug === '404') return slug;
  return `docs/${slug}`;
}

/** The site path of a doc id, with leading and trailing slashes (`/docs/how-to/x/`). */
export function docPath(id: string): string {
  return id === 'index' ? '/' : `/${id.replace(/^\/+|\/+$/g, '')}/`;
}

/** A page of Wayfinder's own manual: `manualPath('lifecycle')` -> `/docs/wayfinder/lifecycle/`. */
export function manualPath(page: string, anchor?: string): string {
  return `/docs/wayfinder/${page}/${anchor ? `#${anchor}` : ''}`;
}

/** Whether a doc id (`docs/wayfinder/lifecycle`) is a page of Wayfinder's own manual rather than the organisation's docs. */
export function isManualDocId(id: string): boolean {
  return id === 'docs/wayfinder' || id.startsWith('docs/wayfinder/');
}

// ---- lifecycle and onboarding ----------------------------------------------------------

/** The page of a lifecycle announcement: `/lifecycle/2026-payments-v1-sunset/`. */
export function announcementPath(id: string): string {
  return `/lifecycle/${id}/`;
}

/** Page `page` of an announcement's full consumer list: `/lifecycle/<id>/consumers/`, then `.../consumers/page/2/`. */
export function migrationConsumersPath(id: string, page = 1): string {
  return pagePath(`${announcementPath(id)}consumers/`, page);
}

/** The page of a campaign: `/campaigns/runbooks-for-production/`. */
export function campaignPath(id: string): string {
  return `${ROUTES.campaigns}${id}/`;
}

/** The site path of an onboarding path's page, e.g. `/onboarding/backend/`. */
export function onboardingPath(pathId: string): string {
  return `/onboarding/${pathId}/`;
}

/** A doc step's link: the doc with its path in the query (`?path=<id>`, encoded), so the page shows the navigator. */
export function docStepPath(docPathWithoutBase: string, pathId: string): string {
  return `${docPathWithoutBase}?path=${encodeURIComponent(pathId)}`;
}
