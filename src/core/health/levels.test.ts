import { describe, expect, it } from 'vitest';
import { testEntity } from '../model/test-entity.ts';
import { checkCatalogText } from '../catalog/load.ts';
import { formatDiagnostic } from '../format-diagnostics.ts';
import { checkPolicyText, policyLevels } from '../policy.ts';
import { DEFAULT_LEVELS, levelDistribution, nextLevelNeeds, scoreEntity, type Level } from './levels.ts';

const entity = testEntity;

const team = entity({ ref: 'group:default/team', kind: 'group', name: 'team', oncall: 'https://oncall.example/team' });
const sys = entity({ ref: 'system:default/s', kind: 'system', name: 's' });
const byRef = new Map([
  [team.ref, team],
  [sys.ref, sys],
]);
const ctx = (over: { docs?: number; reviews?: string[]; today?: string } = {}) => ({
  byRef,
  docCount: () => over.docs ?? 0,
  docReviews: () => over.reviews ?? [],
  today: over.today ?? '2026-11-23',
});

describe('maturity levels', () => {
  it('an entity reaches a level when it passes every rule up to it, and the next level lists what is missing with YAML', () => {
    const bronze = entity({ owner: team.ref, description: 'd', lifecycle: 'production' });
    const card = scoreEntity(bronze, DEFAULT_LEVELS, ctx());
    expect(card?.level).toBe('bronze');
    expect(card?.passing.map((p) => p.rule)).toEqual(['owner', 'description', 'lifecycle', 'oncall']);
    const next = nextLevelNeeds(DEFAULT_LEVELS, card!);
    expect(next?.level.id).toBe('silver');
    expect(next?.missing.map((m) => m.rule)).toEqual(['system', 'docs']);
    expect(next?.missing[0]?.fix).toContain('system: <system-name>');
  });
  it('a level higher up does not count while a lower one is missing', () => {
    // Passes every Silver and Gold rule but has no description: no level at all.
    const e = entity({ owner: team.ref, lifecycle: 'production', system: sys.ref, links: [{ url: 'https://r', type: 'runbook' }] });
    const card = scoreEntity(e, DEFAULT_LEVELS, ctx({ docs: 1 }));
    expect(card?.level).toBeUndefined();
    expect(nextLevelNeeds(DEFAULT_LEVELS, card!)?.missing.map((m) => m.rule)).toEqual(['description']);
  });
  it('counts the distribution across levels', () => {
    expect(levelDistribution(DEFAULT_LEVELS, [{ level: 'gold' }, { level: undefined }, { level: 'gold' }])).toEqual({ none: 1, bronze: 0, silver: 0, gold: 2 });
  });
});

describe('thresholds', () => {
  const levels: Level[] = [
    { id: 'one', label: 'One', rules: { component: [{ rule: 'docs', min: 2 }] } },
    { id: 'two', label: 'Two', rules: { component: [{ rule: 'reviewed', days: 30 }, { rule: 'contacts', min: 2 }] } },
  ];
  it('docs: at least `min` docs about it', () => {
    expect(scoreEntity(entity({}), levels, ctx({ docs: 1 }))?.missing[0]?.label).toBe('at least 2 docs about it');
    expect(scoreEntity(entity({}), levels, ctx({ docs: 2 }))?.level).toBe('one');
  });
  it('reviewed: a doc about it reviewed within `days` of today', () => {
    const e = entity({ owner: team.ref, chat: '#svc' });
    expect(scoreEntity(e, levels, ctx({ docs: 2, reviews: ['2026-10-24'] }))?.level).toBe('two'); // 30 days before 2026-11-23
    const old = scoreEntity(e, levels, ctx({ docs: 2, reviews: ['2026-10-23'] }));
    expect(old?.level).toBe('one');
    expect(old?.missing.map((m) => m.label)).toEqual(['a doc about it reviewed in the last 30 days']);
  });
  it('contacts: counts chat, email, on-call and escalation, the owner’s included', () => {
    const lonely = entity({});
    expect(scoreEntity(lonely, levels, ctx({ docs: 2, reviews: ['2026-11-20'] }))?.missing.map((m) => m.rule)).toEqual(['contacts']);
    // On-call from the owner, chat on the entity itself: two ways.
    expect(scoreEntity(entity({ owner: team.ref, chat: '#svc' }), levels, ctx({ docs: 2, reviews: ['2026-11-20'] }))?.missing).toEqual([]);
  });
  it('the policy file takes thresholds and says which rule takes which', () => {
    const ok = checkPolicyText('levels:\n  - id: base\n    label: Base\n    rules:\n      component: [owner, { rule: docs, min: 2 }, { rule: reviewed, days: 90 }]\n');
    expect(ok.diagnostics).toEqual([]);
    expect(policyLevels(ok.policy)[0]?.rules.component).toEqual([{ rule: 'owner' }, { rule: 'docs', min: 2 }, { rule: 'reviewed', days: 90 }]);
    const bad = checkPolicyText('levels:\n  - id: base\n    label: Base\n    rules:\n      component: [{ rule: owner, min: 2 }, { rule: docs, days: 3 }, runbok]\n', 'content/wayfinder.yaml');
    expect(bad.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^content\/wayfinder\.yaml:5:39: error: `levels\[0\]\.rules\.component\[0\]\.min`: the rule owner takes no threshold; write it as `owner`/),
      expect.stringMatching(/^content\/wayfinder\.yaml:5:64: error: `levels\[0\]\.rules\.component\[1\]\.days`: the rule docs takes `min`, not `days`/),
      expect.stringMatching(/^content\/wayfinder\.yaml:5:69: error: `levels\[0\]\.rules\.component\[2\]\.rule`: Invalid option/),
    ]);
    const twice = checkPolicyText('levels:\n  - { id: base, label: Base }\n  - { id: base, label: Again }\n', 'content/wayfinder.yaml');
    expect(twice.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^content\/wayfinder\.yaml:3:11: error: `levels\[1\]\.id`: the level id `base` is used twice/)]);
  });
});

describe('exemptions', () => {
  const yaml = (annotations: string) =>
    `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: batch\n  annotations:\n${annotations}spec:\n  type: service\n  lifecycle: production\n  owner: group:team\n`;
  it('an active exemption counts as passed until its last day; an expired one lapses', () => {
    const e = entity({
      owner: team.ref,
      description: 'd',
      lifecycle: 'production',
      system: sys.ref,
      exemptions: [
        { rule: 'docs', until: '2026-12-31', reason: 'documented in the parent system' },
        { rule: 'runbook', until: '2026-11-01', reason: 'nothing to run yet' },
      ],
    });
    const card = scoreEntity(e, DEFAULT_LEVELS, ctx())!;
    expect(card.exempt).toEqual([{ rule: 'docs', label: 'at least one doc about it', level: 'silver', until: '2026-12-31', reason: 'documented in the parent system' }]);
    expect(card.lapsed.map((x) => x.rule)).toEqual(['runbook']);
    expect(card.missing.map((m) => m.rule)).toEqual(['runbook']);
    expect(card.level).toBe('silver');
    // The browser re-checks: from the day after the active exemption's last day, it is Bronze.
    expect(card.lapses).toEqual([{ on: '2027-01-01', level: 'bronze' }]);
    expect(card.total).toBe(6); // the exempt rule does not count
    // On its last day it still counts; the next day it does not.
    expect(scoreEntity(e, DEFAULT_LEVELS, ctx({ today: '2026-12-31' }))?.level).toBe('silver');
    expect(scoreEntity(e, DEFAULT_LEVELS, ctx({ today: '2027-01-01' }))?.level).toBe('bronze');
  });
  it('reads exemption annotations, and reports a bad one at its line with a hint', () => {
    const ok = checkCatalogText(yaml('    wayfinder.dev/exempt-runbook: "until 2027-03-31: batch job, nobody is paged"\n'), 'content/catalog/batch.yaml', { onBrokenRefs: 'warn' });
    expect(ok.entities[0]?.exemptions).toEqual([{ rule: 'runbook', until: '2027-03-31', reason: 'batch job, nobody is paged' }]);
    const bad = checkCatalogText(
      yaml('    wayfinder.dev/exempt-runbok: "until 2027-03-31: x"\n    wayfinder.dev/exempt-docs: "forever"\n'),
      'content/catalog/batch.yaml',
      { onBrokenRefs: 'warn' },
    );
    expect(bad.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'content/catalog/batch.yaml:6:34: error: annotation wayfinder.dev/exempt-runbok exempts from "runbok", which is not a health rule (did you mean wayfinder.dev/exempt-runbook?)',
      'content/catalog/batch.yaml:7:32: error: annotation wayfinder.dev/exempt-docs "forever" does not say until when and why (write "until YYYY-MM-DD: why this rule does not apply", e.g. "until 2027-03-31: batch job, nobody is paged for it")',
    ]);
  });
});
