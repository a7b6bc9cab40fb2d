/** `npm run notices` on the demo, and the manual's weekly workflows being the ones in examples/, word for word. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { simpleParser } from 'mailparser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manual = fs.readFileSync(path.join(ROOT, 'manual/notices.md'), 'utf8');
const github = fs.readFileSync(path.join(ROOT, 'examples/github-actions/notices.yml'), 'utf8');
const gitlab = fs.readFileSync(path.join(ROOT, 'examples/gitlab/notices.gitlab-ci.yml'), 'utf8');
vi.setConfig({ testTimeout: 60_000 });

function notices(args: string[], content = path.join(ROOT, 'content')): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/notices.ts'), '--content', content, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, WAYFINDER_CONTENT: '', WAYFINDER_TODAY: '2026-11-23', WAYFINDER_SITE: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run notices', () => {
  it("Markdown: the Payments team's sunset, with its planned and silent services and whom to ask", () => {
    const r = notices(['--team', 'payments-team', '--within', '70d']);
    expect(r.status).toBe(0);
    // Links on the site's address from wayfinder.yaml (site.url).
    expect(r.stdout).toContain('**2027-01-29** · Sunset: [legacy-deployer is deprecated; move to Launchpad by 29 January 2027](https://handbook.tidewater.example/lifecycle/legacy-deployer-deprecation/)');
    expect(r.stdout).toContain('[Ledger service](https://handbook.tidewater.example/catalog/component/ledger-service/): planned by 2027-01-15');
    expect(r.stdout).toContain('Ask: [Developer Platform](https://handbook.tidewater.example/teams/platform-team/), [\\#dev-platform]');
  });
  it('Slack and email need the site address; an unknown team gets "did you mean"', () => {
    // A content folder whose wayfinder.yaml names no site.url.
    expect(notices(['--format', 'slack'], path.join(ROOT, 'tests/fixtures/sites/migrations')).stderr).toContain("--format slack needs the site's public address");
    const r = notices(['--team', 'payments-tem']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('did you mean group:payments-team?');
  });
  it('writes one .eml per team with an email address', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-notices-'));
    const r = notices(['--format', 'email', '--out', out, '--within', '70d', '--site', 'https://preview.tidewater.example']);
    expect(r.status).toBe(0);
    const mail = await simpleParser(fs.readFileSync(path.join(out, 'payments-team.eml')));
    expect(mail.subject).toMatch(/^Payments: \d+ things to do soon$/);
    expect(mail.text).toContain('https://preview.tidewater.example/lifecycle/legacy-deployer-deprecation/'); // --site overrides site.url
    expect(mail.html).toContain('Ledger service</a>: planned by 2027-01-15');
  });
});

describe('the weekly notices workflows', () => {
  it('are in the manual as shipped in examples/', () => {
    expect(/## Every Monday in Slack \(GitHub Actions\)[\s\S]*?```yaml\n([\s\S]*?)```/.exec(manual)?.[1]).toBe(github);
    expect(/## The same in GitLab CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(manual)?.[1]).toBe(gitlab);
  });
  it('run weekly, write Slack payloads with the notices command and post them with the secret', () => {
    const wf = parse(github) as { on: { schedule: { cron: string }[] }; jobs: { notices: { steps: { run?: string; env?: Record<string, string> }[] } } };
    expect(wf.on.schedule[0]?.cron).toBe('0 7 * * 1');
    expect(github).toContain('npm run --silent notices -- --within 30d --format slack --out notices');
    expect(wf.jobs.notices.steps.find((s) => s.env?.SLACK_WEBHOOK_URL)?.env?.SLACK_WEBHOOK_URL).toBe('${{ secrets.SLACK_WEBHOOK_URL }}');
    const gl = parse(gitlab) as { notices: { rules: { if: string }[]; script: string[] } };
    expect(gl.notices.rules[0]?.if).toBe('$CI_PIPELINE_SOURCE == "schedule"');
    expect(gl.notices.script).toContain('npm run --silent notices -- --within 30d --format slack --out notices');
  });
});
