/**
 * The organisation as a graph of systems: each system with its domain and how many parts
 * it has, and the relations between systems aggregated from their parts (a component of
 * one system consuming an API of another, or depending on one of its components or
 * resources). Computed once per build, in one pass over the entities (no quadratic step).
 * From it come the slices the maps draw: the organisation (domains and systems, folded to
 * domains when there are too many systems), a domain, a system, or hand-picked entities,
 * each bounded so no map grows with the size of the organisation.
 */
import type { CatalogEntity, EntityKind } from '../model/entity.ts';
import { displayName, kindNoun } from '../names.ts';

/** A system of the aggregated graph. */
export interface MapSystem {
  ref: string;
  label: string;
  domain?: string;
  parts: { component: number; api: number; resource: number };
}

/** A domain of the aggregated graph. */
export interface MapDomain {
  ref: string;
  label: string;
  systems: string[];
}

/** Relations from one system to another, aggregated from their parts: `from` uses `to`. */
export interface SystemEdge {
  from: string;
  to: string;
  /** refKeys of the APIs of `to` that parts of `from` consume. */
  apis: string[];
  /** How many dependsOn relations go from parts of `from` to parts of `to`. */
  dependsOn: number;
}

/** The aggregated system graph of the catalog. */
export interface SystemGraph {
  domains: MapDomain[];
  systems: MapSystem[];
  edges: SystemEdge[];
  /** Components, APIs and resources in no system (not on the maps). */
  withoutSystem: number;
}

const PART_KINDS: ReadonlySet<EntityKind> = new Set(['component', 'api', 'resource']);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The system a part belongs to (a subcomponent's parent's system when it has none). */
function systemOf(e: CatalogEntity, byRef: ReadonlyMap<string, CatalogEntity>): string | undefined {
  if (e.kind === 'system') return e.ref;
  if (e.system) return e.system;
  const parent = e.subcomponentOf ? byRef.get(e.subcomponentOf) : undefined;
  return parent?.system;
}

/** Aggregates the catalog into the system graph (deterministic: sorted by ref). */
export function buildSystemGraph(entities: readonly CatalogEntity[]): SystemGraph {
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const systems = new Map<string, MapSystem>();
  const domains = new Map<string, MapDomain>();
  for (const e of entities) {
    if (e.kind === 'domain') domains.set(e.ref, { ref: e.ref, label: displayName(e), systems: [] });
  }
  for (const e of entities) {
    if (e.kind !== 'system') continue;
    const s: MapSystem = { ref: e.ref, label: displayName(e), parts: { component: 0, api: 0, resource: 0 } };
    if (e.domain && domains.has(e.domain)) {
      s.domain = e.domain;
      domains.get(e.domain)?.systems.push(e.ref);
    }
    systems.set(e.ref, s);
  }
  const edges = new Map<string, SystemEdge>();
  const edge = (from: string, to: string): SystemEdge => {
    const key = `${from}\n${to}`;
    let x = edges.get(key);
    if (!x) edges.set(key, (x = { from, to, apis: [], dependsOn: 0 }));
    return x;
  };
  let withoutSystem = 0;
  for (const e of entities) {
    if (!PART_KINDS.has(e.kind)) continue;
    const from = systemOf(e, byRef);
    const sys = from ? systems.get(from) : undefined;
    if (!sys || !from) {
      withoutSystem++;
      continue;
    }
    sys.parts[e.kind as 'component' | 'api' | 'resource']++;
    for (const api of e.relations.consumesApi ?? []) {
      const target = byRef.get(api);
      const to = target ? systemOf(target, byRef) : undefined;
      if (to && to !== from && systems.has(to)) {
        const x = edge(from, to);
        if (!x.apis.includes(api)) x.apis.push(api);
      }
    }
    for (const dep of e.relations.dependsOn ?? []) {
      const target = byRef.get(dep);
      const to = target ? systemOf(target, byRef) : undefined;
      if (to && to !== from && systems.has(to)) edge(from, to).dependsOn++;
    }
  }
  for (const d of domains.values()) d.systems.sort(cmp);
  for (const x of edges.values()) x.apis.sort(cmp);
  return {
    domains: [...domains.values()].sort((a, b) => cmp(a.ref, b.ref)),
    systems: [...systems.values()].sort((a, b) => cmp(a.ref, b.ref)),
    edges: [...edges.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to)),
    withoutSystem,
  };
}

/** A node of a map: an entity (or a folded group of them), maybe inside a group box. */
export interface MapNode {
  id: string;
  label: string;
  /** Second line: kind and counts, e.g. `System · 4 components, 2 APIs`. */
  detail: string;
  /** The entity's ref, when the node is one entity (the page links it). */
  ref?: string;
  /** The id of the group box it is drawn in. */
  group?: string;
  /** Drawn as the map's subject (emphasised). */
  focus?: boolean;
}

/** A box around nodes (a domain, or "outside"). */
export interface MapGroup {
  id: string;
  label: string;
  ref?: string;
}

/** An edge of a map, labelled in words. */
export interface MapEdge {
  from: string;
  to: string;
  label: string;
  /** How much the edge carries (APIs plus dependencies), to keep the strongest when capping. */
  weight?: number;
}

/** A slice of the catalog ready to lay out. */
export interface MapGraph {
  nodes: MapNode[];
  groups: MapGroup[];
  edges: MapEdge[];
  /** Said above the map when the slice was folded or capped. */
  note?: string;
}

/** Most systems drawn one by one on the organisation map; above it, domains only. */
export const MAX_ORG_SYSTEMS = 60;
/** Most parts drawn one by one on a system map; above it, folded by kind. */
export const MAX_SYSTEM_PARTS = 40;
/** Most neighbouring systems drawn around a domain or system; the rest are counted. */
export const MAX_NEIGHBOURS = 16;
/** Most entities an author's hand-picked map draws. */
export const MAX_PICKED = 40;
/** Most edges any map draws (and lists); the strongest are kept. */
export const MAX_MAP_EDGES = 60;

/** Keeps a map's MAX_MAP_EDGES strongest edges, saying in its note how many were left out (map.json has them all). */
export function capEdges(map: MapGraph): MapGraph {
  if (map.edges.length <= MAX_MAP_EDGES) return map;
  const kept = [...map.edges].sort((a, b) => (b.weight ?? 1) - (a.weight ?? 1) || cmp(a.from, b.from) || cmp(a.to, b.to)).slice(0, MAX_MAP_EDGES);
  const note = `The ${MAX_MAP_EDGES} strongest of ${map.edges.length} connections are drawn; /catalog/map.json has them all.`;
  return { ...map, edges: kept, note: [map.note, note].filter(Boolean).join(' ') };
}

const weight = (x: Pick<SystemEdge, 'apis' | 'dependsOn'>): number => x.apis.length + x.dependsOn;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** `4 components, 2 APIs, 1 resource` (zeros left out). */
export function partsText(p: MapSystem['parts']): string {
  return [p.component ? plural(p.component, 'component') : '', p.api ? plural(p.api, 'API') : '', p.resource ? plural(p.resource, 'resource') : ''].filter(Boolean).join(', ') || 'no parts';
}

/** The words on an aggregated edge: `2 APIs, 1 dependency`. */
export function edgeText(x: Pick<SystemEdge, 'apis' | 'dependsOn'>): string {
  return [x.apis.length ? plural(x.apis.length, 'API') : '', x.dependsOn ? plural(x.dependsOn, 'dependency', 'dependencies') : ''].filter(Boolean).join(', ');
}

const systemNode = (s: MapSystem, group?: string, focus = false): MapNode => ({ id: s.ref, ref: s.ref, label: s.label, detail: `System · ${partsText(s.parts)}`, ...(group ? { group } : {}), ...(focus ? { focus } : {}) });

/** The organisation map: domains as boxes around their systems, edges between systems; folded to domains when there are more than MAX_ORG_SYSTEMS systems. */
export function orgMap(g: SystemGraph): MapGraph {
  if (g.systems.length <= MAX_ORG_SYSTEMS) {
    return capEdges({
      groups: g.domains.filter((d) => d.systems.length > 0).map((d) => ({ id: d.ref, label: d.label, ref: d.ref })),
      nodes: g.systems.map((s) => systemNode(s, s.domain)),
      edges: g.edges.map((x) => ({ from: x.from, to: x.to, label: edgeText(x), weight: weight(x) })),
    });
  }
  // Domains only: each with its counts; edges between domains summed from system edges.
  const domainOf = new Map(g.systems.map((s) => [s.ref, s.domain ?? 'domain:(none)']));
  const counts = new Map<string, { systems: number; parts: MapSystem['parts'] }>();
  for (const s of g.systems) {
    const d = domainOf.get(s.ref) as string;
    const c = counts.get(d) ?? { systems: 0, parts: { component: 0, api: 0, resource: 0 } };
    c.systems++;
    c.parts.component += s.parts.component;
    c.parts.api += s.parts.api;
    c.parts.resource += s.parts.resource;
    counts.set(d, c);
  }
  const labels = new Map(g.domains.map((d) => [d.ref, d.label]));
  const nodes: MapNode[] = [...counts.entries()].map(([d, c]) => ({
    id: d,
    ...(d === 'domain:(none)' ? {} : { ref: d }),
    label: labels.get(d) ?? 'No domain',
    detail: `Domain · ${plural(c.systems, 'system')}, ${partsText(c.parts)}`,
  }));
  const sums = new Map<string, { from: string; to: string; apis: string[]; dependsOn: number }>();
  for (const x of g.edges) {
    const from = domainOf.get(x.from) as string;
    const to = domainOf.get(x.to) as string;
    if (from === to) continue;
    const key = `${from}\n${to}`;
    const s = sums.get(key) ?? { from, to, apis: [], dependsOn: 0 };
    s.apis.push(...x.apis);
    s.dependsOn += x.dependsOn;
    sums.set(key, s);
  }
  return capEdges({
    groups: [],
    nodes: nodes.sort((a, b) => cmp(a.id, b.id)),
    edges: [...sums.values()].map((s) => {
      const x = { apis: [...new Set(s.apis)], dependsOn: s.dependsOn };
      return { from: s.from, to: s.to, label: edgeText(x), weight: weight(x) };
    }),
    note: `${g.systems.length} systems are too many to draw one by one: the map shows the ${nodes.length} domains with their counts. Each domain's page has the map of its systems.`,
  });
}

// Indexes made once per graph and per entity list, so the 1,000 system pages of a large
// organisation do not each scan every entity and every edge (that was seconds at 30k).
const edgeIndex = new WeakMap<SystemGraph, { edgesOf: Map<string, SystemEdge[]>; systemOf: Map<string, MapSystem> }>();
function indexOf(g: SystemGraph): { edgesOf: Map<string, SystemEdge[]>; systemOf: Map<string, MapSystem> } {
  let x = edgeIndex.get(g);
  if (!x) {
    const edgesOf = new Map<string, SystemEdge[]>();
    for (const e of g.edges) {
      for (const end of e.from === e.to ? [e.from] : [e.from, e.to]) {
        const list = edgesOf.get(end);
        if (list) list.push(e);
        else edgesOf.set(end, [e]);
      }
    }
    edgeIndex.set(g, (x = { edgesOf, systemOf: new Map(g.systems.map((sys) => [sys.ref, sys])) }));
  }
  return x;
}
const partIndex = new WeakMap<readonly CatalogEntity[], Map<string, CatalogEntity[]>>();
/** The components, APIs and resources of each system (by the system's ref), sorted by ref. */
function partsBySystem(entities: readonly CatalogEntity[]): Map<string, CatalogEntity[]> {
  let x = partIndex.get(entities);
  if (!x) {
    x = new Map();
    for (const e of [...entities].sort((a, b) => cmp(a.ref, b.ref))) {
      if (!PART_KINDS.has(e.kind) || !e.system) continue;
      const list = x.get(e.system);
      if (list) list.push(e);
      else x.set(e.system, [e]);
    }
    partIndex.set(entities, x);
  }
  return x;
}

/** Neighbouring systems of `inside` (a set of system refs), capped: the edges in and out of it. */
function around(g: SystemGraph, inside: ReadonlySet<string>, group?: string): { nodes: MapNode[]; edges: MapEdge[]; more: number } {
  const { edgesOf, systemOf } = indexOf(g);
  const crossing = [...new Set([...inside].flatMap((r) => edgesOf.get(r) ?? []))].filter((x) => inside.has(x.from) !== inside.has(x.to));
  crossing.sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to));
  const outside = [...new Set(crossing.map((x) => (inside.has(x.from) ? x.to : x.from)))].sort(cmp);
  const shown = new Set(outside.slice(0, MAX_NEIGHBOURS));
  return {
    nodes: [...shown].map((r) => systemNode(systemOf.get(r) as MapSystem, group)),
    edges: crossing.filter((x) => shown.has(x.from) || shown.has(x.to)).map((x) => ({ from: x.from, to: x.to, label: edgeText(x), weight: weight(x) })),
    more: outside.length - shown.size,
  };
}

/** A domain's map: its systems, the edges between them, and the systems outside it they connect to. */
export function domainMap(g: SystemGraph, domainRef: string): MapGraph | undefined {
  const d = g.domains.find((x) => x.ref === domainRef);
  if (!d || d.systems.length === 0) return undefined;
  const inside = new Set(d.systems.slice(0, MAX_ORG_SYSTEMS));
  const bySystem = new Map(g.systems.map((s) => [s.ref, s]));
  const out = around(g, inside, 'outside');
  const map: MapGraph = {
    groups: [{ id: d.ref, label: d.label, ref: d.ref }, ...(out.nodes.length ? [{ id: 'outside', label: 'Outside the domain' }] : [])],
    nodes: [...[...inside].map((r) => systemNode(bySystem.get(r) as MapSystem, d.ref)), ...out.nodes],
    edges: [...g.edges.filter((x) => inside.has(x.from) && inside.has(x.to)).map((x) => ({ from: x.from, to: x.to, label: edgeText(x), weight: weight(x) })), ...out.edges],
  };
  const notes = [d.systems.length > inside.size ? `${d.systems.length - inside.size} more systems of this domain are listed below, not drawn.` : '', out.more ? `${out.more} more connected systems are not drawn.` : ''].filter(Boolean);
  if (notes.length) map.note = notes.join(' ');
  return capEdges(map);
}

/**
 * A system's map: its components, APIs and resources in its box (folded by kind above
 * MAX_SYSTEM_PARTS) and the systems around it, joined to the box itself: the relation is
 * the system's (aggregated from its parts), and a map whose edges do not reach into the box
 * is laid out box by box, a fraction of the cost (map-layout.ts).
 */
export function systemMap(g: SystemGraph, systemRef: string, entities: readonly CatalogEntity[]): MapGraph | undefined {
  const s = indexOf(g).systemOf.get(systemRef);
  if (!s) return undefined;
  const parts = partsBySystem(entities).get(systemRef) ?? [];
  const out = around(g, new Set([systemRef]));
  const partIds = new Set(parts.map((p) => p.ref));
  const map: MapGraph = { groups: [{ id: s.ref, label: s.label, ref: s.ref }], nodes: [], edges: [] };
  if (parts.length > MAX_SYSTEM_PARTS) {
    for (const kind of ['component', 'api', 'resource'] as const) {
      const n = parts.filter((p) => p.kind === kind).length;
      if (n) map.nodes.push({ id: `${s.ref}#${kind}`, label: plural(n, kind === 'api' ? 'API' : kind), detail: `${kindNoun(kind, true)} of ${s.label}`, group: s.ref });
    }
    map.note = `${parts.length} parts are too many to draw one by one: they are counted by kind and listed below.`;
  } else {
    for (const p of parts) map.nodes.push({ id: p.ref, ref: p.ref, label: displayName(p), detail: [kindNoun(p.kind), p.type].filter(Boolean).join(' · '), group: s.ref });
    for (const p of parts) {
      for (const api of p.relations.consumesApi ?? []) if (partIds.has(api)) map.edges.push({ from: p.ref, to: api, label: 'consumes' });
      for (const api of p.relations.providesApi ?? []) if (partIds.has(api)) map.edges.push({ from: p.ref, to: api, label: 'provides' });
      for (const dep of p.relations.dependsOn ?? []) if (partIds.has(dep)) map.edges.push({ from: p.ref, to: dep, label: 'depends on' });
    }
  }
  if (map.nodes.length === 0) {
    map.groups = [];
    map.nodes.push({ id: s.ref, ref: s.ref, label: s.label, detail: 'System · no parts in the catalog', focus: true });
  }
  if (out.more) map.note = [map.note, `${out.more} more connected systems are not drawn.`].filter(Boolean).join(' ');
  map.nodes.push(...out.nodes);
  map.edges.push(...out.edges);
  return capEdges(map);
}

/** An author's hand-picked map: the entities named and the relations among them (at most MAX_PICKED). */
export function pickedMap(refs: readonly string[], byRef: ReadonlyMap<string, CatalogEntity>): MapGraph {
  const picked = [...new Set(refs)].map((r) => byRef.get(r)).filter((e): e is CatalogEntity => e !== undefined).slice(0, MAX_PICKED);
  const ids = new Set(picked.map((e) => e.ref));
  const edges: MapEdge[] = [];
  const REL: [keyof CatalogEntity['relations'], string][] = [
    ['consumesApi', 'consumes'],
    ['providesApi', 'provides'],
    ['dependsOn', 'depends on'],
    ['hasPart', 'has part'],
  ];
  for (const e of picked) for (const [rel, label] of REL) for (const t of e.relations[rel] ?? []) if (ids.has(t)) edges.push({ from: e.ref, to: t, label });
  return {
    groups: [],
    nodes: picked.map((e) => ({ id: e.ref, ref: e.ref, label: displayName(e), detail: [kindNoun(e.kind), e.type].filter(Boolean).join(' · ') })),
    edges,
  };
}
