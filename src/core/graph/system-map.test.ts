import { describe, expect, it } from 'vitest';
import { testEntity } from '../model/test-entity.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { buildSystemGraph, domainMap, edgeText, MAX_MAP_EDGES, MAX_ORG_SYSTEMS, MAX_SYSTEM_PARTS, orgMap, pickedMap, systemMap } from './system-map.ts';
import { layoutMap } from './map-layout.ts';
import { renderMapSvg } from './map-svg.ts';
import { mapListing } from './map-list.ts';
import { elkGraphOf } from './map-layout.ts';
import { checkMapComponents, attributeRefs } from './map-check.ts';

const sys = (name: string, domain?: string) => testEntity({ kind: 'system', name, ...(domain ? { domain: `domain:default/${domain}` } : {}) });
const comp = (name: string, system: string, relations: CatalogEntity['relations'] = {}) => testEntity({ name, system: `system:default/${system}`, relations });
const api = (name: string, system: string) => testEntity({ kind: 'api', name, system: `system:default/${system}` });

const org: CatalogEntity[] = [
  testEntity({ kind: 'domain', name: 'commerce' }),
  testEntity({ kind: 'domain', name: 'finance' }),
  sys('shop', 'commerce'),
  sys('pay', 'commerce'),
  sys('ledger', 'finance'),
  comp('web', 'shop', { consumesApi: ['api:default/pay-api', 'api:default/refund-api'], dependsOn: ['component:default/paysvc'] }),
  comp('paysvc', 'pay', { providesApi: ['api:default/pay-api'], dependsOn: ['component:default/ledgersvc'] }),
  api('pay-api', 'pay'),
  api('refund-api', 'pay'),
  comp('ledgersvc', 'ledger'),
  testEntity({ name: 'orphan' }),
];

describe('buildSystemGraph', () => {
  it('aggregates relations between systems from their parts: APIs consumed and dependencies, one edge per pair', () => {
    const g = buildSystemGraph(org);
    expect(g.edges).toEqual([
      { from: 'system:default/pay', to: 'system:default/ledger', apis: [], dependsOn: 1 },
      { from: 'system:default/shop', to: 'system:default/pay', apis: ['api:default/pay-api', 'api:default/refund-api'], dependsOn: 1 },
    ]);
    expect(g.systems.find((s) => s.ref === 'system:default/pay')?.parts).toEqual({ component: 1, api: 2, resource: 0 });
    expect(g.domains.map((d) => [d.ref, d.systems])).toEqual([
      ['domain:default/commerce', ['system:default/pay', 'system:default/shop']],
      ['domain:default/finance', ['system:default/ledger']],
    ]);
    expect(g.withoutSystem).toBe(1);
  });

  it('says what an edge carries in words', () => {
    expect(edgeText({ apis: ['a', 'b'], dependsOn: 1 })).toBe('2 APIs, 1 dependency');
    expect(edgeText({ apis: ['a'], dependsOn: 0 })).toBe('1 API');
  });
});

describe('slices', () => {
  it('draws the organisation as domains around systems while it is small', () => {
    const m = orgMap(buildSystemGraph(org));
    expect(m.groups.map((g) => g.id)).toEqual(['domain:default/commerce', 'domain:default/finance']);
    expect(m.nodes.map((n) => [n.id, n.group])).toContainEqual(['system:default/shop', 'domain:default/commerce']);
    expect(m.edges).toContainEqual({ from: 'system:default/shop', to: 'system:default/pay', label: '2 APIs, 1 dependency', weight: 3 });
  });

  it('folds a large organisation to domains with counts, never one node per system', () => {
    const many: CatalogEntity[] = [testEntity({ kind: 'domain', name: 'd1' }), testEntity({ kind: 'domain', name: 'd2' })];
    for (let i = 0; i < 500; i++) many.push(sys(`s${i}`, i % 2 ? 'd1' : 'd2'), comp(`c${i}`, `s${i}`, i % 2 ? { dependsOn: [`component:default/c${i - 1}`] } : {}));
    const m = orgMap(buildSystemGraph(many));
    expect(m.nodes.length).toBe(2);
    expect(m.nodes[0]).toMatchObject({ id: 'domain:default/d1', detail: 'Domain · 250 systems, 250 components' });
    expect(m.edges).toEqual([{ from: 'domain:default/d1', to: 'domain:default/d2', label: '250 dependencies', weight: 250 }]);
    expect(m.note).toContain(`500 systems are too many`);
    expect(MAX_ORG_SYSTEMS).toBeLessThan(500);
  });

  it('draws at most MAX_MAP_EDGES edges, the strongest, and says how many there were', () => {
    const many: CatalogEntity[] = [];
    for (let i = 0; i < 40; i++) many.push(sys(`s${i}`), comp(`c${i}`, `s${i}`, { dependsOn: Array.from({ length: 40 }, (_, j) => `component:default/c${j}`).filter((r) => r !== `component:default/c${i}`).slice(0, i % 3 === 0 ? 39 : 3) }));
    const g = buildSystemGraph(many);
    expect(g.edges.length).toBeGreaterThan(MAX_MAP_EDGES);
    const m = orgMap(g);
    expect(m.edges).toHaveLength(MAX_MAP_EDGES);
    expect(m.note).toBe(`The ${MAX_MAP_EDGES} strongest of ${g.edges.length} connections are drawn; /catalog/map.json has them all.`);
  });

  it("draws a domain's systems and the systems outside it they connect to", () => {
    const m = domainMap(buildSystemGraph(org), 'domain:default/commerce');
    expect(m?.nodes.map((n) => [n.id, n.group])).toEqual([
      ['system:default/pay', 'domain:default/commerce'],
      ['system:default/shop', 'domain:default/commerce'],
      ['system:default/ledger', 'outside'],
    ]);
    expect(m?.edges.map((e) => `${e.from} > ${e.to}`)).toEqual(['system:default/shop > system:default/pay', 'system:default/pay > system:default/ledger']);
  });

  it("draws a system's parts and its neighbours, and folds more than MAX_SYSTEM_PARTS by kind", () => {
    const g = buildSystemGraph(org);
    const small = systemMap(g, 'system:default/pay', org);
    expect(small?.nodes.map((n) => n.id)).toEqual(['api:default/pay-api', 'api:default/refund-api', 'component:default/paysvc', 'system:default/ledger', 'system:default/shop']);
    expect(small?.edges).toContainEqual({ from: 'component:default/paysvc', to: 'api:default/pay-api', label: 'provides' });
    const big = [...org];
    for (let i = 0; i < MAX_SYSTEM_PARTS; i++) big.push(comp(`extra${i}`, 'pay'));
    const folded = systemMap(buildSystemGraph(big), 'system:default/pay', big);
    expect(folded?.nodes.filter((n) => n.group === 'system:default/pay').map((n) => n.label)).toEqual(['41 components', '2 APIs']);
    expect(folded?.note).toContain('43 parts are too many');
    // The neighbours stay joined to the system when its parts are folded.
    expect(folded?.edges.map((e) => `${e.from} > ${e.to}`)).toEqual(['system:default/pay > system:default/ledger', 'system:default/shop > system:default/pay']);
  });

  it("joins the systems around a system to the system's box, so its layout is one box at a time", () => {
    const m = systemMap(buildSystemGraph(org), 'system:default/pay', org) as NonNullable<ReturnType<typeof systemMap>>;
    expect(m.edges.filter((e) => e.from === 'system:default/pay' || e.to === 'system:default/pay').map((e) => `${e.from} > ${e.to} (${e.label})`)).toEqual([
      'system:default/pay > system:default/ledger (1 dependency)',
      'system:default/shop > system:default/pay (2 APIs, 1 dependency)',
    ]);
    expect(m.nodes.find((n) => n.id === 'system:default/ledger')?.group).toBeUndefined();
    expect(elkGraphOf(m).layoutOptions?.['elk.hierarchyHandling']).toBe('SEPARATE_CHILDREN');
    // A domain map's edges reach into the domain's box: the whole hierarchy is laid out at once.
    expect(elkGraphOf(domainMap(buildSystemGraph(org), 'domain:default/commerce') as NonNullable<ReturnType<typeof domainMap>>).layoutOptions?.['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
  });

  it('lists the same boxes and connections as the map draws, the system box included', () => {
    const m = systemMap(buildSystemGraph(org), 'system:default/pay', org) as NonNullable<ReturnType<typeof systemMap>>;
    const list = mapListing(m);
    expect(list.nodes.map((n) => `${n.label} · ${n.inGroup ?? '-'}`)).toEqual(['pay-api · pay', 'refund-api · pay', 'paysvc · pay', 'ledger · -', 'shop · -']);
    expect(list.edges.map((e) => `${e.from.label} > ${e.to.label}`)).toEqual(['paysvc > pay-api', 'pay > ledger', 'shop > pay']);
    expect(list.edges[1]?.from.ref).toBe('system:default/pay');
  });

  it('draws picked entities and the relations among them only', () => {
    const byRef = new Map(org.map((e) => [e.ref, e]));
    const m = pickedMap(['component:default/web', 'api:default/pay-api', 'component:default/nope'], byRef);
    expect(m.nodes.map((n) => n.id)).toEqual(['component:default/web', 'api:default/pay-api']);
    expect(m.edges).toEqual([{ from: 'component:default/web', to: 'api:default/pay-api', label: 'consumes' }]);
  });
});

describe('layout and SVG', () => {
  it('lays a map out with every node and edge placed, and draws it with links, names as text and no script', async () => {
    const m = orgMap(buildSystemGraph(org));
    const l = await layoutMap(m);
    expect(l.nodes).toHaveLength(3);
    expect(l.edges.every((e) => e.points.length >= 2)).toBe(true);
    // Each edge starts on the box of its source and ends on the box of its target (coordinates in one space).
    const box = (id: string) => l.nodes.find((n) => n.id === id) as (typeof l.nodes)[number];
    const on = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) => p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
    for (const e of l.edges) {
      expect(on(e.points[0] as { x: number; y: number }, box(e.from)), `${e.from} start`).toBe(true);
      expect(on(e.points[e.points.length - 1] as { x: number; y: number }, box(e.to)), `${e.to} end`).toBe(true);
    }
    for (const n of l.nodes) for (const g of l.groups.filter((x) => x.id === n.group)) expect(n.x >= g.x && n.x + n.width <= g.x + g.width).toBe(true);
    const svg = renderMapSvg(l, { idPrefix: 't', title: 'Map <of> things', hrefOf: (r) => `/x/${r}/` });
    expect(svg).toMatch(/^<svg class="wf-map-svg" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/\swidth="\d+" height="\d+" role/);
    expect(svg).toContain('<title id="t-title">Map &lt;of&gt; things</title>');
    expect(svg).toContain('<a class="wf-map-node" href="/x/system:default/shop/">');
    expect(svg).toContain('>2 APIs, 1 dependency</text>');
    expect(svg).not.toMatch(/<script|\son\w+=/);
  });

  it("lays a system map out with the neighbours' edges ending on the system's box", async () => {
    const m = systemMap(buildSystemGraph(org), 'system:default/pay', org) as NonNullable<ReturnType<typeof systemMap>>;
    const l = await layoutMap(m);
    const sysBox = l.groups.find((g) => g.id === 'system:default/pay') as (typeof l.groups)[number];
    const ledger = l.nodes.find((n) => n.id === 'system:default/ledger') as (typeof l.nodes)[number];
    const on = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) => p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
    const e = l.edges.find((x) => x.from === 'system:default/pay' && x.to === 'system:default/ledger');
    expect(e?.points.length).toBeGreaterThanOrEqual(2);
    expect(on(e?.points[0] as { x: number; y: number }, sysBox)).toBe(true);
    expect(on(e?.points.at(-1) as { x: number; y: number }, ledger)).toBe(true);
    // Parts are inside their box, in root coordinates.
    for (const n of l.nodes.filter((x) => x.group === 'system:default/pay')) expect(n.x >= sysBox.x && n.x + n.width <= sysBox.x + sysBox.width && n.y >= sysBox.y).toBe(true);
    const inner = l.edges.find((x) => x.from === 'component:default/paysvc');
    expect(on(inner?.points[0] as { x: number; y: number }, l.nodes.find((n) => n.id === 'component:default/paysvc') as (typeof l.nodes)[number])).toBe(true);
  });
});

describe('checkMapComponents', () => {
  it('is an error at the line of an unknown ref, with the nearest name', () => {
    const text = "---\ntitle: x\n---\n\nimport SystemMap from 'wayfinder/components/SystemMap.astro';\n\n<SystemMap system=\"shp\" />\n\n<EntityMap entities={['component:web', \"api:pay-apy\"]} />\n";
    expect(checkMapComponents(text, 'docs/x.mdx', org).map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message} (${d.hint})`)).toEqual([
      '7:1 error docs/map-unknown-ref <SystemMap> names "shp", which is not in the catalog (did you mean "system:shop"?)',
      '9:1 error docs/map-unknown-ref <EntityMap> names "api:pay-apy", which is not in the catalog (did you mean "api:pay-api"?)',
    ]);
  });

  it('accepts refs that are in the catalog, and warns about an expression it cannot read', () => {
    expect(checkMapComponents('<SystemMap system="system:pay" />\n<DomainMap domain="commerce" />', 'x.mdx', org)).toEqual([]);
    expect(checkMapComponents('<EntityMap entities={refs} />', 'x.mdx', org).map((d) => d.code)).toEqual(['docs/map-ref-unchecked']);
    expect(attributeRefs({ type: 'mdxJsxAttributeValueExpression', value: '["a", \'b\']' })).toEqual(['a', 'b']);
  });
});
