import { describe, expect, it } from 'vitest';
import { loadFixture, rows } from './helpers.ts';

describe('a catalog exported from a running Backstage (JSON)', () => {
  it('reads the array form and concatenated by-query pages, ignoring what the server writes', () => {
    const r = loadFixture('json-export');
    expect(r.entities.map((e) => e.ref)).toEqual([
      'component:default/artist-web',
      'component:default/lonely',
      'group:default/team-a',
      'user:default/jane',
    ]);
    const web = r.byRef.get('component:default/artist-web');
    expect(web?.owner).toBe('group:default/team-a');
    // Positions are the JSON's own: the entity starts at line 2, column 3 of the file.
    expect(web?.source).toEqual({ file: 'json-export/catalog/entities.json', line: 2, column: 3 });
    // uid, etag, relations and status are not reported as unknown fields.
    expect(rows(r)).toEqual([
      [
        'json-export/catalog/pages.json',
        7,
        72,
        'error',
        'catalog/dangling-ref',
        '`spec.owner` refers to group:guest, which is not in the catalog',
      ],
    ]);
    expect(r.byRef.get('user:default/jane')?.relations.memberOf).toEqual(['group:default/team-a']);
  });

  it('makes the same reference a warning under onBrokenRefs: warn, and keeps it for the page', () => {
    const r = loadFixture('json-export', { onBrokenRefs: 'warn' });
    expect(rows(r).map((x) => x[3])).toEqual(['warning']);
    expect(r.byRef.get('component:default/lonely')?.missingRefs).toEqual([
      { path: 'spec.owner', ref: 'group:guest', pos: { file: 'json-export/catalog/pages.json', line: 7, column: 72 } },
    ]);
  });

  it('reports malformed JSON at its line and column, a repeated key, and JSON that is not an export, and still reads the rest', () => {
    const r = loadFixture('json-malformed');
    expect(rows(r)).toEqual([
      ['json-malformed/catalog/dupe.json', 2, 36, 'error', 'catalog/json-syntax', '"name" appears twice in this object'],
      [
        'json-malformed/catalog/export.json',
        5,
        39,
        'error',
        'catalog/json-syntax',
        'JSON syntax error: a property name in double quotes is expected here',
      ],
      [
        'json-malformed/catalog/notes.json',
        1,
        1,
        'error',
        'catalog/not-an-export',
        'this JSON is not a Backstage catalog export: no array of entities and no `items`',
      ],
    ]);
    expect(r.entities.map((e) => e.ref)).toEqual(['group:default/team-a', 'group:default/team-b']);
  });
});
