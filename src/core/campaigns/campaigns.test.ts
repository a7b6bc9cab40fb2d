import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check-content.ts';
import { resolveContentPaths } from '../content-dir.ts';
import { formatDiagnostic } from '../format-diagnostics.ts';
import { clearGitCache } from '../health/git.ts';
import { DEFAULT_LEVELS } from '../health/levels.ts';
import { ruleContexts } from '../health/report.ts';
import { catalogHistory, weeklyDates } from './history.ts';
import { campaignProgress, matchesFilter } from './progress.ts';
import { campaignState } from './state.ts';
import { checkCampaignText, type Campaign } from './read.ts';
import { progressSeries } from './series.ts';

const team = (name: string, extra = '') =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\n${extra}spec:\n  type: team\n  children: []\n`;
const svc = (name: string, owner: string, extra = '', annotations = '') =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  description: ${name}\n${annotations ? `  annotations:\n${annotations}` : ''}${extra}spec:\n  type: service\n  lifecycle: production\n  owner: group:${owner}\n`;
const runbook = (name: string) => `  links:\n    - url: https://runbooks.example/${name}\n      title: Runbook\n      type: runbook\n`;
const CAMPAIGN = 'title: Runbooks\nowner: group:sre\nfilter:\n  kind: component\n  lifecycle: [production]\nrules: [runbook]\nstart: 2026-10-01\ndeadline: 2026-12-15\nhowTo: /docs/how-to/write-a-runbook/\n';

describe('campaign files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-campaigns-'));
  const content = path.join(dir, 'content');
  beforeAll(() => {
    fs.mkdirSync(path.join(content, 'catalog'), { recursive: true });
    fs.mkdirSync(path.join(content, 'campaigns'), { recursive: true });
    fs.writeFileSync(path.join(content, 'catalog/all.yaml'), [team('sre'), team('payments'), svc('pay', 'payments'), svc('ledger', 'payments', runbook('ledger'))].join('---\n'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a campaign and reports every problem at file:line:col with did-you-mean', () => {
    fs.writeFileSync(path.join(content, 'campaigns/runbooks.yaml'), CAMPAIGN);
    fs.writeFileSync(
      path.join(content, 'campaigns/bad.yaml'),
      'title: Bad\nowner: group:sr\nfilter:\n  kind: componnt\n  tags: [x]\nrules: [runbok, { rule: docs, days: 3 }]\nlevel: platinum\nstart: 2026-10-01\ndeadline: 2026-09-01\nhowto: x\n',
    );
    const checked = checkContent(resolveContentPaths(content), { today: '2026-11-23' });
    expect(checked.campaigns.map((c) => c.id)).toEqual(['runbooks']);
    expect(checked.campaigns[0]).toMatchObject({ owner: 'group:default/sre', filter: { kind: ['component'], lifecycle: ['production'] }, rules: [{ rule: 'runbook' }] });
    expect(checked.diagnostics.filter((d) => d.file.includes('bad.yaml')).map(formatDiagnostic)).toEqual([
      'content/campaigns/bad.yaml:2:8: error: "group:sr" names no entity in the catalog (did you mean group:sre?)',
      'content/campaigns/bad.yaml:4:9: error: kind "componnt" is not a catalog kind (did you mean component?)',
      'content/campaigns/bad.yaml:5:3: error: `filter.tags` is not a filter (did you mean tag?)',
      'content/campaigns/bad.yaml:6:9: error: "runbok" is not a health rule (did you mean runbook?)',
      'content/campaigns/bad.yaml:6:31: error: the rule docs takes `min`, not `days` (write { rule: docs, min: 2 })',
      'content/campaigns/bad.yaml:7:8: error: level "platinum" is not a level of the policy file (the levels are bronze, silver, gold)',
      'content/campaigns/bad.yaml:9:11: error: the deadline 2026-09-01 is before the start 2026-10-01 (the deadline is the last day of the campaign; make it later than the start)',
      'content/campaigns/bad.yaml:10:1: error: `howto` is not a campaign field (did you mean howTo?)',
    ]);
    fs.rmSync(path.join(content, 'campaigns/bad.yaml'));
  });

  it('covers the entities its filter matches, and counts done, to do and exempt by team', () => {
    fs.writeFileSync(
      path.join(content, 'catalog/more.yaml'),
      [svc('batch', 'payments', '', '    wayfinder.dev/exempt-runbook: "until 2026-12-31: batch job, nobody is paged"\n'), svc('old', 'sre', '', '    wayfinder.dev/exempt-runbook: "until 2026-11-01: lapsed"\n')].join('---\n'),
    );
    const checked = checkContent(resolveContentPaths(content), { today: '2026-11-23' });
    const entities = checked.catalog.entities;
    const c = checked.campaigns[0] as Campaign;
    expect(entities.filter((e) => matchesFilter(e, c.filter)).map((e) => e.name).sort()).toEqual(['batch', 'ledger', 'old', 'pay']);
    expect(entities.filter((e) => matchesFilter(e, { owner: ['group:default/sre'], kind: ['component'] })).map((e) => e.name)).toEqual(['old']);
    expect(entities.filter((e) => matchesFilter(e, { tag: ['nope'] }))).toEqual([]);
    const p = campaignProgress(c, entities, DEFAULT_LEVELS, ruleContexts(entities, checked.docs, '2026-11-23'), '2026-11-23');
    expect(p).toMatchObject({ total: 4, done: 1, todo: 2, exempt: 1, percent: 50 });
    expect(p.entities.map((e) => [e.ref.replace('component:default/', ''), e.status])).toEqual([
      ['pay', 'todo'],
      ['old', 'todo'],
      ['batch', 'exempt'],
      ['ledger', 'done'],
    ]);
    expect(p.teams).toEqual([
      { ref: 'group:default/payments', done: 1, todo: 1, exempt: 1 },
      { ref: 'group:default/sre', done: 0, todo: 1, exempt: 0 },
    ]);
    expect(p.entities[0]?.missing[0]?.fix).toContain('type: runbook');
    fs.rmSync(path.join(content, 'catalog/more.yaml'));
  });

  it('is on track, behind or overdue by the share of time gone', () => {
    const c = { start: '2026-10-01', deadline: '2026-12-10' };
    expect(campaignState(c, 3, 60, '2026-11-05')).toBe('on-track'); // half the time gone
    expect(campaignState(c, 3, 40, '2026-11-05')).toBe('behind');
    expect(campaignState(c, 3, 90, '2026-12-11')).toBe('overdue');
    expect(campaignState(c, 0, 100, '2026-12-11')).toBe('done');
    expect(campaignState(c, 3, 0, '2026-09-01')).toBe('not-started');
  });

  it('a campaign needs rules or a level', () => {
    const r = checkCampaignText('title: T\nowner: group:sre\nstart: 2026-01-01\ndeadline: 2026-02-01\n', { display: 'content/campaigns/t.yaml', id: 't', entities: [], levels: DEFAULT_LEVELS, onBrokenRefs: 'warn' });
    expect(r.diagnostics.map(formatDiagnostic)).toContain(
      'content/campaigns/t.yaml:1:1: error: this campaign says neither which `rules` to pass nor which `level` to reach (add `rules: [runbook]` (rule ids) or `level: silver`)',
    );
  });
});

describe('progress over time, from a git repository with fixed commit dates', () => {
  let dir: string;
  let content: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-history-'));
    content = path.join(dir, 'content');
    fs.mkdirSync(path.join(content, 'catalog'), { recursive: true });
    fs.mkdirSync(path.join(content, 'campaigns'), { recursive: true });
    fs.writeFileSync(path.join(content, 'campaigns/runbooks.yaml'), CAMPAIGN);
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
      });
    const write = (file: string, text: string) => fs.writeFileSync(path.join(content, 'catalog', file), text);
    git('2026-10-01', 'init', '-q');
    write('teams.yaml', [team('sre'), team('payments')].join('---\n'));
    write('a.yaml', svc('a', 'payments'));
    write('b.yaml', svc('b', 'payments'));
    write('c.yaml', svc('c', 'sre'));
    write('d.yaml', svc('d', 'sre'));
    git('2026-10-01', 'add', '.');
    git('2026-10-01', 'commit', '-q', '-m', 'start');
    write('a.yaml', svc('a', 'payments', runbook('a')));
    git('2026-10-20', 'commit', '-qam', 'runbook for a');
    write('b.yaml', svc('b', 'payments', runbook('b')));
    write('c.yaml', svc('c', 'sre', runbook('c')));
    git('2026-11-10', 'commit', '-qam', 'runbooks for b and c');
    clearGitCache();
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    clearGitCache();
  });

  it('scores the campaign at weekly points, reading only the files that changed', () => {
    const paths = resolveContentPaths(content);
    const checked = checkContent(paths, { today: '2026-11-23' });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(weeklyDates('2026-11-23', 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    const history = catalogHistory(paths, checked.catalog.entities, { today: '2026-11-23', weeks: 10 });
    expect(history.reason).toBeUndefined();
    // 10 weekly points back from 2026-11-23 reach 2026-09-21; the catalog's first commit is 2026-10-01.
    expect(history.points.map((p) => p.date)).toEqual(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    const series = progressSeries(history, checked.campaigns, DEFAULT_LEVELS, checked.docs);
    expect(series.campaigns.get('runbooks')?.map((p) => [p.date, p.done, p.todo])).toEqual([
      ['2026-10-05', 0, 4],
      ['2026-10-12', 0, 4],
      ['2026-10-19', 0, 4],
      ['2026-10-26', 1, 3],
      ['2026-11-02', 1, 3],
      ['2026-11-09', 1, 3],
      ['2026-11-16', 3, 1],
      ['2026-11-23', 3, 1],
    ]);
    const payments = series.teams.get('group:default/payments');
    expect(payments?.[0]?.score).toBeLessThan(payments?.at(-1)?.score ?? 0);
  });

  it('without git history, says why', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-nogit-'));
    fs.mkdirSync(path.join(outside, 'content/catalog'), { recursive: true });
    clearGitCache();
    const h = catalogHistory(resolveContentPaths(path.join(outside, 'content')), [], { today: '2026-11-23', weeks: 12 });
    expect(h.points).toEqual([]);
    expect(h.reason).toMatch(/git/);
    expect(catalogHistory(resolveContentPaths(content), [], { today: '2026-11-23', weeks: 0 }).reason).toMatch(/turned off/);
    fs.rmSync(outside, { recursive: true, force: true });
  });
});
