/**
 * Lays out a map (system-map.ts) with ELK, the layered layout engine Mermaid uses, at
 * build time: nodes sized to their labels, group boxes (domains) as compound nodes, edges
 * routed orthogonally with their labels placed by ELK. Top to bottom, so a map is
 * narrower than it is tall and fits a column. elk.bundled.js runs without a worker.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { MapGraph, MapNode } from './system-map.ts';

/** A node with its place. */
export interface LaidNode extends MapNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A group box with its place. */
export interface LaidGroup {
  id: string;
  label: string;
  ref?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An edge as a polyline, with its label's place. */
export interface LaidEdge {
  from: string;
  to: string;
  label: string;
  points: { x: number; y: number }[];
  labelAt?: { x: number; y: number; width: number; height: number };
}

/** A laid-out map. */
export interface MapLayout {
  width: number;
  height: number;
  nodes: LaidNode[];
  groups: LaidGroup[];
  edges: LaidEdge[];
}

/** Sizes of the drawing, shared with map-svg.ts. */
export const MAP_METRICS = { nodeHeight: 46, labelChar: 7.4, detailChar: 6.1, minNodeWidth: 120, maxNodeWidth: 240, edgeLabelChar: 6.2, groupHeader: 26 } as const;

/** The width a node needs for its two lines (capped; longer text is shortened when drawn). */
export function nodeWidth(n: Pick<MapNode, 'label' | 'detail'>): number {
  const need = Math.max(n.label.length * MAP_METRICS.labelChar, n.detail.length * MAP_METRICS.detailChar) + 24;
  return Math.round(Math.min(MAP_METRICS.maxNodeWidth, Math.max(MAP_METRICS.minNodeWidth, need)));
}

let elk: InstanceType<typeof ELK> | undefined;

/** Above this many edges a map is laid out with ELK's cheaper crossing minimisation (measured: a third of the time on 40 edges, same area). */
export const CHEAP_LAYOUT_EDGES = 20;

/**
 * The ELK graph of a map. Where no edge reaches into a group box from outside it (a system
 * map: its parts inside, its neighbours joined to the box itself), each box is laid out on
 * its own and then placed as one node (SEPARATE_CHILDREN), which costs a fraction of laying
 * out the whole hierarchy at once (INCLUDE_CHILDREN, needed when edges cross a box's border).
 */
export function elkGraphOf(map: MapGraph): ElkNode {
  const groups = map.groups.filter((g) => map.nodes.some((n) => n.group === g.id));
  const groupIds = new Set(groups.map((g) => g.id));
  const groupOf = new Map(map.nodes.map((n) => [n.id, n.group && groupIds.has(n.group) ? n.group : undefined]));
  // An edge's end: a node, or a group box (an edge to the system a map is about).
  const endOf = (id: string): string | undefined => (groupIds.has(id) ? `group:${id}` : groupOf.has(id) ? id : undefined);
  const leaf = (n: MapNode): ElkNode => ({ id: n.id, width: nodeWidth(n), height: MAP_METRICS.nodeHeight });
  const edges: ElkExtendedEdge[] = [];
  const inGroup = new Map<string, ElkExtendedEdge[]>();
  let crossing = false;
  map.edges.forEach((e, i) => {
    const from = endOf(e.from);
    const to = endOf(e.to);
    if (!from || !to) return;
    const elkEdge: ElkExtendedEdge = { id: `e${i}`, sources: [from], targets: [to], labels: e.label ? [{ text: e.label, width: Math.round(e.label.length * MAP_METRICS.edgeLabelChar + 8), height: 16 }] : [] };
    const gFrom = groupOf.get(e.from);
    const gTo = groupOf.get(e.to);
    if (gFrom && gFrom === gTo) inGroup.set(gFrom, [...(inGroup.get(gFrom) ?? []), elkEdge]);
    else {
      if (gFrom || gTo) crossing = true;
      edges.push(elkEdge);
    }
  });
  const cheap: Record<string, string> = map.edges.length > CHEAP_LAYOUT_EDGES ? { 'elk.layered.thoroughness': '1' } : {};
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': crossing ? 'INCLUDE_CHILDREN' : 'SEPARATE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.aspectRatio': '0.8',
      // Every edge point and label in root coordinates, wherever ELK puts the edge.
      'elk.json.edgeCoords': 'ROOT',
      ...cheap,
    },
    children: [
      ...groups.map((g) => ({
        id: `group:${g.id}`,
        layoutOptions: { 'elk.padding': `[top=${MAP_METRICS.groupHeader + 8},left=12,bottom=12,right=12]`, ...(crossing ? {} : { 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.aspectRatio': '0.8' }) },
        children: map.nodes.filter((n) => n.group === g.id).map(leaf),
        edges: inGroup.get(g.id) ?? [],
      })),
      ...map.nodes.filter((n) => !groupOf.get(n.id)).map(leaf),
    ],
    edges,
  };
}

/** Lays out `map` (deterministic for the same input). */
export async function layoutMap(map: MapGraph): Promise<MapLayout> {
  elk ??= new ELK();
  const groups = map.groups.filter((g) => map.nodes.some((n) => n.group === g.id));
  const graph = elkGraphOf(map);
  const laid = await elk.layout(graph);
  const nodes: LaidNode[] = [];
  const laidGroups: LaidGroup[] = [];
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  for (const c of laid.children ?? []) {
    if (c.id.startsWith('group:')) {
      const g = groups.find((x) => `group:${x.id}` === c.id);
      if (g) laidGroups.push({ ...g, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
      for (const k of c.children ?? []) nodes.push({ ...(byId.get(k.id) as MapNode), x: (c.x ?? 0) + (k.x ?? 0), y: (c.y ?? 0) + (k.y ?? 0), width: k.width ?? 0, height: k.height ?? 0 });
    } else nodes.push({ ...(byId.get(c.id) as MapNode), x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 });
  }
  // ELK may move an edge into the group that holds both its ends; its points are in root coordinates (edgeCoords above).
  const allEdges: ElkExtendedEdge[] = [...(laid.edges ?? []), ...(laid.children ?? []).flatMap((c) => c.edges ?? [])];
  const laidEdges: LaidEdge[] = [];
  for (const e of allEdges) {
    const src = map.edges[Number(e.id.slice(1))];
    if (!src) continue;
    const points = (e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]).map((p) => ({ x: p.x, y: p.y }));
    const l = e.labels?.[0];
    const edge: LaidEdge = { ...src, points };
    if (l && l.x !== undefined && l.y !== undefined) edge.labelAt = { x: l.x, y: l.y, width: l.width ?? 0, height: l.height ?? 0 };
    laidEdges.push(edge);
  }
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, groups: laidGroups, edges: laidEdges };
}
