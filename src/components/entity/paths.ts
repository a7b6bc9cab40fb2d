/**
 * Site links for entity and team pages: core returns paths without the base path; these
 * put the site's `base` in front so links work when the site is served under a sub-path.
 */
import { withBase } from '../../plugin/base-links.ts';
import { entityPath, refParts } from '../../core/catalog/routes.ts';

/** A root-relative site path (`/teams/x/`) with the site's base in front. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The page of a refKey, with base: `/catalog/component/payments-service/`. */
export function refHref(ref: string): string {
  return href(entityPath(refParts(ref)));
}
