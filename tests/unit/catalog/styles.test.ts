/**
 * The same descriptors written as block YAML, flow YAML and JSON documents give the same
 * problems, each at the line and column of the value in that file: the fast reader takes
 * all three styles (and the full parser, WAYFINDER_FAST_YAML=0, agrees).
 */
import { describe, expect, it } from 'vitest';
import { checkCatalogText } from '../../../src/core/catalog/load.ts';
import { parseYamlFile } from '../../../src/core/yaml/source.ts';

const BLOCK = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments
  tags: [java, Java]
spec:
  type: 3
  lifecycle: production
  owner: group:nobody
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-a
spec:
  type: team
  children: []
`;

const FLOW = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  {
    name: payments,
    tags: [ java,
      Java ]
  }
spec: { type: 3,
  lifecycle: production, owner: "group:nobody" }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: team-a }
spec:
  {
    type: team,
    children: []
  }
`;

const JSON_DOCS = [
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'payments', tags: ['java', 'Java'] }, spec: { type: 3, lifecycle: 'production', owner: 'group:nobody' } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name: 'team-a' }, spec: { type: 'team', children: [] } },
]
  .map((d) => `${JSON.stringify(d, null, 2)}\n`)
  .join('---\n');

/** The 1-based line and column of the `n`th occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 1): string {
  let i = -1;
  for (let k = 0; k < n; k++) i = text.indexOf(needle, i + 1);
  expect(i, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  return `${line}:${i - before.lastIndexOf('\n')}`;
}

const problems = (text: string): string[] =>
  checkCatalogText(text, 'catalog/x.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('a problem is reported at the same place in block, flow and JSON descriptors', () => {
  const styles: [string, string, Record<string, string>][] = [
    ['block', BLOCK, { tag: 'Java', type: '3\n', owner: 'group:nobody' }],
    ['flow', FLOW, { tag: 'Java', type: '3,', owner: '"group:nobody"' }],
    ['JSON', JSON_DOCS, { tag: '"Java"', type: '3,', owner: '"group:nobody"' }],
  ];
  for (const [style, text, needles] of styles) {
    it(`${style}`, () => {
      expect(parseYamlFile('/x.yaml', 'x.yaml', text).file.fast).toBe(true);
      const expected = [
        `${at(text, needles.tag as string)} catalog/invalid-tag`,
        `${at(text, needles.type as string)} catalog/wrong-type`,
        `${at(text, needles.owner as string)} catalog/dangling-ref`,
      ];
      const got = problems(text);
      expect(got).toEqual(expected);
      const before = process.env.WAYFINDER_FAST_YAML;
      process.env.WAYFINDER_FAST_YAML = '0';
      try {
        expect(problems(text)).toEqual(got);
      } finally {
        if (before === undefined) delete process.env.WAYFINDER_FAST_YAML;
        else process.env.WAYFINDER_FAST_YAML = before;
      }
    });
  }
});
