import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/index.ts';
import { resolveContentPaths } from '../content-dir.ts';
import { checkContent } from '../check-content.ts';
import { loadApiReferences } from './load.ts';
import { startApiReferenceThread } from './parallel.ts';

describe('API references read on two threads', () => {
  it('are exactly those read on one: references, problems and their order (a fixture with broken, remote and missing $refs)', () => {
    const paths = resolveContentPaths(path.resolve('tests/fixtures/sites/api-reference'));
    const catalog = loadCatalog(paths);
    const thread = startApiReferenceThread(paths);
    expect(thread).toBeDefined();
    thread?.submit(catalog.entities);
    const two = thread?.finish();
    const one = loadApiReferences(paths, catalog.entities);
    expect(one.diagnostics.length).toBeGreaterThan(0);
    expect(two).toEqual(one);
  }, 60_000);

  it('give the same check of the demo content as one thread', () => {
    const paths = resolveContentPaths(path.resolve('content'));
    const options = { today: '2026-01-15' };
    const parallel = checkContent(paths, { ...options, parallel: true });
    const serial = checkContent(paths, options);
    expect(parallel.apiReferences.length).toBeGreaterThan(2);
    expect(parallel.apiReferences).toEqual(serial.apiReferences);
    expect(parallel.diagnostics).toEqual(serial.diagnostics);
  }, 60_000);
});
