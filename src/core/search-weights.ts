/**
 * How the site search (Pagefind) weighs and labels what a page holds, one home for the
 * numbers so pages and tests agree. Pagefind weighs body text 1 and headings up to 7 (h1);
 * `data-pagefind-weight` on the element that holds the text replaces that (measured: on a
 * wrapper around paragraphs it changed nothing, so weights go on the text's own element).
 */

/** Label added to the search title of every page of Wayfinder's own manual, so readers see it is not their organisation's docs. */
export const MANUAL_SEARCH_LABEL = 'Wayfinder manual';

/** The search title of a manual page: `Ownership, on-call and escalation (Wayfinder manual)`. */
export function manualSearchTitle(title: string): string {
  return `${title} (${MANUAL_SEARCH_LABEL})`;
}

/** Weight of an entity page's "who owns it and how to reach them" sentence: above prose, below the page's name (10). */
export const REACH_SEARCH_WEIGHT = 6;

/** The same on a team page, heavier: "payments on-call" should find the team before its services. */
export const TEAM_REACH_SEARCH_WEIGHT = 10;

