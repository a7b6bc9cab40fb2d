/**
 * A lookup over the catalog as it was at one point of its git history, with the "used by"
 * relations worked out again from what each entity said it uses then. History points mix
 * old descriptors (resolved one file at a time, so their refs to other files are kept as
 * missingRefs) with today's entities (whose inverse relations describe today): neither's
 * inverse relations can be trusted, so they are rebuilt here from forward edges, and the one
 * "who uses this" rule (catalog/dependents.ts) then answers for that point. O(entities + edges).
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
