/**
 * Property-based tests: random and mutated YAML never makes the catalog reader throw,
 * and every diagnostic points inside the file it names.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCatalogText } from '../../../src/core/catalog/load.ts';
import { countLines } from '../../../src/core/yaml/source.ts';
import type { CatalogResult } from '../../../src/core/model/entity.ts';
import { mutate, mutation, SEEDS } from './mutations.ts';

/** Every diagnostic of `r` points at a line and column that exist in `text`. */
function assertPositionsInside(text: string, r: CatalogResult): void {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCount = countLines(body);
  const lines = body.split('\n');
  for (const d of r.diagnostics) {
    expect(d.code).not.toBe('catalog/internal-error');
    if (d.file !== 'fuzz/catalog-info.yaml') continue; // e.g. a $text target that does not exist
    expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(lineCount);
    expect(d.column, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
    expect(d.column, JSON.stringify(d)).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  for (const e of r.entities) {
    expect(e.source.line).toBeGreaterThanOrEqual(1);
    expect(e.source.line).toBeLessThanOrEqual(lineCount);
    for (const l of e.links) expect(l.url).toMatch(/^(https?|mailto|tel):/i);
  }
}

/** Runs per property; FUZZ_RUNS=20000 for a longer search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);

const run = (text: string): CatalogResult => checkCatalogText(text, 'fuzz/catalog-info.yaml');

describe('the catalog reader on random input', () => {
  it('never throws on mutated descriptors, and every diagnostic is inside the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        const text = mutate(seed, edits);
        assertPositionsInside(text, run(text));
      }),
      { numRuns: RUNS },
    );
  }, Math.max(60_000, RUNS * 20));

  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom('a', 'b', ':', '-', ' ', '\n', '\t', '"', "'", '#', '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '?', '%', '@', '`', '.', '0', '1', '\r', '\u00e9') }), (text) => {
        assertPositionsInside(text, run(text));
      }),
      { numRuns: RUNS },
    );
  }, Math.max(60_000, RUNS * 20));

  it('never throws on valid YAML of any shape in entity positions', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const entity = fc.record({
      apiVersion: fc.oneof(fc.constant('backstage.io/v1alpha1'), value),
      kind: fc.oneof(fc.constantFrom('Component', 'API', 'Group', 'User', 'System', 'Domain', 'Resource', 'Location'), value),
      metadata: fc.oneof(
        fc.record({ name: fc.oneof(fc.constant('x'), value), links: value, tags: value, annotations: value, labels: value, title: value }, { requiredKeys: [] }),
        value,
      ),
      spec: fc.oneof(
        fc.record(
          {
            type: value, lifecycle: value, owner: value, system: value, definition: value, children: value, memberOf: value,
            dependsOn: value, providesApis: value, escalation: value, profile: value, targets: value, target: value, parent: value,
          },
          { requiredKeys: [] },
        ),
        value,
      ),
    }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(entity, { minLength: 1, maxLength: 3 }), (docs) => {
        const text = docs.map((d) => stringify(d)).join('---\n');
        assertPositionsInside(text, run(text));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, Math.max(60_000, RUNS * 20));
});
