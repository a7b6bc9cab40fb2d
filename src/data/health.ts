/**
 * The health report as pages use it: built once per build from the docs' frontmatter the
 * plugin checked, the site catalog, the policy file (review interval, rules, report URL,
 * catalog changes) and the references to entities not in the catalog that the check found.
 */
import { contentPaths, options, unresolvedRefs } from 'virtual:wayfinder/config';
import { today as buildToday } from '../core/dates.ts';
import { buildHealthReport, type DocHealth, type HealthReport, type Scorecard, type TeamHealth } from '../core/health/index.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { policyLevels } from '../core/policy.ts';
import { getSiteCatalog } from './catalog.ts';

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

/** The health report, built once per build (or dev reload). */
export function getSiteHealth(): Promise<SiteHealth> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteHealth> {
  const catalog = await getSiteCatalog();
  const { docs } = checkedContent(contentPaths, options);
  const report = buildHealthReport(docs, catalog.entities, contentPaths, {
    today: buildToday(),
    reviewEvery: options.reviewEvery,
    rules: policyLevels(options),
    git: options.catalogChanges,
    unresolved: unresolvedRefs,
  });
  return {
    report,
    docById: new Map(report.docs.map((d) => [d.id, d])),
    cardByRef: new Map(report.scorecards.map((c) => [c.ref, c])),
    teamByRef: new Map(report.teams.map((t) => [t.ref, t])),
    reportUrl: options.reportUrl,
  };
}
