import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { CATALOG_ENTRY, catalogLoader, isCatalogFile } from '../../src/loaders/catalog.ts';
import { checkedContent, contentCheckCount } from '../../src/plugin/checked-content.ts';

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
  it('stores one entry that changes with the catalog, and leaves the entities with their relations to the checked content pages read', async () => {
    const { context, entries } = fakeContext();
    await catalogLoader(site('minimal')).load(context);
    expect([...entries.keys()]).toEqual([CATALOG_ENTRY]);
    expect(entries.get(CATALOG_ENTRY)?.data.entities).toBe(2);
    const { catalog } = checkedContent(site('minimal'));
    expect(catalog.entities.map((e) => e.ref).sort()).toEqual(['component:default/hello-service', 'group:default/fixture-team']);
    expect(catalog.entities.find((e) => e.ref === 'group:default/fixture-team')?.relations.ownerOf).toEqual(['component:default/hello-service']);
  });

  it('fails the build with every diagnostic when the catalog has errors', async () => {
    const { context } = fakeContext();
    await expect(catalogLoader(site('bad-catalog')).load(context)).rejects.toThrow(
      /bad-catalog\/catalog\/catalog-info\.yaml:16:10: error: `spec.owner` refers to group:payments-team/,
    );
  });

  it('in astro dev, checks the content again after a catalog descriptor changes, and not after a doc is edited', async () => {
    const paths = site('minimal');
    const { context, entries } = fakeContext();
    const listeners: ((event: string, file: string) => void)[] = [];
    const watched: string[] = [];
    const watcher = { add: (p: string) => watched.push(p), on: (_e: string, f: (event: string, file: string) => void) => listeners.push(f) };
    await catalogLoader(paths).load({ ...context, watcher } as unknown as LoaderContext);
    expect(watched).toEqual([paths.catalog]);
    const checks = contentCheckCount();
    const change = (file: string) => listeners.forEach((f) => f('change', file));
    change(path.join(paths.docs, 'index.md'));
    change(path.join(paths.root, 'wayfinder.yaml'));
    expect(contentCheckCount()).toBe(checks);
    change(path.join(paths.catalog, 'catalog-info.yaml'));
    expect(contentCheckCount()).toBe(checks + 1);
    expect(entries.get(CATALOG_ENTRY)?.data.check).toBe(checks + 1);
  });

  it('tells a catalog descriptor from the other files of the content folder', () => {
    const paths = site('minimal');
    expect(isCatalogFile(paths, path.join(paths.catalog, 'teams', 'payments.yml'))).toBe(true);
    expect(isCatalogFile(paths, path.join(paths.catalog, 'export.JSON'))).toBe(true);
    expect(isCatalogFile(paths, path.join(paths.catalog, 'README.md'))).toBe(false);
    expect(isCatalogFile(paths, path.join(paths.docs, 'how-to', 'deploy.md'))).toBe(false);
    expect(isCatalogFile(paths, `${paths.catalog}-old${path.sep}x.yaml`)).toBe(false);
  });
});
