import { facetIndexPath, facetPath, pagePath } from '../../urls.ts';
import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  decodeIndex,
  encodeIndex,
  facetCounts,
  facetGroups,
  facetKeys,
  facetLabels,
  facetValueLabel,
  filtersToQuery,
  matchRows,
  naturalCompare,
  orderFacetValues,
  pageWindow,
  paginate,
  parseFilters,
  refKeyOf,
  sortRows,
  textKey,
  toDirectoryRow,
  topValues,
  type DirectoryRow,
} from './directory.ts';
import { testEntity } from '../../model/test-entity.ts';
import type { CatalogEntity } from '../../model/entity.ts';

const row = (ref: string, extra: Partial<DirectoryRow> = {}): DirectoryRow => {
  const [kind, rest] = ref.split(':') as [DirectoryRow['kind'], string];
  const [namespace, name] = rest.split('/') as [string, string];
  return { ref: ref.toLowerCase(), kind, namespace, name, tags: [], ...extra };
};

const PAY = 'group:default/payments-team';
const SHIP = 'group:default/shipping-team';
const rows: DirectoryRow[] = [
  row('user:default/ana.lima'),
  row('group:default/payments-team', { title: 'Payments', chat: '#payments' }),
  row('system:default/payments', { owner: PAY }),
  row('api:default/payments-api', { owner: PAY, system: 'system:default/payments', lifecycle: 'production', tags: ['rest', 'openapi'] }),
  row('component:default/payments-service', { owner: PAY, system: 'system:default/payments', lifecycle: 'production', tier: 1, tags: ['java', 'pci'], type: 'service' }),
  row('component:default/ledger-service', { owner: PAY, system: 'system:default/payments', lifecycle: 'production', tier: 1, tags: ['java'] }),
  row('component:default/legacy-deployer', { owner: 'group:default/platform-team', lifecycle: 'deprecated', tier: 3, tags: ['groovy'] }),
  row('component:default/tracking-service', { owner: SHIP, system: 'system:default/shipment-tracking', lifecycle: 'production', tier: 2, tags: ['go'] }),
  row('resource:default/orders-db', { owner: PAY, system: 'system:default/payments', tier: 1, tags: ['postgres'] }),
  row('component:ops/Zeta-tool', { owner: 'user:default/ana.lima', lifecycle: 'experimental' }),
];
const labels = new Map([
  [PAY, 'Payments'],
  [SHIP, 'Shipping & Tracking'],
]);
const index = buildIndex(rows, (r) => labels.get(r));
const names = (positions: number[]) => positions.map((i) => index.rows[i]!.name);

describe('directory sort', () => {
  it('sorts by kind in a fixed order (Component, API, Resource, System, Domain, Group, User, Location), then name', () => {
    expect(sortRows(rows).map((r) => `${r.kind}:${r.name}`)).toEqual([
      'component:ledger-service',
      'component:legacy-deployer',
      'component:payments-service',
      'component:tracking-service',
      'component:Zeta-tool',
      'api:payments-api',
      'resource:orders-db',
      'system:payments',
      'group:payments-team',
      'user:ana.lima',
    ]);
  });

  it('sorts numbers in names by value, the same way everywhere', () => {
    const named = ['api-10', 'api-9', 'api-100', 'api-9b', 'api', 'api-a'].map((n) => row(`api:default/${n}`));
    expect(sortRows(named).map((r) => r.name)).toEqual(['api', 'api-9', 'api-9b', 'api-10', 'api-100', 'api-a']);
    expect(naturalCompare('a2', 'a2')).toBe(0);
    expect(naturalCompare('a9', 'a09')).toBeLessThan(0);
    expect(naturalCompare('a09', 'a9')).toBeGreaterThan(0);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortRows(rows);
    expect(rows).toEqual(copy);
  });
});

describe('facet keys', () => {
  it('uses the bare name for the usual kind in the default namespace, and unambiguous keys otherwise', () => {
    expect(refKeyOf(PAY, 'group')).toBe('payments-team');
    expect(refKeyOf('user:default/ana.lima', 'group')).toBe('user~ana.lima');
    expect(refKeyOf('group:ops/payments-team', 'group')).toBe('group~ops~payments-team');
    expect(refKeyOf('system:default/payments', 'system')).toBe('payments');
  });

  it('keeps simple text values and escapes everything else so keys are unique, safe path segments', () => {
    expect(textKey('production')).toBe('production');
    expect(textKey('c++')).toBe('c~2b~~2b~');
    expect(textKey('c#')).not.toBe(textKey('c'));
    expect(textKey('Beta')).not.toBe(textKey('beta'));
    expect(textKey('..')).not.toContain('..');
    for (const v of ['a/b', 'a b', '..', 'x~y', 'ünï']) expect(textKey(v)).toMatch(/^[a-z0-9._~-]+$/);
  });

  it('gives each row its keys per facet', () => {
    const ps = rows.find((r) => r.name === 'payments-service')!;
    expect(facetKeys(ps, 'kind')).toEqual(['component']);
    expect(facetKeys(ps, 'owner')).toEqual(['payments-team']);
    expect(facetKeys(ps, 'system')).toEqual(['payments']);
    expect(facetKeys(ps, 'tier')).toEqual(['1']);
    expect(facetKeys(ps, 'tag')).toEqual(['java', 'pci']);
    expect(facetKeys(rows[0]!, 'owner')).toEqual([]);
  });
});

describe('facets and counts', () => {
  it('groups every row under each of its values, once per facet', () => {
    const g = facetGroups(index);
    expect(names(g.owner.get('payments-team')!)).toEqual(['ledger-service', 'payments-service', 'payments-api', 'orders-db', 'payments']);
    expect(names(g.tag.get('java')!)).toEqual(['ledger-service', 'payments-service']);
    expect(g.kind.get('component')!.length).toBe(5);
    // every row is in exactly one kind
    expect([...g.kind.values()].reduce((n, l) => n + l.length, 0)).toBe(rows.length);
  });

  it('counts every value with no filter', () => {
    const c = facetCounts(index, {});
    expect(c.owner.get('payments-team')).toBe(5);
    expect(c.owner.get('user~ana.lima')).toBe(1);
    expect(c.tier.get('1')).toBe(3);
    expect(c.lifecycle.get('production')).toBe(4);
  });

  it("counts what each choice would give, keeping the other facets and ignoring the facet's own choice", () => {
    const c = facetCounts(index, { owner: 'payments-team', kind: 'component' });
    // owner counts ignore the owner filter but keep kind=component
    expect(c.owner.get('payments-team')).toBe(2);
    expect(c.owner.get('shipping-team')).toBe(1);
    expect(c.owner.get('platform-team')).toBe(1);
    // kind counts ignore the kind filter but keep owner=payments-team
    expect(c.kind.get('component')).toBe(2);
    expect(c.kind.get('api')).toBe(1);
    expect(c.kind.get('system')).toBe(1);
    // other facets count rows matching both
    expect(c.tag.get('java')).toBe(2);
    expect(c.tag.get('go')).toBeUndefined();
  });

  it('applies free text to counts', () => {
    const c = facetCounts(index, { q: 'ledger' });
    expect(c.kind.get('component')).toBe(1);
    expect(c.kind.get('api')).toBeUndefined();
  });
});

describe('filtering', () => {
  it('combines facets with AND', () => {
    expect(names(matchRows(index, { owner: 'payments-team' }))).toEqual(['ledger-service', 'payments-service', 'payments-api', 'orders-db', 'payments']);
    expect(names(matchRows(index, { owner: 'payments-team', kind: 'component' }))).toEqual(['ledger-service', 'payments-service']);
    expect(names(matchRows(index, { owner: 'payments-team', kind: 'component', tag: 'pci' }))).toEqual(['payments-service']);
    expect(names(matchRows(index, { owner: 'payments-team', kind: 'group' }))).toEqual([]);
    expect(names(matchRows(index, { tier: '1', system: 'payments' }))).toEqual(['ledger-service', 'payments-service', 'orders-db']);
    expect(names(matchRows(index, { lifecycle: 'deprecated' }))).toEqual(['legacy-deployer']);
  });

  it('matches every text term anywhere in name, title, type, tags, owner and system (case-insensitive)', () => {
    expect(names(matchRows(index, { q: 'PAYMENTS service' }))).toEqual(['ledger-service', 'payments-service']);
    expect(names(matchRows(index, { q: 'groovy' }))).toEqual(['legacy-deployer']);
    expect(names(matchRows(index, { q: 'tracking' }))).toEqual(['tracking-service']);
    expect(names(matchRows(index, { q: '  ' }))).toHaveLength(rows.length);
    expect(names(matchRows(index, { q: 'shipping &', kind: 'component' }))).toEqual(['tracking-service']);
  });

  it('matches nothing for an unknown value rather than everything', () => {
    expect(matchRows(index, { owner: 'nobody' })).toEqual([]);
  });
});

describe('URL query', () => {
  it('reads and writes filters in a fixed order, ignoring unknown keys', () => {
    const f = parseFilters('?tag=go&kind=component&utm=x&q=%20pay%20&owner=');
    expect(f).toEqual({ kind: 'component', tag: 'go', q: ' pay ' });
    expect(filtersToQuery(f)).toBe('?kind=component&tag=go&q=pay');
    expect(filtersToQuery({})).toBe('');
    expect(parseFilters(new URLSearchParams(filtersToQuery({ owner: 'user~ana.lima', q: 'a&b' }).slice(1)))).toEqual({ owner: 'user~ana.lima', q: 'a&b' });
  });
});

describe('pagination', () => {
  it('slices pages and clamps out-of-range pages', () => {
    expect(paginate(0, 50, 1)).toEqual({ page: 1, pages: 1, start: 0, end: 0 });
    expect(paginate(96, 50, 1)).toEqual({ page: 1, pages: 2, start: 0, end: 50 });
    expect(paginate(96, 50, 2)).toEqual({ page: 2, pages: 2, start: 50, end: 96 });
    expect(paginate(96, 50, 9)).toEqual({ page: 2, pages: 2, start: 50, end: 96 });
    expect(paginate(100, 50, 2).end).toBe(100);
    expect(paginate(10_000, 50, 1).pages).toBe(200);
  });

  it('covers every row exactly once across pages', () => {
    const total = 10_007;
    const seen: number[] = [];
    const { pages } = paginate(total, 50, 1);
    for (let p = 1; p <= pages; p++) {
      const { start, end } = paginate(total, 50, p);
      for (let i = start; i < end; i++) seen.push(i);
    }
    expect(seen).toEqual([...Array(total).keys()]);
  });

  it('names pages and keeps the page list short', () => {
    expect(facetPath('owner', 'payments-team')).toBe('/catalog/by/owner/payments-team/');
    expect(facetPath('system', 'payments')).not.toBe('/catalog/system/payments/');
    expect(facetIndexPath('tag')).toBe('/catalog/by/tag/');
    expect(pagePath('/catalog/', 1)).toBe('/catalog/');
    expect(pagePath('/catalog/by/owner/payments-team/', 3)).toBe('/catalog/by/owner/payments-team/page/3/');
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pageWindow(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('facet values', () => {
  it('orders kinds, tiers and lifecycles naturally and others by label', () => {
    expect(orderFacetValues('kind', ['user', 'api', 'component', 'group'])).toEqual(['component', 'api', 'group', 'user']);
    expect(orderFacetValues('tier', ['3', '1', '2'])).toEqual(['1', '2', '3']);
    expect(orderFacetValues('lifecycle', ['deprecated', 'zombie', 'production', 'experimental'])).toEqual(['experimental', 'production', 'deprecated', 'zombie']);
    const l = facetLabels(rows, (r) => labels.get(r));
    expect(orderFacetValues('owner', ['shipping-team', 'payments-team', 'user~ana.lima'], (k) => facetValueLabel('owner', k, l))).toEqual([
      'user~ana.lima',
      'payments-team',
      'shipping-team',
    ]);
  });

  it('labels values: kind labels, tiers, owner titles', () => {
    const l = facetLabels(rows, (r) => labels.get(r));
    expect(facetValueLabel('kind', 'api')).toBe('API');
    expect(facetValueLabel('tier', '1')).toBe('Tier 1');
    expect(facetValueLabel('owner', 'payments-team', l)).toBe('Payments');
    expect(facetValueLabel('owner', 'user~ana.lima', l)).toBe('ana.lima');
    expect(facetValueLabel('tag', 'java', l)).toBe('java');
  });

  it('picks the most used values first', () => {
    const c = facetCounts(index, {});
    expect(topValues(c.tag, 2)).toEqual(['java', 'go']);
  });
});

describe('rows from entities', () => {
  const entity = (over: Partial<CatalogEntity>): CatalogEntity => testEntity({ ref: 'component:default/x', name: 'x', ...over });
  const team = entity({ ref: PAY, kind: 'group', name: 'payments-team', chat: '#payments', chatUrl: 'https://chat/payments', oncall: 'https://oncall/payments' });
  const byRef = new Map([[PAY, team]]);

  it("falls back to the owner's chat and on-call", () => {
    const r = toDirectoryRow(entity({ owner: PAY, tier: 2, lifecycle: 'beta' }), byRef);
    expect(r).toMatchObject({ owner: PAY, tier: 2, lifecycle: 'beta', chat: '#payments', chatUrl: 'https://chat/payments', oncall: 'https://oncall/payments' });
  });

  it('prefers its own chat channel, as a pair with its own URL', () => {
    const r = toDirectoryRow(entity({ owner: PAY, chat: '#x-alerts' }), byRef);
    expect(r.chat).toBe('#x-alerts');
    expect(r.chatUrl).toBeUndefined();
    expect(r.oncall).toBe('https://oncall/payments');
  });
});

describe('the compact index', () => {
  const info = (ref: string) => ({ label: labels.get(ref) ?? ref.split('/')[1]!, hasPage: ref !== SHIP });

  it('round-trips rows', () => {
    const json = encodeIndex(index.rows, info);
    const decoded = decodeIndex(JSON.parse(JSON.stringify(json)));
    expect(decoded.rows).toEqual(index.rows);
    expect(decoded.refLabels.get(PAY)).toBe('Payments');
    expect(decoded.refHasPage.get(SHIP)).toBe(false);
  });

  it('stores shared strings once and each row as one short array', () => {
    const json = encodeIndex(index.rows, info);
    expect(json.owners.filter((o) => o[0] === PAY)).toHaveLength(1);
    expect(json.rows).toHaveLength(rows.length);
    expect(JSON.stringify(json.rows[0])).toMatch(/^\[/);
  });

  it('refuses an index of another version', () => {
    const json = { ...encodeIndex(index.rows, info), wayfinderDirectory: 99 };
    expect(() => decodeIndex(json)).toThrow(/version 99/);
  });
});

describe('owners that are not in the catalog (onBrokenRefs: warn)', () => {
  // Backstage's monorepo: owners are GitHub teams that no Group describes.
  const pos = { file: 'content/catalog/a.yaml', line: 9, column: 10 };
  const entities = [
    testEntity({ name: 'web', missingRefs: [{ path: 'spec.owner', ref: 'group:maintainers', pos }] }),
    testEntity({ name: 'cli', missingRefs: [{ path: 'spec.owner', ref: 'group:maintainers', pos }] }),
    testEntity({ name: 'db', kind: 'resource', missingRefs: [{ path: 'spec.owner', ref: 'user:ana', pos }] }),
    testEntity({ name: 'team', kind: 'group' }),
    testEntity({ name: 'lib', owner: 'group:default/team' }),
  ];
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const index = buildIndex(entities.map((e) => toDirectoryRow(e, byRef)));

  it('are the rows\' owners and facet values, beside owners in the catalog', () => {
    expect(index.rows.map((r) => [r.name, r.owner])).toEqual([
      ['cli', 'group:default/maintainers'],
      ['lib', 'group:default/team'],
      ['web', 'group:default/maintainers'],
      ['db', 'user:default/ana'],
      ['team', undefined],
    ]);
    const groups = facetGroups(index);
    expect([...groups.owner.keys()].sort()).toEqual(['maintainers', 'team', 'user~ana']);
    expect(groups.owner.get('maintainers')).toHaveLength(2);
  });

  it('are labelled "not in the catalog" wherever a facet value is shown', () => {
    const labels = facetLabels(index.rows, () => undefined, (ref) => byRef.has(ref));
    expect(facetValueLabel('owner', 'maintainers', labels)).toBe('maintainers (not in the catalog)');
    expect(facetValueLabel('owner', 'team', labels)).toBe('team');
  });
});
