/**
 * The layout of a dependency picture: one entity in the middle, what it uses on the left
 * and what uses it on the right, three columns. Each side is sorted and capped so a hub
 * with hundreds of neighbours stays legible: the rest collapse into one "+N more" node.
 * Pure and O(n log n) in the entity's neighbours; no layout engine.
 */

/** A node as the caller describes it. */
export interface GraphNodeInput {
  /** Unique key (the entity's refKey). */
  id: string;
  /** What the node says: the entity's display name. */
  label: string;
  /** The entity's kind as people read it: `Component`, `API`, ... */
  kind?: string;
  /** How it relates to the centre, e.g. `depends on`; repeats of one id are merged. */
  relations?: string[];
  /** The node's page (with base), when it has one. */
  href?: string;
}

/** What to lay out. */
export interface NeighbourhoodInput {
  center: GraphNodeInput;
  /** What the entity uses: depends on, consumes, is provided by. */
  upstream: readonly GraphNodeInput[];
  /** What uses the entity: depended on by, consumed by, provides. */
  downstream: readonly GraphNodeInput[];
  /** Most nodes drawn per side, the "+N more" node included (default 8, at least 2). */
  cap?: number;
  /** Where each side's "+N more" node links (the relations list). */
  moreHref?: { upstream?: string; downstream?: string };
}

/** Where a node sits. */
export type NodeRole = 'center' | 'upstream' | 'downstream' | 'more';

/** A node with its box, in SVG user units. */
export interface PlacedNode extends GraphNodeInput {
  role: NodeRole;
  /** 0 upstream, 1 center, 2 downstream. */
  column: 0 | 1 | 2;
  x: number;
  y: number;
  width: number;
  height: number;
  /** For a "+N more" node: how many neighbours it stands for. */
  hidden?: number;
}

/** A line between two placed nodes, from the left one to the right one. */
export interface PlacedEdge {
  from: string;
  to: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The finished layout. */
export interface GraphLayout {
  width: number;
  height: number;
  /** Top of the node area (below the column headings). */
  top: number;
  /** Centre x of each column, for headings. */
  columnCenters: [number, number, number];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Neighbours per side before capping. */
  totals: { upstream: number; downstream: number };
}

/** Sizes of the layout, in SVG user units. */
export const GRAPH_METRICS = {
  nodeWidth: 188,
  nodeHeight: 42,
  centerHeight: 54,
  rowGap: 8,
  columnGap: 52,
  pad: 4,
  headingHeight: 26,
} as const;

const DEFAULT_CAP = 8;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts by label (case-insensitive, English collation), then id; merges repeats of one id. */
export function sortNodes(nodes: readonly GraphNodeInput[]): GraphNodeInput[] {
  const byId = new Map<string, GraphNodeInput>();
  for (const n of nodes) {
    const seen = byId.get(n.id);
    if (!seen) byId.set(n.id, { ...n, relations: [...(n.relations ?? [])] });
    else for (const r of n.relations ?? []) if (!seen.relations?.includes(r)) (seen.relations ??= []).push(r);
  }
  return [...byId.values()].sort((a, b) => {
    const c = collator.compare(a.label, b.label);
    return c !== 0 ? c : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Keeps at most `cap` entries: `cap - 1` nodes and a count of the rest, or all of them. */
export function capNodes<T>(nodes: readonly T[], cap: number): { shown: T[]; hidden: number } {
  const limit = Math.max(2, Math.floor(cap));
  if (nodes.length <= limit) return { shown: [...nodes], hidden: 0 };
  return { shown: nodes.slice(0, limit - 1), hidden: nodes.length - (limit - 1) };
}

/** Lays out an entity and its direct neighbours in three columns. */
export function layoutNeighbourhood(input: NeighbourhoodInput): GraphLayout {
  const m = GRAPH_METRICS;
  const cap = input.cap ?? DEFAULT_CAP;
  const colX = [m.pad, m.pad + m.nodeWidth + m.columnGap, m.pad + 2 * (m.nodeWidth + m.columnGap)] as const;
  const top = m.pad + m.headingHeight;

  const sides = (['upstream', 'downstream'] as const).map((side) => {
    const sorted = sortNodes(input[side]);
    const { shown, hidden } = capNodes(sorted, cap);
    const entries: { node: GraphNodeInput; role: NodeRole; hidden?: number }[] = shown.map((node) => ({ node, role: side }));
    if (hidden > 0) {
      const more: GraphNodeInput = { id: `more:${side}`, label: `+${hidden} more`, relations: ['see the full list'] };
      const href = input.moreHref?.[side];
      if (href) more.href = href;
      entries.push({ node: more, role: 'more', hidden });
    }
    return { side, entries, total: sorted.length };
  });

  const columnHeight = (n: number): number => (n === 0 ? 0 : n * m.nodeHeight + (n - 1) * m.rowGap);
  const [up, down] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const body = Math.max(columnHeight(up.entries.length), columnHeight(down.entries.length), m.centerHeight);
  const height = top + body + m.pad;
  const width = colX[2] + m.nodeWidth + m.pad;

  const nodes: PlacedNode[] = [];
  const center: PlacedNode = {
    ...input.center,
    role: 'center',
    column: 1,
    x: colX[1],
    y: top + (body - m.centerHeight) / 2,
    width: m.nodeWidth,
    height: m.centerHeight,
  };
  nodes.push(center);
  const edges: PlacedEdge[] = [];
  const cy = center.y + center.height / 2;

  for (const { side, entries } of [up, down]) {
    const column = side === 'upstream' ? 0 : 2;
    let y = top + (body - columnHeight(entries.length)) / 2;
    for (const { node, role, hidden } of entries) {
      const placed: PlacedNode = { ...node, role, column, x: colX[column], y, width: m.nodeWidth, height: m.nodeHeight };
      if (hidden !== undefined) placed.hidden = hidden;
      nodes.push(placed);
      const ny = y + m.nodeHeight / 2;
      if (side === 'upstream') {
        edges.push({ from: placed.id, to: center.id, x1: placed.x + placed.width, y1: ny, x2: center.x, y2: cy });
      } else {
        edges.push({ from: center.id, to: placed.id, x1: center.x + center.width, y1: cy, x2: placed.x, y2: ny });
      }
      y += m.nodeHeight + m.rowGap;
    }
  }

  return {
    width,
    height,
    top,
    columnCenters: [colX[0] + m.nodeWidth / 2, colX[1] + m.nodeWidth / 2, colX[2] + m.nodeWidth / 2],
    nodes,
    edges,
    totals: { upstream: up.total, downstream: down.total },
  };
}
