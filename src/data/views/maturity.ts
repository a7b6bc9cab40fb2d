/**
 * The maturity parts of entity and team pages as view models: the one-line level and the
 * campaign notices near the top of an entity page (EntityMaturity), the scorecard at the
 * bottom (EntityScorecard), and a team's levels, score over time and campaigns
 * (TeamMaturity). The components take these as props and read no site data themselves.
 */
import type { CampaignEntity, CampaignProgress } from '../../core/campaigns/progress.ts';
import type { UnresolvedRef } from '../../core/model/ref-policy.ts';
import { nextLevelNeeds, type Level, type MissingItem, type Scorecard } from '../../core/health/levels.ts';
import { campaignPath, href, refHref } from '../../core/urls.ts';
import type { SiteData } from './site-data.ts';

/** An owner or team named on a page: a link when it is in the catalog. */
export interface NamedRef {
  ref: string;
  name: string;
  href?: string;
}

/** The name of `ref`, linked when the catalog has it. */
export function namedRef(ref: string, site: Pick<SiteData, 'catalog' | 'lifecycle'>): NamedRef {
  return { ref, name: site.lifecycle.nameOf(ref), ...(site.catalog.byRef.has(ref) ? { href: refHref(ref) } : {}) };
}

/** A campaign's "how to do it" link: a site path gets the base. */
export function howToHref(howTo: string | undefined): string | undefined {
  return howTo ? (howTo.startsWith('/') ? href(howTo) : howTo) : undefined;
}

/** The top of an entity page: its level and the campaigns it still has to do. */
export interface EntityMaturityModel {
  card?: Scorecard;
  levels: Level[];
  today: string;
  /** What the next level needs; undefined at the highest level. */
  next?: { level: Level; missing: MissingItem[] };
  sectionId: string;
  campaigns: { progress: CampaignProgress; entity: CampaignEntity; href: string; howTo?: string; owner: NamedRef }[];
}

/** The entity's level and its campaigns still to do. */
export function entityMaturity(ref: string, site: SiteData, sectionId: string): EntityMaturityModel {
  const card = site.health.cardByRef.get(ref);
  const next = card ? nextLevelNeeds(site.campaigns.levels, card) : undefined;
  return {
    ...(card ? { card } : {}),
    levels: site.campaigns.levels,
    today: site.campaigns.today,
    ...(next ? { next } : {}),
    sectionId,
    campaigns: (site.campaigns.todoFor.get(ref) ?? []).map(({ progress, entity }) => {
      const howTo = howToHref(progress.campaign.howTo);
      return { progress, entity, href: href(campaignPath(progress.campaign.id)), ...(howTo ? { howTo } : {}), owner: namedRef(progress.campaign.owner, site) };
    }),
  };
}

/** The scorecard at the bottom of an entity or team page. */
export interface ScorecardModel {
  card?: Scorecard;
  levels: Level[];
  today: string;
  section: { id: string; heading: string };
  /** On a team page: references to entities not in the catalog in what the team owns. */
  unresolved: UnresolvedRef[];
}

/** The scorecard of `ref` (with the team's unresolved references on a team page). */
export function scorecardOf(ref: string, site: SiteData, section: { id: string; heading: string }, team: boolean): ScorecardModel {
  const card = site.health.cardByRef.get(ref);
  return {
    ...(card ? { card } : {}),
    levels: site.health.report.levels,
    today: site.health.report.today,
    section,
    unresolved: team ? [...(site.health.teamByRef.get(ref)?.unresolved ?? [])] : [],
  };
}

/** A team's maturity section. */
export interface TeamMaturityModel {
  section: { id: string; heading: string };
  levels: Level[];
  today: string;
  /** What the team owns, by level. */
  counts?: Record<string, number>;
  series: { date: string; value: number }[];
  seriesReason?: string;
  campaigns: {
    progress: CampaignProgress;
    href: string;
    headingId: string;
    mine: { todo: number; done: number; exempt: number };
    todo: { ref: string; name: string; href: string; missing: string }[];
  }[];
}

/** How what `teamRef` owns spreads across levels, its score over time and its campaigns. */
export function teamMaturity(teamRef: string, site: SiteData, section: { id: string; heading: string }): TeamMaturityModel {
  const team = site.health.teamByRef.get(teamRef);
  return {
    section,
    levels: site.campaigns.levels,
    today: site.campaigns.today,
    ...(team ? { counts: team.levels } : {}),
    series: (site.campaigns.series.teams.get(teamRef) ?? []).map((p) => ({ date: p.date, value: p.score })),
    ...(site.campaigns.series.reason !== undefined ? { seriesReason: site.campaigns.series.reason } : {}),
    campaigns: (site.campaigns.forTeam.get(teamRef) ?? []).map((p) => {
      const mine = p.teams.find((t) => t.ref === teamRef);
      return {
        progress: p,
        href: href(campaignPath(p.campaign.id)),
        headingId: `campaign-${p.campaign.id.replace(/\//g, '-')}`,
        mine: { todo: mine?.todo ?? 0, done: mine?.done ?? 0, exempt: mine?.exempt ?? 0 },
        todo: p.entities
          .filter((e) => e.owner === teamRef && e.status === 'todo')
          .map((e) => ({ ref: e.ref, name: site.lifecycle.nameOf(e.ref), href: refHref(e.ref), missing: e.missing.map((m) => m.label).join('; ') })),
      };
    }),
  };
}
