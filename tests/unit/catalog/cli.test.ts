/** The `check` CLI, run as `node scripts/check.ts` with the Node that runs the tests. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHECK = path.join(ROOT, 'scripts/check.ts');

/**
 * Runs the check from the content folder's parent (a person beside their content folder),
 * or from `cwd`; printed paths are relative to it. npm's INIT_CWD is left out unless given.
 */
function check(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const content = args.includes('--content') ? args[args.indexOf('--content') + 1] : undefined;
  const r = spawnSync(process.execPath, [CHECK, ...args], {
    cwd: cwd ?? (content ? path.dirname(content) : ROOT),
    encoding: 'utf8',
    env: { ...process.env, WAYFINDER_CONTENT: '', INIT_CWD: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const fixture = (name: string): string => path.join(FIXTURES, name);

describe('node scripts/check.ts', () => {
  it('exits 0 on a good catalog and prints a summary', () => {
    const r = check(['--content', fixture('relations')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Checked 11 entities \(1 api, 2 component, 1 domain, 3 group, 1 resource, 1 system, 2 user\), 0 docs, 0 onboarding paths and 0 announcements in \d+ ms: 0 errors, 0 warnings, 0 skipped\.\n$/,
    );
  });

  it('exits 1 on a broken catalog, printing each problem as path:line:col: severity: message (hint)', () => {
    const r = check(['--content', fixture('dangling-ref')]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'dangling-ref/catalog/entities.yaml:24:10: error: `spec.owner` refers to group:payments-tem, which is not in the catalog (did you mean group:payments-team?)',
    );
    expect(lines).toHaveLength(6);
    expect(lines[5]).toMatch(/: 5 errors, 0 warnings, 0 skipped\.$/);
  });

  it('names files from the folder it was run in, or from the one npm was run in, so a click opens them', () => {
    const content = fixture('dangling-ref');
    const first = (r: { stdout: string }) => r.stdout.split('\n')[0];
    expect(first(check(['--content', content], {}, content))).toMatch(/^catalog\/entities\.yaml:24:10: error: /);
    expect(first(check(['--content', content], {}, path.join(content, 'catalog')))).toMatch(/^entities\.yaml:24:10: error: /);
    // `npm run check` starts in the project root and keeps the person's folder in INIT_CWD.
    const npm = check(['--content', content], { INIT_CWD: content, npm_package_json: path.join(ROOT, 'package.json') }, ROOT);
    expect(first(npm)).toMatch(/^catalog\/entities\.yaml:24:10: error: /);
    const github = check(['--content', content, '--format', 'github'], {}, content);
    expect(github.stdout.split('\n')[0]).toMatch(/^::error file=catalog\/entities\.yaml,line=24,col=10,/);
  });

  it('checks the docs frontmatter and its refs too', () => {
    const r = check(['--content', fixture('docs-refs')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'docs-refs/docs/how-to/pay.md:3:8: error: `owner` refers to group:payments-tem, which is not in the catalog (did you mean group:payments-team?)',
    );
    expect(r.stdout).toMatch(/, 2 docs, 0 onboarding paths and 0 announcements in \d+ ms: 3 errors, 0 warnings, 0 skipped\.\n$/);
  });

  it('exits 0 when there are only warnings, and counts skipped entities', () => {
    const r = check(['--content', fixture('unknown-kind')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: 0 errors, 4 warnings, 3 skipped\.\n$/);
  });

  it('--format json prints entity counts and the diagnostics', () => {
    const r = check(['--content', fixture('dangling-ref'), '--format', 'json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { entities: Record<string, number>; diagnostics: { file: string; line: number; column: number; code: string }[] };
    expect(out.entities).toEqual({ component: 1, group: 1, resource: 1 });
    expect(out.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'dangling-ref/catalog/entities.yaml:24:10 catalog/dangling-ref',
      'dangling-ref/catalog/entities.yaml:25:11 catalog/dangling-ref',
      'dangling-ref/catalog/entities.yaml:27:7 catalog/invalid-ref',
      'dangling-ref/catalog/entities.yaml:28:7 catalog/dangling-ref',
      'dangling-ref/catalog/entities.yaml:29:18 catalog/wrong-ref-kind',
    ]);
  });

  it('--format github prints workflow annotations', () => {
    const r = check(['--content', fixture('dangling-ref'), '--format=github']);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      '::error file=dangling-ref/catalog/entities.yaml,line=24,col=10,title=catalog/dangling-ref::`spec.owner` refers to group:payments-tem, which is not in the catalog (did you mean group:payments-team?)',
    );
  });

  it('reads WAYFINDER_CONTENT like --content', () => {
    const r = check([], { WAYFINDER_CONTENT: fixture('dangling-ref') });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('dangling-ref/catalog/entities.yaml:24:10');
  });

  it('answers bad usage with a friendly message and exit 2, no stack trace', () => {
    for (const args of [['--bogus'], ['--format', 'xml'], ['stray'], ['--content'], ['--content', fixture('nope')]]) {
      const r = check(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^wayfinder check: .+\nRun "node scripts\/check.ts --help" for the options\.\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });

  it('--help prints the usage and exits 0', () => {
    const r = check(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: node scripts\/check.ts/);
  });
});

describe('node scripts/check.ts and the policy file', () => {
  const site = (name: string): string => path.join(ROOT, 'tests/fixtures/sites', name);

  it("reads wayfinder.yaml in the content folder: the Backstage fixture's broken refs are warnings, as in its build", () => {
    const r = check(['--content', site('backstage')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('backstage/catalog/components/podcast-api.yaml:9:10: warning: `spec.owner` refers to group:guest');
    // The ninth: its techdocs-ref is a url:, which an offline build does not fetch.
    expect(r.stdout).toContain("artist-lookup.yaml:14:5: warning: artist-lookup's TechDocs are remote");
    expect(r.stdout).toMatch(/: 0 errors, 9 warnings, 0 skipped\.\n$/);
  });

  it('lets --on-broken-refs override the file, with GitHub annotations at the same severity', () => {
    const strict = check(['--content', site('backstage'), '--on-broken-refs', 'error', '--format', 'github']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('::error file=backstage/catalog/components/podcast-api.yaml,line=9,col=10,title=catalog/dangling-ref::`spec.owner` refers to group:guest');
    const lenient = check(['--content', fixture('dangling-ref'), '--on-broken-refs', 'warn', '--format', 'github']);
    expect(lenient.stdout).toContain('::warning file=dangling-ref/catalog/entities.yaml,line=24,col=10,title=catalog/dangling-ref::');
    // The policy covers references to entities that are missing, not refs that are malformed.
    expect(lenient.stdout).toContain('::error file=dangling-ref/catalog/entities.yaml,line=27,col=7,title=catalog/invalid-ref::');
    expect(lenient.status).toBe(1);
    expect(check(['--on-broken-refs', 'ignore']).status).toBe(2);
  });

  it('stops at a broken policy file, naming its line and column', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-cli-policy-'));
    fs.writeFileSync(path.join(dir, 'wayfinder.yaml'), 'reviewEvery: soon\n');
    const r = check(['--content', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${path.basename(dir)}/wayfinder.yaml:1:14: error: \`reviewEvery\`: expected number, received string (e.g. reviewEvery: 180)`);
  });
});

describe('node scripts/check.ts --health, maturity', () => {
  const demo = path.join(ROOT, 'content');
  it('reports levels and campaign progress in JSON', () => {
    const r = check(['--content', demo, '--health', '--format', 'json', '--no-git'], { WAYFINDER_TODAY: '2026-11-23' });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { levels: { id: string }[]; totals: { levels: Record<string, number> }; campaigns: { id: string; state: string; todo: number }[] };
    expect(report.levels.map((l) => l.id)).toEqual(['bronze', 'silver', 'gold']);
    expect(Object.keys(report.totals.levels)).toEqual(['none', 'bronze', 'silver', 'gold']);
    expect(report.campaigns.map((c) => [c.id, c.state])).toEqual([
      ['runbooks-before-peak', 'overdue'],
      ['docs-for-every-service', 'on-track'],
    ]);
  });
  it('--fail-under-level holds a team to a level, listing what is below it; an unknown level is a usage error', () => {
    const below = check(['--content', demo, '--health', '--no-git', '--fail-under-level', 'silver', '--team', 'group:shipping-team'], { WAYFINDER_TODAY: '2026-11-23' });
    expect(below.status).toBe(1);
    expect(below.stdout).toMatch(/Health gate failed: \d+ of \d+ entities of group:default\/shipping-team are below Silver \(--fail-under-level silver\): component:default\/carrier-gateway \(No level yet, content\/catalog\/shipping\/catalog-info\.yaml\)/);
    const ok = check(['--content', demo, '--health', '--no-git', '--fail-under-level', 'bronze', '--team', 'group:identity-team'], { WAYFINDER_TODAY: '2026-11-23' });
    expect(ok.stdout).not.toContain('Health gate failed');
    const typo = check(['--content', demo, '--health', '--fail-under-level', 'silvr']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('unknown --fail-under-level "silvr" (did you mean silver?)');
  });
});
