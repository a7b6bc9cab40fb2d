/**
 * Every input check in one place: the build (src/plugin) and the CLI (scripts/check.ts)
 * both call checkContent, so they can never disagree about what is wrong.
 */
import type { ContentPaths } from './content-dir.ts';
import { sortDiagnostics, type Diagnostic } from './model/diagnostics.ts';
import { checkDocs, type DocMeta } from './docs/frontmatter.ts';
import { checkDocRefs } from './catalog/resolve/doc-refs.ts';
import { loadCatalog } from './catalog/load.ts';
import type { CatalogResult } from './model/entity.ts';
import { catalogOwnerResolver, checkPaths } from './onboarding/index.ts';
import type { OnboardingPath } from './onboarding/types.ts';
import { checkAnnouncements, type Announcement } from './lifecycle/announcements.ts';
import { stageLifecycles } from './lifecycle/stages.ts';
import { today as buildToday } from './dates.ts';
import { loadTechDocs, type TechDocsSite } from './techdocs/index.ts';
import { loadApiReferences, type ApiReference } from './api/index.ts';
import { defaultPolicy, policyLevels, type Policy } from './policy.ts';
import { applyRefPolicy } from './model/ref-policy.ts';
import { checkContentSafety } from './content-safety.ts';
import { plainMessages } from './plain-messages.ts';
import { deprecatedReplacements, futureReviews } from './probably-wrong.ts';
import { checkCampaigns, type Campaign } from './campaigns/read.ts';
import { migrations as migrationsOf, type Migration } from './migrations/migration.ts';
import { checkMigrationPlans, overdueMigrations } from './migrations/check.ts';
import { historyBudget } from './campaigns/history-budget.ts';

/** What a full check of a content folder found. */
export interface ContentCheck {
  docs: DocMeta[];
  catalog: CatalogResult;
  paths: OnboardingPath[];
  announcements: Announcement[];
  /** The problems in the onboarding paths alone (the onboarding pages list them). */
  pathDiagnostics: Diagnostic[];
  /** Every entity's TechDocs, rendered (links with options.base). */
  techdocs: TechDocsSite[];
  /** Campaigns (content/campaigns/*.yaml), by deadline. */
  campaigns: Campaign[];
  /** Every API's rendered reference (OpenAPI, AsyncAPI, GraphQL definitions). */
  apiReferences: ApiReference[];
  /** Each deprecation's, sunset's and breaking change's migration as of today (no history: see data/migrations.ts). */
  migrations: Migration[];
  /** Every problem, sorted by file, line and column. */
  diagnostics: Diagnostic[];
}

/** Options of checkContent: the content policy (whole, as openContent gives it), the date to check against and the site's base. */
export interface CheckContentOptions {
  /** The content policy (wayfinder.yaml with any overrides); default: the default policy. */
  policy?: Policy;
  /** YYYY-MM-DD; defaults to today() (WAYFINDER_TODAY or the machine's date). */
  today?: string;
  /** The site's base path, which TechDocs pages' links are written with (default `/`). */
  base?: string;
}

/** Checks docs frontmatter, the catalog, doc refs, onboarding paths, lifecycle announcements and TechDocs. */
export function checkContent(paths: ContentPaths, options: CheckContentOptions = {}): ContentCheck {
  const policy = options.policy ?? defaultPolicy();
  const stages = policy.stages;
  const refs = policy.onBrokenRefs;
  const docs = checkDocs(paths);
  const catalog = loadCatalog(paths, { lifecycles: stageLifecycles(stages), onBrokenRefs: refs, onInvalidEntities: policy.onInvalidEntities });
  const onboarding = checkPaths(paths, docs.docs, catalogOwnerResolver(catalog.entities), refs);
  const today = options.today ?? buildToday();
  const lifecycle = checkAnnouncements(paths, catalog, today, stages, refs);
  // TechDocs problems are warnings (what cannot be rendered; the pages still build), but for untrusted input: script URLs, encoding, reads from outside, a docs_dir above mkdocs.yml.
  const techdocs = loadTechDocs(paths, catalog.entities, { ...(options.base ? { base: options.base } : {}), diagrams: policy.features.diagrams });
  const campaigns = checkCampaigns(paths, { entities: catalog.entities, levels: policyLevels(policy), onBrokenRefs: refs });
  // A definition that does not parse is an error; what cannot resolve, a warning.
  const references = loadApiReferences(paths, catalog.entities);
  const inputs = { docs: docs.docs, entities: catalog.entities, announcements: lifecycle.announcements, paths: onboarding.paths, techdocs: techdocs.sites, campaigns: campaigns.campaigns };
  const safety = checkContentSafety(paths, inputs, policy.features);
  const migrations = migrationsOf(lifecycle.announcements, catalog.entities, (r) => catalog.byRef.get(r), today);
  return {
    docs: docs.docs,
    announcements: lifecycle.announcements,
    catalog,
    paths: onboarding.paths,
    pathDiagnostics: plainMessages(applyRefPolicy(onboarding.diagnostics, refs)),
    techdocs: techdocs.sites,
    campaigns: campaigns.campaigns,
    apiReferences: references.references,
    migrations,
    // Each check applies the reference policy where it decides what to keep (an announcement
    // with an error is left out); this pass makes sure no reference-to-nothing escapes it.
    diagnostics: plainMessages(
      sortDiagnostics(
        applyRefPolicy(
          [
            ...docs.diagnostics,
            ...catalog.diagnostics,
            ...checkDocRefs(docs.docs, catalog, refs),
            ...onboarding.diagnostics,
            ...lifecycle.diagnostics,
            ...techdocs.diagnostics,
            ...campaigns.diagnostics,
            ...references.diagnostics,
            ...safety,
            ...futureReviews(docs.docs, today),
            ...deprecatedReplacements(lifecycle.announcements, catalog, stages),
            ...checkMigrationPlans(catalog.entities, lifecycle.announcements, today),
            ...overdueMigrations(migrations),
            ...(policy.features.history ? historyBudget(paths, policy.historyWeeks, catalog.entities.length) : []),
          ],
          refs,
        ),
      ),
    ),
  };
}
