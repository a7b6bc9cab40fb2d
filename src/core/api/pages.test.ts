import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeApiDefinition, writeLargeApiContent } from '../../../scripts/gen-large-api.ts';
import { loadCatalog } from '../catalog/load.ts';
import { resolveContentPaths } from '../content-dir.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { loadApiReferences } from './load.ts';
import type { ApiReference } from './model.ts';
import { anchorMap, operationsOf, planReferencePages, weightOf } from './pages.ts';
import { resourceOf } from './openapi.ts';

describe('a large API reference (300 operations, shared schemas, HTML descriptions) split into pages', () => {
  let ref: ApiReference;
  let diagnostics: Diagnostic[];
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-large-api-'));
    writeLargeApiContent(dir, [{ name: 'large-api', operations: 300, tagged: false }], (f, t) => {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, t);
    });
    const paths = resolveContentPaths(dir);
    const r = loadApiReferences(paths, loadCatalog(paths).entities);
    ref = r.references[0] as ApiReference;
    diagnostics = r.diagnostics;
  });

  it('groups untagged operations by the resource their path names, each with every operation', () => {
    expect(operationsOf(ref.groups)).toHaveLength(300);
    expect(ref.groups[0]?.name).toBe('accounts');
    expect(ref.groups[0]?.operations.map((o) => `${o.method} ${o.path}`)).toContain('POST /v1/accounts/{account}/cancel');
    expect(resourceOf('/v1/customers/{customer}/sources')).toBe('customers');
    expect(resourceOf('/2.0/{x}')).toBe('Operations');
  });

  it('links to a named schema below the first level instead of copying it under every operation', () => {
    const op = operationsOf(ref.groups).find((o) => o.anchor === 'get-v1-accounts-account');
    const body = op?.responses[0]?.contents[0]?.schema;
    expect(body?.name).toBe('account');
    expect(body?.properties?.find((p) => p.name === 'detail_0')?.schema).toMatchObject({ link: { name: 'account_detail_0', anchor: 'schema-account_detail_0' } });
    expect(body?.properties?.find((p) => p.name === 'detail_0')?.schema.properties).toBeUndefined();
    // An inlined emoji image is no problem; nothing else in it loads from another host.
    expect(diagnostics.filter((d) => d.code === 'api/remote-resource')).toEqual([]);
  });

  it('puts every operation and schema on exactly one page, none heavier than the budget allows, and maps each anchor to its page', () => {
    const plan = planReferencePages(ref, { wholeUpTo: 60_000, perPage: 100_000 });
    expect(plan.split).toBe(true);
    const opAnchors = plan.pages.flatMap((p) => operationsOf(p.groups).map((o) => o.anchor));
    expect(opAnchors).toEqual(operationsOf(ref.groups).map((o) => o.anchor));
    expect(plan.pages.flatMap((p) => p.types.map((t) => t.anchor)).sort()).toEqual(ref.types.map((t) => t.anchor).sort());
    for (const p of plan.pages) expect(weightOf(p.groups) + weightOf(p.types)).toBeLessThan(110_000);
    expect(new Set(plan.pages.map((p) => p.slug)).size).toBe(plan.pages.length);
    const map = anchorMap(plan);
    expect(map.pages[map.anchors['post-v1-customers'] as number]).toBe('customers');
    expect(map.pages[map.anchors['schema-customer'] as number]).toMatch(/^schemas/);
    expect(plan.pages.find((p) => p.types.length > 0)?.title).toMatch(/^Schemas: account – /);
  });

  it('keeps a small reference whole on its API page', () => {
    const small: ApiReference = { ...ref, groups: ref.groups.slice(0, 1).map((g) => ({ ...g, operations: g.operations.slice(0, 3) })), types: [] };
    expect(planReferencePages(small)).toMatchObject({ split: false, pages: [] });
  });

  it('is deterministic', () => {
    expect(largeApiDefinition({ operations: 40, tagged: true })).toBe(largeApiDefinition({ operations: 40, tagged: true }));
  });
});
