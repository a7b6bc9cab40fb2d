/**
 * How things are named on pages, in feeds and in search, in one place: the display name
 * of an entity or a ref (one rule everywhere), kind nouns, the orders kinds are listed in,
 * the search `type` of each kind, and text made safe for HTML.
 */
import type { CatalogEntity, EntityKind } from './model/entity.ts';

type Named = Pick<CatalogEntity, 'name'> & { title?: string | undefined; profile?: { displayName?: string | undefined } | undefined };

/** The name people read: metadata.title, else the profile's displayName, else metadata.name. */
export function displayName(entity: Named): string {
  return entity.title?.trim() || entity.profile?.displayName?.trim() || entity.name;
}

/** The short label people write for a refKey: `component:payments-service` (namespace when not default). */
export function shortRef(ref: string): string {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon);
  if (colon < 0 || slash < 0) return ref;
  const ns = ref.slice(colon + 1, slash);
  return `${ref.slice(0, colon)}:${ns === 'default' ? '' : `${ns}/`}${ref.slice(slash + 1)}`;
}

/** The display name of a refKey: its entity's displayName when the catalog has it, else the short ref. */
export function refDisplayName(ref: string, lookup: (ref: string) => Named | undefined): string {
  const e = lookup(ref);
  return e ? displayName(e) : shortRef(ref);
}

/**
 * Text made safe for HTML element content and quoted attribute values (also SVG/XML):
 * `& < > " '` become entities. Starlight writes page titles into `<title>` as raw HTML,
 * so every title goes through this (see src/plugin/route-data.ts).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const KIND_NOUN: Record<EntityKind, [string, string]> = {
  component: ['Component', 'Components'],
  api: ['API', 'APIs'],
  system: ['System', 'Systems'],
  domain: ['Domain', 'Domains'],
  group: ['Team', 'Teams'],
  user: ['User', 'Users'],
  resource: ['Resource', 'Resources'],
  location: ['Location', 'Locations'],
};

/** The kind as a page says it: `Component`, `API`, `Team` (for a Group); plural on request. */
export function kindNoun(kind: EntityKind, plural = false): string {
  const pair = KIND_NOUN[kind];
  return pair ? pair[plural ? 1 : 0] : kind;
}

/**
 * The order of kinds in the directory (/catalog/, its facets): what people own and call
 * first, then structure, then people.
 */
export const DIRECTORY_KIND_ORDER: readonly EntityKind[] = ['component', 'api', 'resource', 'system', 'domain', 'group', 'user', 'location'];

/**
 * The order of kinds where an entity's surroundings are listed (what a team owns, relation
 * targets): outermost first, as the catalog nests them (domain > system > component).
 */
export const STRUCTURE_KIND_ORDER: readonly EntityKind[] = ['domain', 'system', 'component', 'api', 'resource', 'group', 'user', 'location'];

/** The Pagefind `type` filter value of an entity's page: its kind, with Groups as `team`. */
export function searchType(kind: EntityKind): string {
  return kind === 'group' ? 'team' : kind;
}

/** Every Pagefind `type` value an entity or team page can carry. */
export const ENTITY_SEARCH_TYPES: readonly string[] = ['component', 'api', 'system', 'domain', 'resource', 'team', 'user', 'location'];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts entities by display name (case-insensitive), then refKey; returns a new array. */
export function sortByName<T extends Named & Pick<CatalogEntity, 'ref'>>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => {
    const c = collator.compare(displayName(a), displayName(b));
    return c !== 0 ? c : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
  });
}
