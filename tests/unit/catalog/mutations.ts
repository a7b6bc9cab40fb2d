/** Valid descriptors and random edits to them, for the property-based tests. */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { FIXTURES } from './helpers.ts';

/** Valid descriptors to start mutating from. */
export const SEEDS: string[] = [
  fs.readFileSync(path.join(FIXTURES, 'relations/catalog/services/payments.yaml'), 'utf8'),
  fs.readFileSync(path.join(FIXTURES, 'relations/catalog/org/groups.yaml'), 'utf8'),
  fs.readFileSync(path.join(FIXTURES, 'backstage-docs/catalog/api.yaml'), 'utf8'),
  fs.readFileSync(path.join(FIXTURES, 'backstage-overall/catalog/catalog-info.yaml'), 'utf8'),
];

const INSERTS = [':', '-', '\t', '"', "'", '#', '[', ']', '{', '}', ',', '|', '>', '&a', '*a', '!tag', '---\n', '\n', ' ', '  ', '\r', '\ufeff', '$text: ./x', 'javascript:'];

/** One edit to a text: delete a range, insert something, or duplicate or drop a line. */
export const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 6 })) }),
  fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('dropLine' as const), at: fc.nat() }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies edits in order. */
export function mutate(text: string, edits: readonly Mutation[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % (t.length + 1) : 0;
    if (e.op === 'delete') t = t.slice(0, at) + t.slice(at + e.len);
    else if (e.op === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
    else {
      const lines = t.split('\n');
      const i = e.at % lines.length;
      if (e.op === 'dupLine') lines.splice(i, 0, lines[i] ?? '');
      else lines.splice(i, 1);
      t = lines.join('\n');
    }
  }
  return t;
}

