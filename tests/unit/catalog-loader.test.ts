import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { catalogLoader } from '../../src/loaders/catalog.ts';

const root = path.resolve(import.meta.dirname, '../..');
const site = (name: string) => resolveContentPaths(path.join(root, 'tests/fixtures/sites', name), {}, root, root);

/** A stand-in for Astro's loader context: a store in a Map, no watcher (a build). */
function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
  const context = {
    store: {
      clear: () => entries.clear(),
      set: (e: { id: string; data: Record<string, unknown> }) => (entries.set(e.id, e), true),
    },
    logger: { warn() {}, error() {}, info() {} },
    generateDigest: (d: unknown) => JSON.stringify(d).length.toString(16),
  } as unknown as LoaderContext;
  return { context, entries };
}

describe('the catalog content loader', () => {
  it('stores every entity under its refKey with its relations', async () => {
    const { context, entries } = fakeContext();
    await catalogLoader(site('minimal')).load(context);
    expect([...entries.keys()].sort()).toEqual(['component:default/hello-service', 'group:default/fixture-team']);
    const team = entries.get('group:default/fixture-team')?.data as { relations: Record<string, string[]> };
    expect(team.relations.ownerOf).toEqual(['component:default/hello-service']);
  });

  it('fails the build with every diagnostic when the catalog has errors', async () => {
    const { context } = fakeContext();
    await expect(catalogLoader(site('bad-catalog')).load(context)).rejects.toThrow(
      /bad-catalog\/catalog\/catalog-info\.yaml:16:10: error: `spec.owner` refers to group:payments-team/,
    );
  });
});
