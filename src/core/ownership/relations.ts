/**
 * Relations as an entity page lists and draws them: named sections in reading order, and
 * the direct neighbourhood (what the entity uses, what uses it) for the dependency picture.
 * Everything is O(neighbours) of the entity (a system: of its parts' neighbours).
 */
import type { CatalogEntity, RelationType } from '../catalog/types.ts';
import { displayName, kindNoun, sortByName } from '../names.ts';

/** A list of related entities under one heading. */
export interface RelationSection {
  /** Anchor id of the section's heading, e.g. `depends-on`. */
  id: string;
  heading: string;
  type: RelationType;
  /** refKeys, sorted. */
  refs: readonly string[];
}

/** Section headings, in the order the page lists them; ownedBy is shown with the owner. */
const SECTIONS: readonly { type: RelationType; id: string; heading: (e: CatalogEntity) => string }[] = [
  { type: 'dependsOn', id: 'depends-on', heading: () => 'Depends on' },
  { type: 'consumesApi', id: 'consumes-apis', heading: () => 'Consumes APIs' },
  { type: 'apiProvidedBy', id: 'provided-by', heading: () => 'Provided by' },
  { type: 'providesApi', id: 'provides-apis', heading: () => 'Provides APIs' },
  { type: 'dependencyOf', id: 'depended-on-by', heading: () => 'Depended on by' },
  { type: 'apiConsumedBy', id: 'consumed-by', heading: () => 'Consumed by' },
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
export function relationSections(entity: CatalogEntity, skip: readonly RelationType[] = []): RelationSection[] {
  const out: RelationSection[] = [];
  for (const s of SECTIONS) {
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
  /** How it relates: `dependency`, `consumed API`, `provider`, `dependent`, `provided API`, `consumer`. */
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
const DOWNSTREAM: readonly [RelationType, string][] = [
  ['dependencyOf', 'dependent'],
  ['providesApi', 'provided API'],
  ['apiConsumedBy', 'consumer'],
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
  const downstream: Neighbour[] = [];
  if (entity.kind === 'system') {
    const inside = new Set<string>([entity.ref, ...(entity.relations.hasPart ?? [])]);
    const seenUp = new Set<string>();
    const seenDown = new Set<string>();
    for (const partRef of entity.relations.hasPart ?? []) {
      const part = lookup(partRef);
      if (!part) continue;
      for (const [side, rels, seen] of [
        [upstream, UPSTREAM, seenUp],
        [downstream, DOWNSTREAM, seenDown],
      ] as const) {
        for (const [type] of rels) {
          for (const ref of part.relations[type] ?? []) {
            if (inside.has(ref) || seen.has(ref)) continue;
            const target = lookup(ref);
            if (!target) continue;
            seen.add(ref);
            const system = target.system ? lookup(target.system) : undefined;
            side.push(neighbour(target, system ? displayName(system) : 'no system'));
          }
        }
      }
    }
    return { upstream, downstream };
  }
  for (const [side, rels] of [
    [upstream, UPSTREAM],
    [downstream, DOWNSTREAM],
  ] as const) {
    for (const [type, word] of rels) {
      for (const ref of entity.relations[type] ?? []) {
        const target = lookup(ref);
        if (target) side.push(neighbour(target, word));
      }
    }
  }
  return { upstream, downstream };
}

/**
 * Who depends on an entity, for "what breaks if this breaks": what depends on it or
 * consumes it directly and, for a component, what consumes or depends on the APIs it
 * provides; for a system, what outside the system uses its parts. Sorted by name, the
 * entity itself left out; unknown refs are skipped.
 */
export function dependentsOf(entity: CatalogEntity, lookup: Lookup): CatalogEntity[] {
  const refs = new Set<string>();
  if (entity.kind === 'system') {
    for (const n of neighbourhood(entity, lookup).downstream) refs.add(n.ref);
  } else {
    for (const ref of [...(entity.relations.dependencyOf ?? []), ...(entity.relations.apiConsumedBy ?? [])]) refs.add(ref);
    for (const apiRef of entity.relations.providesApi ?? []) {
      const api = lookup(apiRef);
      for (const ref of [...(api?.relations.apiConsumedBy ?? []), ...(api?.relations.dependencyOf ?? [])]) refs.add(ref);
    }
  }
  refs.delete(entity.ref);
  return sortByName([...refs].map(lookup).filter((e): e is CatalogEntity => e !== undefined));
}

/** The kinds whose pages answer "what depends on it" (the same as those with a dependency picture). */
export function hasDependentsAnswer(entity: Pick<CatalogEntity, 'kind'>): boolean {
  return hasDependencyPicture(entity);
}
