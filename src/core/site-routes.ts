/**
 * Every page and file the site writes, with the input it comes from, registered before
 * anything is rendered (see route-registry.ts). This list mirrors src/pages: a new route
 * family adds its paths here.
 */
import { definitionFormat } from './ownership/page.ts';
import type { CatalogEntity } from './model/entity.ts';
import { announcementPath, migrationConsumersPath, campaignPath, definitionPath, docId, docPath, entityPath, GENERATED_FOLDERS, onboardingPath, ROUTES, teamIcsPath, teamsListPage } from './urls.ts';
import type { DocMeta } from './docs/frontmatter.ts';
import type { Announcement } from './lifecycle/announcements.ts';
import type { OnboardingPath } from './onboarding/types.ts';
import type { Campaign } from './campaigns/read.ts';
import { findRouteCollisions, type RouteSource } from './route-registry.ts';
import type { Diagnostic } from './model/diagnostics.ts';
import { TEAMS_PER_PAGE } from './ownership/teams.ts';
import type { TechDocsSite } from './techdocs/load.ts';
import { entityRedirects } from './catalog/redirects.ts';
import { shortRef } from './names.ts';
import { ASSIST_INDEX_PATH } from './assist/index-model.ts';
import { twinPath } from './assist/twin-url.ts';
import { isMigration } from './migrations/migration.ts';

/** The numbers of /teams/'s further pages (/teams/page/<n>/) for `groups` teams. */
export function teamListPages(groups: number): number[] {
  const pages = Math.max(1, Math.ceil(groups / TEAMS_PER_PAGE));
  return Array.from({ length: pages - 1 }, (_, i) => i + 2);
}

/** Wayfinder's own pages and files, which no content may replace. */
export const FIXED_ROUTES: readonly string[] = [
  // Every fixed route of core/urls.ts but the home page, which is a doc (content/docs/index).
  ...Object.values(ROUTES).filter((p) => p !== ROUTES.home),
  '/sitemap-index.xml',
  '/sitemap-0.xml',
  '/favicon.svg',
  // What assistants read (src/data/assist.ts).
  '/llms.txt',
  '/llms-full.txt',
  ASSIST_INDEX_PATH,
];

/** Folders Wayfinder fills from data (directory facets and pages, large docs folders' indexes, paged lists, assets, the search index). */
export const RESERVED_PREFIXES: readonly string[] = [...Object.values(GENERATED_FOLDERS), '/_astro/', '/pagefind/'];

/** The sources whose pages have a Markdown twin. */
const TWINNED = /^(doc|[a-z]+ page|announcement|onboarding path|TechDocs page)$/;
const TWIN_WHAT = 'Markdown twin of the ';

/** The inputs whose pages are registered. */
export interface SiteInputs {
  docs: readonly DocMeta[];
  entities: readonly CatalogEntity[];
  announcements: readonly Announcement[];
  paths: readonly OnboardingPath[];
  /** Campaigns (content/campaigns/). */
  campaigns?: readonly Campaign[];
  /** Entities' TechDocs (pages and files under the entity's page). */
  techdocs?: readonly TechDocsSite[];
}

/** The site path of a doc as Starlight writes it (`404` is the not-found page). */
function docOutput(doc: DocMeta): string {
  const id = docId(doc.relative, doc.slug);
  if (id === '404') return '/404.html';
  return docPath(id);
}

/** Every route the site writes from `inputs`, with its source. */
export function siteRoutes(inputs: SiteInputs): RouteSource[] {
  const out: RouteSource[] = FIXED_ROUTES.map((p) => ({ path: p, what: 'built-in page', file: '', line: 0, column: 0 }));
  // /teams/ is paged; its further pages share /teams/ with team pages, so they are registered here.
  const groups = inputs.entities.filter((e) => e.kind === 'group').length;
  for (const n of teamListPages(groups)) out.push({ path: teamsListPage(n), what: 'page of the team list', file: '', line: 0, column: 0 });
  // A doc whose URL is its `slug:` is placed at that line (collisions are reported there).
  for (const d of inputs.docs) out.push({ path: docOutput(d), what: 'doc', file: d.display, ...(d.slugAt ? { ...d.slugAt, chosen: true } : { line: 1, column: 1 }) });
  for (const e of inputs.entities) {
    const what = e.kind === 'group' ? 'team page' : `${e.kind} page`;
    const p = entityPath(e);
    out.push({ path: p, what, file: e.source.file, line: e.source.line, column: e.source.column });
    if (e.kind === 'group') out.push({ path: teamIcsPath(e), what: 'team calendar feed', ...e.source });
    if (e.kind === 'api' && e.definition) out.push({ path: definitionPath(e, definitionFormat(e).ext), what: 'API definition file', ...e.source });
  }
  // An old name's page redirects to the entity: it may not land on any page that exists.
  for (const r of entityRedirects(inputs.entities)) out.push({ path: r.from, what: `redirect of the previous name ${shortRef(r.previousRef)} (wayfinder.dev/previous-names)`, ...r.source });
  for (const a of inputs.announcements) {
    out.push({ path: announcementPath(a.id), what: 'announcement', file: a.display, line: 1, column: 1 });
    // A migration's full consumer list, paged when it is long (core/migrations/view.ts): its first page is reserved for every migration.
    if (isMigration(a)) out.push({ path: migrationConsumersPath(a.id), what: 'consumer list of the announcement', file: a.display, line: 1, column: 1 });
  }
  for (const p of inputs.paths) out.push({ path: onboardingPath(p.id), what: 'onboarding path', file: p.file, line: 1, column: 1 });
  for (const c of inputs.campaigns ?? []) out.push({ path: campaignPath(c.id), what: 'campaign', file: c.file, line: 1, column: 1 });
  const byRef = new Map(inputs.entities.map((e) => [e.ref, e]));
  for (const site of inputs.techdocs ?? []) {
    const at = byRef.get(site.entityRef)?.source ?? { file: '', line: 0, column: 0 };
    for (const page of site.pages) out.push({ path: page.path, what: 'TechDocs page', ...at });
    for (const a of site.assets) out.push({ path: a.path, what: 'TechDocs file', ...at });
  }
  // Each page that answers something has its Markdown twin beside it (core/assist/twin-url.ts).
  for (const s of [...out]) {
    if (s.path.endsWith('/') && TWINNED.test(s.what)) out.push({ ...s, path: twinPath(s.path), what: `${TWIN_WHAT}${s.what}` });
  }
  return out;
}

/** Two sources for one output (or a file where a folder is needed), as diagnostics. */
export function checkSiteRoutes(inputs: SiteInputs): Diagnostic[] {
  // Two twins collide exactly when their pages do, which is reported already: only a twin
  // against another kind of output is news.
  const twinOnly = (d: Diagnostic) => d.message.split(TWIN_WHAT).length > 2;
  return findRouteCollisions(siteRoutes(inputs), RESERVED_PREFIXES).filter((d) => !twinOnly(d));
}
