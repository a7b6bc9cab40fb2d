import { describe, expect, it } from 'vitest';
import { isMap } from 'yaml';
import type { Diagnostic } from '../model/diagnostics.ts';
import {
  checkKeys,
  readBoolean,
  readContext,
  readDate,
  readEnum,
  readMap,
  readNumber,
  readRef,
  readText,
  readTextList,
  type ReadContext,
} from './fields.ts';
import { parseYamlFile } from './source.ts';

/** A context over `text` (one map) in area `t`, and the map. */
function open(text: string) {
  const { file } = parseYamlFile('/f.yaml', 'f.yaml', text, { area: 't' });
  const doc = file.documents[0];
  if (!doc || !isMap(doc.contents)) throw new Error('test text must be a map');
  const diagnostics: Diagnostic[] = [];
  const ctx: ReadContext = readContext(file, doc, diagnostics, 't');
  const problems = () => diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
  return { ctx, map: doc.contents, problems };
}

describe('field readers', () => {
  it('read text at its position; report missing, empty and wrong-type values where they are', () => {
    const { ctx, map, problems } = open('name: web\nnum: 0x1F\nblank:\nempty: ""\n');
    expect(readText(ctx, map, 'name')).toEqual({ value: 'web', pos: { file: 'f.yaml', line: 1, column: 7 } });
    expect(readText(ctx, map, 'num', { path: 'spec.num' })).toBeUndefined();
    expect(readText(ctx, map, 'blank', { required: true })).toBeUndefined();
    expect(readText(ctx, map, 'empty')).toBeUndefined();
    expect(readText(ctx, map, 'gone', { required: true, hint: 'add it' })).toBeUndefined();
    expect(readText(ctx, map, 'gone', { required: true, missing: { code: 'no-gone', message: 'this has no `gone`' } })).toBeUndefined();
    expect(problems()).toEqual([
      '2:6 t/wrong-type `spec.num` must be text, not a number (quote it: num: "0x1F")',
      '3:1 t/missing-field required field `blank` has no value',
      '4:8 t/wrong-type `empty` must not be empty',
      '1:1 t/missing-field required field `gone` is missing (add it)',
      '1:1 t/no-gone this has no `gone`',
    ]);
  });

  it('read text lists, item by item', () => {
    const { ctx, map, problems } = open('tags: [a, 2, b]\nnot: text\n');
    expect(readTextList(ctx, map, 'tags')?.map((t) => [t.value, t.pos.column])).toEqual([['a', 8], ['b', 14]]);
    expect(readTextList(ctx, map, 'not')).toBeUndefined();
    expect(problems()).toEqual(['1:11 t/wrong-type `tags[1]` must be non-empty text, not a number', '2:6 t/wrong-type `not` must be a list, not text (write `not: [a, b]` or one `- item` per line)']);
  });

  it('read maps', () => {
    const { ctx, map, problems } = open('m:\n  a: 1\nx: [1]\n');
    expect(readMap(ctx, map, 'm')?.map.get('a')).toBe(1);
    expect(readMap(ctx, map, 'x')).toBeUndefined();
    expect(problems()).toEqual(['3:4 t/wrong-type `x` must be a map of `key: value` lines, not a list']);
  });

  it('read calendar dates, quoted or not, and nothing else', () => {
    const { ctx, map, problems } = open('a: 2028-02-29\nb: "2026-01-15"\nc: 2027-02-29\nd: 2026-01-15T10:00:00Z\n');
    expect(readDate(ctx, map, 'a')?.value).toBe('2028-02-29');
    expect(readDate(ctx, map, 'b')?.value).toBe('2026-01-15');
    expect(readDate(ctx, map, 'c')).toBeUndefined();
    expect(readDate(ctx, map, 'd')).toBeUndefined();
    expect(readDate(ctx, map, 'e', { required: true })).toBeUndefined();
    expect(problems().map((p) => p.replace(/ \(.*/, ''))).toEqual([
      '3:4 t/invalid-date c "2027-02-29" is not a calendar date',
      '4:4 t/invalid-date d "2026-01-15T10:00:00Z" is not a calendar date',
      '1:1 t/missing-field required field `e` is missing',
    ]);
  });

  it('read numbers within bounds', () => {
    const { ctx, map, problems } = open('a: 180\nb: 1.5\nc: 0\nd: "7"\n');
    const days = { integer: true, positive: true, code: 'bad-days', what: 'a positive whole number of days' };
    expect(readNumber(ctx, map, 'a', days)?.value).toBe(180);
    expect(readNumber(ctx, map, 'b', days)).toBeUndefined();
    expect(readNumber(ctx, map, 'c', days)).toBeUndefined();
    expect(readNumber(ctx, map, 'd', { min: 1 })).toBeUndefined();
    expect(problems()).toEqual([
      '2:4 t/bad-days b "1.5" is not a positive whole number of days',
      '3:4 t/bad-days c "0" is not a positive whole number of days',
      '4:4 t/wrong-type d "7" is not a number of at least 1',
    ]);
  });

  it('read booleans', () => {
    const { ctx, map, problems } = open('a: true\nb: yes\n');
    expect(readBoolean(ctx, map, 'a')?.value).toBe(true);
    expect(readBoolean(ctx, map, 'b', { of: 'this step' })).toBeUndefined();
    expect(problems()).toEqual(['2:4 t/wrong-type `b` of this step must be true or false, not text (e.g. b: true)']);
  });

  it('read one of a set of words, with "did you mean"', () => {
    const { ctx, map, problems } = open('a: ga\nb: deprecaton\nc: banana\n');
    const types = ['beta', 'ga', 'deprecation'] as const;
    expect(readEnum(ctx, map, 'a', types)?.value).toBe('ga');
    expect(readEnum(ctx, map, 'b', types, { code: 'invalid-type' })).toBeUndefined();
    expect(readEnum(ctx, map, 'c', types)).toBeUndefined();
    expect(problems()).toEqual([
      '2:4 t/invalid-type b "deprecaton" is not one of beta, ga, deprecation (did you mean deprecation?)',
      '3:4 t/invalid-value c "banana" is not one of beta, ga, deprecation',
    ]);
  });

  it('read entity refs of the allowed kinds', () => {
    const { ctx, map, problems } = open('owner: platform-team\nbad: "two words"\nkind: api:payments\nnum: 5\n');
    const opts = { defaultKind: 'group', kinds: ['group', 'user'], example: 'owner: group:platform-team' };
    expect(readRef(ctx, map, 'owner', opts)?.ref).toEqual({ kind: 'group', namespace: 'default', name: 'platform-team' });
    expect(readRef(ctx, map, 'bad', opts)).toBeUndefined();
    expect(readRef(ctx, map, 'kind', opts)).toBeUndefined();
    expect(readRef(ctx, map, 'num', opts)).toBeUndefined();
    expect(problems()).toEqual([
      '2:6 t/invalid-ref bad "two words": "two words" is not a valid entity name (1-63 letters or digits, separated by -, _ or .) (e.g. owner: group:platform-team)',
      '3:7 t/invalid-ref kind "api:payments" is an api; it must be a group or user (e.g. owner: group:platform-team)',
      '4:6 t/wrong-type num must be an entity reference, not a number (e.g. owner: group:platform-team)',
    ]);
  });

  it('check keys: unknown ones reported with "did you mean", known ones returned', () => {
    const { ctx, map, problems } = open('title: T\ntitel: U\ncolour: red\n');
    const fields = checkKeys(ctx, map, ['title', 'type'], { message: (k) => `unknown field \`${k}\``, otherwise: 'the fields are title, type', severity: 'warning' });
    expect([...fields.keys()]).toEqual(['title']);
    expect(problems()).toEqual(['2:1 t/unknown-field unknown field `titel` (did you mean title?)', '3:1 t/unknown-field unknown field `colour` (the fields are title, type)']);
  });
});
