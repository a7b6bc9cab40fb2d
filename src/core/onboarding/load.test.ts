import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../content-dir.ts';
import { checkDocs } from '../docs/frontmatter.ts';
import { formatDiagnostic } from '../format-diagnostics.ts';
import { catalogOwnerResolver, checkPaths } from './load.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/onboarding');
const check = (name: string, resolveOwner?: (ref: string) => string | undefined) => {
  const paths = resolveContentPaths(path.join(fixtures, name));
  return checkPaths(paths, checkDocs(paths).docs, resolveOwner);
};
const teams = catalogOwnerResolver([
  { kind: 'Group', namespace: 'default', name: 'platform-team' },
  { kind: 'Group', namespace: 'default', name: 'sre-team' },
  { kind: 'User', namespace: 'default', name: 'ana.lima' },
]);

describe('checkPaths over a content folder', () => {
  it('reads every .yaml and .yml file in content/paths/, id from the file name, sorted by id', () => {
    const r = check('good', teams);
    expect(r.paths.map((p) => [p.id, p.file, p.prerequisites])).toEqual([
      ['backend', 'good/paths/backend.yml', ['basics']],
      ['basics', 'good/paths/basics.yaml', []],
    ]);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'good/paths/README.md: warning: this file is not read: paths are .yaml or .yml files (rename it, or start its name with _ to keep it here unread)',
    ]);
  });

  it('has no paths and nothing to say when there is no paths folder', () => {
    const paths = resolveContentPaths(path.join(fixtures, 'no-such-folder'));
    expect(checkPaths(paths, [])).toEqual({ paths: [], diagnostics: [] });
  });

  it('reports every problem of every file at once, sorted, at file:line:col', () => {
    const r = check('broken', teams);
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([
      'broken/paths/Upper.yaml: error: "Upper" cannot be a path id: the file name is the id and the URL (name the file in lower-case words joined by hyphens, e.g. backend.yaml)',
      'broken/paths/bad.yaml:2:11: error: audience "Backend Engineers" is not a role name (a role is lower-case words joined by hyphens, e.g. backend, sre, everyone)',
      'broken/paths/bad.yaml:4:8: error: owner "group:platfrom-team": there is no group:platfrom-team in the catalog; did you mean group:platform-team? (the owner must be a Group in the catalog, under content/catalog/)',
      'broken/paths/bad.yaml:5:17: error: prerequisite "basic" is not a path (did you mean basics?)',
      'broken/paths/bad.yaml:5:24: error: path "bad" lists itself as a prerequisite (a path can only require paths that do not require it back; remove one prerequisite of the cycle)',
      'broken/paths/bad.yaml:11:14: error: url "javascript:alert(1)" cannot be used: its scheme "javascript:" is not allowed (use http:, https:) (an external task links to an http:// or https:// page)',
      'broken/paths/bad.yaml:12:19: error: duration "30 minutes" is not a duration (write hours and minutes such as 30m, 2h or 1h30m, more than zero)',
      'broken/paths/bad.yaml:14:13: error: step id "laptop" is already used on line 9 (step ids must be unique within a path: progress is stored by them)',
      'broken/paths/bad.yaml:15:14: error: there is no doc "how-to/request-acess" (did you mean how-to/request-access?)',
      'broken/paths/bad.yaml:18:9: error: this step has no `id` (give every step a stable id, e.g. id: request-access; progress is kept by it)',
      'broken/paths/bad.yaml:18:9: error: this step has no `why` (one line on why this step matters to a new hire)',
      'broken/paths/bad.yaml:19:19: error: duration 90 has no unit (write hours and minutes such as 30m, 2h or 1h30m, e.g. 90m)',
      'broken/paths/bad.yaml:20:19: error: `optional` must be true or false, not text (e.g. optional: true)',
      'broken/paths/bad.yaml:23:9: error: a step points at a doc or at a URL, not both (make two steps, or drop one of them)',
      'broken/paths/bad.yaml:27:12: error: `steps` of milestone "Week 1" must be a list',
      'broken/paths/basics.yaml:1:1: error: this path has no `milestones` (list its stages in order, e.g. - title: Day 1 with steps: under each)',
      'broken/paths/basics.yaml:1:8: error: `title` of this path must be text, not a list (e.g. title: "Backend engineer")',
      'broken/paths/basics.yaml:5:1: warning: a path has no field `milestone`; it is ignored (did you mean milestones?)',
      'broken/paths/empty.yaml:1:1: error: this path file is empty (start with title:, audience:, summary:, owner: and milestones:)',
      'broken/paths/syntax.yaml:1:17: error: this file is not valid YAML: Missing closing "quote (a quote or bracket is not closed)',
    ]);
    // The files that could be read still give a path each, without the broken steps.
    expect(r.paths.map((p) => [p.id, p.milestones.map((m) => m.steps.length)])).toEqual([
      ['bad', [0, 0]],
      ['basics', []],
    ]);
  });

  it('reports each prerequisite cycle once, where the edge that closes it is written', () => {
    const r = check('cycle', teams);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      'cycle/paths/b.yaml:5:17 onboarding/prerequisite-cycle prerequisites go round in a cycle: a → c → b → a',
      'cycle/paths/c.yaml:5:20 onboarding/prerequisite-cycle path "c" lists itself as a prerequisite',
    ]);
    // The edges that closed a cycle are left out of the model, so nothing downstream loops.
    expect(r.paths.map((p) => [p.id, p.prerequisites])).toEqual([
      ['a', ['c']],
      ['b', []],
      ['c', ['b']],
    ]);
  });

  it('checks the owner only when a resolver is given', () => {
    expect(check('broken').diagnostics.some((d) => d.code === 'onboarding/unknown-owner')).toBe(false);
  });
});

describe('the catalog owner resolver', () => {
  it('accepts groups in the catalog and suggests close names for the rest', () => {
    expect(teams('group:platform-team')).toBeUndefined();
    expect(teams('platform-team')).toBeUndefined();
    expect(teams('group:default/sre-team')).toBeUndefined();
    expect(teams('group:sre-tem')).toBe('there is no group:sre-tem in the catalog; did you mean group:sre-team?');
    expect(teams('group:ana.lima')).toBe('there is no group:ana.lima in the catalog; user:ana.lima exists, but this field takes a Group');
  });
});
