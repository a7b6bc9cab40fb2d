/**
 * "Did you mean ...?" for entity refs: an index of entity names by kind, built once, that
 * finds the closest existing name of a kind (by the one rule in ../suggest.ts) and the
 * kinds that have a given name.
 */
import { suggest } from '../../suggest.ts';
import { formatRef, parseEntityRef, refKey, type EntityRef } from '../../model/refs.ts';
import { KIND_LABELS } from '../../model/schema.ts';
import type { EntityKind } from '../../model/entity.ts';

/** The least an index needs to know about an entity. */
export interface NamedEntity {
  kind: string;
  namespace: string;
  name: string;
  /** refKeys of names it had before (wayfinder.dev/previous-names). */
  previousRefs?: readonly string[];
}

/** Looks entities up by refKey and suggests close names. */
export interface RefIndex {
  /** True when an entity with this refKey exists. */
  has(key: string): boolean;
  /** The closest existing ref of `ref.kind` (short form), when one is close enough. */
  closest(ref: EntityRef): string | undefined;
  /** Refs (short form) of every kind whose entity has this name in this namespace. */
  sameName(ref: EntityRef): string[];
  /** The entity (short form) that lists `ref` among its previous names, if one does. */
  renamedTo(ref: EntityRef): string | undefined;
}

/** Builds the index in one pass over `entities`. */
export function createRefIndex(entities: Iterable<NamedEntity>): RefIndex {
  const keys = new Set<string>();
  const byKind = new Map<string, { names: string[]; refs: EntityRef[] }>();
  const byName = new Map<string, EntityRef[]>();
  const renamed = new Map<string, string>();
  for (const e of entities) {
    const ref: EntityRef = { kind: e.kind.toLowerCase(), namespace: e.namespace.toLowerCase(), name: e.name };
    keys.add(refKey(ref));
    for (const prev of e.previousRefs ?? []) if (!renamed.has(prev)) renamed.set(prev, formatRef(ref));
    let k = byKind.get(ref.kind);
    if (!k) byKind.set(ref.kind, (k = { names: [], refs: [] }));
    k.names.push(`${ref.namespace}/${ref.name.toLowerCase()}`);
    k.refs.push(ref);
    const nameKey = `${ref.namespace}/${ref.name.toLowerCase()}`;
    const list = byName.get(nameKey);
    if (list) list.push(ref);
    else byName.set(nameKey, [ref]);
  }
  return {
    has: (key) => keys.has(key),
    closest(ref) {
      const k = byKind.get(ref.kind);
      if (!k || k.names.length === 0) return undefined;
      const best = suggest(`${ref.namespace}/${ref.name.toLowerCase()}`, k.names, ref.name);
      if (best === undefined) return undefined;
      const i = k.names.indexOf(best);
      const found = k.refs[i];
      return found ? formatRef(found) : undefined;
    },
    sameName(ref) {
      return (byName.get(`${ref.namespace}/${ref.name.toLowerCase()}`) ?? []).map(formatRef).sort();
    },
    renamedTo: (ref) => renamed.get(refKey(ref)),
  };
}

/**
 * The hint for a ref that points at nothing: the same name under an allowed kind, else a
 * close name of the right kind, else what exists. `allowed` lists the kinds the field takes
 * (none: any kind).
 */
export function danglingHint(index: RefIndex, ref: EntityRef, allowed?: readonly EntityKind[]): string {
  const ok = (short: string): boolean => !allowed || allowed.some((k) => short.startsWith(`${k}:`));
  const renamed = index.renamedTo(ref);
  if (renamed && ok(renamed)) return `${formatRef(ref)} was renamed to ${renamed} (it lists the old name in wayfinder.dev/previous-names): write ${renamed}`;
  const same = index.sameName(ref);
  const sameOk = same.filter(ok);
  if (sameOk.length) return `did you mean ${sameOk[0]}?`;
  const kinds = allowed && allowed.length ? allowed : [ref.kind as EntityKind];
  const near = [ref.kind, ...kinds.filter((k) => k !== ref.kind)]
    .map((kind) => index.closest({ ...ref, kind }))
    .filter((s): s is string => s !== undefined);
  if (near.length) return `did you mean ${near[0]}?`;
  if (same.length) return `${same.join(', ')} exists, but this field takes a ${kinds.map((k) => KIND_LABELS[k] ?? k).join(' or ')}`;
  const label = KIND_LABELS[ref.kind as EntityKind] ?? ref.kind;
  return `no ${label} is named like that; add one (kind: ${label}) or fix the name`;
}

/** Parses `text` like `parseEntityRef`, with a hint naming existing entities when it lacks a kind. */
export function refProblemHint(index: RefIndex, text: string, defaultNamespace: string): string | undefined {
  const withAny = ['component', 'resource', 'api', 'system', 'group', 'user', 'domain']
    .map((kind) => parseEntityRef(text, { defaultKind: kind, defaultNamespace }).ref)
    .filter((r): r is EntityRef => r !== undefined && index.has(refKey(r)));
  if (withAny.length) return `did you mean ${formatRef(withAny[0] as EntityRef)}?`;
  return undefined;
}
