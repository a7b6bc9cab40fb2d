/**
 * The change review's API diff on a big definition: two versions of a generated ~5 MB
 * OpenAPI definition with about 500 operations (scripts/gen-large-api.ts), the second with
 * operations removed, a required parameter added and a property's type changed. Measures
 * reading both versions into the reference model (what the review's check already does)
 * and the diff itself; the target is the two together under 2 s. `npm run bench` runs it
 * (also alone: node scripts/bench-api-diff.ts [--json]).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadApiReference } from '../src/core/api/load.ts';
import { diffApi } from '../src/core/api/diff/index.ts';
import { resolveContentPaths } from '../src/core/content-dir.ts';
import type { CatalogEntity } from '../src/core/model/entity.ts';
import { largeApiDefinition } from './gen-large-api.ts';

/** What one run measured. */
export interface ApiDiffBench {
  bytes: number;
  operations: number;
  readMs: number;
  diffMs: number;
  /** CPU time of the two steps together (the machine may be shared). */
  cpuMs: number;
  breaking: number;
  changes: number;
}

/** The second version: every 50th operation gone, a required header on every GET, one property's type changed everywhere. */
function changed(text: string): string {
  const doc = JSON.parse(text) as { paths: Record<string, Record<string, { parameters?: unknown[] }>>; components: { schemas: Record<string, { properties?: Record<string, { type?: string }> }> } };
  let i = 0;
  for (const item of Object.values(doc.paths)) {
    for (const method of Object.keys(item)) {
      if (++i % 50 === 0) delete item[method];
      else if (method === 'get') item[method]!.parameters = [...(item[method]!.parameters ?? []), { name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } }];
    }
  }
  const first = Object.values(doc.components.schemas).find((s) => s.properties && Object.values(s.properties).some((p) => p.type === 'string'));
  const prop = first?.properties ? Object.values(first.properties).find((p) => p.type === 'string') : undefined;
  if (prop) prop.type = 'integer';
  return JSON.stringify(doc, null, 1);
}

/** Generates, reads and diffs; returns the figures. */
export function benchApiDiff(): ApiDiffBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-api-diff-'));
  try {
    let before = JSON.stringify(JSON.parse(largeApiDefinition({ operations: 500, tagged: true, schemasPerResource: 10 })), null, 1);
    // Grow it to about 5 MB with descriptions, as real definitions are.
    const doc = JSON.parse(before) as { paths: Record<string, Record<string, { description?: string }>> };
    const filler = 'Explains what this operation does, what it returns and when it fails. '.repeat(100);
    for (const item of Object.values(doc.paths)) for (const op of Object.values(item)) op.description = `${op.description ?? ''} ${filler}`;
    before = JSON.stringify(doc, null, 1);
    const after = changed(before);
    const root = path.join(dir, 'content');
    fs.mkdirSync(path.join(root, 'catalog'), { recursive: true });
    fs.writeFileSync(path.join(root, 'catalog/before.json'), before);
    fs.writeFileSync(path.join(root, 'catalog/after.json'), after);
    const paths = resolveContentPaths(root);
    const entity = (file: string, text: string): CatalogEntity =>
      ({ ref: 'api:default/big', kind: 'api', name: 'big', type: 'openapi', definition: text, definitionSource: `content/catalog/${file}`, source: { file: 'content/catalog/catalog-info.yaml', line: 1, column: 1 } }) as unknown as CatalogEntity;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const a = loadApiReference(paths, entity('before.json', before)).reference;
    const b = loadApiReference(paths, entity('after.json', after)).reference;
    const t1 = performance.now();
    const diff = a && b ? diffApi(a, b) : undefined;
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    if (!a || !b || !diff) throw new Error('the generated definitions did not read');
    return {
      bytes: Buffer.byteLength(before),
      operations: a.groups.reduce((n, g) => n + g.operations.length, 0),
      readMs: Math.round(t1 - t0),
      diffMs: Math.round(t2 - t1),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      breaking: diff.changes.filter((c) => c.level === 'breaking').length,
      changes: diff.changes.length + diff.omitted,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One line for the bench's report. */
export function apiDiffLine(r: ApiDiffBench): string {
  return `API diff: two versions of a ${(r.bytes / 1024 ** 2).toFixed(1)} MB OpenAPI definition with ${r.operations} operations read in ${(r.readMs / 1000).toFixed(2)} s and diffed in ${(r.diffMs / 1000).toFixed(2)} s, ${(r.cpuMs / 1000).toFixed(2)} s of CPU for both (${r.changes} changes, ${r.breaking} listed as breaking; target: under 2 s together).`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchApiDiff();
  console.log(process.argv.includes('--json') ? JSON.stringify(r) : apiDiffLine(r));
}
