/**
 * The view model of a team page (/teams/<name>/): how to reach the team, the migrations it
 * owes, members, parent and child teams, what it owns by kind, its docs, the ladders that
 * name it, its maturity and campaigns, and its completeness; one pure function of the team
 * and the site's data. The page lays it out; the team's Markdown twin reads it too.
 */
import type { CatalogEntity } from '../../core/model/entity.ts';
import type { Owed } from '../../core/migrations/view.ts';
import type { TeamHealth } from '../../core/health/report.ts';
import { markdownToText, renderMarkdown, truncateText } from '../../core/markdown.ts';
import { breadcrumbs, displayName, groupByKind, kindNoun, members, searchFacets, sortByName, teamContacts, type Crumb, type KindGroup, type Reach, type SearchFacets } from '../../core/ownership/index.ts';
import { pageSections, type PageSections } from '../../core/page-sections.ts';
import { refParts } from '../../core/urls.ts';
import type { TechDocsSite } from '../../core/techdocs/index.ts';
import type { CampaignProgress } from '../../core/campaigns/progress.ts';
import type { DocLink } from '../site-catalog.ts';
import { entityListItems, type EntityListItem } from './entity-list.ts';
import { scorecardOf, teamMaturity, type ScorecardModel, type TeamMaturityModel } from './maturity.ts';
import { lookupIn, type SiteData } from './site-data.ts';

/** The ids of a team page's sections, in page order. */
export type TeamSectionId = 'owner' | 'migrations' | 'links' | 'members' | 'structure' | 'owns' | 'techdocs' | 'docs' | 'escalations' | 'maturity' | 'health' | 'team-health';

/** Everything a team page shows. */
export interface TeamPageModel {
  team: CatalogEntity;
  name: string;
  metaDescription: string;
  facets: SearchFacets;
  crumbs: Crumb[];
  lookup: (ref: string) => CatalogEntity | undefined;
  sections: PageSections<TeamSectionId>;
  /** `Team`, with the group's type when it is not `team`. */
  kindLine: string;
  previousNames: string[];
  descriptionHtml: string;
  reach: Reach;
  owed: Owed[];
  /** Members as entities (the twin lists them) and as list rows. */
  people: CatalogEntity[];
  members: EntityListItem[];
  parent?: CatalogEntity;
  children: EntityListItem[];
  /** What the team owns, grouped by kind. */
  owned: KindGroup[];
  ownedLists: { kind: string; label: string; items: EntityListItem[] }[];
  ownedCount: number;
  techdocs?: TechDocsSite;
  docs: DocLink[];
  ladders: EntityListItem[];
  /** Campaigns with entities the team owns. */
  campaigns: readonly CampaignProgress[];
  maturity: TeamMaturityModel;
  scorecard: ScorecardModel;
  /** Its stale docs and incomplete entries, when it has any. */
  health?: TeamHealth;
}

/** The view model of `team`'s page. */
export function teamPageModel(team: CatalogEntity, site: SiteData): TeamPageModel {
  const lookup = lookupIn(site);
  const { catalog } = site;
  const stages = site.lifecycle.stages;
  const teamHealth = site.health.teamByRef.get(team.ref);
  const name = displayName(team);
  const people = members(team, lookup);
  const parent = team.parent ? lookup(team.parent) : undefined;
  const children = sortByName((team.relations.parentOf ?? []).map(lookup).filter((g): g is CatalogEntity => g !== undefined));
  const owned = groupByKind(team.relations.ownerOf ?? [], lookup);
  const docs = catalog.docsOwnedBy.get(team.ref) ?? [];
  const techdocs = site.techdocs.byRef.get(team.ref);
  const ladders = sortByName((catalog.escalationsNaming.get(team.ref) ?? []).filter((e) => e.ref !== team.ref));
  const owed = site.owedBy(team.ref);
  const typeLabel = team.type && team.type !== 'team' ? team.type : undefined;
  const page = pageSections<TeamSectionId>([
    { id: 'owner', heading: `How to reach ${name}`, toc: 'How to reach them' },
    { id: 'migrations', heading: 'Migrations you owe', shown: owed.length > 0 },
    { id: 'links', heading: 'Links', shown: team.links.length > 0 },
    { id: 'members', heading: 'Members' },
    { id: 'structure', heading: 'Parent and child teams', shown: parent !== undefined || children.length > 0 },
    { id: 'owns', heading: `What ${name} owns`, toc: 'What they own' },
    { id: 'techdocs', heading: 'Docs', shown: techdocs !== undefined },
    { id: 'docs', heading: `Docs ${name} owns`, toc: 'Docs they own', shown: docs.length > 0 },
    { id: 'escalations', heading: 'On escalation ladders', shown: ladders.length > 0 },
    { id: 'maturity', heading: 'Maturity and campaigns' },
    { id: 'health', heading: 'Team completeness', shown: site.health.cardByRef.has(team.ref) },
    {
      id: 'team-health',
      heading: 'Stale docs and incomplete entries',
      shown: teamHealth !== undefined && (teamHealth.staleDocs.length > 0 || teamHealth.incomplete.length > 0),
    },
  ]);
  return {
    team,
    name,
    metaDescription: truncateText(markdownToText(team.description) || `The ${name} team: members, contacts, on-call and what they own.`, 200),
    facets: searchFacets(team, lookup),
    crumbs: breadcrumbs(team, lookup),
    lookup,
    sections: page,
    kindLine: ['Team', typeLabel].filter(Boolean).join(' · '),
    previousNames: (team.previousRefs ?? []).map((r) => refParts(r).name),
    descriptionHtml: team.description ? renderMarkdown(team.description) : '',
    reach: teamContacts(team),
    owed,
    people,
    members: entityListItems(people, stages, { hideKind: true, showEmail: true }),
    ...(parent ? { parent } : {}),
    children: entityListItems(children, stages, { hideKind: true }),
    owned,
    ownedLists: owned.map((g) => ({ kind: g.kind, label: kindNoun(g.kind, true), items: entityListItems(g.entities, stages, { hideKind: true }) })),
    ownedCount: owned.reduce((n, g) => n + g.entities.length, 0),
    ...(techdocs ? { techdocs } : {}),
    docs,
    ladders: entityListItems(ladders, stages),
    campaigns: site.campaigns.forTeam.get(team.ref) ?? [],
    maturity: teamMaturity(team.ref, site, page.section('maturity')),
    scorecard: scorecardOf(team.ref, site, page.section('health'), true),
    ...(teamHealth ? { health: teamHealth } : {}),
  };
}
