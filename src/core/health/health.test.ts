import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check-content.ts';
import { resolveContentPaths } from '../content-dir.ts';
import { checkDocText, type DocMeta } from '../docs/frontmatter.ts';
import { testEntity } from '../model/test-entity.ts';
import { clearGitCache } from './git.ts';
import { docFreshness } from './freshness.ts';
import { buildHealthReport, reportProblemUrl } from './report.ts';
import { gateFailures, formatHealthText } from './format.ts';
import { DEFAULT_HEALTH_RULES, rulePasses } from './rules.ts';
import { scoreEntity } from './levels.ts';

const doc = (fm: string, relative = 'how-to/x.md'): DocMeta =>
  checkDocText(`---\ntitle: X\n${fm}\n---\nbody\n`, `/tmp/${relative}`, relative, relative).meta;

const entity = testEntity;

describe('staleness by date', () => {
  it('is stale only after lastReviewed + reviewEvery', () => {
    const d = doc('lastReviewed: 2026-01-01\nreviewEvery: 30');
    expect(docFreshness(d, { today: '2026-01-31', reviewEvery: 180 })).toMatchObject({ dueOn: '2026-01-31', overdue: false, stale: false, daysSinceReview: 30 });
    expect(docFreshness(d, { today: '2026-02-01', reviewEvery: 180 })).toMatchObject({ overdue: true, stale: true });
  });
  it('uses the default interval when the doc sets none', () => {
    const d = doc('lastReviewed: 2026-01-01');
    expect(docFreshness(d, { today: '2026-06-30', reviewEvery: 180 }).stale).toBe(false);
    expect(docFreshness(d, { today: '2026-07-01', reviewEvery: 180 }).stale).toBe(true);
  });
  it('a doc with no review date is not called stale', () => {
    expect(docFreshness(doc(''), { today: '2030-01-01', reviewEvery: 1 }).stale).toBe(false);
  });
  it('is stale when an entity it names changed after the review', () => {
    const d = doc('lastReviewed: 2026-03-01\nservices: [svc]');
    const changedOn = (ref: string) => (ref === 'component:default/svc' ? { date: '2026-03-02', file: 'content/catalog/a.yaml' } : undefined);
    const h = docFreshness(d, { today: '2026-03-05', reviewEvery: 180, changedOn });
    expect(h.stale).toBe(true);
    expect(h.changed).toEqual([{ ref: 'component:default/svc', file: 'content/catalog/a.yaml', changedOn: '2026-03-02' }]);
    const same = docFreshness(d, { today: '2026-03-05', reviewEvery: 180, changedOn: () => ({ date: '2026-03-01', file: 'a' }) });
    expect(same.stale).toBe(false);
  });
});

describe('completeness rules', () => {
  const owner = entity({ ref: 'group:default/team', kind: 'group', name: 'team', oncall: 'https://oncall.example/team' });
  const byRef = new Map([[owner.ref, owner]]);
  it('lists what a component misses, with YAML', () => {
    const card = scoreEntity(entity({ owner: owner.ref }), DEFAULT_HEALTH_RULES, { byRef, docCount: () => 0 });
    expect(card?.missing.map((m) => m.rule)).toEqual(['description', 'lifecycle', 'system', 'runbook', 'docs']);
    expect(card?.score).toBe(29); // on-call comes from the owner
    expect(card?.missing.find((m) => m.rule === 'runbook')?.fix).toContain('type: runbook');
  });
  it('scores a complete component 100', () => {
    const sys = entity({ ref: 'system:default/s', kind: 'system', name: 's' });
    const e = entity({ owner: owner.ref, description: 'd', lifecycle: 'production', system: sys.ref, links: [{ url: 'https://r', type: 'runbook' }] });
    const card = scoreEntity(e, DEFAULT_HEALTH_RULES, { byRef: new Map([...byRef, [sys.ref, sys]]), docCount: () => 1 });
    expect(card).toMatchObject({ score: 100, missing: [] });
  });
  it('an owner that does not resolve is missing', () => {
    expect(rulePasses('owner', entity({ owner: 'group:default/ghost' }), { byRef, docCount: () => 0 })).toBe(false);
  });
  it('groups need chat, on-call and escalation; rules are configurable', () => {
    const card = scoreEntity(owner, DEFAULT_HEALTH_RULES, { byRef, docCount: () => 0 });
    expect(card?.missing.map((m) => m.rule)).toEqual(['chat', 'escalation']);
    expect(scoreEntity(owner, { group: ['oncall'] }, { byRef, docCount: () => 0 })?.score).toBe(100);
    expect(scoreEntity(owner, { component: ['owner'] }, { byRef, docCount: () => 0 })).toBeUndefined();
  });
});

describe('change after review, from a real git repository', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-health-git-'));
    const content = path.join(dir, 'content');
    fs.mkdirSync(path.join(content, 'docs/how-to'), { recursive: true });
    fs.mkdirSync(path.join(content, 'catalog'), { recursive: true });
    fs.writeFileSync(
      path.join(content, 'catalog/catalog-info.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team\nspec:\n  type: team\n  children: []\n---\n' +
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc\nspec:\n  type: service\n  lifecycle: production\n  owner: group:team\n',
    );
    fs.writeFileSync(path.join(content, 'docs/how-to/old.md'), '---\ntitle: Old\nowner: group:team\nlastReviewed: 2026-03-01\nservices: [svc]\n---\n');
    fs.writeFileSync(path.join(content, 'docs/how-to/new.md'), '---\ntitle: New\nlastReviewed: 2026-03-20\nservices: [svc]\n---\n');
    fs.mkdirSync(path.join(dir, '.github'));
    fs.writeFileSync(path.join(dir, '.github/CODEOWNERS'), '* @acme/nobody\n/content/docs/how-to/ @acme/team\n');
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2026-03-10T12:00:00Z', GIT_COMMITTER_DATE: '2026-03-10T12:00:00Z' };
    const git = (...args: string[]) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'catalog');
    clearGitCache();
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    clearGitCache();
  });

  it('flags the doc reviewed before the commit, not the one after; owner from CODEOWNERS', () => {
    const paths = resolveContentPaths(path.join(dir, 'content'));
    const checked = checkContent(paths, { today: '2026-03-25' });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const report = buildHealthReport(checked.docs, checked.catalog.entities, paths, { today: '2026-03-25' });
    expect(report.git.used).toBe(true);
    const old = report.docs.find((d) => d.relative === 'how-to/old.md');
    const fresh = report.docs.find((d) => d.relative === 'how-to/new.md');
    expect(old).toMatchObject({ stale: true, overdue: false, changed: [{ ref: 'component:default/svc', changedOn: '2026-03-10' }] });
    expect(fresh?.stale).toBe(false);
    expect(fresh?.owner).toEqual({ ref: 'group:default/team', source: 'codeowners', where: '.github/CODEOWNERS:2 (/content/docs/how-to/)' });
    expect(old?.owner?.source).toBe('frontmatter');
    const team = report.teams.find((t) => t.ref === 'group:default/team');
    expect(team?.staleDocs.map((d) => d.relative)).toEqual(['how-to/old.md']);
    expect(gateFailures(report, { maxStale: 0 })).toHaveLength(1);
    expect(gateFailures(report, { maxStale: 1 })).toEqual([]);
    expect(formatHealthText(report)).toContain('1 stale doc of 2');
  });

  it('without git, says so and uses review dates only', () => {
    const paths = resolveContentPaths(path.join(dir, 'content'));
    const checked = checkContent(paths, { today: '2026-03-25' });
    const report = buildHealthReport(checked.docs, checked.catalog.entities, paths, { today: '2026-03-25', git: false });
    expect(report.git.used).toBe(false);
    expect(report.totals.stale).toBe(0);
    expect(formatHealthText(report)).toContain('Catalog changes not checked');
  });
});

it('fills the report-a-problem template', () => {
  expect(reportProblemUrl('https://x/new?title={title}&body={url}', { title: 'A & B', url: 'https://s/docs/a/', path: 'a.md' })).toBe(
    'https://x/new?title=A%20%26%20B&body=https%3A%2F%2Fs%2Fdocs%2Fa%2F',
  );
});
