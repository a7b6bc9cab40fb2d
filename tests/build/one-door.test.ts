/**
 * One door: every face opens the content the same way (src/core/open-content.ts), so on
 * one content folder whose policy differs from the defaults in stages, levels, review
 * period and reference policy, the build, `check`, `check --diff`, `check --health` and
 * `new` report the same problems and apply the same policy. (Before, `check --diff` used
 * the default levels and called the folder's campaign on level `platinum` an error.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Diagnostic } from '../../src/core/model/diagnostics.ts';
import { formatDiagnostic } from '../../src/core/format-diagnostics.ts';
import { buildSite, root, TEST_TODAY, testOut, withoutVitest } from './site.ts';

const fixture = path.join(root, 'tests/fixtures/sites/one-door');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-one-door-'));

/** Runs a CLI script of the project (scripts/<name>.ts) with the tests' "today". */
function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = withoutVitest({ ...process.env, WAYFINDER_TODAY: TEST_TODAY });
  delete env.WAYFINDER_CONTENT;
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', `${script}.ts`), ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (list: Diagnostic[]) => list.map(formatDiagnostic).sort();

describe('every face, one content folder with its own policy', () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const check = run('check', ['--content', fixture, '--format', 'json']);
  const expected = lines((JSON.parse(check.stdout) as { diagnostics: Diagnostic[] }).diagnostics);

  it('check: no error, the one warning the reference policy (warn) makes of a reference to nothing', () => {
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(/catalog-info\.yaml:18:15: warning: .*left-the-company/);
  });

  it('check --diff: against an empty folder, every problem is new, and they are exactly check\'s', () => {
    const empty = path.join(tmp, 'empty', 'one-door');
    fs.mkdirSync(empty, { recursive: true });
    const r = run('check', ['--content', fixture, '--diff-from', empty, '--format', 'json']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const review = JSON.parse(r.stdout) as { problems: { introduced: Diagnostic[] } };
    expect(lines(review.problems.introduced)).toEqual(expected);
  });

  it('check --health: the policy\'s review period and levels', () => {
    const r = run('check', ['--content', fixture, '--health', '--format', 'json']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { reviewEvery: number; levels: { id: string }[]; docs: { relative?: string; title: string; stale: boolean }[] };
    expect(report.reviewEvery).toBe(30);
    expect(report.levels.map((l) => l.id)).toEqual(['bronze', 'platinum']);
    // Reviewed 53 days before "today": stale under reviewEvery 30 (fresh under the default 180).
    expect(report.docs.find((d) => d.title === 'Use the door')?.stale).toBe(true);
  });

  it('new: writes a file that checks clean under the same policy, adding no problem', () => {
    const copy = path.join(tmp, 'copy', 'one-door');
    fs.cpSync(fixture, copy, { recursive: true });
    const r = run('new', ['how-to', 'open-the-door', '--owner', 'group:door-team', '--services', 'component:door-service', '--content', copy, '--no-input']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/warning|error/);
    const after = run('check', ['--content', copy, '--format', 'json']);
    expect(after.status).toBe(0);
    expect(lines((JSON.parse(after.stdout) as { diagnostics: Diagnostic[] }).diagnostics).map((l) => l.replace('copy/', ''))).toEqual(expected);
  });

  it('the build (and the dev server, which re-checks with the options the build opened): the same warning, no error, the policy on its pages', () => {
    const r = buildSite(fixture, testOut('one-door'));
    expect(r.status, r.output).toBe(0);
    for (const line of expected) expect(r.output).toContain(line);
    expect(r.output).not.toMatch(/not a level|unknown-level/);
    const read = (p: string) => fs.readFileSync(path.join(r.outDir, p, 'index.html'), 'utf8');
    expect(read('campaigns/reach-platinum')).toContain('Platinum');
    expect(read('catalog/component/door-service')).toContain('Incubating');
  });
});
