/**
 * Relations as an entity page lists and draws them: named sections in reading order, and
 * the direct neighbourhood (what the entity uses, what uses it) for the dependency picture.
 * Everything is O(neighbours) of the entity (a system: of its parts' neighbours).
 */
import type { CatalogEntity, RelationType } from '../model/entity.ts';
import { dependents, dependentVia } from '../catalog/dependents.ts';
import { displayName, kindNoun } from '../names.ts';

/** A list of related entities under one heading. */
export interface RelationSection {
  /** Anchor id of the section's heading, e.g. `depends-on`. */
  id: string;
  heading: string;
  /** The relation listed; `usedBy` for the entity's users (catalog/dependents.ts). */
  type: RelationType | 'usedBy';
  /** refKeys, sorted (users: direct ones first). */
  refs: readonly string[];
  /** How each user uses the entity (`through Payments API`), by refKey; users only. */
  notes?: Readonly<Record<string, string>>;
}

/** Section headings, in the order the page lists them; ownedBy is shown with the owner. */
const SECTIONS: readonly { type: RelationType | 'usedBy'; id: string; heading: (e: CatalogEntity) => string }[] = [
  { type: 'dependsOn', id: 'depends-on', heading: () => 'Depends on' },
  { type: 'consumesApi', id: 'consumes-apis', heading: () => 'Consumes APIs' },
  { type: 'apiProvidedBy', id: 'provided-by', heading: () => 'Provided by' },
  { type: 'providesApi', id: 'provides-apis', heading: () => 'Provides APIs' },
  // What depends on it, consumes it, or uses an API it provides: one list (catalog/dependents.ts).
  { type: 'usedBy', id: 'used-by', heading: () => 'Used by' },
  { type: 'partOf', id: 'part-of', heading: () => 'Part of' },
  {
    type: 'hasPart',
    id: 'has-parts',
    heading: (e) => (e.kind === 'component' ? 'Subcomponents' : e.kind === 'domain' ? 'Systems and subdomains' : 'Has parts'),
  },
  { type: 'ownerOf', id: 'owner-of', heading: () => 'Owner of' },
  { type: 'memberOf', id: 'member-of', heading: () => 'Member of' },
  { type: 'hasMember', id: 'members', heading: () => 'Members' },
  { type: 'childOf', id: 'parent-team', heading: () => 'Parent team' },
  { type: 'parentOf', id: 'child-teams', heading: () => 'Child teams' },
];

/** The entity's relations as page sections, in reading order; empty ones left out. */
export function relationSections(entity: CatalogEntity, lookup: Lookup, skip: readonly RelationType[] = []): RelationSection[] {
  const out: RelationSection[] = [];
  for (const s of SECTIONS) {
    if (s.type === 'usedBy') {
      // A system's users are listed with its picture ("Used from outside").
      if (entity.kind === 'system') continue;
      const users = dependents(entity, lookup);
      if (users.length === 0) continue;
      const notes: Record<string, string> = {};
      for (const d of users) if (!d.direct) notes[d.entity.ref] = dependentVia(d, entity, lookup);
      out.push({ id: s.id, heading: s.heading(entity), type: s.type, refs: users.map((d) => d.entity.ref), notes });
      continue;
    }
    if (skip.includes(s.type)) continue;
    const refs = entity.relations[s.type];
    if (refs && refs.length > 0) out.push({ id: s.id, heading: s.heading(entity), type: s.type, refs });
  }
  return out;
}

/** One neighbour in the dependency picture. */
export interface Neighbour {
  ref: string;
  label: string;
  kind: string;
  /** How it relates: `dependency`, `consumed API`, `provider`, `dependent`, `consumer`, `through Payments API`. */
  relation: string;
}

/** What an entity uses (left) and what uses it (right). */
export interface Neighbourhood {
  upstream: Neighbour[];
  downstream: Neighbour[];
}

/** Relations read for the picture, per side, with the word each neighbour gets. */
const UPSTREAM: readonly [RelationType, string][] = [
  ['dependsOn', 'dependency'],
  ['consumesApi', 'consumed API'],
  ['apiProvidedBy', 'provider'],
];

type Lookup = (ref: string) => CatalogEntity | undefined;

/** The kinds that get a dependency picture. */
export function hasDependencyPicture(entity: Pick<CatalogEntity, 'kind'>): boolean {
  return entity.kind === 'component' || entity.kind === 'api' || entity.kind === 'system' || entity.kind === 'resource';
}

function neighbour(target: CatalogEntity, relation: string): Neighbour {
  return { ref: target.ref, label: displayName(target), kind: kindNoun(target.kind), relation };
}

/**
 * The direct neighbours of a component, API or resource; for a system, what its parts
 * use outside the system and what outside the system uses its parts.
 */
export function neighbourhood(entity: CatalogEntity, lookup: Lookup): Neighbourhood {
  const upstream: Neighbour[] = [];
  // What uses it is the one list of catalog/dependents.ts: never the APIs it provides.
  const users = dependents(entity, lookup);
  if (entity.kind === 'system') {
    const inside = new Set<string>([entity.ref, ...(entity.relations.hasPart ?? [])]);
    const seenUp = new Set<string>();
    for (const partRef of entity.relations.hasPart ?? []) {
      const part = lookup(partRef);
      if (!part) continue;
      for (const [type] of UPSTREAM) {
        for (const ref of part.relations[type] ?? []) {
          if (inside.has(ref) || seenUp.has(ref)) continue;
          const target = lookup(ref);
          if (!target) continue;
          seenUp.add(ref);
          upstream.push(neighbour(target, systemWord(target, lookup)));
        }
      }
    }
    return { upstream, downstream: users.map((d) => neighbour(d.entity, systemWord(d.entity, lookup))) };
  }
  for (const [type, word] of UPSTREAM) {
    for (const ref of entity.relations[type] ?? []) {
      const target = lookup(ref);
      if (target) upstream.push(neighbour(target, word));
    }
  }
  const word = (d: (typeof users)[number]): string => {
    if (!d.direct) return dependentVia(d, entity, lookup);
    return (entity.relations.dependencyOf ?? []).includes(d.entity.ref) ? 'dependent' : 'consumer';
  };
  return { upstream, downstream: users.map((d) => neighbour(d.entity, word(d))) };
}

/** The system a neighbour of a system is in, for the picture. */
function systemWord(target: CatalogEntity, lookup: Lookup): string {
  const system = target.system ? lookup(target.system) : undefined;
  return system ? displayName(system) : 'no system';
}

/**
 * Who uses an entity, for "what breaks if this breaks" (catalog/dependents.ts): what
 * depends on it or consumes it, then what uses the APIs it provides; for a system, what
 * outside the system uses its parts. The entity and its own APIs are never among them.
 */
export function dependentsOf(entity: CatalogEntity, lookup: Lookup): CatalogEntity[] {
  return dependents(entity, lookup).map((d) => d.entity);
}

/** The kinds whose pages answer "what depends on it" (the same as those with a dependency picture). */
export function hasDependentsAnswer(entity: Pick<CatalogEntity, 'kind'>): boolean {
  return hasDependencyPicture(entity);
}
