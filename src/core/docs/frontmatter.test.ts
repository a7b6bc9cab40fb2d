import { describe, expect, it } from 'vitest';
import { checkDocText } from './frontmatter.ts';

const check = (fm: string) => checkDocText(`---\n${fm}\n---\n\nBody.\n`, '/x.md', 'content/docs/x.md', 'x.md');
const lines = (fm: string) => check(fm).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

describe('doc frontmatter', () => {
  it('accepts every Wayfinder field in its right shape and keeps positions', () => {
    const { meta, diagnostics } = check(
      'title: Provision a database\nowner: group:platform-team\nlastReviewed: 2026-10-02\nreviewEvery: 180\naudience: [backend, new-hire]\nservices:\n  - component:db-provisioner\n  - resource:default/orders-db\nsidebar:\n  order: 3',
    );
    expect(diagnostics).toEqual([]);
    expect(meta.owner).toEqual({ value: 'group:platform-team', line: 3, column: 8 });
    expect(meta.lastReviewed?.value).toBe('2026-10-02');
    expect(meta.reviewEvery?.value).toBe(180);
    expect(meta.audience.map((a) => a.value)).toEqual(['backend', 'new-hire']);
    expect(meta.services.map((s) => [s.value, s.line, s.column])).toEqual([
      ['component:db-provisioner', 8, 5],
      ['resource:default/orders-db', 9, 5],
    ]);
    expect(meta.order).toBe(3);
  });

  it('reports each malformed value at its line and column', () => {
    expect(lines('title: T\nlastReviewed: 2026-13-01')).toEqual([
      '3:15 docs/invalid-date lastReviewed "2026-13-01" is not a calendar date',
    ]);
    expect(lines('title: T\nreviewEvery: 1.5')).toEqual([
      '3:14 docs/invalid-review-every reviewEvery "1.5" is not a positive whole number of days',
    ]);
    expect(lines('title: T\nowner: api:payments-api')).toEqual([
      '3:8 docs/invalid-ref owner "api:payments-api" is an api; it must be a group or user',
    ]);
    expect(lines('title: T\naudience: backend')).toEqual(['3:11 docs/wrong-type `audience` must be a list, not text']);
    expect(lines('title: T\nservices: [component:ok, "two words"]')).toEqual([
      '3:26 docs/invalid-ref services item "two words": "two words" is not a valid entity name (1-63 letters or digits, separated by -, _ or .)',
    ]);
  });

  it('collects every problem at once', () => {
    expect(check('title: T\nowner: "a b"\nlastReviewed: 2026-02-30\nreviewEvery: 0').diagnostics).toHaveLength(3);
  });

  it('reports a missing title, missing frontmatter and broken YAML', () => {
    expect(lines('description: no title')).toEqual(['1:1 docs/missing-title this doc has no `title`']);
    expect(checkDocText('No frontmatter here', '/x.md', 'x.md', 'x.md').diagnostics[0]?.code).toBe('docs/no-frontmatter');
    const yaml = check('title: [unclosed');
    expect(yaml.diagnostics[0]?.code).toBe('docs/yaml-syntax');
    expect(yaml.diagnostics[0]?.line).toBeGreaterThanOrEqual(2);
  });
});
