/**
 * Campaigns as pages use them, built once per build: the campaigns the plugin checked,
 * their progress on the build's "today", progress over time from the content's git
 * history, and lookups by entity (campaigns it still has to do) and by team.
 */
import { checkOptions, contentPaths, options } from 'virtual:wayfinder/config';
import { today as buildToday } from '../core/dates.ts';
import { historyWeeksWithin } from '../core/campaigns/history-budget.ts';
import { campaignProgress, type CampaignEntity, type CampaignProgress } from '../core/campaigns/progress.ts';
import { catalogHistory, readContentLog, type CatalogHistory, type ContentLogResult } from '../core/campaigns/history.ts';
import { progressSeries, type ProgressSeries } from '../core/campaigns/series.ts';
import { apiDefinitionFiles } from '../core/api/history.ts';
import { ruleContexts } from '../core/health/report.ts';
import type { Level } from '../core/health/levels.ts';
import { policyLevels } from '../core/policy.ts';
import { stageLifecycles } from '../core/lifecycle/stages.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { getSiteCatalog, type SiteCatalog } from './catalog.ts';
import type { ContentCheck } from '../core/check-content.ts';
import { keptFor } from './kept.ts';
import { campaignIndexes } from './views/site-data.ts';

/** Everything the campaign, entity and team pages need. */
export interface SiteCampaigns {
  today: string;
  levels: Level[];
  /** By deadline. */
  progress: CampaignProgress[];
  byId: Map<string, CampaignProgress>;
  /** Campaigns an entity still has to do, by entity refKey. */
  todoFor: Map<string, { progress: CampaignProgress; entity: CampaignEntity }[]>;
  /** Campaigns with entities a team owns, by team refKey. */
  forTeam: Map<string, CampaignProgress[]>;
  series: ProgressSeries;
  /** The catalog at weekly points (the one history pass; migrations read it too: data/migrations.ts). */
  history: CatalogHistory;
  /** Milliseconds the history pass took (for the build log and the bench). */
  historyMs: number;
  /** The one git log of the content (catalog folder and API definitions) that the history pass read; API histories read it too (data/api-history.ts). */
  log: ContentLogResult;
}

let cached: Promise<SiteCampaigns> | undefined;

/**
 * The campaigns with their progress, built once per build. In `astro dev`, again only when the
 * checked content, the catalog or the day changes: not after a doc's body is edited, which
 * would otherwise read the content's git history again.
 */
export function getSiteCampaigns(): Promise<SiteCampaigns> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteCampaigns> {
  const catalog = await getSiteCatalog();
  const checked = checkedContent(contentPaths, checkOptions);
  const today = buildToday();
  return keptFor('campaigns', [checked, catalog, today], () => build(checked, catalog, today));
}

function build({ docs, campaigns, apiReferences }: ContentCheck, catalog: SiteCatalog, today: string): SiteCampaigns {
  const levels = policyLevels(options);
  const ctxOf = ruleContexts(catalog.entities, docs, today, catalog.byRef);
  const progress = campaigns.map((c) => campaignProgress(c, catalog.entities, levels, ctxOf, today));
  const { todoFor, forTeam } = campaignIndexes(progress);
  const started = Date.now();
  // The one git log: the catalog folder and every file an API definition is read from.
  const definitionFiles = apiReferences.flatMap((r) => {
    const api = catalog.byRef.get(r.entityRef);
    return api ? apiDefinitionFiles(contentPaths, api, r) : [];
  });
  const log: ContentLogResult = !options.features.history
    ? { reason: 'reading the git history is turned off (features: history: false in wayfinder.yaml)' }
    : catalog.entities.length
      ? readContentLog(contentPaths, definitionFiles)
      : { reason: 'there is nothing to chart' };
  // Only when there is something to chart: campaigns, or teams to score.
  const history: CatalogHistory = campaigns.length || catalog.entities.length
    ? catalogHistory(contentPaths, catalog.entities, { today, weeks: historyWeeksWithin(options.historyWeeks, catalog.entities.length), lifecycles: stageLifecycles(options.stages) }, log)
    : { points: [], reason: 'there is nothing to chart' };
  const series = progressSeries(history, campaigns, levels, docs);
  return { today, levels, progress, byId: new Map(progress.map((p) => [p.campaign.id, p])), todoFor, forTeam, series, history, historyMs: Date.now() - started, log };
}
