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

/** What a full check of a content folder found. */
export interface ContentCheck {
  docs: DocMeta[];
  catalog: CatalogResult;
  paths: OnboardingPath[];
  /** Every problem, sorted by file, line and column. */
  diagnostics: Diagnostic[];
}

/** Checks docs frontmatter, the catalog, doc refs and onboarding paths of a content folder. */
export function checkContent(paths: ContentPaths, options: { lifecycles?: readonly string[] } = {}): ContentCheck {
  const docs = checkDocs(paths);
  const catalog = loadCatalog(paths, options);
  const onboarding = checkPaths(paths, docs.docs, catalogOwnerResolver(catalog.entities));
  return {
    docs: docs.docs,
    catalog,
    paths: onboarding.paths,
    diagnostics: sortDiagnostics([
      ...docs.diagnostics,
      ...catalog.diagnostics,
      ...checkDocRefs(docs.docs, catalog),
      ...onboarding.diagnostics,
    ]),
  };
}
