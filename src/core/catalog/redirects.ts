/**
 * Redirects after a rename: every name in an entity's `wayfinder.dev/previous-names`
 * gets a static page at its old URL that sends the reader on to the entity's page
 * (meta refresh, canonical link and a visible link; no server). The pages are registered
 * with every other route (core/site-routes.ts), so an old name can never replace a page
 * that exists.
 */
import type { CatalogEntity, SourcePosition } from "../model/entity.ts";
import { entityPath, refPath } from "../urls.ts";

/** One redirect page: from the old entity URL to the page of the entity now. */
export interface EntityRedirect {
  /** Site path without base of the old page, e.g. `/catalog/component/payments-svc/`. */
  from: string;
  /** Site path without base of the entity's page now. */
  to: string;
  /** refKey of the old name and of the entity. */
  previousRef: string;
  ref: string;
  /** Where the entity is written (the annotation lives in it). */
  source: SourcePosition;
}

/** Every redirect the catalog's previous names ask for, in catalog order. */
export function entityRedirects(
  entities: readonly CatalogEntity[],
): EntityRedirect[] {
  const out: EntityRedirect[] = [];
  for (const e of entities) {
    for (const prev of e.previousRefs ?? [])
      out.push({
        from: refPath(prev),
        to: entityPath(e),
        previousRef: prev,
        ref: e.ref,
        source: e.source,
      });
  }
  return out;
}
