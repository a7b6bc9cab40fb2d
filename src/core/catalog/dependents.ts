/**
 * The one answer to "who uses this": every page, picture, feed and tool that counts or
 * lists an entity's users reads it from here, so the summary, the dependency picture, the
 * relations, search, /catalog.json, `check --health` and the change review agree.
 *
 * An entity's users are:
 * - direct: what depends on it (`dependsOn`) and, for an API, what consumes it (`consumesApis`);
 * - through an API it provides (for a component, "indirect"): what consumes or depends on
 *   each API it provides. The provided API itself is never a user: it is part of the
 *   entity's surface, not something that uses it.
 * The entity itself is never its own user. A system's users are the users of its parts
 * from outside the system. Cost: O(neighbours of the entity and of its APIs).
 */
import type { CatalogEntity } from '../model/entity.ts';
import { displayName, sortByName } from '../names.ts';
import { declaredOwner } from './declared-owner.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** One user of an entity. */
export interface Dependent {
  entity: CatalogEntity;
  /** True when it uses the entity itself; false when only through what the entity provides (or, for a system, one of its parts). */
  direct: boolean;
  /** refKeys it uses the entity through when not direct (provided APIs; a system's parts), sorted. */
  through: string[];
}

/** `list` in sortByName's order of their entities. */
const byName = (list: readonly Dependent[]): Dependent[] => {
  const of = new Map(list.map((d) => [d.entity, d]));
  return sortByName(list.map((d) => d.entity)).map((e) => of.get(e) as Dependent);
};

/** The users of `entity`, direct ones first, each group by name; refs not in the catalog are skipped. */
export function dependents(entity: CatalogEntity, lookup: Lookup): Dependent[] {
  const found = new Map<string, Dependent>();
  const excluded = new Set<string>([entity.ref, ...(entity.relations.providesApi ?? [])]);
  const add = (ref: string, through: string | undefined): void => {
    if (excluded.has(ref)) return;
    const seen = found.get(ref);
    if (seen) {
      if (through === undefined) seen.direct = true;
      else if (!seen.through.includes(through)) seen.through.push(through);
      return;
    }
    const user = lookup(ref);
    if (user) found.set(ref, { entity: user, direct: through === undefined, through: through === undefined ? [] : [through] });
  };
  const usersOf = (e: CatalogEntity): string[] => [...(e.relations.dependencyOf ?? []), ...(e.relations.apiConsumedBy ?? [])];
  if (entity.kind === 'system') {
    const parts = entity.relations.hasPart ?? [];
    for (const p of parts) excluded.add(p);
    for (const p of parts) {
      const part = lookup(p);
      if (part) for (const d of dependents(part, lookup)) add(d.entity.ref, p);
    }
  } else {
    for (const ref of usersOf(entity)) add(ref, undefined);
    for (const apiRef of entity.relations.providesApi ?? []) {
      const api = lookup(apiRef);
      if (api) for (const ref of usersOf(api)) add(ref, apiRef);
    }
  }
  const list = [...found.values()];
  for (const d of list) {
    // A direct user is listed as direct, whatever else it also uses.
    if (d.direct) d.through = [];
    d.through.sort();
  }
  return [...byName(list.filter((d) => d.direct)), ...byName(list.filter((d) => !d.direct))];
}

/** How a user uses the entity, in a few words: `depends on it`, `consumes it`, `through Payments API`. */
export function dependentVia(d: Dependent, entity: CatalogEntity, lookup: Lookup): string {
  if (!d.direct) return `through ${d.through.map((r) => { const e = lookup(r); return e ? displayName(e) : r; }).join(', ')}`;
  return (entity.relations.dependencyOf ?? []).includes(d.entity.ref) ? 'depends on it' : 'consumes it';
}

/** Every API's users (for `check --health --format json`): each consumer with its declared owner, sorted by API ref. */
export function apiConsumers(entities: readonly CatalogEntity[], lookup: Lookup): { api: string; consumers: { ref: string; owner: string | null; through: string[] }[] }[] {
  return entities
    .filter((e) => e.kind === 'api')
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
    .map((api) => ({ api: api.ref, consumers: dependents(api, lookup).map((d) => ({ ref: d.entity.ref, owner: declaredOwner(d.entity) ?? null, through: [...d.through] })) }));
}
