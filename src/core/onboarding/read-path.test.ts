import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../docs/frontmatter.ts';
import { indexDocs, readPathText, resolveDocSlug } from './read-path.ts';

const doc = (relative: string, title: string): DocMeta => ({
  file: `/c/docs/${relative}`,
  display: `content/docs/${relative}`,
  relative,
  title,
  audience: [],
  services: [],
  hidden: false,
  splash: false,
});
const docs = indexDocs([
  doc('how-to/request-access.md', 'Request access'),
  doc('tutorials/first-day.md', 'Your first day at Tidewater'),
  doc('reference/tide-cli.mdx', 'tide CLI reference'),
]);
const read = (yaml: string, resolveOwner?: (ref: string) => string | undefined) =>
  readPathText(yaml, 'backend', 'content/paths/backend.yaml', { docs, resolveOwner });
/** Each diagnostic as `line:col code message`. */
const problems = (yaml: string, resolveOwner?: (ref: string) => string | undefined) =>
  read(yaml, resolveOwner).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

const HEAD = 'title: Backend engineer\naudience: backend\nsummary: Ship a service.\nowner: group:platform-team\n';
/** A path whose one milestone has `steps` (indented as list items under steps:). */
const withSteps = (steps: string) => `${HEAD}milestones:\n  - title: Day 1\n    steps:\n${steps}`;

describe('reading a path file', () => {
  it('builds the model: milestones in order, steps in order, doc titles and paths, totals in minutes', () => {
    const r = read(
      `${HEAD}prerequisites: [every-engineer]
milestones:
  - title: Day 1
    summary: Get going.
    steps:
      - id: laptop
        title: Collect your laptop
        url: https://it.tidewater.example/laptop
        duration: 30m
        why: Everything else happens on it.
      - id: first-day
        doc: tutorials/first-day
        duration: 2h
        why: Sets you up.
  - title: Week 1
    steps:
      - id: access
        doc: /docs/how-to/request-access/
        title: Ask for more access
        duration: 1h30m
        optional: true
        why: You will need it.
`,
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.prerequisites).toEqual([{ id: 'every-engineer', line: 5, column: 17 }]);
    const p = r.path;
    expect(p).toMatchObject({ id: 'backend', file: 'content/paths/backend.yaml', title: 'Backend engineer', audience: 'backend', owner: 'group:platform-team' });
    expect(p?.milestones.map((m) => [m.title, m.summary, m.steps.map((s) => s.id)])).toEqual([
      ['Day 1', 'Get going.', ['laptop', 'first-day']],
      ['Week 1', undefined, ['access']],
    ]);
    const [laptop, firstDay] = p?.milestones[0]?.steps ?? [];
    expect(laptop).toEqual({
      kind: 'task',
      id: 'laptop',
      title: 'Collect your laptop',
      url: 'https://it.tidewater.example/laptop',
      duration: '30m',
      minutes: 30,
      optional: false,
      why: 'Everything else happens on it.',
      line: 10,
      column: 9,
    });
    expect(firstDay).toMatchObject({ kind: 'doc', docId: 'docs/tutorials/first-day', docPath: '/docs/tutorials/first-day/', title: 'Your first day at Tidewater', minutes: 120 });
    expect(p?.milestones[1]?.steps[0]).toMatchObject({ kind: 'doc', docId: 'docs/how-to/request-access', title: 'Ask for more access', minutes: 90, optional: true });
  });

  it('finds docs by slug, with or without /docs/ and slashes', () => {
    expect(resolveDocSlug(docs, 'how-to/request-access')).toBe('docs/how-to/request-access');
    expect(resolveDocSlug(docs, '/docs/how-to/request-access/')).toBe('docs/how-to/request-access');
    expect(resolveDocSlug(docs, 'how-to/request-access.md')).toBeUndefined();
    expect(resolveDocSlug(docs, '')).toBeUndefined();
  });
});

describe('path validation, each problem at its line and column', () => {
  it('a step whose doc does not exist, with the closest slug as hint', () => {
    const r = read(withSteps('      - id: access\n        doc: how-to/request-acess\n        duration: 20m\n        why: W.\n'));
    expect(r.diagnostics).toEqual([
      {
        file: 'content/paths/backend.yaml',
        line: 9,
        column: 14,
        severity: 'error',
        code: 'onboarding/unknown-doc',
        message: 'there is no doc "how-to/request-acess"',
        hint: 'did you mean how-to/request-access?',
      },
    ]);
    expect(read(withSteps('      - id: x\n        doc: nothing/like-it-at-all\n        duration: 20m\n        why: W.\n')).diagnostics[0]?.hint).toMatch(
      /path under content\/docs without the extension/,
    );
  });

  it('durations that do not parse', () => {
    expect(problems(withSteps('      - { id: a, doc: how-to/request-access, duration: 30 minutes, why: W. }\n'))).toEqual([
      '8:56 onboarding/invalid-duration duration "30 minutes" is not a duration',
    ]);
    expect(problems(withSteps('      - id: a\n        doc: how-to/request-access\n        duration: 90\n        why: W.\n'))).toEqual([
      '10:19 onboarding/invalid-duration duration 90 has no unit',
    ]);
    expect(problems(withSteps('      - id: a\n        doc: how-to/request-access\n        duration: 0m\n        why: W.\n'))).toEqual([
      '10:19 onboarding/invalid-duration duration "0m" is not a duration',
    ]);
  });

  it('duplicate step ids, across milestones too', () => {
    const yaml = `${HEAD}milestones:
  - title: Day 1
    steps:
      - { id: access, doc: how-to/request-access, duration: 20m, why: W. }
  - title: Week 1
    steps:
      - { id: access, doc: tutorials/first-day, duration: 20m, why: W. }
`;
    expect(problems(yaml)).toEqual(['11:15 onboarding/duplicate-step-id step id "access" is already used on line 8']);
    expect(read(yaml).path?.milestones.map((m) => m.steps.length)).toEqual([1, 0]);
  });

  it('step ids that are missing or not lower-case words', () => {
    expect(problems(withSteps('      - doc: how-to/request-access\n        duration: 20m\n        why: W.\n'))).toEqual([
      '8:9 onboarding/missing-field this step has no `id`',
    ]);
    expect(problems(withSteps('      - { id: Request Access, doc: how-to/request-access, duration: 20m, why: W. }\n'))).toEqual([
      '8:15 onboarding/invalid-step-id step id "Request Access" is not lower-case words joined by hyphens',
    ]);
    expect(problems(withSteps('      - { id: 7, doc: how-to/request-access, duration: 20m, why: W. }\n'))).toEqual([
      '8:15 onboarding/wrong-type `id` of this step must be text, not a number',
    ]);
  });

  it('an owner of the wrong shape, and one the catalog does not have', () => {
    expect(problems(HEAD.replace('group:platform-team', 'component:launchpad') + 'milestones:\n  - title: D\n    steps:\n      - { id: a, doc: how-to/request-access, duration: 1h, why: W. }\n')).toEqual([
      "4:8 onboarding/invalid-ref owner \"component:launchpad\": a path's owner must be a group, not a component",
    ]);
    const resolve = (ref: string) => (ref === 'group:platform-team' ? undefined : `there is no ${ref} in the catalog`);
    const r = read(HEAD.replace('group:platform-team', 'group:platfrom-team') + 'milestones:\n  - title: D\n    steps:\n      - { id: a, doc: how-to/request-access, duration: 1h, why: W. }\n', resolve);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '4:8 onboarding/unknown-owner owner "group:platfrom-team": there is no group:platfrom-team in the catalog',
    ]);
    expect(r.path?.owner).toBe('');
  });

  it('URL schemes other than http and https', () => {
    expect(problems(withSteps('      - id: a\n        title: Do it\n        url: javascript:alert(1)\n        duration: 5m\n        why: W.\n'))).toEqual([
      '10:14 onboarding/invalid-url url "javascript:alert(1)" cannot be used: its scheme "javascript:" is not allowed (use http:, https:)',
    ]);
    expect(problems(withSteps('      - { id: a, title: Mail us, url: "mailto:it@tidewater.example", duration: 5m, why: W. }\n'))).toEqual([
      '8:39 onboarding/invalid-url url "mailto:it@tidewater.example" cannot be used: its scheme "mailto:" is not allowed (use http:, https:)',
    ]);
    expect(problems(withSteps('      - { id: a, title: T, url: "http://intranet.example/x", duration: 5m, why: W. }\n'))).toEqual([]);
  });

  it('a step with both doc and url, or neither, or an external task without a title', () => {
    expect(problems(withSteps('      - id: a\n        doc: how-to/request-access\n        url: https://x.example/\n        duration: 5m\n        why: W.\n'))).toEqual([
      '10:9 onboarding/doc-and-url a step points at a doc or at a URL, not both',
    ]);
    expect(problems(withSteps('      - id: a\n        duration: 5m\n        why: W.\n'))).toEqual(['8:9 onboarding/missing-field this step has neither `doc` nor `url`']);
    expect(problems(withSteps('      - id: a\n        url: https://x.example/\n        duration: 5m\n        why: W.\n'))).toEqual([
      '8:9 onboarding/missing-field this external task has no `title`',
    ]);
  });

  it('missing required fields, each where it belongs', () => {
    expect(problems('milestones:\n  - title: D\n    steps:\n      - { id: a, doc: how-to/request-access, duration: 1h }\n')).toEqual([
      '1:1 onboarding/missing-field this path has no `title`',
      '1:1 onboarding/missing-field this path has no `summary`',
      '1:1 onboarding/missing-field this path has no `audience`',
      '1:1 onboarding/missing-field this path has no `owner`',
      '4:9 onboarding/missing-field this step has no `why`',
    ]);
    expect(problems(`${HEAD}milestones:\n  - summary: no title\n    steps:\n`)).toEqual([
      '6:5 onboarding/missing-field milestone 1 has no `title`',
      '7:5 onboarding/missing-field milestone "Milestone 1" has no `steps`',
    ]);
    expect(problems(`${HEAD}milestones: []\n`)).toEqual(['5:13 onboarding/missing-field this path has no milestones']);
    expect(problems(`${HEAD}title2: x\n`)).toEqual([
      '5:1 onboarding/unknown-field a path has no field `title2`; it is ignored',
      '1:1 onboarding/missing-field this path has no `milestones`',
    ]);
  });

  it('wrong types', () => {
    expect(
      problems(`title: [a, b]
audience: backend
summary: 42
owner: group:platform-team
prerequisites: every-engineer
milestones:
  - just text
  - title: Week 1
    steps:
      - id: a
        doc: how-to/request-access
        duration: 1h
        optional: yes
        why: [not, one, line]
`),
    ).toEqual([
      '1:8 onboarding/wrong-type `title` of this path must be text, not a list',
      '3:10 onboarding/wrong-type `summary` of this path must be text, not a number',
      '5:16 onboarding/wrong-type `prerequisites` must be a list of path ids',
      '7:5 onboarding/wrong-type milestone 1 must be a map with title: and steps:, not text',
      '13:19 onboarding/wrong-type `optional` must be true or false, not text',
      '14:14 onboarding/wrong-type `why` of this step must be text, not a list',
    ]);
    expect(problems('- a list\n- not a map\n')).toEqual(['1:1 onboarding/wrong-type a path file must be a map of `key: value` lines']);
  });

  it('audience must be a role name; why must be one line', () => {
    expect(problems(HEAD.replace('audience: backend', 'audience: Backend Engineers') + 'milestones:\n  - title: D\n    steps:\n      - { id: a, doc: how-to/request-access, duration: 1h, why: W. }\n')).toEqual([
      '2:11 onboarding/invalid-role audience "Backend Engineers" is not a role name',
    ]);
    expect(problems(withSteps('      - id: a\n        doc: how-to/request-access\n        duration: 1h\n        why: |\n          Two\n          lines.\n'))).toEqual([
      '11:14 onboarding/multiline-why `why` must be one line',
    ]);
  });

  it('YAML that does not parse, an empty file, and several documents in one file', () => {
    expect(problems('title: Backend\n  bad: indentation\n')[0]).toBe(
      '1:8 onboarding/yaml-syntax this file is not valid YAML: Nested mappings are not allowed in compact mappings',
    );
    expect(problems('')).toEqual(['1:1 onboarding/empty-file this path file is empty']);
    expect(problems('# only a comment\n')).toEqual(['1:1 onboarding/empty-file this path file is empty']);
    expect(problems('title: A\n---\ntitle: B\n')).toEqual(['2:1 onboarding/multiple-documents a path file holds one path, but this file has 2 YAML documents']);
  });

  it('warns about unknown fields (with "did you mean"), a repeated doc, a repeated milestone and prerequisite', () => {
    const r = read(`${HEAD}prerequisites: [a, a]
milestones:
  - title: Day 1
    steps:
      - { id: a, doc: how-to/request-access, duration: 1h, why: W., optinal: true }
      - { id: b, doc: how-to/request-access, duration: 1h, why: W. }
  - title: day 1
    steps:
      - { id: c, doc: tutorials/first-day, duration: 1h, why: W. }
`);
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.hint ?? ''}`)).toEqual([
      '5:20 warning onboarding/duplicate-prerequisite remove one of them',
      '9:69 warning onboarding/unknown-field did you mean optional?',
      '10:23 warning onboarding/repeated-doc the navigator on the doc follows its first step; point the second step elsewhere',
      '11:12 warning onboarding/duplicate-milestone give each milestone its own title, or merge their steps',
    ]);
    expect(r.path?.milestones.map((m) => m.steps.length)).toEqual([2, 1]);
    expect(problems(`${HEAD}id: other\nmilestones: []\n`)[0]).toBe('5:1 onboarding/unknown-field a path has no field `id`; it is ignored');
  });

  it('collects every problem at once, and keeps the steps that are fine', () => {
    const r = read(
      withSteps(
        '      - { id: a, doc: how-to/nope, duration: 1h, why: W. }\n' +
          '      - { id: b, doc: how-to/request-access, duration: soon, why: W. }\n' +
          '      - { id: c, doc: tutorials/first-day, duration: 15m, why: W. }\n' +
          '      - { id: c, title: T, url: "ftp://x.example/", duration: 15m, why: W. }\n',
      ),
    );
    expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '8:23 onboarding/unknown-doc',
      '9:56 onboarding/invalid-duration',
      '11:15 onboarding/duplicate-step-id',
      '11:33 onboarding/invalid-url',
    ]);
    expect(r.path?.milestones[0]?.steps.map((s) => s.id)).toEqual(['c']);
  });
});
