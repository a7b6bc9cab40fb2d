/**
 * The features the content's wayfinder.yaml turns on or off (`features:`, src/core/policy.ts),
 * for pages and endpoints. A route of a feature that is off answers `notWritten()`: a
 * response without a body, which Astro's static build does not write, so the file is absent
 * (204, not 404: a page that answers 404 is replaced by the site's 404 page).
 */
import { options } from 'virtual:wayfinder/config';
import type { Features } from '../core/policy.ts';

/** What is on (the policy's defaults turn every feature on). */
export const features: Features = options.features;

/** The answer of a route whose feature is off: nothing is written. */
export function notWritten(): Response {
  return new Response(null, { status: 204 });
}
