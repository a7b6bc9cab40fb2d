import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../core/content-dir.ts';
import { checkAndKeep, checkedContent, contentCheckCount, forgetCheckedContent } from './checked-content.ts';

const root = path.resolve(import.meta.dirname, '../..');
const site = (name: string) => resolveContentPaths(path.join(root, 'tests/fixtures/sites', name), {}, root, root);

describe('checked content kept for the build', () => {
  it('gives the loaders and data/ the plugin’s result instead of checking again', () => {
    const before = contentCheckCount();
    const kept = checkAndKeep(site('minimal'));
    expect(checkedContent(site('minimal'))).toBe(kept);
    expect(checkedContent(site('minimal')).catalog.entities.map((e) => e.ref).sort()).toEqual([
      'component:default/hello-service',
      'group:default/fixture-team',
    ]);
    expect(contentCheckCount()).toBe(before + 1);
  });

  it('keeps one result per content folder, and checks a folder nobody checked yet once', () => {
    forgetCheckedContent(site('bad-catalog'));
    const before = contentCheckCount();
    const bad = checkedContent(site('bad-catalog'));
    expect(bad.catalog.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(checkedContent(site('bad-catalog'))).toBe(bad);
    expect(contentCheckCount()).toBe(before + 1);
    expect(checkedContent(site('minimal'))).not.toBe(bad);
  });
});
