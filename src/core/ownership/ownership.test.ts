import { describe, expect, it } from 'vitest';
import { testEntity } from '../model/test-entity.ts';
import type { CatalogEntity, EntityKind } from '../model/entity.ts';
import { Icons } from '../../../node_modules/@astrojs/starlight/dist/components-internals/Icons.js';
import {
  breadcrumbs,
  definitionFormat,
  displayName,
  escalationRows,
  formatAfter,
  groupByKind,
  howToReach,
  linkIcon,
  answersSearchText,
  dependentsOf,
  neighbourhood,
  reachSearchText,
  relationSections,
  searchFacets,
  teamRowMeta,
  teamTree,
  urlLabel,
} from './index.ts';

/** A minimal entity: only what a test sets differs from the defaults. */
function entity(kind: EntityKind, name: string, extra: Partial<CatalogEntity> = {}): CatalogEntity {
  return testEntity({ kind, name, ...extra });
}

const team = entity('group', 'payments-team', {
  title: 'Payments',
  chat: '#payments',
  chatUrl: 'https://chat.example/payments',
  oncall: 'https://oncall.example/payments',
  profile: { email: 'payments@example.com' },
  escalation: [
    { who: 'Payments on-call', how: 'Page', url: 'https://oncall.example/payments', after: '0m', afterMinutes: 0 },
    { who: 'user:ana.lima', whoRef: 'user:default/ana.lima', how: 'Phone', url: 'tel:+15550100200', after: '30m', afterMinutes: 30 },
  ],
  relations: { ownerOf: ['component:default/svc', 'system:default/payments', 'api:default/pay-api'], childOf: ['group:default/org'] },
  parent: 'group:default/org',
});
const org = entity('group', 'org', { title: 'Org', relations: { parentOf: ['group:default/payments-team'] } });
const ana = entity('user', 'ana.lima', { profile: { displayName: 'Ana Lima', email: 'ana@example.com' } });
const domain = entity('domain', 'commerce', { title: 'Commerce' });
const system = entity('system', 'payments', {
  title: 'Payments',
  domain: 'domain:default/commerce',
  owner: 'group:default/payments-team',
  relations: { hasPart: ['component:default/svc', 'api:default/pay-api'] },
});
const svc = entity('component', 'svc', {
  title: 'Payments service',
  type: 'service',
  lifecycle: 'production',
  owner: 'group:default/payments-team',
  system: 'system:default/payments',
  oncall: 'https://oncall.example/svc',
  relations: {
    dependsOn: ['resource:default/db', 'component:default/auth'],
    consumesApi: ['api:default/auth-api'],
    providesApi: ['api:default/pay-api'],
    dependencyOf: ['component:default/web'],
    partOf: ['system:default/payments'],
  },
});
const payApi = entity('api', 'pay-api', {
  title: 'Payments API',
  system: 'system:default/payments',
  relations: { apiProvidedBy: ['component:default/svc'], apiConsumedBy: ['component:default/web'] },
});
const auth = entity('component', 'auth', { title: 'Auth', system: 'system:default/identity' });
const identity = entity('system', 'identity', { title: 'Identity' });
const db = entity('resource', 'db', { title: 'Orders DB' });
const authApi = entity('api', 'auth-api', { system: 'system:default/identity' });
const web = entity('component', 'web', { title: 'Checkout' });
const all = [team, org, ana, domain, system, svc, payApi, auth, identity, db, authApi, web];
const byRef = new Map(all.map((e) => [e.ref, e]));
const lookup = (ref: string) => byRef.get(ref);

describe('names', () => {
  it('uses the title, then the profile name, then the name', () => {
    expect(displayName(svc)).toBe('Payments service');
    expect(displayName(ana)).toBe('Ana Lima');
    expect(displayName(authApi)).toBe('auth-api');
  });
});

describe('howToReach', () => {
  it('takes what the entity declares and the rest from its owner', () => {
    const reach = howToReach(svc, lookup);
    expect(reach.owner?.ref).toBe(team.ref);
    expect(reach.oncall).toEqual({ value: 'https://oncall.example/svc', from: svc.ref });
    expect(reach.chat).toEqual({ value: '#payments', from: team.ref });
    expect(reach.chatUrl?.value).toBe('https://chat.example/payments');
    expect(reach.email?.value).toBe('payments@example.com');
    expect(reach.escalation?.from).toBe(team.ref);
  });
  it('uses the entity\'s own ladder as a whole when it has one', () => {
    const own = { ...svc, escalation: [{ who: 'Me', how: 'Call', after: '0m', afterMinutes: 0 }] };
    expect(howToReach(own, lookup).escalation).toEqual({ value: own.escalation, from: svc.ref });
  });
  it('ignores an email that is not one', () => {
    const odd = { ...team, profile: { email: 'not an email' } };
    expect(howToReach({ ...svc, owner: odd.ref }, (r) => (r === odd.ref ? odd : lookup(r))).email).toBeUndefined();
  });
});

describe('escalation rows', () => {
  it('names refs, words the delay and labels the link', () => {
    const rows = escalationRows(team.escalation, lookup);
    expect(rows[0]).toMatchObject({ level: 1, who: 'Payments on-call', after: 'at once', urlLabel: 'oncall.example/payments' });
    expect(rows[1]).toMatchObject({ level: 2, who: 'Ana Lima', whoRef: ana.ref, after: 'after 30 min', urlLabel: '+15550100200' });
  });
  it('formats delays', () => {
    expect([0, 15, 60, 90, 1440, 2 * 1440 + 180].map(formatAfter)).toEqual(['at once', 'after 15 min', 'after 1 h', 'after 1 h 30 min', 'after 1 day', 'after 2 days 3 h']);
  });
  it('labels contact URLs', () => {
    expect(urlLabel('mailto:a%40b@example.com?subject=x')).toBe('a@b@example.com');
    expect(urlLabel('https://oncall.example/')).toBe('oncall.example');
  });
});

describe('relations', () => {
  it('lists sections in reading order and leaves ownedBy to the owner card', () => {
    const ids = relationSections({ ...svc, relations: { ...svc.relations, ownedBy: [team.ref] } }, lookup, ['ownedBy']).map((s) => s.id);
    expect(ids).toEqual(['depends-on', 'consumes-apis', 'provides-apis', 'used-by', 'part-of']);
  });
  it('finds what a component uses and what uses it', () => {
    const n = neighbourhood(svc, lookup);
    expect(n.upstream.map((x) => `${x.label}:${x.relation}`)).toEqual(['Orders DB:dependency', 'Auth:dependency', 'auth-api:consumed API']);
    // The API it provides is not a user of it (catalog/dependents.ts).
    expect(n.downstream.map((x) => `${x.label}:${x.relation}`)).toEqual(['Checkout:dependent']);
  });
  it('finds an API\'s provider and consumers', () => {
    const n = neighbourhood(payApi, lookup);
    expect(n.upstream.map((x) => x.label)).toEqual(['Payments service']);
    expect(n.downstream.map((x) => x.label)).toEqual(['Checkout']);
  });
  it('finds what a system\'s parts use outside it, once each', () => {
    const n = neighbourhood(system, lookup);
    expect(n.upstream.map((x) => `${x.label}:${x.relation}`)).toEqual(['Orders DB:no system', 'Auth:Identity', 'auth-api:Identity']);
    expect(n.downstream.map((x) => x.label)).toEqual(['Checkout']);
  });
});

describe('teams', () => {
  it('builds the tree from parents and children', () => {
    const tree = teamTree([team, org], lookup);
    expect(tree.map((n) => n.team.name)).toEqual(['org']);
    expect(tree[0]?.children.map((n) => n.team.name)).toEqual(['payments-team']);
  });
  it('survives a cycle', () => {
    const a = entity('group', 'a', { relations: { parentOf: ['group:default/b'], childOf: ['group:default/b'] } });
    const b = entity('group', 'b', { relations: { parentOf: ['group:default/a'], childOf: ['group:default/a'] } });
    const m = new Map([a, b].map((e) => [e.ref, e]));
    const tree = teamTree([a, b], (r) => m.get(r));
    expect(tree.map((n) => n.team.name)).toEqual(['a']);
    expect(tree[0]?.children.map((n) => n.team.name)).toEqual(['b']);
  });
  it('groups what a team owns by kind', () => {
    expect(groupByKind(team.relations.ownerOf ?? [], lookup).map((g) => g.kind)).toEqual(['system', 'component', 'api']);
  });
});

describe('page facts', () => {
  it('makes breadcrumbs from domain and system', () => {
    expect(breadcrumbs(svc, lookup).map((c) => c.label)).toEqual(['Catalog', 'Commerce', 'Payments', 'Payments service']);
    expect(breadcrumbs(team, lookup).map((c) => c.label)).toEqual(['Teams', 'Org', 'Payments']);
    expect(breadcrumbs(svc, lookup)[0]).toEqual({ label: 'Catalog', path: '/catalog/' });
  });
  it('works out the definition format', () => {
    expect(definitionFormat({ type: 'openapi', definition: 'openapi: 3.0.0' }).ext).toBe('yaml');
    expect(definitionFormat({ type: 'openapi', definition: '{"openapi":"3.0.0"}' }).ext).toBe('json');
    expect(definitionFormat({ type: 'graphql', definition: 'type Query { a: Int }' }).lang).toBe('graphql');
    expect(definitionFormat({ type: 'grpc', definition: 'syntax = "proto3";' }).lang).toBe('proto');
    expect(definitionFormat({ type: 'asyncapi', definition: 'x', definitionSource: 'defs/events.json' }).ext).toBe('json');
    expect(definitionFormat({ type: 'trpc', definition: 'something else' }).ext).toBe('txt');
  });
  it('files an entity page under type, owner, lifecycle and system', () => {
    const f = searchFacets(svc, lookup);
    expect(f.filters).toEqual([['type', 'component'], ['owner', 'Payments'], ['lifecycle', 'production'], ['system', 'Payments']]);
    expect(f.meta).toEqual([['title', 'Payments service (svc)'], ['owner', 'Payments'], ['kind', 'Component'], ['lifecycle', 'production']]);
    expect(searchFacets(team, lookup).filters[0]).toEqual(['type', 'team']);
    expect(searchFacets(team, lookup).meta).toContainEqual(['team', 'Payments']);
  });
});

describe('link icons', () => {
  it('maps icon and type words to Starlight icons that exist', () => {
    const cases = [
      { url: 'https://x', icon: 'github' },
      { url: 'https://x', icon: 'docs' },
      { url: 'https://x', icon: 'dashboard' },
      { url: 'https://x', type: 'runbook' },
      { url: 'https://x', type: 'repository' },
      { url: 'mailto:a@b.c' },
      { url: 'tel:+1' },
      { url: 'https://x', icon: 'something-unknown' },
    ];
    expect(cases.map(linkIcon)).toEqual(['github', 'document', 'analytics', 'open-book', 'seti:git', 'email', 'phone', 'external']);
    for (const c of cases) expect(Object.keys(Icons)).toContain(linkIcon(c));
  });
});

describe('dependentsOf', () => {
  const other = entity('component', 'reports', { title: 'Reports', relations: { consumesApi: ['api:default/pay-api'], dependsOn: ['component:default/svc'] } });
  const svc2 = { ...svc, relations: { ...svc.relations, dependencyOf: ['component:default/web', 'component:default/reports'] } };
  const api2 = { ...payApi, relations: { ...payApi.relations, apiConsumedBy: ['component:default/web', 'component:default/reports', 'component:default/svc'] } };
  const map = new Map([...byRef, [other.ref, other], [svc2.ref, svc2], [api2.ref, api2]]);
  const look = (ref: string) => map.get(ref);

  it("lists what depends on a component and what consumes its APIs, once each, by name, never itself", () => {
    expect(dependentsOf(svc2, look).map((e) => e.name)).toEqual(['web', 'reports']);
  });
  it('lists the consumers of an API', () => {
    expect(dependentsOf(api2, look).map(displayName)).toEqual(['Checkout', 'Payments service', 'Reports']);
  });
  it('lists what outside a system uses its parts', () => {
    expect(dependentsOf(system, lookup).map((e) => e.name)).toEqual(['web']);
  });
  it('is empty when nothing depends on it', () => {
    expect(dependentsOf(web, lookup)).toEqual([]);
  });
});

describe('reachSearchText', () => {
  it("says who owns an entity and how to reach them, in the words newcomers search with", () => {
    expect(reachSearchText(svc, howToReach(svc, lookup))).toBe(
      'Who owns Payments service: Payments team, the owner. Contact: on-call oncall.example/svc, chat #payments, email payments@example.com. Escalation ladder on this page.',
    );
  });
  it("says how to reach a team", () => {
    expect(reachSearchText(team, howToReach(team, lookup))).toBe(
      'Payments team, who to contact: on-call oncall.example/payments, chat #payments, email payments@example.com. Escalation ladder on this page.',
    );
  });
  it('says so when there is no owner or no contact', () => {
    expect(reachSearchText(web, howToReach(web, lookup))).toBe('Who owns Checkout: no owner in the catalog.');
    expect(reachSearchText(org, howToReach(org, lookup))).toBe('Org team, who to contact: no contacts in the catalog.');
  });
});

describe('teamRowMeta', () => {
  it('shows only the counts that are not zero', () => {
    expect(teamRowMeta(team)).toBe('owns 3');
    expect(teamRowMeta({ type: 'organization', relations: { parentOf: ['a', 'b'] } })).toBe('organization · 2 teams');
    expect(teamRowMeta({ type: 'team', relations: { hasMember: ['u'], ownerOf: ['c'] } })).toBe('1 member · owns 1');
    expect(teamRowMeta({ relations: {} })).toBe('no members or owned entities in the catalog yet');
  });
});

describe('answersSearchText', () => {
  const beta = { label: 'Beta', slo: 'No stage-wide SLO', support: 'Business hours' };
  it("says an entity's stage, its promise and what depends on it", () => {
    expect(answersSearchText(svc, beta, [web, payApi])).toBe(
      'It is Beta, which promises: SLO No stage-wide SLO; support Business hours. What depends on it: 2 (Checkout, Payments API).',
    );
  });
  it("prefers the entity's own SLO and says when nothing depends on it", () => {
    expect(answersSearchText({ ...web, slo: '99% of pages load' }, beta, [])).toBe(
      'It is Beta, which promises: SLO 99% of pages load; support Business hours. What depends on it: nothing in the catalog.',
    );
    expect(answersSearchText(web, undefined, undefined)).toBe('');
  });
});
