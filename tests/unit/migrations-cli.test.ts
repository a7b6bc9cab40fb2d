/** `npm run check` on migrations: the plan checks at file:line, the overdue sunset warning, the CI flag, and --health's JSON. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SITE = path.join(ROOT, 'tests/fixtures/sites/migrations');

function check(args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts'), '--content', SITE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WAYFINDER_CONTENT: '', WAYFINDER_TODAY: '2026-11-23' },
  });
  return { status: r.status, stdout: r.stdout };
}
vi.setConfig({ testTimeout: 30_000 });

describe('check and migrations', () => {
  it('warns at the annotation about a misspelt announcement and a plan after the sunset, and at the announcement sunset date about the passed sunset', () => {
    const r = check([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('migrations/catalog/catalog-info.yaml:45:52: warning: component:billing plans to move by 2027-03-01, after old-queue-deprecation\'s sunset 2026-10-31');
    expect(r.stdout).toContain('migrations/catalog/catalog-info.yaml:57:51: warning: annotation wayfinder.dev/migration-old-queue-deprecaton names no announcement (did you mean wayfinder.dev/migration-old-queue-deprecation?)');
    expect(r.stdout).toContain('migrations/lifecycle/old-queue-deprecation.md:7:9: warning: the sunset 2026-10-31 has passed and 2 consumers still use component:old-queue (1 planned, 1 not started)');
  });
  it('--fail-on-overdue-migrations makes the passed sunset an error, for CI', () => {
    const r = check(['--fail-on-overdue-migrations']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('old-queue-deprecation.md:7:9: error: the sunset 2026-10-31 has passed');
  });
  it('--health --format json has each migration by team', () => {
    const r = check(['--health', '--format', 'json']);
    const json = JSON.parse(r.stdout) as { migrations: { announcement: string; overdue: boolean; teams: { team: string; counts: Record<string, number> }[] }[] };
    expect(json.migrations).toEqual([
      expect.objectContaining({ announcement: 'old-queue-deprecation', overdue: true, teams: [expect.objectContaining({ team: 'group:default/payments', counts: { 'not-started': 1, planned: 1, exempt: 0, done: 0 } })] }),
    ]);
  });
});
