/**
 * Every input check in one place: the build (src/plugin) and the CLI (scripts/check.ts)
 * both call checkContent, so they can never disagree about what is wrong.
 */
import type { ContentPaths } from './content-dir.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { checkDocs, type DocMeta } from './docs/frontmatter.ts';
import { checkDocRefs, loadCatalog } from './catalog/index.ts';
import type { CatalogResult } from './catalog/types.ts';
import { catalogOwnerResolver, checkPaths } from './onboarding/index.ts';
import type { OnboardingPath } from './onboarding/types.ts';
import { checkAnnouncements, type Announcement } from './lifecycle/announcements.ts';
import { DEFAULT_STAGES, stageLifecycles, type Stage } from './lifecycle/stages.ts';
import { today as buildToday } from './dates.ts';
import { loadTechDocs, type TechDocsSite } from './techdocs/index.ts';
import { checkContentSafety } from './content-safety.ts';
import { plainMessages } from './plain-messages.ts';
import { deprecatedReplacements, futureReviews } from './probably-wrong.ts';

/** What a full check of a content folder found. */
export interface ContentCheck {
  docs: DocMeta[];
  catalog: CatalogResult;
  paths: OnboardingPath[];
  announcements: Announcement[];
  /** Every entity's TechDocs, rendered (links with options.base). */
  techdocs: TechDocsSite[];
  /** Every problem, sorted by file, line and column. */
  diagnostics: Diagnostic[];
}

/** Options of checkContent: the site's maturity stages and the date to check against. */
export interface CheckContentOptions {
  stages?: readonly Stage[];
  /** YYYY-MM-DD; defaults to today() (WAYFINDER_TODAY or the machine's date). */
  today?: string;
  /** The site's base path, which TechDocs pages' links are written with (default `/`). */
  base?: string;
}

/** Checks docs frontmatter, the catalog, doc refs, onboarding paths, lifecycle announcements and TechDocs. */
export function checkContent(paths: ContentPaths, options: CheckContentOptions = {}): ContentCheck {
  const stages = options.stages ?? DEFAULT_STAGES;
  const docs = checkDocs(paths);
  const catalog = loadCatalog(paths, { lifecycles: stageLifecycles(stages) });
  const onboarding = checkPaths(paths, docs.docs, catalogOwnerResolver(catalog.entities));
  const today = options.today ?? buildToday();
  const lifecycle = checkAnnouncements(paths, catalog, today, stages);
  // TechDocs problems are warnings (what cannot be rendered); the pages still build.
  const techdocs = loadTechDocs(paths, catalog.entities, options.base ? { base: options.base } : {});
  const inputs = { docs: docs.docs, entities: catalog.entities, announcements: lifecycle.announcements, paths: onboarding.paths, techdocs: techdocs.sites };
  return {
    docs: docs.docs,
    announcements: lifecycle.announcements,
    catalog,
    paths: onboarding.paths,
    techdocs: techdocs.sites,
    diagnostics: plainMessages(sortDiagnostics([
      ...docs.diagnostics,
      ...catalog.diagnostics,
      ...checkDocRefs(docs.docs, catalog),
      ...onboarding.diagnostics,
      ...lifecycle.diagnostics,
      ...techdocs.diagnostics,
      ...checkContentSafety(paths, inputs),
      ...futureReviews(docs.docs, today),
      ...deprecatedReplacements(lifecycle.announcements, catalog, stages),
    ])),
  };
}
