import { describe, expect, it } from 'vitest';
import { entityPath, refParts, shortRef } from './routes.ts';

describe('entity routes', () => {
  it('gives lower-case, stable paths with the namespace only when it is not default', () => {
    expect(entityPath({ kind: 'component', namespace: 'default', name: 'Payments-Service' })).toBe('/catalog/component/payments-service/');
    expect(entityPath({ kind: 'api', namespace: 'billing', name: 'ledger-api' })).toBe('/catalog/api/billing/ledger-api/');
    expect(entityPath({ kind: 'group', namespace: 'default', name: 'sre-team' })).toBe('/teams/sre-team/');
    expect(entityPath({ kind: 'user', namespace: 'default', name: 'ana.lima' })).toBe('/catalog/user/ana.lima/');
  });

  it('reads refKeys back', () => {
    expect(refParts('resource:default/orders-db')).toEqual({ kind: 'resource', namespace: 'default', name: 'orders-db' });
    expect(shortRef('api:billing/ledger-api')).toBe('api:billing/ledger-api');
    expect(shortRef('group:default/sre-team')).toBe('group:sre-team');
  });
});
