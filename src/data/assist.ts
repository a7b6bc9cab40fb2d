/**
 * What assistants read, from the data the pages use: the Markdown twin of every page that
 * answers something (docs, TechDocs pages, entity and team pages, announcements, onboarding
 * paths, and the directory, teams and calendar overviews), the assistant index the MCP
 * server answers from, and llms.txt. Twins render on demand (one endpoint per twin); the
 * list of pages that have one is built once and read by the route middleware that links
 * each page to its twin.
 */
import { getCollection } from 'astro:content';
import { options } from 'virtual:wayfinder/config';
import type { CatalogEntity } from '../core/model/entity.ts';
import { getSiteCatalog } from './catalog.ts';
import { getSiteLifecycle } from './lifecycle.ts';
import { getSiteOnboarding } from './onboarding.ts';
import { getSiteTechDocs } from './techdocs.ts';
import { getSiteCampaigns } from './campaigns.ts';
import { getEntityPage, getTeamPage } from './pages.ts';
import { getSiteMigrations } from './migrations.ts';
import { indexMigration } from '../core/assist/migration-twins.ts';
import { announcementTwin, changeDate, docTwin, entityTwin, pathTwin, stripMdx, teamTwin, TWIN_LIST_MAX } from '../core/assist/twins.ts';
import { htmlToMarkdown } from '../core/assist/html-text.ts';
import { blocks, capped, mdLink, mdText } from '../core/assist/markdown-out.ts';
import { ASSIST_INDEX_VERSION, indexCampaign, indexChange, indexedText, indexEntity, type AssistIndex, type IndexPage } from '../core/assist/index-model.ts';
import { announcementPath, docPath, entityPath, href, isManualDocId, onboardingPath, ROUTES, siteBase } from '../core/urls.ts';
import { displayName, kindNoun, sortByName, DIRECTORY_KIND_ORDER } from '../core/names.ts';
import { TYPE_LABELS, endDate } from '../core/lifecycle/announcements.ts';
import { twinPath } from '../core/assist/twin-url.ts';
import { features } from './features.ts';
import { mapListing } from '../core/graph/map-list.ts';

/** A doc as the twins read it. */
interface DocEntry {
  id: string;
  body?: string;
  data: { title: string; description?: string; draft?: boolean; pagefind?: boolean; owner?: string };
}

/** Docs that have a page: not drafts (Starlight leaves them out of a build) and not the 404 page. */
async function publishedDocs(): Promise<DocEntry[]> {
  const docs = (await getCollection('docs')) as DocEntry[];
  return docs.filter((d) => d.id !== '404' && !(import.meta.env.PROD && d.data.draft === true)).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Each page that has a twin (site path without base) and how to write it. */
export type TwinRenderers = Map<string, () => Promise<string>>;

let cached: Promise<TwinRenderers> | undefined;

/** Every page with a Markdown twin, built once per build. */
export function getSiteTwins(): Promise<TwinRenderers> {
  if (import.meta.env.DEV) cached = undefined;
  // wayfinder.yaml features.twins: false: no page has a twin (and none links one).
  cached ??= features.twins ? loadTwins() : Promise.resolve(new Map());
  return cached;
}

async function loadTwins(): Promise<TwinRenderers> {
  const map: TwinRenderers = new Map();
  const catalog = await getSiteCatalog();
  const lc = await getSiteLifecycle();
  const onboarding = await getSiteOnboarding();
  const techdocs = await getSiteTechDocs();
  const migrations = await getSiteMigrations();
  const lookup = (ref: string) => catalog.byRef.get(ref);

  for (const doc of await publishedDocs()) {
    map.set(docPath(doc.id), async () => docTwin({ id: doc.id, title: doc.data.title, ...(doc.data.description ? { description: doc.data.description } : {}), body: doc.body ?? '' }));
  }
  for (const e of catalog.entities) {
    map.set(entityPath(e), async () => {
      const site = techdocs.byRef.get(e.ref);
      const ctx = {
        lookup,
        stages: lc.stages,
        notices: lc.notices,
        ...(site ? { techdocs: site.pages } : {}),
      };
      // The same view models as the pages (src/data/views/), so the twin says what the page shows.
      if (e.kind === 'group') {
        const team = await getTeamPage(e.ref);
        return teamTwin(e, { ...ctx, docs: team.docs, campaigns: team.campaigns, owed: team.owed });
      }
      const page = await getEntityPage(e.ref);
      const split = page.plan?.split ? { referencePageOf: page.plan.pageOf } : {};
      // A domain's or system's map, as the list below its SVG (none when maps are off: the view model draws none).
      const map = page.map ? { ...mapListing(page.map), ...(page.map.note ? { note: page.map.note } : {}) } : undefined;
      return entityTwin(e, { ...ctx, page, docs: page.docs, ...(page.reference ? { reference: page.reference, ...split } : {}), ...(page.history ? { history: page.history } : {}), ...(map ? { map } : {}) });
    });
  }
  for (const site of techdocs.sites) {
    const entity = lookup(site.entityRef);
    for (const page of site.pages) {
      map.set(page.path, async () =>
        blocks(`# ${mdText(page.title)}`, entity ? `Docs of ${mdLink(displayName(entity), href(entityPath(entity)))}` : '', htmlToMarkdown(page.html), `Page: ${mdLink(page.title, href(page.path))}`),
      );
    }
  }
  if (lc.announcements.length) {
    const entries = await getCollection('lifecycle');
    for (const entry of entries) {
      const a = lc.byId.get(entry.id);
      if (a) map.set(announcementPath(a.id), async () => announcementTwin(a, stripMdx(entry.body ?? ''), lookup, migrations.view(a.id)));
    }
  }
  for (const p of onboarding.paths) map.set(onboardingPath(p.id), async () => pathTwin(p, onboarding.ownerName(p.owner)));
  if (catalog.entities.length) {
    map.set(ROUTES.catalog, async () => directoryTwin(catalog.entities));
    map.set(ROUTES.teams, async () => teamsTwin(catalog.entities.filter((e) => e.kind === 'group')));
  }
  map.set(ROUTES.lifecycle, async () => calendarTwin(lc.announcements, lc.today, lookup));
  if (onboarding.paths.length) map.set(ROUTES.onboarding, async () => blocks('# Onboarding paths', onboarding.paths.map((p) => `- ${mdLink(p.title, href(twinPath(onboardingPath(p.id))))}: ${mdText(p.summary)}`)));
  return map;
}

/** The directory's twin: how many of each kind, the systems, and where to find one entity (it never lists every entity). */
function directoryTwin(entities: readonly CatalogEntity[]): string {
  const counts = DIRECTORY_KIND_ORDER.map((k) => [k, entities.filter((e) => e.kind === k).length] as const).filter(([, n]) => n > 0);
  const systems = sortByName(entities.filter((e) => e.kind === 'system'));
  return blocks(
    '# Service catalog',
    `${entities.length} entities: ${counts.map(([k, n]) => `${n} ${kindNoun(k, n !== 1).toLowerCase()}`).join(', ')}.`,
    [
      '## Find an entity',
      '',
      `- Every entity with its owner, machine-readable: ${mdLink('catalog.json', href(ROUTES.catalogJson))}`,
      `- Every team and what it owns: ${mdLink('Teams', href(twinPath(ROUTES.teams)))}`,
      `- An entity's page is /catalog/<kind>/<name>/ and its Markdown twin /catalog/<kind>/<name>/index.md; a team's is /teams/<name>/index.md.`,
    ],
    systems.length > 0 && ['## Systems', '', ...capped(systems, TWIN_LIST_MAX * 4, (s) => `- ${mdLink(displayName(s), href(twinPath(entityPath(s))))}`, (n) => `- and ${n} more in catalog.json`)],
  );
}

/** The teams overview's twin: every team with what it owns (capped). */
function teamsTwin(teams: readonly CatalogEntity[]): string {
  return blocks('# Teams', capped(sortByName(teams), 1000, (t) => `- ${mdLink(displayName(t), href(twinPath(entityPath(t))))}: owns ${(t.relations.ownerOf ?? []).length}${t.chat ? `, chat ${mdText(t.chat)}` : ''}`, (n) => `- and ${n} more in catalog.json`));
}

/** The calendar's twin: what is current or to come, then the latest past changes. */
function calendarTwin(announcements: readonly import('../core/lifecycle/announcements.ts').Announcement[], today: string, lookup: (ref: string) => CatalogEntity | undefined): string {
  const line = (a: (typeof announcements)[number]) =>
    `- **${changeDate(a)}** ${TYPE_LABELS[a.type]}: ${mdLink(a.title, href(twinPath(announcementPath(a.id))))} (${a.subjects.map((s) => mdText(lookup(s) ? displayName(lookup(s) as CatalogEntity) : s)).join(', ')})`;
  const upcoming = announcements.filter((a) => endDate(a) >= today).sort((a, b) => (changeDate(a) < changeDate(b) ? -1 : 1));
  const past = announcements.filter((a) => endDate(a) < today).sort((a, b) => (endDate(a) > endDate(b) ? -1 : 1));
  return blocks(
    '# Lifecycle calendar',
    `Betas, GA promotions, deprecations, sunsets and breaking changes, as of ${today}. Feeds: ${mdLink('iCalendar', href(ROUTES.lifecycleIcs))}, ${mdLink('RSS', href(ROUTES.lifecycleRss))}.`,
    ['## Current and upcoming', '', ...(upcoming.length ? capped(upcoming, 200, line, (n) => `- and ${n} more on ${mdLink('the calendar', href(ROUTES.lifecycleUpcoming))}`) : ['Nothing announced.'])],
    past.length > 0 && ['## Past', '', ...capped(past, TWIN_LIST_MAX, line, (n) => `- and ${n} more on ${mdLink('the calendar', href(ROUTES.lifecyclePast))}`)],
  );
}

/** Headings (## and ###) of a Markdown body. */
function headingsOf(body: string): string[] {
  return [...body.matchAll(/^#{2,3}\s+(.+)$/gm)].map((m) => (m[1] ?? '').trim());
}

/** The index the MCP server answers from (see core/assist/index-model.ts). */
export async function getAssistIndex(site: URL | undefined): Promise<AssistIndex> {
  const catalog = await getSiteCatalog();
  const lc = await getSiteLifecycle();
  const onboarding = await getSiteOnboarding();
  const techdocs = await getSiteTechDocs();
  const campaigns = await getSiteCampaigns();
  const migrations = await getSiteMigrations();
  const lookup = (ref: string) => catalog.byRef.get(ref);
  const pages: IndexPage[] = [];
  for (const doc of await publishedDocs()) {
    // What the site search leaves out (pagefind: false), search here leaves out too; get_page still reads it.
    if (doc.data.pagefind === false) continue;
    const body = stripMdx(doc.body ?? '');
    const title = isManualDocId(doc.id) ? `${doc.data.title} (Wayfinder manual)` : doc.data.title;
    pages.push({ type: 'doc', title, path: docPath(doc.id), ...(doc.data.description ? { description: doc.data.description } : {}), headings: headingsOf(body), text: indexedText(body), ...(doc.data.owner ? { owner: refOf(doc.data.owner) } : {}) });
  }
  for (const s of techdocs.sites) {
    const owner = lookup(s.entityRef)?.owner;
    for (const p of s.pages) pages.push({ type: 'techdocs', title: p.title, path: p.path, headings: p.headings.map((h) => h.text), text: indexedText(htmlToMarkdown(p.html)), ...(owner ? { owner } : {}) });
  }
  const entries = lc.announcements.length ? await getCollection('lifecycle') : [];
  const bodies = new Map(entries.map((e) => [e.id, e.body ?? '']));
  for (const a of lc.announcements) {
    const body = stripMdx(bodies.get(a.id) ?? '');
    pages.push({ type: 'announcement', title: a.title, path: announcementPath(a.id), description: a.summary, headings: headingsOf(body), text: indexedText(`${a.subjects.map(lc.nameOf).join(' ')} ${body}`), ...(a.contact ? { owner: a.contact } : {}) });
  }
  for (const p of onboarding.paths) {
    pages.push({ type: 'path', title: p.title, path: onboardingPath(p.id), description: p.summary, headings: p.milestones.map((m) => m.title), text: p.milestones.flatMap((m) => m.steps.map((s) => s.title)).join(' ') });
  }
  return {
    version: ASSIST_INDEX_VERSION,
    title: siteTitle(),
    ...(site ? { site: site.href } : {}),
    base: siteBase(),
    built: lc.today,
    entities: catalog.entities.map((e) => indexEntity(e, lookup, lc.stages)),
    pages,
    changes: lc.announcements.map((a) => {
      const m = migrations.byId.get(a.id);
      return { ...indexChange(a, lookup), ...(m ? { migration: indexMigration(m) } : {}) };
    }),
    campaigns: campaigns.progress.map(indexCampaign),
    paths: onboarding.paths.map((p) => ({ id: p.id, title: p.title, summary: p.summary, path: onboardingPath(p.id) })),
  };

  function refOf(owner: string): string {
    const key = owner.includes(':') ? owner : `group:${owner}`;
    const [kind, rest] = key.split(':') as [string, string];
    return `${kind}:${rest.includes('/') ? rest : `default/${rest}`}`;
  }
}

/** The site's title (Starlight's `title`, passed on by the plugin). */
export function siteTitle(): string {
  return options.siteTitle ?? 'Handbook';
}

/** Most docs llms.txt links per section: it links sections, it never grows with the organisation. */
export const LLMS_SECTION_MAX = 30;

/** /llms.txt in the llmstxt.org format: title, summary, and sections of links to the most useful Markdown twins. */
export async function getLlmsTxt(site: URL | undefined, description: string | undefined): Promise<string> {
  const twins = await getSiteTwins();
  const onboarding = await getSiteOnboarding();
  const docs = (await publishedDocs()).filter((d) => d.data.pagefind !== false);
  const url = (path: string) => (site ? new URL(href(path), site).href : href(path));
  const twin = (path: string) => url(twinPath(path));
  const bySection = new Map<string, DocEntry[]>();
  for (const d of docs) {
    if (d.id === 'index') continue;
    const section = isManualDocId(d.id) ? 'wayfinder' : (d.id.split('/')[1] ?? 'docs');
    bySection.set(section, [...(bySection.get(section) ?? []), d]);
  }
  const labels = (options.sectionLabels ?? {}) as Record<string, string>;
  const order = ['tutorials', 'how-to', 'explanation', 'reference'];
  const sections = [...bySection.keys()].sort((a, b) => (a === 'wayfinder' ? 1 : b === 'wayfinder' ? -1 : 0) || ((order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)) || (a < b ? -1 : 1));
  const docLine = (d: DocEntry) => `- [${mdText(d.data.title)}](${twin(docPath(d.id))})${d.data.description ? `: ${mdText(d.data.description)}` : ''}`;
  const start = [
    ...(twins.has('/') ? [`- [Home](${twin('/')}): where to start`] : []),
    ...(twins.has(ROUTES.onboarding) ? [`- [Onboarding paths](${twin(ROUTES.onboarding)}): guided steps for new hires, by role`] : []),
    ...(twins.has(ROUTES.catalog) ? [`- [Service catalog](${twin(ROUTES.catalog)}): who owns what and how to find an entity's page`] : []),
    ...(twins.has(ROUTES.teams) ? [`- [Teams](${twin(ROUTES.teams)}): every team, what it owns and its chat`] : []),
    `- [Lifecycle calendar](${twin(ROUTES.lifecycle)}): betas, deprecations, sunsets and breaking changes with dates`,
  ];
  return blocks(
    `# ${mdText(siteTitle())}`,
    `> ${mdText(description ?? 'The developer handbook.')} Every page has a Markdown twin at its address followed by index.md (for example /catalog/component/<name>/index.md).`,
    'Entity pages answer who owns a service, its on-call, chat, stage and what is changing under it. For questions across the catalog, run the handbook\'s MCP server (`npm run mcp -- --site dist/`).',
    ['## Start here', '', ...start],
    onboarding.paths.length > 0 && ['## Onboarding paths', '', ...capped(onboarding.paths, LLMS_SECTION_MAX, (p) => `- [${mdText(p.title)}](${twin(onboardingPath(p.id))}): ${mdText(p.summary)}`, (n) => `- [${n} more paths](${twin(ROUTES.onboarding)})`)],
    ...sections.map((s) => [
      `## ${mdText(s === 'wayfinder' ? 'Wayfinder manual' : (labels[s] ?? s.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())))}`,
      '',
      ...capped(bySection.get(s) ?? [], LLMS_SECTION_MAX, docLine, (n) => `- [${n} more docs in this section](${url('/llms-full.txt')})`),
    ]),
    ['## Optional', '', `- [Full text of the docs](${url('/llms-full.txt')})`, `- [The catalog as JSON](${url(ROUTES.catalogJson)})`],
  );
}

/** /llms-full.txt: every published doc's twin, one after another. */
export async function getLlmsFullTxt(): Promise<string> {
  const docs = (await publishedDocs()).filter((d) => d.data.pagefind !== false);
  return docs.map((d) => docTwin({ id: d.id, title: d.data.title, ...(d.data.description ? { description: d.data.description } : {}), body: d.body ?? '' })).join('\n---\n\n');
}
