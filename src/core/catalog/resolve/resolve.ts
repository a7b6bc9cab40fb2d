/**
 * Resolves read entities into a catalog: indexes them by refKey (reporting duplicates),
 * resolves every declared ref (reporting refs to nothing, with "did you mean"), computes
 * relations both ways and finds cycles in subcomponentOf, subdomainOf and group parents.
 * Everything is one pass over entities and refs, indexed by refKey: linear time.
 */
import type { Diagnostic, Severity } from '../../model/diagnostics.ts';
import { leaveOutIfInvalid } from '../read/invalid-entities.ts';
import { refSeverity } from '../../model/ref-policy.ts';
import { formatRef, parseEntityRef, refKey, type EntityRef } from '../../model/refs.ts';
import { findCycles } from './cycles.ts';
import type { ParsedEntity } from '../read/parsed-entity.ts';
import { KIND_LABELS, RELATION_INVERSE } from '../../model/schema.ts';
import { createRefIndex, danglingHint, refProblemHint } from './suggest.ts';
import type {
  CatalogEntity,
  CatalogRelation,
  EntityKind,
  NotPublished,
  RelationType,
  SkippedEntity,
  SourcePosition,
} from '../../model/entity.ts';

/** The relation types in the order they are listed. */
export const RELATION_TYPES: readonly RelationType[] = [
  'ownedBy',
  'ownerOf',
  'partOf',
  'hasPart',
  'dependsOn',
  'dependencyOf',
  'providesApi',
  'apiProvidedBy',
  'consumesApi',
  'apiConsumedBy',
  'memberOf',
  'hasMember',
  'parentOf',
  'childOf',
];

/** What resolving returns. */
export interface ResolvedCatalog {
  entities: CatalogEntity[];
  byRef: Map<string, CatalogEntity>;
  relations: CatalogRelation[];
  skipped: SkippedEntity[];
  /** Entities left out under onInvalidEntities: skip for a problem found here (a bad ref, a duplicate). */
  notPublished: NotPublished[];
  diagnostics: Diagnostic[];
}

/** Options of resolveCatalog: the reference policy and the policy for invalid descriptors. */
export interface ResolveOptions {
  onBrokenRefs?: 'error' | 'warn';
  onInvalidEntities?: 'error' | 'skip';
  /** Entities already left out while reading, so a reference to one says why it is not in the catalog. */
  notPublished?: readonly NotPublished[];
}

/** `a Group`, `an API`. */
const article = (word: string): string => `${/^[aeiouAEIOU]/.test(word) ? 'an' : 'a'} ${word}`;

const where = (p: SourcePosition): string => `${p.file}:${p.line}`;

/** Resolves `parsed` (in file order: the first of two duplicates wins). */
export function resolveCatalog(input: readonly ParsedEntity[], options: ResolveOptions = {}): ResolvedCatalog {
  const diagnostics: Diagnostic[] = [];
  const skipped: SkippedEntity[] = [];
  const skip = options.onInvalidEntities === 'skip';
  const notPublished: NotPublished[] = [];
  // Under skip, an entity with a malformed ref or a ref of the wrong kind is left out first,
  // so that nothing is resolved against it.
  const parsed = skip ? input.filter((p) => !leaveOutForBadRefs(p, diagnostics, notPublished)) : input;
  const leftOut = new Map<string, NotPublished>();
  for (const n of [...(options.notPublished ?? []), ...notPublished]) if (n.ref) leftOut.set(n.ref, n);
  const byRef = new Map<string, CatalogEntity>();
  const first = new Map<string, ParsedEntity>();
  const kept: ParsedEntity[] = [];
  const dupes = new Map<string, ParsedEntity[]>();
  const err = (pos: SourcePosition, code: string, message: string, hint?: string, severity: Severity = 'error'): void => {
    const d: Diagnostic = { file: pos.file, line: pos.line, column: pos.column, severity, code, message };
    if (hint) d.hint = hint;
    diagnostics.push(d);
  };

  for (const p of parsed) {
    const key = p.entity.ref;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, p);
      byRef.set(key, p.entity);
      kept.push(p);
      continue;
    }
    const list = dupes.get(key);
    if (list) list.push(p);
    else dupes.set(key, [p]);
  }
  for (const [key, later] of dupes) {
    const orig = first.get(key) as ParsedEntity;
    const shown = formatRef(orig.entity);
    err(
      orig.namePos,
      'catalog/duplicate-entity',
      `${shown} is defined more than once: also at ${later.map((l) => where(l.namePos)).join(', ')}`,
      skip ? 'names are unique per kind and namespace (case-insensitive); this one is published, the others are left out (onInvalidEntities: skip)' : 'names are unique per kind and namespace (case-insensitive); rename or remove one',
      skip ? 'warning' : 'error',
    );
    for (const l of later) {
      const from = diagnostics.length;
      err(
        l.namePos,
        'catalog/duplicate-entity',
        `${shown} is already defined at ${where(orig.namePos)}`,
        'names are unique per kind and namespace (case-insensitive); rename or remove one',
      );
      const out = leaveOutIfInvalid(skip, diagnostics, from, { source: l.entity.source, kind: l.entity.kindLabel, name: l.entity.name });
      if (out) notPublished.push(out);
      skipped.push({
        source: l.entity.source,
        apiVersion: l.entity.apiVersion,
        kind: l.entity.kindLabel,
        name: l.entity.name,
        reason: `duplicate of ${shown} at ${where(orig.namePos)}`,
      });
    }
  }

  const index = createRefIndex(kept.map((p) => p.entity));
  const rel = new Map<string, Map<RelationType, Set<string>>>();
  const edgePos = new Map<string, SourcePosition>();
  const addRelation = (source: string, type: RelationType, target: string, pos: SourcePosition): void => {
    let m = rel.get(source);
    if (!m) rel.set(source, (m = new Map()));
    let s = m.get(type);
    if (!s) m.set(type, (s = new Set()));
    s.add(target);
    if (type === 'partOf' || type === 'childOf') {
      // Only these can form the cycles reported below; remember where each edge was written.
      const ek = `${source}\u0000${type}\u0000${target}`;
      if (!edgePos.has(ek)) edgePos.set(ek, pos);
    }
  };

  for (const p of kept) {
    const self = p.entity;
    for (const d of p.refs) {
      const parsedRef = parseEntityRef(d.text, { defaultKind: d.defaultKind, defaultNamespace: self.namespace });
      if (!parsedRef.ref) {
        err(
          d.pos,
          'catalog/invalid-ref',
          `\`${d.path}\` "${d.text}" is not a valid entity ref: ${parsedRef.error ?? 'unreadable'}`,
          refProblemHint(index, d.text, self.namespace) ?? 'write [kind:][namespace/]name, e.g. component:payments-service',
        );
        continue;
      }
      const ref: EntityRef = parsedRef.ref;
      if (d.allowedKinds && !d.allowedKinds.includes(ref.kind as EntityKind)) {
        const allowed = d.allowedKinds.map((k) => KIND_LABELS[k]).join(' or ');
        err(
          d.pos,
          'catalog/wrong-ref-kind',
          `\`${d.path}\` must point at ${article(allowed)}, not ${article(KIND_LABELS[ref.kind as EntityKind] ?? ref.kind)} ("${d.text}")`,
          d.defaultKind ? `write just the name, or ${d.defaultKind}:${ref.name}` : undefined,
        );
        continue;
      }
      const key = refKey(ref);
      const target = byRef.get(key);
      if (!target) {
        const out = leftOut.get(key);
        err(
          d.pos,
          'catalog/dangling-ref',
          `\`${d.path}\` refers to ${formatRef(ref)}, which is not in the catalog`,
          out ? `it is left out because its descriptor is invalid (${where(out.source)}: ${out.reason})` : danglingHint(index, ref, d.allowedKinds),
          refSeverity(options.onBrokenRefs),
        );
        // Kept for the page, which shows it as "not in the catalog" when the policy lets it publish.
        (self.missingRefs ??= []).push({ path: d.path, ref: formatRef(ref), pos: d.pos });
        continue;
      }
      d.assign?.(target.ref);
      if (d.relation) {
        addRelation(self.ref, d.relation, target.ref, d.pos);
        addRelation(target.ref, RELATION_INVERSE[d.relation], self.ref, d.pos);
      }
    }
  }

  // Relations onto entities and into one sorted list.
  const entities = kept.map((p) => p.entity).sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const relations: CatalogRelation[] = [];
  for (const e of entities) {
    const m = rel.get(e.ref);
    if (!m) continue;
    for (const type of RELATION_TYPES) {
      const s = m.get(type);
      if (!s) continue;
      const targets = [...s].sort();
      e.relations[type] = targets;
      for (const target of targets) relations.push({ source: e.ref, type, target });
    }
  }

  // Cycles: a component inside itself, a domain inside itself, a group its own ancestor.
  const cycleSpecs: { kind: EntityKind; type: RelationType; what: string; hint: string }[] = [
    { kind: 'component', type: 'partOf', what: 'subcomponentOf', hint: 'a component cannot be a part of itself; remove one subcomponentOf link' },
    { kind: 'domain', type: 'partOf', what: 'subdomainOf', hint: 'a domain cannot be a part of itself; remove one subdomainOf link' },
    { kind: 'group', type: 'childOf', what: 'parent/children', hint: 'a group cannot be its own ancestor; remove one parent or children link' },
  ];
  for (const c of cycleSpecs) {
    const nodes = entities.filter((e) => e.kind === c.kind).map((e) => e.ref);
    const prefix = `${c.kind}:`;
    const next = (n: string): readonly string[] => (byRef.get(n)?.relations[c.type] ?? []).filter((t) => t.startsWith(prefix));
    for (const cycle of findCycles(nodes, next)) {
      const from = cycle[0] as string;
      const to = cycle[1] as string;
      const pos =
        edgePos.get(`${from}\u0000${c.type}\u0000${to}`) ??
        (byRef.get(from) as CatalogEntity).source;
      const names = cycle.map((k) => formatRef(byRef.get(k) as CatalogEntity));
      err(pos, 'catalog/cycle', `${c.what} forms a cycle: ${names.join(' → ')}`, c.hint);
    }
  }

  return { entities, byRef, relations, skipped, notPublished, diagnostics };
}

/**
 * Under onInvalidEntities: skip: reports `p`'s malformed refs and refs of the wrong kind as
 * warnings and records it as not published; false (and nothing reported) when its refs are well formed.
 */
function leaveOutForBadRefs(p: ParsedEntity, diagnostics: Diagnostic[], notPublished: NotPublished[]): boolean {
  const from = diagnostics.length;
  for (const d of p.refs) {
    const r = parseEntityRef(d.text, { defaultKind: d.defaultKind, defaultNamespace: p.entity.namespace });
    const problem = !r.ref
      ? `\`${d.path}\` "${d.text}" is not a valid entity ref: ${r.error ?? 'unreadable'}`
      : d.allowedKinds && !d.allowedKinds.includes(r.ref.kind as EntityKind)
        ? `\`${d.path}\` must point at ${article(d.allowedKinds.map((k) => KIND_LABELS[k]).join(' or '))}, not ${article(KIND_LABELS[r.ref.kind as EntityKind] ?? r.ref.kind)} ("${d.text}")`
        : undefined;
    if (problem) diagnostics.push({ file: d.pos.file, line: d.pos.line, column: d.pos.column, severity: 'error', code: r.ref ? 'catalog/wrong-ref-kind' : 'catalog/invalid-ref', message: problem });
  }
  const out = leaveOutIfInvalid(true, diagnostics, from, { source: p.entity.source, kind: p.entity.kindLabel, name: p.entity.name, ref: p.entity.ref });
  if (out) notPublished.push(out);
  return out !== undefined;
}
