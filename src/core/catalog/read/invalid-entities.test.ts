/**
 * onInvalidEntities: a descriptor that fails validation fails the check (`error`), or is
 * left out with a warning at its file:line and listed as not published (`skip`), and a
 * reference to it is a reference to an entity that is not in the catalog. Cut down from
 * Backstage's own monorepo: a 64-character name, an empty Location glob, and files beside a
 * split API definition that no $ref reaches.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../../content-dir.ts';
import { loadCatalog } from '../load.ts';
import { checkCatalogText } from '../load.ts';
import { isDefinitionData } from './definition-data.ts';

const fixture = resolveContentPaths(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/sites/invalid-entities'));
const LONG = 'catalog-backend-module-incremental-ingestion-provider-for-testing';

describe('onInvalidEntities', () => {
  it('error (the default): the 64-character name fails the check; nothing else does', () => {
    const r = loadCatalog(fixture, { onBrokenRefs: 'warn' });
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'invalid-entities/catalog/components/long-name.yaml:4:9 catalog/invalid-name',
      'invalid-entities/catalog/components/storefront.yaml:2:1 catalog/missing-field',
    ]);
    expect(r.notPublished).toEqual([]);
  });

  it('skip: the invalid entity is left out, its problem a warning at the same place, listed with its reason at that place', () => {
    const r = loadCatalog(fixture, { onBrokenRefs: 'warn', onInvalidEntities: 'skip' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const left = r.diagnostics.find((d) => d.code === 'catalog/invalid-name');
    expect(left).toMatchObject({ file: 'invalid-entities/catalog/components/long-name.yaml', line: 4, column: 9, severity: 'warning' });
    expect(left?.hint).toContain('left out of the site (onInvalidEntities: skip)');
    expect(r.notPublished).toEqual([
      {
        source: { file: 'invalid-entities/catalog/components/long-name.yaml', line: 4, column: 9 },
        kind: 'Component',
        name: LONG,
        ref: `component:default/${LONG}`,
        reason: `"${LONG}" is not a valid entity name`,
      },
      {
        source: { file: 'invalid-entities/catalog/components/storefront.yaml', line: 2, column: 1 },
        kind: 'System',
        name: 'storefront',
        ref: 'system:default/storefront',
        reason: 'required field `spec.owner` is missing',
      },
    ]);
    expect(r.byRef.has(`component:default/${LONG}`)).toBe(false);
    expect(r.byRef.has('component:default/web')).toBe(true);
  });

  it('skip: a reference to the left-out entity is a reference to something not in the catalog, and says why', () => {
    const r = loadCatalog(fixture, { onBrokenRefs: 'warn', onInvalidEntities: 'skip' });
    const ref = r.diagnostics.find((d) => d.code === 'catalog/dangling-ref' && d.message.includes('system:storefront'));
    expect(ref).toMatchObject({ file: 'invalid-entities/catalog/components/web.yaml', line: 10, severity: 'warning' });
    expect(ref?.hint).toContain('left out because its descriptor is invalid (invalid-entities/catalog/components/storefront.yaml:2: required field `spec.owner` is missing)');
    expect(r.byRef.get('component:default/web')?.missingRefs?.map((m) => m.ref)).toContain('system:storefront');
  });

  it('a Location glob that matches nothing is a warning, under either policy', () => {
    for (const policy of ['error', 'skip'] as const) {
      const r = loadCatalog(fixture, { onBrokenRefs: 'warn', onInvalidEntities: policy });
      expect(r.diagnostics.find((d) => d.code === 'catalog/location-missing')).toMatchObject({ line: 8, severity: 'warning', message: expect.stringContaining('"./utils/**/catalog-info.yaml" matches no file') });
    }
  });

  it('files beside a split API definition that no $ref reaches are data: no entity, no word', () => {
    const r = loadCatalog(fixture, { onBrokenRefs: 'warn' });
    expect(r.files.filter((f) => f.includes('/openapi/'))).toEqual([]);
    expect(r.diagnostics.filter((d) => d.file.includes('/openapi/'))).toEqual([]);
    expect(r.byRef.get('api:default/petstore')?.definition).toContain('openapi: 3.0.3');
  });

  it('skip: a file that does not parse, a duplicate and a ref of the wrong kind each leave out only their entity', () => {
    const text = [
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: team }\nspec: { type: team, children: [] }',
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: a }\nspec: { type: service, lifecycle: production, owner: component:team }',
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: team }\nspec: { type: team, children: [] }',
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: b }\nspec: { type: service, lifecycle: production, owner: team }',
    ].join('\n---\n');
    const strict = checkCatalogText(text, 'x.yaml');
    expect(strict.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort()).toEqual(['catalog/duplicate-entity', 'catalog/duplicate-entity', 'catalog/wrong-ref-kind']);
    const r = checkCatalogText(text, 'x.yaml', { onInvalidEntities: 'skip' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.entities.map((e) => e.ref)).toEqual(['component:default/b', 'group:default/team']);
    expect(r.notPublished.map((n) => [n.source.line, n.name, n.reason])).toEqual([
      [9, 'a', '`spec.owner` must point at a Group or User, not a Component ("component:team")'],
      [13, 'team', 'group:team is already defined at x.yaml:3'],
    ]);
  });

  it('skip: a document with a YAML syntax error is left out, the others kept', () => {
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: team\nspec: { type: team }\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata: { name: other }\nspec: { type: team, children: [] }\n';
    const r = checkCatalogText(text, 'x.yaml', { onInvalidEntities: 'skip' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.entities.map((e) => e.ref)).toEqual(['group:default/other']);
    expect(r.notPublished).toHaveLength(1);
    expect(r.notPublished[0]?.source.line).toBe(1);
  });
});

describe('isDefinitionData', () => {
  const folders = ['/c/catalog/openapi'];
  it('is data in or below a definition folder with neither apiVersion nor kind', () => {
    expect(isDefinitionData('/c/catalog/openapi/schemas/x.yaml', 'type: object\nproperties:\n  kind: { type: string }\n', folders)).toBe(true);
  });
  it('is a descriptor when a top-level apiVersion or kind is there, in block or flow style', () => {
    expect(isDefinitionData('/c/catalog/openapi/x.yaml', 'kind: Component\n', folders)).toBe(false);
    expect(isDefinitionData('/c/catalog/openapi/x.yaml', '{apiVersion: backstage.io/v1alpha1, kind: API}\n', folders)).toBe(false);
  });
  it('is never data outside definition folders', () => {
    expect(isDefinitionData('/c/catalog/other/x.yaml', 'type: object\n', folders)).toBe(false);
    expect(isDefinitionData('/c/catalog/openapi-more/x.yaml', 'type: object\n', folders)).toBe(false);
  });
});
