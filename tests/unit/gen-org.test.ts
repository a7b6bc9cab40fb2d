import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateOrganisation } from '../../scripts/gen-org.ts';
import { checkContent } from '../../src/core/check-content.ts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-gen-org-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` with its text, for comparing two generations. */
function snapshot(dir: string): Map<string, string> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return new Map(files.sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe('the benchmark organisation generator', () => {
  it('writes the 1k size (1,000 docs in one folder) so that it checks clean, every doc a page of its own', () => {
    const out = path.join(work, 'a');
    const summary = generateOrganisation(out, { count: 1200, docs: 1000, perFolder: 0, deprecations: 90 });
    const check = checkContent(resolveContentPaths(out), { today: '2026-11-23' });
    // Its sunsets spread over two years around "today": the past ones still have consumers, which a real organisation's check warns about too.
    expect(check.diagnostics.filter((d) => d.code !== 'migration/overdue')).toEqual([]);
    expect(check.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(check.docs.filter((d) => d.relative.startsWith('services/'))).toHaveLength(1000);
    expect(check.catalog.entities).toHaveLength(1200);
    expect(check.announcements).toHaveLength(summary.announcements);
    expect(summary.announcements).toBeGreaterThan(0);
    // Its APIs have definitions that render as references.
    expect(check.apiReferences.length).toBeGreaterThan(100);
    // 1,200 entities, 1,000 docs and ~190 API definitions read and checked: seconds on a busy machine.
  });

  it('spreads docs over folders of the given size, and gives the same files for the same options', () => {
    const a = path.join(work, 'b');
    const b = path.join(work, 'c');
    const summary = generateOrganisation(a, { count: 300, docs: 60, perFolder: 25, deprecations: 5 });
    generateOrganisation(b, { count: 300, docs: 60, perFolder: 25, deprecations: 5 });
    expect(summary.folders).toEqual(['guides/area-01', 'guides/area-02', 'guides/area-03']);
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('refuses to replace a folder it did not make', () => {
    const mine = path.join(work, 'mine');
    fs.mkdirSync(mine);
    fs.writeFileSync(path.join(mine, 'notes.md'), 'keep me');
    expect(() => generateOrganisation(mine, { count: 50, docs: 1, perFolder: 0, deprecations: 0 })).toThrow(/not made by this generator/);
    expect(fs.readFileSync(path.join(mine, 'notes.md'), 'utf8')).toBe('keep me');
  });
});
