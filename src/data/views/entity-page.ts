/**
 * The view model of an entity page (/catalog/<kind>/<name>/; Groups are team pages): every
 * value the page and its components show, worked out from the entity and the site's data
 * in one pure function, like Starlight's route data. The page only lays it out; the Markdown
 * twin (core/assist/twins.ts) reads the same model, so the page and what an assistant reads
 * say the same facts; vitest tests it without a build (entity-page.test.ts).
 *
 * "Who uses this" is answered once here (`dependents`, from core/catalog/dependents.ts):
 * the answers panel, the search sentence and the twin all read this list.
 */
import type { CatalogEntity } from '../../core/model/entity.ts';
import type { Notice } from '../../core/lifecycle/notices.ts';
import type { Stage } from '../../core/lifecycle/stages.ts';
import { lifecycleBadge, type BadgeVariant } from '../../core/lifecycle/stages.ts';
import { impactByTeam, type AffectedTeam } from '../../core/lifecycle/impact.ts';
import { markdownToText, renderMarkdown, truncateText } from '../../core/markdown.ts';
import { refDisplayName } from '../../core/names.ts';
import {
  answersSearchText,
  breadcrumbs,
  definitionFormat,
  dependentsOf,
  displayName,
  groupByKind,
  hasDependencyPicture,
  hasDependentsAnswer,
  howToReach,
  kindNoun,
  neighbourhood,
  relationSections,
  searchFacets,
  sortByName,
  type Crumb,
  type DefinitionFormat,
  type Neighbourhood,
  type Reach,
  type RelationSection,
  type SearchFacets,
} from '../../core/ownership/index.ts';
import { pageSections, type PageSections } from '../../core/page-sections.ts';
import { definitionPath, href, refHref, refParts } from '../../core/urls.ts';
import { domainMap, systemMap, type MapGraph } from '../../core/graph/system-map.ts';
import type { ApiReference, ReferencePlan } from '../../core/api/index.ts';
import type { TechDocsSite } from '../../core/techdocs/index.ts';
import type { ApiHistoryView } from '../../core/api/history-view.ts';
import type { DocLink } from '../site-catalog.ts';
import { entityListItems, type EntityListItem } from './entity-list.ts';
import { lookupIn, type SiteData } from './site-data.ts';
import { entityMaturity, scorecardOf, type EntityMaturityModel, type ScorecardModel } from './maturity.ts';

/** Definitions longer than this are shown without syntax highlighting (build time). */
export const HIGHLIGHT_MAX_CHARS = 100_000;
/** Definitions longer than this are not copied into the page (the download link stays). */
export const RAW_INLINE_MAX_CHARS = 400_000;
/** Descriptions longer than this go below the owner card, so contacts stay above the fold. */
export const SHORT_DESCRIPTION_CHARS = 320;
/** How many dependents the answers panel names before "and N more". */
export const ANSWER_FIRST_FEW = 3;

/** The ids of an entity page's sections, in page order. */
export type EntitySectionId =
  | 'owner'
  | 'about'
  | 'links'
  | 'details'
  | 'map'
  | 'dependencies'
  | 'relations'
  | 'consumers'
  | 'escalations'
  | 'techdocs'
  | 'docs'
  | 'changes'
  | 'reference'
  | 'definition'
  | 'docs-owned'
  | 'health';

/** A link to an entity by name. */
export interface EntityLinkModel {
  ref: string;
  name: string;
  href: string;
}

/** A change to something the entity uses, one line of the answers panel. */
export interface ChangingLine {
  notice: Notice;
  via: EntityLinkModel[];
  /** The date it bites: a deprecation's sunset, else the date it takes effect. */
  when: string;
  verb: 'sunset' | 'takes effect';
}

/** The answers panel at the top of the page (EntityAnswers). */
export interface EntityAnswersModel {
  owner?: EntityLinkModel;
  stage?: Stage;
  /** The entity's own SLO, else its stage's. */
  slo?: string;
  /** Who uses it (catalog/dependents.ts), for kinds that answer it; undefined for the others. */
  dependents?: { count: number; first: EntityLinkModel[]; more: number; fullListHref?: string };
  changing: ChangingLine[];
  today: string;
}

/** One relation section with its entities resolved. */
export interface RelationSectionModel extends RelationSection {
  /** Owner-of and has-parts lists, grouped by kind. */
  groups?: { kind: string; label: string; items: EntityListItem[] }[];
  items: EntityListItem[];
}

/** The "Details" list. */
export interface EntityDetailsModel {
  kind: string;
  type?: string;
  lifecycle?: string;
  tier?: { value: number | string; label?: string; docHref?: string };
  slo?: string;
  domain?: EntityLinkModel;
  system?: EntityLinkModel;
  tags: readonly string[];
  targets: readonly string[];
  /** References to entities not in the catalog (the owner shows in the reach card). */
  notInCatalog: { path: string; ref: string }[];
  previousNames: string[];
  source: { file: string; line: number };
}

/** The raw definition of an API and how the page shows it. */
export interface DefinitionModel {
  text: string;
  format: DefinitionFormat;
  downloadHref: string;
  downloadName: string;
  sizeKb: number;
  source?: string;
  /** too-long: only the download; folded: under a rendered reference; highlight or plain: shown. */
  show: 'too-long' | 'folded' | 'highlight' | 'plain';
}

/** Everything an entity page shows. */
export interface EntityPageModel {
  entity: CatalogEntity;
  name: string;
  kind: string;
  title: string;
  metaDescription: string;
  facets: SearchFacets;
  crumbs: Crumb[];
  lookup: (ref: string) => CatalogEntity | undefined;
  sections: PageSections<EntitySectionId>;
  identity: { kindLine: string; lifecycle?: { text: string; variant: BadgeVariant }; tier?: number | string; namespace?: string };
  /** Whether the page shows who owns it and how to reach them (not for users and locations). */
  showReach: boolean;
  reach: Reach;
  /** Who uses it, one list for the panel, search and the twin (undefined for kinds that do not answer it). */
  dependents?: CatalogEntity[];
  answers: EntityAnswersModel;
  /** The hidden sentence search reads about stage and dependents. */
  searchMore: string;
  notices: { subject: Notice[]; consumer: Notice[]; noun: string };
  /** The generic deprecation notice when no announcement is about the entity. */
  deprecated?: { title: string; text: string };
  description: { html: string; text: string; short: boolean };
  /** A user's email line. */
  user?: { email?: string };
  maturity: EntityMaturityModel;
  scorecard: ScorecardModel;
  details: EntityDetailsModel;
  map?: MapGraph;
  picture?: Neighbourhood;
  /** Where the picture's "more" links go. */
  moreHref: { upstream: string; downstream: string };
  /** A system's neighbours outside it, as lists. */
  outside?: { upstream: EntityListItem[]; downstream: EntityListItem[] };
  relations: RelationSectionModel[];
  /** An API's users by team, with how to reach each team. */
  consumers?: AffectedTeam[];
  /** A user's page: the escalation ladders that name them. */
  ladders: EntityListItem[];
  techdocs?: TechDocsSite;
  docs: DocLink[];
  docsOwned: DocLink[];
  /** An API's changes from the content's git history (the "Changes" section). */
  history?: ApiHistoryView;
  reference?: ApiReference;
  plan?: ReferencePlan;
  definition?: DefinitionModel;
}

/** What the entity page reads besides the site's data: an API's rendered reference and its history, when it has them. */
export interface EntityPageExtras {
  published?: { reference: ApiReference; plan: ReferencePlan };
  /** An API's history view (data/api-history.ts), read from the content's git history. */
  history?: ApiHistoryView;
}

/** The view model of `entity`'s page (not a Group's: see teamPageModel). */
export function entityPageModel(entity: CatalogEntity, site: SiteData, extras: EntityPageExtras = {}): EntityPageModel {
  const lookup = lookupIn(site);
  const { catalog, lifecycle: lc } = site;
  const tiers = site.serviceTiers;
  const name = displayName(entity);
  const kind = kindNoun(entity.kind);
  const descriptionText = markdownToText(entity.description);
  const shortDescription = descriptionText.length <= SHORT_DESCRIPTION_CHARS;
  const reach = howToReach(entity, lookup);
  const showReach = entity.kind !== 'user' && entity.kind !== 'location';
  const system = entity.system ? lookup(entity.system) : undefined;
  const domain = entity.domain ? lookup(entity.domain) : system?.domain ? lookup(system.domain) : undefined;
  const sections = relationSections(entity, lookup, ['ownedBy']);
  const consumers = entity.kind === 'api' ? impactByTeam([entity.ref], lookup) : undefined;
  const picture = hasDependencyPicture(entity) ? neighbourhood(entity, lookup) : undefined;
  const firstOf = (ids: string[]) => {
    const id = ids.find((i) => sections.some((s) => s.id === i));
    return id ? `#${id}` : '#relations';
  };
  const moreHref =
    entity.kind === 'system'
      ? { upstream: '#outside-uses', downstream: '#outside-used-by' }
      : { upstream: firstOf(['depends-on', 'consumes-apis', 'provided-by']), downstream: firstOf(['used-by']) };
  // The full list of dependents further down, for the "Used by" answer at the top.
  const dependentsHref = entity.kind === 'system' ? '#outside-used-by' : sections.some((x) => x.id === 'used-by') ? '#used-by' : undefined;
  const dependents = hasDependentsAnswer(entity) ? dependentsOf(entity, lookup) : undefined;
  const rawDefinition = entity.kind === 'api' && entity.definition ? entity.definition : undefined;
  const format = rawDefinition ? definitionFormat(entity) : undefined;
  const { published } = extras;
  // The API's changes from the content's git history (the campaigns' one log).
  const history = entity.kind === 'api' && published ? extras.history : undefined;
  const reference = published?.reference;
  // A split reference's definition is large: the page links to its download instead of carrying it.
  const rawInline = !published?.plan.split && (rawDefinition?.length ?? 0) <= RAW_INLINE_MAX_CHARS;
  const docs = catalog.docsAbout.get(entity.ref) ?? [];
  const techdocs = site.techdocs.byRef.get(entity.ref);
  const docsOwned = entity.kind === 'user' ? (catalog.docsOwnedBy.get(entity.ref) ?? []) : [];
  const ladders = entity.kind === 'user' ? sortByName(catalog.escalationsNaming.get(entity.ref) ?? []) : [];
  // A deprecation announcement says more (sunset date, replacement, guide); the generic
  // notice stands in only when no announcement is about this entity.
  const stage = lc.stages.forLifecycle(entity.lifecycle);
  const notices = lc.notices.forEntity(entity.ref);
  const announced = notices.some((n) => n.role === 'subject');
  const deprecated = (entity.lifecycle === 'deprecated' || entity.lifecycle === 'retired') && !announced;
  const ownerName = reach.owner ? displayName(reach.owner) : undefined;
  const otherMissing = (entity.missingRefs ?? []).filter((m) => m.path !== 'spec.owner' || !showReach);
  const stages = lc.stages;
  const list = (refs: readonly string[]) => sortByName(refs.map(lookup).filter((e): e is CatalogEntity => e !== undefined));
  const graph = site.systemGraph;
  const map = !graph ? undefined : entity.kind === 'domain' ? domainMap(graph, entity.ref) : entity.kind === 'system' ? systemMap(graph, entity.ref, catalog.entities) : undefined;
  const card = site.health.cardByRef.get(entity.ref);

  const page = pageSections<EntitySectionId>([
    { id: 'owner', heading: 'Owner and how to reach them', toc: 'Owner', shown: showReach },
    { id: 'about', heading: 'About', shown: !shortDescription },
    { id: 'links', heading: 'Links', shown: entity.links.length > 0 },
    { id: 'details', heading: 'Details' },
    { id: 'map', heading: 'Map', shown: map !== undefined },
    { id: 'dependencies', heading: 'Dependencies', shown: picture !== undefined },
    { id: 'relations', heading: entity.kind === 'user' ? 'Teams and ownership' : 'Relations', shown: sections.length > 0 },
    { id: 'consumers', heading: 'Who uses it', shown: consumers !== undefined },
    { id: 'escalations', heading: 'On escalation ladders', shown: ladders.length > 0 },
    { id: 'techdocs', heading: 'Docs', shown: techdocs !== undefined },
    { id: 'docs', heading: `Docs about ${name}`, toc: 'Docs about it', shown: docs.length > 0 },
    { id: 'changes', heading: 'Changes', shown: history !== undefined },
    { id: 'reference', heading: 'API reference', toc: 'Reference', shown: reference !== undefined },
    { id: 'definition', heading: 'Definition', shown: rawDefinition !== undefined && format !== undefined },
    { id: 'docs-owned', heading: `Docs ${name} owns`, toc: 'Docs owned', shown: docsOwned.length > 0 },
    { id: 'health', heading: 'Maturity and completeness', toc: 'Maturity', shown: card !== undefined },
  ]);
  const link = (e: CatalogEntity): EntityLinkModel => ({ ref: e.ref, name: displayName(e), href: refHref(e.ref) });
  const first = (dependents ?? []).slice(0, ANSWER_FIRST_FEW);
  const tierLabel = entity.tier === undefined ? undefined : (tiers.labels as Record<string, string | undefined>)[String(entity.tier)];

  return {
    entity,
    name,
    kind,
    title: name,
    metaDescription: truncateText(descriptionText || `${kind} ${entity.name}${ownerName ? `, owned by ${ownerName}` : ''}.`, 200),
    facets: searchFacets(entity, lookup),
    crumbs: breadcrumbs(entity, lookup),
    lookup,
    sections: page,
    identity: {
      kindLine: [kind, entity.type].filter(Boolean).join(' · '),
      ...(entity.lifecycle ? { lifecycle: { text: stage?.label ?? entity.lifecycle, variant: lifecycleBadge(stages, entity.lifecycle) } } : {}),
      ...(entity.tier !== undefined ? { tier: entity.tier } : {}),
      ...(entity.namespace !== 'default' ? { namespace: entity.namespace } : {}),
    },
    showReach,
    reach,
    ...(dependents ? { dependents } : {}),
    answers: {
      ...(reach.owner ? { owner: link(reach.owner) } : {}),
      ...(stage ? { stage } : {}),
      ...((entity.slo ?? stage?.slo) ? { slo: entity.slo ?? stage?.slo } : {}),
      ...(dependents
        ? { dependents: { count: dependents.length, first: first.map(link), more: dependents.length - first.length, ...(dependentsHref ? { fullListHref: dependentsHref } : {}) } }
        : {}),
      changing: notices
        .filter((n) => n.role === 'consumer')
        .map((n) => ({
          notice: n,
          via: n.via.map((ref) => ({ ref, name: lc.nameOf(ref), href: refHref(ref) })),
          when: n.announcement.type === 'deprecation' && n.announcement.sunset ? n.announcement.sunset : n.announcement.effective,
          verb: n.announcement.type === 'deprecation' || n.announcement.type === 'sunset' ? 'sunset' : 'takes effect',
        })),
      today: lc.today,
    },
    searchMore: answersSearchText(entity, stage, dependents),
    notices: {
      subject: notices.filter((n) => n.role === 'subject'),
      consumer: notices.filter((n) => n.role === 'consumer'),
      noun: entity.kind === 'api' ? 'API' : entity.kind,
    },
    ...(deprecated
      ? {
          deprecated: {
            title: entity.lifecycle === 'retired' ? 'Retired' : 'Deprecated',
            text: `Do not build anything new on ${name}. ${ownerName ? `Ask ${ownerName} what replaces it.` : 'Ask its owner what replaces it.'}`,
          },
        }
      : {}),
    description: { html: renderMarkdown(entity.description), text: descriptionText, short: shortDescription },
    ...(entity.kind === 'user' ? { user: entity.profile?.email ? { email: entity.profile.email } : {} } : {}),
    maturity: entityMaturity(entity.ref, site, page.section('health').id),
    scorecard: scorecardOf(entity.ref, site, page.section('health'), false),
    details: {
      kind,
      ...(entity.type ? { type: entity.type } : {}),
      ...(entity.lifecycle ? { lifecycle: entity.lifecycle } : {}),
      ...(entity.tier !== undefined
        ? { tier: { value: entity.tier, ...(tierLabel ? { label: tierLabel } : {}), ...(tiers.doc ? { docHref: tiers.doc.startsWith('/') ? href(tiers.doc) : tiers.doc } : {}) } }
        : {}),
      ...(entity.slo ? { slo: entity.slo } : {}),
      ...(domain ? { domain: link(domain) } : {}),
      ...(system ? { system: link(system) } : {}),
      tags: entity.tags,
      targets: entity.targets ?? [],
      notInCatalog: otherMissing.map((m) => ({ path: m.path, ref: m.ref })),
      previousNames: (entity.previousRefs ?? []).map((r) => refParts(r).name),
      source: { file: entity.source.file, line: entity.source.line },
    },
    ...(map ? { map } : {}),
    ...(picture ? { picture } : {}),
    moreHref,
    ...(entity.kind === 'system' && picture
      ? {
          outside: {
            upstream: entityListItems(list(picture.upstream.map((n) => n.ref)), stages),
            downstream: entityListItems(list(picture.downstream.map((n) => n.ref)), stages),
          },
        }
      : {}),
    relations: sections.map((s) => ({
      ...s,
      ...(s.type === 'ownerOf' || s.type === 'hasPart'
        ? { groups: groupByKind(s.refs, lookup).map((g) => ({ kind: g.kind, label: kindNoun(g.kind, true), items: entityListItems(g.entities, stages, { hideKind: true }) })) }
        : {}),
      items: entityListItems(s.notes ? s.refs.map(lookup).filter((e): e is CatalogEntity => e !== undefined) : list(s.refs), stages, { notes: s.notes }),
    })),
    ...(consumers ? { consumers } : {}),
    ladders: entityListItems(ladders, stages),
    ...(techdocs ? { techdocs } : {}),
    docs,
    docsOwned,
    ...(history ? { history } : {}),
    ...(reference ? { reference } : {}),
    ...(published ? { plan: published.plan } : {}),
    ...(rawDefinition && format
      ? {
          definition: {
            text: rawDefinition,
            format,
            downloadHref: href(definitionPath(entity, format.ext)),
            downloadName: `${entity.name}.${format.ext}`,
            sizeKb: Math.max(1, Math.round(rawDefinition.length / 1024)),
            ...(entity.definitionSource ? { source: entity.definitionSource } : {}),
            show: !rawInline ? 'too-long' : reference && !reference.error ? 'folded' : rawDefinition.length <= HIGHLIGHT_MAX_CHARS ? 'highlight' : 'plain',
          },
        }
      : {}),
  };
}

/** The display name of a ref on this page (for components that name refs, such as the API's consumers). */
export function nameOnPage(model: Pick<EntityPageModel, 'lookup'>, ref: string): string {
  return refDisplayName(ref, model.lookup);
}
