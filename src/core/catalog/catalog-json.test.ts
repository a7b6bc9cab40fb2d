import { describe, expect, it } from 'vitest';
import { catalogJson, stringifyCatalogJson } from './catalog-json.ts';
import { testEntity } from '../model/test-entity.ts';
import type { CatalogEntity } from '../model/entity.ts';

const entity = (over: Partial<CatalogEntity> & Pick<CatalogEntity, 'ref' | 'kind' | 'name'>): CatalogEntity =>
  testEntity({ source: { file: 'content/catalog/x.yaml', line: 1, column: 1 }, ...over });

const team = entity({
  ref: 'group:default/payments-team',
  kind: 'group',
  name: 'payments-team',
  chat: '#payments',
  chatUrl: 'https://chat.example/payments',
  oncall: 'https://oncall.example/payments',
  profile: { email: 'payments@example.com' },
  escalation: [{ who: 'Payments on-call', how: 'Page', after: '0m', afterMinutes: 0, url: 'https://oncall.example/payments' }],
});
const service = entity({
  ref: 'component:default/payments-service',
  kind: 'component',
  name: 'payments-service',
  owner: team.ref,
  tier: 1,
  annotations: { 'wayfinder.dev/tier': '1', 'a.example/z': 'z' },
  relations: { dependsOn: ['resource:default/orders-db'], ownedBy: [team.ref] },
});
const api = entity({ ref: 'api:default/payments-api', kind: 'api', name: 'payments-api', owner: team.ref, chat: '#payments-api' });
const all = [team, service, api];
const byRef = new Map(all.map((e) => [e.ref, e]));
const options = { generated: '2026-11-23', urlOf: (e: CatalogEntity) => `https://handbook.example/${e.kind}/${e.name}/` };

describe('/catalog.json', () => {
  it('is versioned, dated and counted, with entities sorted by ref', () => {
    const doc = catalogJson(all, byRef, options);
    expect(doc.wayfinderCatalog).toBe(1);
    expect(doc.generated).toBe('2026-11-23');
    expect(doc.counts).toEqual({ entities: 3, byKind: { api: 1, component: 1, group: 1 } });
    expect(doc.entities.map((e) => e.ref)).toEqual(['api:default/payments-api', 'component:default/payments-service', 'group:default/payments-team']);
  });

  it('keeps the owner a descriptor declares when it is not in the catalog (onBrokenRefs: warn), and says so', () => {
    const orphan = entity({ ref: 'component:default/plugin-x', kind: 'component', name: 'plugin-x', missingRefs: [{ path: 'spec.owner', ref: 'group:maintainers', pos: { file: 'content/catalog/x.yaml', line: 6, column: 10 } }] });
    const doc = catalogJson([...all, orphan], new Map([...byRef, [orphan.ref, orphan]]), options);
    const json = doc.entities.find((e) => e.ref === orphan.ref);
    expect([json?.owner, json?.ownerInCatalog]).toEqual(['group:default/maintainers', false]);
    const owned = doc.entities.find((e) => e.ref === service.ref);
    expect([owned?.owner, owned?.ownerInCatalog]).toEqual([team.ref, true]);
  });

  it('is byte-identical whatever order the entities come in', () => {
    const a = stringifyCatalogJson(catalogJson(all, byRef, options));
    const b = stringifyCatalogJson(catalogJson([...all].reverse(), byRef, options));
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it("falls back to the owner's contacts and escalation ladder, and says whose ladder it is", () => {
    const doc = catalogJson(all, byRef, options);
    const s = doc.entities.find((e) => e.name === 'payments-service')!;
    expect(s.contacts).toEqual({ chat: '#payments', chatUrl: 'https://chat.example/payments', oncall: 'https://oncall.example/payments', email: 'payments@example.com' });
    expect(s.escalation).toHaveLength(1);
    expect(s.escalationFrom).toBe(team.ref);
    expect(s.tier).toBe(1);
    expect(s.title).toBeNull();
    expect(Object.keys(s.annotations)).toEqual(['a.example/z', 'wayfinder.dev/tier']);
    expect(Object.keys(s.relations)).toEqual(['ownedBy', 'dependsOn']);
    expect(s.url).toBe('https://handbook.example/component/payments-service/');
    const a = doc.entities.find((e) => e.name === 'payments-api')!;
    expect(a.contacts.chat).toBe('#payments-api');
    expect(a.contacts.chatUrl).toBeNull();
  });
});
