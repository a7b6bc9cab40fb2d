/**
 * How entities are named on pages and in search: display names, kind nouns, the search
 * `type` of each kind, and the order kinds are listed in.
 */
import type { CatalogEntity, EntityKind } from '../catalog/types.ts';

/** The name people read: metadata.title, else the profile's displayName, else metadata.name. */
export function displayName(entity: Pick<CatalogEntity, 'name' | 'title' | 'profile'>): string {
  return entity.title?.trim() || entity.profile?.displayName?.trim() || entity.name;
}

/**
 * A name made safe for Starlight's page title: Starlight writes the title into `<title>`
 * unescaped (set:html), so `<` and `>` become the look-alike `‹` and `›`.
 */
export function pageTitle(name: string): string {
  return name.replace(/</g, '‹').replace(/>/g, '›');
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

/** The kinds in the order pages list them (what a team owns, relation targets, ...). */
export const KIND_ORDER: readonly EntityKind[] = ['domain', 'system', 'component', 'api', 'resource', 'group', 'user', 'location'];

/** The Pagefind `type` filter value of an entity's page: its kind, with Groups as `team`. */
export function searchType(kind: EntityKind): string {
  return kind === 'group' ? 'team' : kind;
}

/** Every Pagefind `type` value an entity or team page can carry. */
export const ENTITY_SEARCH_TYPES: readonly string[] = ['component', 'api', 'system', 'domain', 'resource', 'team', 'user', 'location'];

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts entities by display name (case-insensitive), then refKey; returns a new array. */
export function sortByName<T extends Pick<CatalogEntity, 'name' | 'title' | 'profile' | 'ref'>>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => {
    const c = collator.compare(displayName(a), displayName(b));
    return c !== 0 ? c : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
  });
}
