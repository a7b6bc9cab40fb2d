/** Reading the catalog folder: any depth, .yaml and .yml, BOM, CRLF, empty and comment-only files. */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './helpers.ts';

describe('catalog files', () => {
  const r = loadFixture('edge-cases');

  it('reads *.yaml and *.yml at any depth, sorted, leaving out dot-folders and other files', () => {
    expect(r.files).toEqual([
      'edge-cases/catalog/bom.yaml',
      'edge-cases/catalog/comments-only.yaml',
      'edge-cases/catalog/crlf.yaml',
      'edge-cases/catalog/deep/er/catalog-info.yml',
      'edge-cases/catalog/empty.yaml',
    ]);
  });

  it('accepts a byte-order mark, CRLF line ends, empty documents and comment-only files', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.entities.map((e) => [e.ref, e.source.line, e.source.column])).toEqual([
      ['component:default/deep-component', 5, 1],
      ['group:default/bom-team', 2, 1],
      ['resource:default/crlf-db', 1, 1],
    ]);
    expect(r.byRef.get('resource:default/crlf-db')?.relations.dependsOn).toEqual(['component:default/deep-component']);
  });

  it('is deterministic: the same input gives the same JSON', () => {
    const again = loadFixture('edge-cases');
    expect(JSON.stringify(again.entities)).toBe(JSON.stringify(r.entities));
    const rel = loadFixture('relations');
    expect(JSON.stringify(loadFixture('relations'))).toBe(JSON.stringify(rel));
  });

  it('warns when there is no catalog folder at all', () => {
    const none = loadFixture('no-such-fixture');
    expect(none.entities).toEqual([]);
    expect(none.diagnostics.map((d) => [d.file, d.code, d.severity])).toEqual([
      ['no-such-fixture/catalog', 'catalog/no-catalog-folder', 'warning'],
    ]);
  });
});
