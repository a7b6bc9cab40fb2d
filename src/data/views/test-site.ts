/**
 * For tests: the site's data as the view models read it, from a real content folder through
 * the core readers (openContent, checkContent, the health report, campaign progress, the
 * notice index), the way src/data/ builds it in a build, minus Astro: the docs' link fields
 * come from the checked docs instead of the `docs` collection, and there is no git history
 * (the charts then say why they are empty). getCollection() returns nothing under vitest, so
 * this is how the view models are tested on realistic content.
 */
import { resolveContentPaths } from '../../core/content-dir.ts';
import { openContent } from '../../core/open-content.ts';
import { checkContent, type ContentCheck } from '../../core/check-content.ts';
import { createNoticeIndex, createStageIndex } from '../../core/lifecycle/index.ts';
import { refDisplayName } from '../../core/names.ts';
import { buildHealthReport } from '../../core/health/index.ts';
import { policyLevels } from '../../core/policy.ts';
import { ruleContexts } from '../../core/health/report.ts';
import { campaignProgress, progressSeries } from '../../core/campaigns/index.ts';
import { buildSystemGraph } from '../../core/graph/system-map.ts';
import { owedBy } from '../../core/migrations/view.ts';
import { unresolvedRefsOf } from '../../core/ref-policy.ts';
import { docId } from '../../core/urls.ts';
import { buildSiteCatalog } from '../site-catalog.ts';
import { campaignIndexes, healthIndexes, type SiteData } from './site-data.ts';

/** The site's data of the content folder `dir` on `today`, with the checked content it came from. */
export function siteDataOf(dir: string, today: string): { site: SiteData; checked: ContentCheck } {
  const opened = openContent(resolveContentPaths(dir), { today, catalogChanges: false });
  const checked = checkContent(opened.paths, opened.checkOptions);
  const policy = opened.policy;
  const docs = checked.docs.map((d) => ({
    id: docId(d.relative, d.slug),
    data: { title: d.title ?? d.relative, services: d.services.map((s) => s.value), ...(d.owner ? { owner: d.owner.value } : {}) },
  }));
  const catalog = buildSiteCatalog(checked.catalog.entities, docs);
  const lookup = (ref: string) => catalog.byRef.get(ref);
  const nameOf = (ref: string) => refDisplayName(ref, lookup);
  const levels = policyLevels(policy);
  const report = buildHealthReport(checked.docs, catalog.entities, opened.paths, {
    today,
    reviewEvery: policy.reviewEvery,
    rules: levels,
    git: false,
    unresolved: unresolvedRefsOf(checked),
    notPublished: checked.catalog.notPublished,
  });
  const ctxOf = ruleContexts(catalog.entities, checked.docs, today, catalog.byRef);
  const progress = checked.campaigns.map((c) => campaignProgress(c, catalog.entities, levels, ctxOf, today));
  const series = progressSeries({ points: [], reason: 'there is no history in unit tests' }, checked.campaigns, levels, checked.docs);
  const site: SiteData = {
    catalog,
    lifecycle: { today, stages: createStageIndex(policy.stages), notices: createNoticeIndex(checked.announcements, lookup, today), nameOf },
    health: { report, ...healthIndexes(report) },
    campaigns: { today, levels, byId: new Map(progress.map((p) => [p.campaign.id, p])), ...campaignIndexes(progress), series },
    techdocs: { byRef: new Map(checked.techdocs.map((s) => [s.entityRef, s])) },
    systemGraph: buildSystemGraph(catalog.entities),
    owedBy: (team) => owedBy(checked.migrations, team, nameOf),
    serviceTiers: policy.serviceTiers,
  };
  return { site, checked };
}
