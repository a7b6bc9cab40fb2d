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

/** Lays out `map` (deterministic for the same input). */
export async function layoutMap(map: MapGraph): Promise<MapLayout> {
  elk ??= new ELK();
  const nodeIds = new Set(map.nodes.map((n) => n.id));
  const groups = map.groups.filter((g) => map.nodes.some((n) => n.group === g.id));
  const leaf = (n: MapNode): ElkNode => ({ id: n.id, width: nodeWidth(n), height: MAP_METRICS.nodeHeight });
  const edges: ElkExtendedEdge[] = map.edges
    .filter((e) => nodeIds.has(e.from) && nodeIds.has(e.to))
    .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to], labels: e.label ? [{ text: e.label, width: Math.round(e.label.length * MAP_METRICS.edgeLabelChar + 8), height: 16 }] : [] }));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
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
    },
    children: [
      ...groups.map((g) => ({
        id: `group:${g.id}`,
        layoutOptions: { 'elk.padding': `[top=${MAP_METRICS.groupHeader + 8},left=12,bottom=12,right=12]` },
        children: map.nodes.filter((n) => n.group === g.id).map(leaf),
      })),
      ...map.nodes.filter((n) => !n.group || !groups.some((g) => g.id === n.group)).map(leaf),
    ],
    edges,
  };
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
