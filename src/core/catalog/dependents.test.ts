/**
 * The one definition of "who uses this": direct users, users through the APIs a component
 * provides (never the API itself), a system's users from outside, and every face that
 * counts users (summary, picture, relations) agreeing on the demo's payments-service shape.
 */
import { describe, expect, it } from 'vitest';
import { dependents, dependentVia } from './dependents.ts';
import { testEntity } from '../model/test-entity.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { dependentsOf, neighbourhood, relationSections } from '../ownership/relations.ts';

// payments-service: checkout depends on it; it provides payments-api, which checkout, admin
// and payments-client (its own subcomponent) consume; it consumes ledger-api.
const svc = testEntity({
  name: 'payments-service',
  system: 'system:default/payments',
  relations: { dependencyOf: ['component:default/checkout'], providesApi: ['api:default/payments-api'], consumesApi: ['api:default/ledger-api'], partOf: ['system:default/payments'] },
});
const api = testEntity({
  kind: 'api',
  name: 'payments-api',
  title: 'Payments API',
  system: 'system:default/payments',
  relations: { apiProvidedBy: ['component:default/payments-service'], apiConsumedBy: ['component:default/admin', 'component:default/checkout', 'component:default/client'], partOf: ['system:default/payments'] },
});
const ledger = testEntity({ kind: 'api', name: 'ledger-api', relations: { apiConsumedBy: ['component:default/payments-service'] } });
const checkout = testEntity({ name: 'checkout', relations: { dependsOn: ['component:default/payments-service'], consumesApi: ['api:default/payments-api'] } });
const admin = testEntity({ name: 'admin', relations: { consumesApi: ['api:default/payments-api'] } });
const client = testEntity({ name: 'client', system: 'system:default/payments', relations: { consumesApi: ['api:default/payments-api'], partOf: ['system:default/payments'] } });
const system = testEntity({ kind: 'system', name: 'payments', relations: { hasPart: ['api:default/payments-api', 'component:default/client', 'component:default/payments-service'] } });
const all: CatalogEntity[] = [svc, api, ledger, checkout, admin, client, system];
const byRef = new Map(all.map((e) => [e.ref, e]));
const lookup = (ref: string) => byRef.get(ref);
const names = (list: readonly { entity: CatalogEntity; direct: boolean; through: string[] }[]) => list.map((d) => `${d.entity.name}${d.direct ? '' : ` via ${d.through.join('+')}`}`);

describe('dependents', () => {
  it('of a component: what depends on it, then what uses the APIs it provides; never the API itself', () => {
    expect(names(dependents(svc, lookup))).toEqual(['checkout', 'admin via api:default/payments-api', 'client via api:default/payments-api']);
  });
  it('says how each uses it', () => {
    const [c, a] = dependents(svc, lookup);
    expect(dependentVia(c!, svc, lookup)).toBe('depends on it');
    expect(dependentVia(a!, svc, lookup)).toBe('through Payments API');
    expect(dependentVia(dependents(api, lookup)[0]!, api, lookup)).toBe('consumes it');
  });
  it('of an API: its consumers, directly', () => {
    expect(names(dependents(api, lookup))).toEqual(['admin', 'checkout', 'client']);
    expect(names(dependents(ledger, lookup))).toEqual(['payments-service']);
  });
  it('of a system: what outside it uses its parts', () => {
    expect(names(dependents(system, lookup))).toEqual(['admin via api:default/payments-api+component:default/payments-service', 'checkout via api:default/payments-api+component:default/payments-service']);
  });
  it('is what the summary, the picture and the relations count, all the same', () => {
    const count = dependents(svc, lookup).length;
    expect(dependentsOf(svc, lookup)).toHaveLength(count);
    expect(neighbourhood(svc, lookup).downstream).toHaveLength(count);
    expect(relationSections(svc, lookup).find((s) => s.id === 'used-by')?.refs).toHaveLength(count);
    expect(neighbourhood(svc, lookup).downstream.map((n) => n.relation)).toEqual(['dependent', 'through Payments API', 'through Payments API']);
  });
});
