/**
 * What the page view models read: the site's data, loaded and indexed once per build by the
 * modules of src/data/ (catalog, lifecycle, health, campaigns, TechDocs, migrations, the
 * system graph), as plain values. The view models (entity-page.ts, team-page.ts,
 * campaign-page.ts) are pure functions of an entity and this object, so vitest tests them on
 * content read by the core readers (views.test.ts), without a build; the pages get it from
 * the one thin wrapper that loads it (src/data/pages.ts).
 */
import type { SiteCatalog } from '../site-catalog.ts';
import type { NoticeIndex } from '../../core/lifecycle/notices.ts';
import type { StageIndex } from '../../core/lifecycle/stages.ts';
import type { HealthReport, TeamHealth } from '../../core/health/report.ts';
import type { Level, Scorecard } from '../../core/health/levels.ts';
import type { CampaignEntity, CampaignProgress } from '../../core/campaigns/progress.ts';
import type { ProgressSeries } from '../../core/campaigns/series.ts';
import type { TechDocsSite } from '../../core/techdocs/index.ts';
import type { SystemGraph } from '../../core/graph/system-map.ts';
import type { Owed } from '../../core/migrations/view.ts';
import type { Policy } from '../../core/policy.ts';
import type { CatalogEntity } from '../../core/model/entity.ts';

/** The site's data as the page view models read it. */
export interface SiteData {
  catalog: SiteCatalog;
  lifecycle: {
    /** "Today" of this build. */
    today: string;
    stages: StageIndex;
    notices: NoticeIndex;
    /** The display name of a refKey. */
    nameOf: (ref: string) => string;
  };
  health: {
    report: Pick<HealthReport, 'today' | 'levels'>;
    cardByRef: ReadonlyMap<string, Scorecard>;
    teamByRef: ReadonlyMap<string, TeamHealth>;
  };
  campaigns: {
    today: string;
    levels: Level[];
    byId: ReadonlyMap<string, CampaignProgress>;
    todoFor: ReadonlyMap<string, readonly { progress: CampaignProgress; entity: CampaignEntity }[]>;
    forTeam: ReadonlyMap<string, readonly CampaignProgress[]>;
    series: Pick<ProgressSeries, 'campaigns' | 'teams' | 'reason'>;
  };
  techdocs: { byRef: ReadonlyMap<string, TechDocsSite> };
  /** The aggregated system graph (domain and system pages draw their map from it); absent when maps are off (wayfinder.yaml features.maps). */
  systemGraph?: SystemGraph;
  /** What a team owes in migrations, soonest deadline first. */
  owedBy: (team: string) => Owed[];
  /** The policy's service tiers (labels and the page that explains them). */
  serviceTiers: Policy['serviceTiers'];
}

/** The catalog's lookup by refKey. */
export function lookupIn(site: Pick<SiteData, 'catalog'>): (ref: string) => CatalogEntity | undefined {
  return (ref) => site.catalog.byRef.get(ref);
}

/** The health report's lookups: scorecards by entity and each team's share, by refKey. */
export function healthIndexes(report: HealthReport): { cardByRef: Map<string, Scorecard>; teamByRef: Map<string, TeamHealth> } {
  return { cardByRef: new Map(report.scorecards.map((c) => [c.ref, c])), teamByRef: new Map(report.teams.map((t) => [t.ref, t])) };
}

/** Campaigns by entity (those it still has to do) and by team (those with entities it owns). */
export function campaignIndexes(progress: readonly CampaignProgress[]): {
  todoFor: Map<string, { progress: CampaignProgress; entity: CampaignEntity }[]>;
  forTeam: Map<string, CampaignProgress[]>;
} {
  const todoFor = new Map<string, { progress: CampaignProgress; entity: CampaignEntity }[]>();
  const forTeam = new Map<string, CampaignProgress[]>();
  for (const p of progress) {
    for (const e of p.entities) {
      if (e.status !== 'todo') continue;
      const list = todoFor.get(e.ref) ?? [];
      list.push({ progress: p, entity: e });
      todoFor.set(e.ref, list);
    }
    for (const t of p.teams) if (t.ref) forTeam.set(t.ref, [...(forTeam.get(t.ref) ?? []), p]);
  }
  return { todoFor, forTeam };
}
