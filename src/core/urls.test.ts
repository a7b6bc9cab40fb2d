import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  announcementPath,
  apiParam,
  definitionPath,
  docId,
  docPath,
  docStepPath,
  entityParam,
  entityPath,
  facetIndexPath,
  facetPath,
  href,
  manualPath,
  onboardingPath,
  pagePath,
  refHref,
  refParts,
  refPath,
  ROUTES,
  teamIcsPath,
  withBase,
} from './urls.ts';

describe('entity routes', () => {
  it('gives lower-case, stable paths with the namespace only when it is not default', () => {
    expect(entityPath({ kind: 'component', namespace: 'default', name: 'Payments-Service' })).toBe('/catalog/component/payments-service/');
    expect(entityPath({ kind: 'api', namespace: 'billing', name: 'ledger-api' })).toBe('/catalog/api/billing/ledger-api/');
    expect(entityPath({ kind: 'component', namespace: 'Billing', name: 'Ledger' })).toBe('/catalog/component/billing/ledger/');
    expect(entityPath({ kind: 'group', namespace: 'default', name: 'sre-team' })).toBe('/teams/sre-team/');
    expect(entityPath({ kind: 'group', namespace: 'ops', name: 'sre-team' })).toBe('/teams/ops/sre-team/');
    expect(entityPath({ kind: 'user', namespace: 'default', name: 'ana.lima' })).toBe('/catalog/user/ana.lima/');
  });

  it('reads refKeys back, and a ref and its entity land on the same page', () => {
    expect(refParts('resource:default/orders-db')).toEqual({ kind: 'resource', namespace: 'default', name: 'orders-db' });
    expect(refPath('api:billing/ledger-api')).toBe('/catalog/api/billing/ledger-api/');
    expect(refPath('component:default/Payments_Service.v2')).toBe(entityPath({ kind: 'component', namespace: 'default', name: 'Payments_Service.v2' }));
  });

  it('gives the route parameters the page files expect', () => {
    expect(entityParam({ kind: 'component', namespace: 'ops', name: 'Zeta-tool' })).toBe('component/ops/zeta-tool');
    expect(entityParam({ kind: 'group', namespace: 'default', name: 'sre-team' })).toBe('sre-team');
    expect(apiParam({ kind: 'api', namespace: 'billing', name: 'ledger-api' })).toBe('billing/ledger-api');
    expect(definitionPath({ kind: 'api', namespace: 'default', name: 'orders-api' }, 'yaml')).toBe('/catalog/api/orders-api/definition.yaml');
    expect(teamIcsPath({ kind: 'group', namespace: 'default', name: 'Payments-Team' })).toBe('/teams/payments-team/lifecycle.ics');
  });
});

describe('listing, doc, lifecycle and onboarding routes', () => {
  it('puts facet listings under by/ so they never collide with an entity page', () => {
    expect(facetPath('owner', 'payments-team')).toBe('/catalog/by/owner/payments-team/');
    expect(facetPath('system', 'payments')).not.toBe(entityPath({ kind: 'system', namespace: 'default', name: 'payments' }));
    expect(facetIndexPath('tag')).toBe('/catalog/by/tag/');
    expect(pagePath(ROUTES.catalog, 1)).toBe('/catalog/');
    expect(pagePath(facetPath('tag', 'c~2b~~2b~'), 3)).toBe('/catalog/by/tag/c~2b~~2b~/page/3/');
  });

  it('slugs doc files the way Astro does, under /docs/, with the home page at the root', () => {
    expect(docId('how-to/Request Access.md')).toBe('docs/how-to/request-access');
    expect(docId('Réseau/Ça marche.mdx')).toBe('docs/réseau/ça-marche');
    expect(docId('index.mdx')).toBe('index');
    expect(docId('guides/index.md')).toBe('docs/guides');
    expect(docId('anything.md', 'custom/place')).toBe('custom/place');
    expect(docPath('index')).toBe('/');
    expect(docPath('docs/how-to/x')).toBe('/docs/how-to/x/');
    expect(manualPath('lifecycle')).toBe('/docs/wayfinder/lifecycle/');
    expect(manualPath('onboarding-paths', 'for-new-hires')).toBe('/docs/wayfinder/onboarding-paths/#for-new-hires');
  });

  it('writes announcement and onboarding pages, and encodes what goes in a query string', () => {
    expect(announcementPath('2026/payments-v1-sunset')).toBe('/lifecycle/2026/payments-v1-sunset/');
    expect(onboardingPath('backend')).toBe('/onboarding/backend/');
    expect(docStepPath('/docs/how-to/x/', 'data & ml')).toBe('/docs/how-to/x/?path=data%20%26%20ml');
  });
});

describe('base path', () => {
  it('prefixes root-relative links once, with or without a trailing slash on the base', () => {
    expect(withBase('/docs/x/', '/handbook')).toBe('/handbook/docs/x/');
    expect(withBase('/docs/x/', '/handbook/')).toBe('/handbook/docs/x/');
    expect(withBase('/docs/x/', '/a/b//')).toBe('/a/b/docs/x/');
    expect(withBase('/handbook/docs/x/', '/handbook')).toBe('/handbook/docs/x/');
    expect(withBase('/handbook', '/handbook/')).toBe('/handbook');
    expect(withBase('/', '/handbook/')).toBe('/handbook/');
    expect(withBase('/docs/x/', '/')).toBe('/docs/x/');
    expect(withBase('/docs/x/', '')).toBe('/docs/x/');
  });

  it('does not touch links that are not site paths', () => {
    expect(withBase('https://x.example/', '/handbook')).toBe('https://x.example/');
    expect(withBase('//cdn.example/x.js', '/handbook')).toBe('//cdn.example/x.js');
    expect(withBase('../x/', '/handbook')).toBe('../x/');
    expect(withBase('#anchor', '/handbook')).toBe('#anchor');
    expect(withBase('mailto:a@b.example', '/handbook')).toBe('mailto:a@b.example');
  });

  it('a path that only starts like the base still gets the base', () => {
    expect(withBase('/handbook-old/x/', '/handbook')).toBe('/handbook/handbook-old/x/');
  });

  it('uses this site’s base for href (vitest runs with base /)', () => {
    expect(href(ROUTES.teams)).toBe('/teams/');
    expect(refHref('group:default/sre-team')).toBe('/teams/sre-team/');
  });

  it('makes absolute URLs from the site URL, keeping the base', () => {
    expect(absoluteUrl('/lifecycle/x/', new URL('https://h.example'), '/handbook/')).toBe('https://h.example/handbook/lifecycle/x/');
    expect(absoluteUrl('/lifecycle.ics', 'https://h.example/ignored/', '/')).toBe('https://h.example/lifecycle.ics');
    expect(absoluteUrl('/lifecycle/x/', undefined, '/handbook')).toBe('/handbook/lifecycle/x/');
  });
});
