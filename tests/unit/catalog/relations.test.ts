/** Relations computed both ways, deduplicated and sorted, on a small organisation. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './helpers.ts';

describe('relations on the relations fixture', () => {
  const r = loadFixture('relations');
  const rel = (ref: string) => r.byRef.get(ref)?.relations;

  it('loads without any diagnostic', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.counts).toEqual({ api: 1, component: 2, domain: 1, group: 3, resource: 1, system: 1, user: 2 });
  });

  it('computes every relation type both ways', () => {
    expect(rel('component:default/payments-service')).toEqual({
      ownedBy: ['group:default/payments-team'],
      partOf: ['system:default/payments'],
      hasPart: ['component:default/payments-worker'],
      // payments-worker says dependencyOf: payments-service; the inverse lands here.
      dependsOn: ['component:default/payments-worker', 'resource:default/ledger-db'],
      providesApi: ['api:default/payments-api'],
    });
    expect(rel('component:default/payments-worker')).toEqual({
      ownedBy: ['user:default/ana.lima'],
      partOf: ['component:default/payments-service', 'system:default/payments'],
      dependencyOf: ['component:default/payments-service'],
      consumesApi: ['api:default/payments-api'],
    });
    expect(rel('api:default/payments-api')).toEqual({
      ownedBy: ['group:default/payments-team'],
      partOf: ['system:default/payments'],
      apiProvidedBy: ['component:default/payments-service'],
      apiConsumedBy: ['component:default/payments-worker'],
    });
    expect(rel('resource:default/ledger-db')).toEqual({
      ownedBy: ['group:default/payments-team'],
      partOf: ['system:default/payments'],
      dependencyOf: ['component:default/payments-service'],
    });
    expect(rel('system:default/payments')).toEqual({
      ownedBy: ['group:default/payments-team'],
      partOf: ['domain:default/commerce'],
      hasPart: ['api:default/payments-api', 'component:default/payments-service', 'component:default/payments-worker', 'resource:default/ledger-db'],
    });
    expect(rel('domain:default/commerce')).toEqual({
      ownedBy: ['group:default/payments-team'],
      hasPart: ['system:default/payments'],
    });
  });

  it('merges group parent/children and members/memberOf written on either side, without repeats', () => {
    expect(rel('group:default/acme')).toEqual({
      parentOf: ['group:default/payments-team', 'group:default/sre-team'],
    });
    expect(rel('group:default/payments-team')).toEqual({
      ownerOf: [
        'api:default/payments-api',
        'component:default/payments-service',
        'domain:default/commerce',
        'resource:default/ledger-db',
        'system:default/payments',
      ],
      hasMember: ['user:default/ana.lima', 'user:default/ben.okafor'],
      childOf: ['group:default/acme'],
    });
    // ana.lima is listed by the group and lists the group: one relation, not two.
    expect(rel('user:default/ana.lima')).toEqual({
      ownerOf: ['component:default/payments-worker'],
      memberOf: ['group:default/payments-team'],
    });
    // Refs match case-insensitively: memberOf: Payments-Team.
    expect(rel('user:default/ben.okafor')?.memberOf).toEqual(['group:default/payments-team', 'group:default/sre-team']);
  });

  it('keeps one sorted flat list of every relation, each also on its source entity', () => {
    const keys = r.relations.map((x) => `${x.source} ${x.type} ${x.target}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...r.relations].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))).toEqual(r.relations);
    for (const x of r.relations) expect(r.byRef.get(x.source)?.relations[x.type]).toContain(x.target);
    const onEntities = r.entities.reduce((n, e) => n + Object.values(e.relations).reduce((m, l) => m + (l?.length ?? 0), 0), 0);
    expect(onEntities).toBe(r.relations.length);
  });

  it('resolves the single-ref fields to refKeys', () => {
    const worker = r.byRef.get('component:default/payments-worker');
    expect([worker?.owner, worker?.system, worker?.subcomponentOf]).toEqual([
      'user:default/ana.lima',
      'system:default/payments',
      'component:default/payments-service',
    ]);
    expect(r.byRef.get('system:default/payments')?.domain).toBe('domain:default/commerce');
    expect(r.byRef.get('group:default/sre-team')?.parent).toBe('group:default/acme');
  });

  it('gives entities a stable, JSON-serialisable shape', () => {
    const e = r.byRef.get('component:default/payments-service');
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
    expect(e).toMatchObject({
      ref: 'component:default/payments-service',
      kind: 'component',
      kindLabel: 'Component',
      apiVersion: 'backstage.io/v1alpha1',
      namespace: 'default',
      name: 'payments-service',
      title: 'Payments service',
      description: 'Takes **payments**.',
      type: 'service',
      lifecycle: 'production',
      tags: ['java', 'payments'],
      links: [{ url: 'https://git.example.com/payments', title: 'Repository', icon: 'github', type: 'repository' }],
      tier: 1,
      slo: '99.95% of payment requests succeed over 28 days',
      escalation: [],
      source: { file: 'relations/catalog/services/payments.yaml', line: 16, column: 1 },
    });
    expect(r.entities.map((x) => x.ref)).toEqual([...r.entities.map((x) => x.ref)].sort());
  });

  it('reads Group and User profiles', () => {
    expect(r.byRef.get('user:default/ana.lima')?.profile).toEqual({
      displayName: 'Ana Lima',
      email: 'ana.lima@example.com',
      picture: 'https://example.com/ana.png',
    });
  });
});
