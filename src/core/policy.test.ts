import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from './content-dir.ts';
import { formatDiagnostic } from './format-diagnostics.ts';
import { checkPolicyText, defaultPolicy, policyLevels, readPolicy } from './policy.ts';

const problems = (text: string) => checkPolicyText(text, 'content/wayfinder.yaml').diagnostics.map(formatDiagnostic);

describe('the policy file (wayfinder.yaml)', () => {
  it('applies the defaults when the content folder has none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-policy-'));
    const r = readPolicy(resolveContentPaths(dir));
    expect(r).toEqual({ policy: defaultPolicy(), diagnostics: [] });
    expect(r.policy.onBrokenRefs).toBe('error');
    expect(r.policy.reviewEvery).toBe(180);
    expect(r.policy.catalogChanges).toBe(true);
  });

  it("reads the demo's policy", () => {
    const r = readPolicy(resolveContentPaths(undefined, {}));
    expect(r.diagnostics).toEqual([]);
    expect(r.file).toBe('content/wayfinder.yaml');
    expect(r.policy.catalogChanges).toBe(false);
    expect(r.policy.reportUrl).toMatch(/^https:\/\/github\.tidewater\.example\//);
  });

  it('reads every field, replacing a kind of health rules and keeping the others', () => {
    const r = checkPolicyText('onBrokenRefs: warn\nreviewEvery: 90\nhealthRules:\n  component: [owner]\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.policy.onBrokenRefs).toBe('warn');
    expect(r.policy.reviewEvery).toBe(90);
    expect(r.policy.healthRules.component).toEqual(['owner']);
    expect(policyLevels(r.policy).flatMap((l) => l.rules.component ?? []).map((c) => c.rule)).toEqual(['owner']);
    expect(policyLevels(r.policy).flatMap((l) => l.rules.api ?? []).map((c) => c.rule)).toEqual(['definition']);
  });

  it('reports every problem at its line and column, with a hint', () => {
    expect(
      problems(
        [
          'onBrokenRefs: ignore', // 1
          'reviewEvry: 90', // 2
          'reviewEvery: -1', // 3
          'healthRules:', // 4
          '  component: [owner, runbok]', // 5
          'stages:', // 6
          '  - id: Live', // 7
          '    label: Live', // 8
          '',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/wayfinder.yaml:1:15: error: \`onBrokenRefs\`: Invalid option: expected one of "error"|"warn" (write error (the default) or warn)",
        "content/wayfinder.yaml:2:1: error: \`reviewEvry\` is not a policy (did you mean reviewEvery?)",
        "content/wayfinder.yaml:3:14: error: \`reviewEvery\`: reviewEvery is a positive whole number of days, e.g. 180 (e.g. reviewEvery: 180)",
        "content/wayfinder.yaml:5:22: error: \`healthRules.component[1]\`: Invalid option: expected one of "owner"|"description"|"lifecycle"|"system"|"oncall"|"runbook"|"docs"|"chat"|"escalation"|"definition"|"reviewed"|"contacts" (e.g. healthRules: { component: [owner, runbook] }; rules are owner, description, lifecycle, system, oncall, runbook, docs, chat, escalation, definition, reviewed, contacts)",
        "content/wayfinder.yaml:7:5: error: required field \`stages[0].meaning\` is missing (a list of { id, label, meaning, slo, support, badge, lifecycles }; see /docs/wayfinder/lifecycle/)",
        "content/wayfinder.yaml:7:5: error: required field \`stages[0].slo\` is missing (a list of { id, label, meaning, slo, support, badge, lifecycles }; see /docs/wayfinder/lifecycle/)",
        "content/wayfinder.yaml:7:5: error: required field \`stages[0].support\` is missing (a list of { id, label, meaning, slo, support, badge, lifecycles }; see /docs/wayfinder/lifecycle/)",
        "content/wayfinder.yaml:7:9: error: \`stages[0].id\`: a stage id is lower-case words joined by hyphens, e.g. production (a list of { id, label, meaning, slo, support, badge, lifecycles }; see /docs/wayfinder/lifecycle/)",
      ]
    `);
  });

  it('says where site settings go, and reports YAML syntax and a file that is not a map', () => {
    expect(problems('title: Handbook\n')).toEqual([
      "content/wayfinder.yaml:1:1: error: `title` is not a policy (the site's title goes under site:, e.g. site: { title: ... })",
    ]);
    expect(problems('site:\n  titel: Handbook\n  url: handbook.example\n')).toEqual([
      'content/wayfinder.yaml:2:3: error: `site` has no field `titel` (did you mean title?)',
      'content/wayfinder.yaml:3:8: error: `site.url`: site.url is the public address, starting with https://, e.g. https://handbook.acme.example (e.g. site: { title: Acme Handbook, url: https://handbook.acme.example }; the fields are title, description, url, base, logo, editLink, issues)',
    ]);
    expect(problems('- reviewEvery: 90\n')[0]).toMatch(/^content\/wayfinder\.yaml:1:1: error: the policy file must be a map of policies/);
    expect(problems('reviewEvery: [90\n')[0]).toMatch(/^content\/wayfinder\.yaml:\d+:\d+: error: YAML syntax error/);
  });
});

describe('features', () => {
  it('turns each feature on by default and off one by one', () => {
    expect(defaultPolicy().features).toEqual({ maps: true, diagrams: true, twins: true, history: true });
    expect(checkPolicyText('features:\n  maps: false\n').policy.features).toEqual({ maps: false, diagrams: true, twins: true, history: true });
  });

  it('names a feature it does not know at its line, with the one meant, and refuses a value that is not true or false', () => {
    expect(problems('features:\n  twin: false\n  diagrams: no\n  search: false\n')).toEqual([
      'content/wayfinder.yaml:2:3: error: `twin` is not a feature that can be turned off (did you mean twins?)',
      'content/wayfinder.yaml:3:13: error: `features.diagrams`: expected boolean, received string (e.g. features: { maps: false }; each of maps, diagrams, twins, history is true (the default) or false)',
      'content/wayfinder.yaml:4:3: error: `search` is not a feature that can be turned off (the features are maps, diagrams, twins, history)',
    ]);
  });
});

describe('serviceTiers', () => {
  it('is off by default, and takes a label per tier and the page that explains them', () => {
    expect(checkPolicyText('').policy.serviceTiers).toEqual({ labels: {} });
    const r = checkPolicyText('serviceTiers:\n  labels: { 1: critical }\n  doc: /docs/reference/service-tiers/\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.policy.serviceTiers).toEqual({ labels: { '1': 'critical' }, doc: '/docs/reference/service-tiers/' });
  });
  it('refuses a tier that is not 1, 2 or 3 and a doc that is neither a site path nor a URL, at its line', () => {
    const r = checkPolicyText('serviceTiers:\n  labels: { 7: huge }\n  doc: docs/tiers\n');
    expect(r.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^2: `serviceTiers.labels` has no field `7`/),
      expect.stringMatching(/^3: .*site path that starts with \//),
    ]);
  });
});
