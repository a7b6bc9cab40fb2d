/**
 * A map's relations as a list: what the page shows below the SVG (the accessible fallback,
 * and what a phone reader scans) and what the page's Markdown twin says, from one
 * definition so the two cannot disagree. An edge's end may be a node or the box a map is
 * about (a system map joins the systems around it to the system's box).
 */
import type { MapGraph } from './system-map.ts';

/** One box of the list: a node, with the box it is drawn in. */
export interface ListedNode {
  label: string;
  ref?: string;
  detail: string;
  /** The label of the box it is in, e.g. the domain's name. */
  inGroup?: string;
}

/** One connection of the list: `from` uses `to`. */
export interface ListedEdge {
  from: { label: string; ref?: string };
  to: { label: string; ref?: string };
  label: string;
}

/** The list of a map. */
export interface MapListing {
  nodes: ListedNode[];
  edges: ListedEdge[];
}

/** The nodes and connections of `map`, in the map's order. */
export function mapListing(map: MapGraph): MapListing {
  const groups = new Map(map.groups.map((g) => [g.id, g]));
  const ends = new Map<string, { label: string; ref?: string }>();
  for (const g of map.groups) ends.set(g.id, { label: g.label, ...(g.ref ? { ref: g.ref } : {}) });
  for (const n of map.nodes) ends.set(n.id, { label: n.label, ...(n.ref ? { ref: n.ref } : {}) });
  const nodes = map.nodes.map((n): ListedNode => {
    const inGroup = n.group ? groups.get(n.group)?.label : undefined;
    return { label: n.label, ...(n.ref ? { ref: n.ref } : {}), detail: n.detail, ...(inGroup ? { inGroup } : {}) };
  });
  const edges: ListedEdge[] = [];
  for (const e of map.edges) {
    const from = ends.get(e.from);
    const to = ends.get(e.to);
    if (from && to) edges.push({ from, to, label: e.label });
  }
  return { nodes, edges };
}
