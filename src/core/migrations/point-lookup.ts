/**
 * A lookup over the catalog as it was at one point of its git history, with the "used by"
 * relations worked out again from what each entity said it uses then. History points mix
 * old descriptors (resolved one file at a time, so their refs to other files are kept as
 * missingRefs) with today's entities (whose inverse relations describe today): neither's
 * inverse relations can be trusted, so they are rebuilt here from forward edges, and the one
 * "who uses this" rule (catalog/dependents.ts) then answers for that point. O(entities + edges).
 *
 * Over many points (historyPointLookups), most entities of every point are today's own
 * objects: the inverse relations are worked out once from today's entities, and each point
 * only takes out what its changed files replaced and adds what their old versions said; an
 * entity's copy is made when the rule asks for it. So a point costs O(entities) of set
 * look-ups plus O(its changes), not a copy of the catalog (at 30,000 entities and 104 weekly
 * points, the copies took gigabytes).
 */
import type { CatalogEntity, RelationType } from '../model/entity.ts';
import { parseEntityRef, refKey } from '../model/refs.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

const FORWARD: { type: RelationType; inverse: RelationType; path: string; kind: string }[] = [
  { type: 'dependsOn', inverse: 'dependencyOf', path: 'spec.dependsOn', kind: 'component' },
  { type: 'consumesApi', inverse: 'apiConsumedBy', path: 'spec.consumesApis', kind: 'api' },
  { type: 'providesApi', inverse: 'apiProvidedBy', path: 'spec.providesApis', kind: 'api' },
];

/** What `e` says it uses or provides, as refKeys: its resolved relations and the refs it makes to entities not in its file. */
function forward(e: CatalogEntity, type: RelationType, path: string, kind: string): string[] {
  const out = new Set(e.relations[type] ?? []);
  for (const m of e.missingRefs ?? []) {
    if (!m.path.startsWith(path + '[')) continue;
    const { ref } = parseEntityRef(m.ref, { defaultKind: kind, defaultNamespace: e.namespace });
    if (ref) out.add(refKey(ref));
  }
  return [...out].sort();
}

/** A lookup over `entities` whose uses-relations (both ways) are rebuilt from their forward edges. */
export function pointLookup(entities: readonly CatalogEntity[]): Lookup {
  const copies = new Map<string, CatalogEntity>();
  for (const e of entities) {
    const relations = { ...e.relations };
    for (const f of FORWARD) {
      delete relations[f.inverse];
      relations[f.type] = forward(e, f.type, f.path, f.kind);
    }
    copies.set(e.ref, { ...e, relations });
  }
  for (const e of copies.values()) {
    for (const f of FORWARD) {
      for (const target of e.relations[f.type] ?? []) {
        const t = copies.get(target);
        if (t) (t.relations[f.inverse] ??= []).push(e.ref);
      }
    }
  }
  return (ref) => copies.get(ref);
}

type Inverse = Map<string, Map<RelationType, string[]>>;

/** Adds `e`'s forward edges (as `forwardOf` gives them) to `inv`, by target and inverse relation. */
function addInverse(inv: Inverse, e: CatalogEntity, forwardOf: (e: CatalogEntity) => Partial<Record<RelationType, string[]>>): void {
  const fwd = forwardOf(e);
  for (const f of FORWARD) {
    for (const target of fwd[f.type] ?? []) {
      let byType = inv.get(target);
      if (!byType) inv.set(target, (byType = new Map()));
      const list = byType.get(f.inverse);
      if (list) list.push(e.ref);
      else byType.set(f.inverse, [e.ref]);
    }
  }
}

/**
 * One lookup per point of `points` (each as pointLookup would give), sharing the work: today's
 * entities (`current`, the objects most points are made of) are indexed once.
 */
export function historyPointLookups(points: readonly { entities: readonly CatalogEntity[] }[], current: readonly CatalogEntity[]): Lookup[] {
  const forwardCache = new WeakMap<CatalogEntity, Partial<Record<RelationType, string[]>>>();
  const forwardOf = (e: CatalogEntity) => {
    let fwd = forwardCache.get(e);
    if (!fwd) {
      fwd = {};
      for (const f of FORWARD) fwd[f.type] = forward(e, f.type, f.path, f.kind);
      forwardCache.set(e, fwd);
    }
    return fwd;
  };
  const today = new Set(current);
  const baseInverse: Inverse = new Map();
  for (const e of current) addInverse(baseInverse, e, forwardOf);
  return points.map((p) => {
    const inPoint = new Set<CatalogEntity>();
    const byRef = new Map<string, CatalogEntity>();
    const added: Inverse = new Map();
    for (const e of p.entities) {
      inPoint.add(e);
      byRef.set(e.ref, e);
      if (!today.has(e)) addInverse(added, e, forwardOf);
    }
    // Today's entities this point does not hold (replaced by an old version, or not there yet): their edges do not count.
    const gone = new Set<string>();
    for (const e of current) if (!inPoint.has(e)) gone.add(e.ref);
    const copies = new Map<string, CatalogEntity>();
    return (ref) => {
      const cached = copies.get(ref);
      if (cached) return cached;
      const e = byRef.get(ref);
      if (!e) return undefined;
      const relations = { ...e.relations, ...forwardOf(e) };
      for (const f of FORWARD) {
        const users = [...(baseInverse.get(ref)?.get(f.inverse) ?? []).filter((u) => !gone.has(u)), ...(added.get(ref)?.get(f.inverse) ?? [])];
        if (users.length) relations[f.inverse] = users;
        else delete relations[f.inverse];
      }
      const copy = { ...e, relations };
      copies.set(ref, copy);
      return copy;
    };
  });
}

