import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../core/content-dir.ts';
import fs from 'node:fs';
import os from 'node:os';
import { checkAndKeep, checkedContent, contentCheckCount, forgetCheckedContent, recheckAndKeepIfClean } from './checked-content.ts';

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

  it('after an edit in astro dev, keeps the last good content while the new one has errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-recheck-'));
    try {
      fs.cpSync(path.join(root, 'tests/fixtures/sites/minimal'), dir, { recursive: true });
      const paths = resolveContentPaths(dir, {}, root, root);
      const good = checkAndKeep(paths);
      const file = (fs.readdirSync(paths.catalog, { recursive: true }) as string[]).find((f) => f.endsWith('.yaml')) as string;
      const text = fs.readFileSync(path.join(paths.catalog, file), 'utf8');
      fs.writeFileSync(path.join(paths.catalog, file), `${text}\nkind: [unclosed\n`);
      expect(recheckAndKeepIfClean(paths).catalog.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      expect(checkedContent(paths)).toBe(good);
      fs.writeFileSync(path.join(paths.catalog, file), text);
      const fixed = recheckAndKeepIfClean(paths);
      expect(fixed).not.toBe(good);
      expect(checkedContent(paths)).toBe(fixed);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
