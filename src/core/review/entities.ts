/**
 * Comparing two versions of the catalog: which entities were added, removed, renamed or
 * changed, field by field. A rename is declared (the new entity lists the old name in
 * wayfinder.dev/previous-names) or detected (same kind, same file, near-identical content).
 */
import type { CatalogEntity } from '../model/entity.ts';
import { WAYFINDER_PREFIX } from '../catalog/read/wayfinder-fields.ts';
import { displayName } from '../names.ts';
import type { EntityMention } from './types.ts';

/** How alike two entities must be (share of equal fields) to be taken as one renamed entity. */
export const RENAME_SIMILARITY = 0.8;

/** The annotation that declares previous names; not itself a change worth naming. */
const PREVIOUS_NAMES = `${WAYFINDER_PREFIX}previous-names`;

/** An entity as a review names it. */
export function mention(e: CatalogEntity): EntityMention {
  return { ref: e.ref, kind: e.kind, name: displayName(e), file: e.source.file, line: e.source.line };
}

/** Outgoing relations that say what the entity uses or is part of (incoming ones change with others' edits). */
const OWN_RELATIONS = ['dependsOn', 'consumesApi', 'providesApi', 'partOf', 'memberOf', 'childOf'] as const;

/**
 * The entity's comparable content, field by field (each value a JSON string), leaving out
 * its name, position and what other entities say about it. `rename` maps an old refKey to
 * the new one, so that pointing at a renamed entity is not a change.
 */
export function entityFields(e: CatalogEntity, rename: (ref: string) => string = (r) => r): Map<string, string> {
  const f = new Map<string, string>();
  const put = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return;
    f.set(key, JSON.stringify(value));
  };
  put('kind', e.kind);
  put('title', e.title);
  put('description', e.description);
  put('type', e.type);
  put('lifecycle', e.lifecycle);
  const ref = (r: string | undefined) => (r === undefined ? undefined : rename(r));
  put('owner', ref(e.owner));
  put('system', ref(e.system));
  put('domain', ref(e.domain));
  put('subcomponentOf', ref(e.subcomponentOf));
  put('subdomainOf', ref(e.subdomainOf));
  put('parent', ref(e.parent));
  put('tags', e.tags);
  put('labels', e.labels);
  put('annotations', Object.fromEntries(Object.entries(e.annotations).filter(([k]) => k !== PREVIOUS_NAMES)));
  put('links', e.links);
  put('profile', e.profile);
  put('definition', e.definition);
  put('targets', e.targets);
  put('escalation', e.escalation.map((l) => ({ who: l.whoRef ? rename(l.whoRef) : l.who, how: l.how, url: l.url, after: l.after })));
  for (const r of OWN_RELATIONS) put(r, e.relations[r] && [...new Set(e.relations[r].map(rename))].sort());
  return f;
}

/** The fields whose values differ between two versions of an entity, sorted. */
export function changedFields(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

/** Share of fields (present in either) with equal values: 1 is identical. */
export function similarity(a: Map<string, string>, b: Map<string, string>): number {
  const keys = new Set([...a.keys(), ...b.keys()]);
  if (keys.size === 0) return 1;
  let same = 0;
  for (const k of keys) if (a.get(k) === b.get(k)) same++;
  return same / keys.size;
}

/** A pair of old and new entity taken as one renamed entity. */
export interface RenamePair {
  from: CatalogEntity;
  to: CatalogEntity;
  how: 'declared' | 'detected';
}

/**
 * Pairs removed entities with added ones: first every declared previous name, then, among
 * what is left, the most alike pair of the same kind in the same file, while they are
 * near-identical. Linear in the removed and added entities per file, never in the catalog.
 */
export function findRenames(removed: readonly CatalogEntity[], added: readonly CatalogEntity[]): RenamePair[] {
  const pairs: RenamePair[] = [];
  const gone = new Map(removed.map((e) => [e.ref, e]));
  const fresh = new Set(added);
  for (const e of added) {
    const old = (e.previousRefs ?? []).map((r) => gone.get(r)).find((x) => x !== undefined);
    if (!old) continue;
    pairs.push({ from: old, to: e, how: 'declared' });
    gone.delete(old.ref);
    fresh.delete(e);
  }
  // Detected: same kind and file, candidates scored once, best first (ties in ref order).
  const scored: { from: CatalogEntity; to: CatalogEntity; score: number }[] = [];
  const byPlace = new Map<string, CatalogEntity[]>();
  for (const e of fresh) {
    const key = `${e.kind}\u0000${e.source.file}`;
    const list = byPlace.get(key);
    if (list) list.push(e);
    else byPlace.set(key, [e]);
  }
  for (const old of gone.values()) {
    const fields = entityFields(old);
    for (const e of byPlace.get(`${old.kind}\u0000${old.source.file}`) ?? []) {
      const score = similarity(fields, entityFields(e));
      if (score >= RENAME_SIMILARITY) scored.push({ from: old, to: e, score });
    }
  }
  scored.sort((x, y) => y.score - x.score || (x.from.ref < y.from.ref ? -1 : x.from.ref > y.from.ref ? 1 : x.to.ref < y.to.ref ? -1 : 1));
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  for (const s of scored) {
    if (usedFrom.has(s.from.ref) || usedTo.has(s.to.ref)) continue;
    usedFrom.add(s.from.ref);
    usedTo.add(s.to.ref);
    pairs.push({ from: s.from, to: s.to, how: 'detected' });
  }
  return pairs.sort((x, y) => (x.from.ref < y.from.ref ? -1 : 1));
}
