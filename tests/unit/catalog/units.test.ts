/** Small pieces: URL checks, cycle finding, refs, tags, metadata keys. */
import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/core/catalog/resolve/cycles.ts';
import { isValidMetadataKey } from '../../../src/core/catalog/read/read-entity.ts';
import { parseEntityRef, refKey } from '../../../src/core/model/refs.ts';
import { isValidTag } from '../../../src/core/model/schema.ts';
import { isRemoteUrl, urlProblem } from '../../../src/core/catalog/read/url-check.ts';

describe('urlProblem', () => {
  it('accepts http, https, mailto and tel', () => {
    for (const u of ['https://example.com', 'http://x.example/a?b#c', 'mailto:team@example.com', 'tel:+15550100', 'HTTPS://EXAMPLE.COM']) {
      expect(urlProblem(u), u).toBeUndefined();
    }
  });
  it('rejects script and data URLs however they are disguised, and URLs without a scheme or host', () => {
    for (const u of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '/relative', '//evil.example', 'https:', 'https:///path', '']) {
      expect(urlProblem(u), JSON.stringify(u)).toBeDefined();
    }
  });
  it('tells remote URLs from local paths', () => {
    expect(['https://x/a.yaml', 'http://x', 's3://b/k'].map(isRemoteUrl)).toEqual([true, true, true]);
    expect(['./a.yaml', '../b/*.yaml', 'C:\\x\\a.yaml', '/abs/a.yaml'].map(isRemoteUrl)).toEqual([false, false, false, false]);
  });
});

describe('findCycles', () => {
  const graph = (edges: Record<string, string[]>) => (n: string) => edges[n] ?? [];
  it('finds each cycle once, from its smallest node', () => {
    const next = graph({ a: ['b'], b: ['c'], c: ['a'], d: ['d'], e: ['a'], f: ['g'], g: [] });
    expect(findCycles(['a', 'b', 'c', 'd', 'e', 'f', 'g'], next)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd'],
    ]);
  });
  it('handles long chains without running out of stack', () => {
    const n = 200_000;
    const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
    const next = (x: string) => {
      const i = Number(x.slice(1));
      return i + 1 < n ? [`n${i + 1}`] : ['n0'];
    };
    const cycles = findCycles(nodes, next);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n + 1);
  });
});

describe('refs, tags and keys', () => {
  it('applies the default kind and namespace, case-insensitively', () => {
    expect(refKey(parseEntityRef('Payments-Team', { defaultKind: 'group' }).ref!)).toBe('group:default/payments-team');
    expect(refKey(parseEntityRef('User:Ops/Ana.Lima', { defaultKind: 'group' }).ref!)).toBe('user:ops/ana.lima');
    expect(refKey(parseEntityRef('orders-db', { defaultKind: 'resource', defaultNamespace: 'shop' }).ref!)).toBe('resource:shop/orders-db');
    expect(parseEntityRef('orders-db').error).toMatch(/needs a kind/);
  });
  it("follows Backstage's tag rule", () => {
    expect(['java', 'c++', 'c#', 'k8s:prod', 'tier-1', 'a'.repeat(63)].every(isValidTag)).toBe(true);
    expect(['Java', 'two words', '-x', 'x-', 'a--b', 'a_b', '', 'a'.repeat(64)].some(isValidTag)).toBe(false);
  });
  it('follows the Kubernetes-style rule for label and annotation keys', () => {
    expect(['team', 'example.com/team', 'wayfinder.dev/chat-url', 'backstage.io/techdocs-ref', 'a_b.c'].every(isValidMetadataKey)).toBe(true);
    expect(['', '/x', 'Example.com/x', 'a/b/c', 'x/', '-x', 'has space'].some(isValidMetadataKey)).toBe(false);
  });
});

describe('namespaces', () => {
  it('resolves an unqualified ref in the referring entity’s namespace', async () => {
    const { checkCatalogText } = await import('../../../src/core/catalog/load.ts');
    const r = checkCatalogText(
      [
        'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: team, namespace: shop }\nspec: { type: team, children: [] }',
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: cart, namespace: Shop }\nspec: { type: service, lifecycle: production, owner: team }',
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: cart }\nspec: { type: service, lifecycle: production, owner: shop/team }',
      ].join('\n---\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.byRef.get('component:shop/cart')?.owner).toBe('group:shop/team');
    expect(r.byRef.get('component:default/cart')?.owner).toBe('group:shop/team');
    expect(r.byRef.get('group:shop/team')?.relations.ownerOf).toEqual(['component:default/cart', 'component:shop/cart']);
  });
});
