/**
 * A generated organisation of 10,000 entities loads with zero diagnostics, and the work
 * grows linearly (indexed by refKey; nothing scans the list per ref).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalog, writeCatalog } from '../../../scripts/gen-catalog.ts';
import { loadCatalog } from '../../../src/core/catalog/load.ts';
import { resolveContentPaths } from '../../../src/core/content-dir.ts';

const dirs: string[] = [];
function org(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-org-'));
  dirs.push(dir);
  writeCatalog(dir, generateCatalog({ count, seed: 42 }));
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('a synthetic organisation', () => {
  it('is generated deterministically', () => {
    const a = generateCatalog({ count: 500, seed: 1 });
    const b = generateCatalog({ count: 500, seed: 1 });
    expect([...a]).toEqual([...b]);
    expect([...generateCatalog({ count: 500, seed: 2 })]).not.toEqual([...a]);
  });

  it('of 10,000 entities loads with zero diagnostics, relations both ways', () => {
    const r = loadCatalog(resolveContentPaths(org(10_000)));
    expect(r.diagnostics).toEqual([]);
    expect(r.entities).toHaveLength(10_000);
    const types = new Set(r.relations.map((x) => x.type));
    expect([...types].sort()).toEqual([
      'apiConsumedBy', 'apiProvidedBy', 'childOf', 'consumesApi', 'dependencyOf', 'dependsOn', 'hasMember',
      'hasPart', 'memberOf', 'ownedBy', 'ownerOf', 'parentOf', 'partOf', 'providesApi',
    ]);
  });

  it('takes time linear in its size', () => {
    // CPU time of this process, not wall time: other work on a busy machine (CI runs suites
    // side by side on 2 cores) stretches wall time unevenly and made this flaky (9.2x at 0.1 core).
    const time = (dir: string): number => {
      const t = process.cpuUsage();
      loadCatalog(resolveContentPaths(dir));
      const used = process.cpuUsage(t);
      return used.user + used.system;
    };
    const small = org(2_000);
    const big = org(8_000);
    time(small); // warm up
    const ts = Math.min(time(small), time(small), time(small));
    const tb = Math.min(time(big), time(big), time(big));
    // Four times the entities: well under sixteen times the time (quadratic would be ~16x).
    expect(tb / ts).toBeLessThan(8);
  });
});
