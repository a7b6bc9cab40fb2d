/**
 * The health report as pages use it: built once per build from the docs' frontmatter the
 * plugin checked, the site catalog, the policy file (review interval, rules, report URL,
 * catalog changes) and the references to entities not in the catalog that the check found.
 */
import { checkOptions, contentPaths, options, site, unresolvedRefs } from 'virtual:wayfinder/config';
import { today as buildToday } from '../core/dates.ts';
import { buildHealthReport, type HealthReport, type TeamHealth } from '../core/health/report.ts';
import { type DocHealth } from '../core/health/freshness.ts';
import { type Scorecard } from '../core/health/levels.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { policyLevels } from '../core/policy.ts';
import { getSiteCatalog, type SiteCatalog } from './catalog.ts';
import type { ContentCheck } from '../core/check-content.ts';
import { keptFor } from './kept.ts';
import { healthIndexes } from './views/site-data.ts';

/** The report with lookups by doc id and entity ref. */
export interface SiteHealth {
  report: HealthReport;
  docById: Map<string, DocHealth>;
  cardByRef: Map<string, Scorecard>;
  /** Each team's share of the report, by refKey ('' for what nobody owns). */
  teamByRef: Map<string, TeamHealth>;
  reportUrl?: string;
}

/** Rows per page of /health/'s team table. */
export const HEALTH_TEAMS_PER_PAGE = 100;

let cached: Promise<SiteHealth> | undefined;

/** The health report, built once per build (in `astro dev`, again when the checked content, the catalog or the day changes). */
export function getSiteHealth(): Promise<SiteHealth> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteHealth> {
  const catalog = await getSiteCatalog();
  const checked = checkedContent(contentPaths, checkOptions);
  const today = buildToday();
  return keptFor('health', [checked, catalog, today], () => build(checked, catalog, today));
}

function build(checked: ContentCheck, catalog: SiteCatalog, today: string): SiteHealth {
  const report = buildHealthReport(checked.docs, catalog.entities, contentPaths, {
    today,
    reviewEvery: options.reviewEvery,
    rules: policyLevels(options),
    git: options.catalogChanges,
    unresolved: unresolvedRefs,
    notPublished: checked.catalog.notPublished,
  });
  return {
    report,
    docById: new Map(report.docs.map((d) => [d.id, d])),
    ...healthIndexes(report),
    // reportUrl, else the content repository's issues link (site.issues).
    reportUrl: site.reportUrl,
  };
}
