import { describe, expect, it } from 'vitest';
import { capNodes, GRAPH_METRICS, layoutNeighbourhood, sortNodes, type GraphNodeInput } from './layout.ts';

const node = (name: string, relation = 'depends on'): GraphNodeInput => ({
  id: `component:default/${name}`,
  label: name,
  kind: 'Component',
  relations: [relation],
  href: `/catalog/component/${name}/`,
});
const center: GraphNodeInput = { id: 'component:default/payments-service', label: 'Payments service', kind: 'Component' };

describe('sortNodes', () => {
  it('sorts by label without regard to case, then id, and merges repeats of one id', () => {
    const sorted = sortNodes([node('beta'), node('Alpha'), node('beta', 'consumes'), node('gamma')]);
    expect(sorted.map((s) => s.label)).toEqual(['Alpha', 'beta', 'gamma']);
    expect(sorted[1]?.relations).toEqual(['depends on', 'consumes']);
  });
});

describe('capNodes', () => {
  it('keeps everything up to the cap', () => {
    expect(capNodes([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], hidden: 0 });
  });
  it('keeps cap - 1 and counts the rest, so the "+N more" node fits in the cap', () => {
    expect(capNodes([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], hidden: 3 });
  });
});

describe('layoutNeighbourhood', () => {
  it('puts upstream left, the entity in the middle and downstream right', () => {
    const layout = layoutNeighbourhood({ center, upstream: [node('orders-db'), node('auth-service')], downstream: [node('checkout-web')] });
    const byId = new Map(layout.nodes.map((n) => [n.label, n]));
    expect(byId.get('auth-service')?.column).toBe(0);
    expect(byId.get('Payments service')?.column).toBe(1);
    expect(byId.get('checkout-web')?.column).toBe(2);
    const xs = [0, 1, 2].map((c) => layout.nodes.find((n) => n.column === c)?.x ?? -1);
    expect(xs[0]).toBeLessThan(xs[1] as number);
    expect(xs[1]).toBeLessThan(xs[2] as number);
    // Sorted top to bottom within a column.
    expect((byId.get('auth-service')?.y ?? 0) < (byId.get('orders-db')?.y ?? 0)).toBe(true);
    // One edge per neighbour, left to right.
    expect(layout.edges).toHaveLength(3);
    for (const e of layout.edges) expect(e.x1).toBeLessThan(e.x2);
    expect(layout.totals).toEqual({ upstream: 2, downstream: 1 });
  });

  it('keeps every node inside the drawing and without overlaps', () => {
    const layout = layoutNeighbourhood({ center, upstream: Array.from({ length: 6 }, (_, i) => node(`up-${i}`)), downstream: [] });
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(layout.top);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    const column = layout.nodes.filter((n) => n.column === 0).sort((a, b) => a.y - b.y);
    for (let i = 1; i < column.length; i++) {
      expect(column[i]!.y).toBeGreaterThanOrEqual(column[i - 1]!.y + GRAPH_METRICS.nodeHeight);
    }
  });

  it('collapses a hub into "+N more" linking to the relations list, whatever its size', () => {
    const downstream = Array.from({ length: 500 }, (_, i) => node(`consumer-${String(i).padStart(3, '0')}`, 'consumes'));
    const layout = layoutNeighbourhood({ center, upstream: [], downstream, cap: 8, moreHref: { downstream: '#used-by' } });
    const right = layout.nodes.filter((n) => n.column === 2);
    expect(right).toHaveLength(8);
    const more = right.at(-1);
    expect(more).toMatchObject({ role: 'more', label: '+493 more', hidden: 493, href: '#used-by' });
    expect(right.slice(0, 7).map((n) => n.label)).toEqual(downstream.slice(0, 7).map((n) => n.label));
    expect(layout.totals.downstream).toBe(500);
    // The drawing is as tall as 8 nodes, not 500.
    expect(layout.height).toBeLessThan(8 * (GRAPH_METRICS.nodeHeight + GRAPH_METRICS.rowGap) + 100);
  });

  it('draws an entity with no neighbours', () => {
    const layout = layoutNeighbourhood({ center, upstream: [], downstream: [] });
    expect(layout.nodes).toHaveLength(1);
    expect(layout.edges).toHaveLength(0);
  });
});
