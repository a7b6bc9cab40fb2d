/**
 * Maturity levels: ordered levels (Bronze, Silver, Gold by default), each with rules per
 * kind. An entity reaches a level when it passes, or is exempt from, every rule of that
 * level and of every level below it. The scorecard says which level an entity is at,
 * what it passes, and what the next level needs with the YAML to add. Exemptions
 * (`wayfinder.dev/exempt-<rule>` annotations) count until the day they lapse.
 */
import type { CatalogEntity, Exemption } from '../model/entity.ts';
import { addDays } from '../dates.ts';
import { displayName } from '../names.ts';
import { ruleFix, ruleLabel, rulePasses, type HealthRules, type RuleContext, type RuleId, type Threshold } from './rules.ts';

/** One rule as a level lists it: its id and, where a number matters, its threshold. */
export interface RuleCheck extends Threshold {
  rule: RuleId;
}

/** One maturity level: an id, a label, and the rules each kind must pass to reach it. */
export interface Level {
  id: string;
  label: string;
  description?: string;
  /** Rules per lower-case kind. */
  rules: Partial<Record<string, readonly RuleCheck[]>>;
}

const r = (rule: RuleId, t: Threshold = {}): RuleCheck => ({ rule, ...t });

/**
 * The default levels. Together they ask for the default completeness rules: Bronze is
 * "someone owns it and says what it is", Silver "people can find and reach it", Gold
 * "it can be run at 2am by someone who did not write it".
 */
export const DEFAULT_LEVELS: readonly Level[] = [
  {
    id: 'bronze',
    label: 'Bronze',
    description: 'Someone owns it and says what it is.',
    rules: { component: [r('owner'), r('description'), r('lifecycle')], group: [r('chat')], api: [r('definition')] },
  },
  {
    id: 'silver',
    label: 'Silver',
    description: 'People can find it, read about it and reach its owners.',
    rules: { component: [r('system'), r('oncall'), r('docs')], group: [r('oncall')] },
  },
  {
    id: 'gold',
    label: 'Gold',
    description: 'Someone who did not write it can run it at 2am.',
    rules: { component: [r('runbook')], group: [r('escalation')] },
  },
];

/** Levels restricted by `healthRules`: a kind named there keeps only the rules listed (extra ones join the first level). */
export function applyHealthRules(levels: readonly Level[], healthRules: HealthRules): Level[] {
  const out = levels.map((l) => ({ ...l, rules: { ...l.rules } }));
  for (const [kind, ids] of Object.entries(healthRules)) {
    if (!ids) continue;
    const allowed = new Set(ids);
    const seen = new Set<RuleId>();
    for (const l of out) {
      const list = (l.rules[kind] ?? []).filter((c) => allowed.has(c.rule));
      for (const c of list) seen.add(c.rule);
      l.rules[kind] = list;
    }
    const extra = ids.filter((id) => !seen.has(id)).map((id) => r(id));
    if (extra.length && out[0]) out[0].rules[kind] = [...(out[0].rules[kind] ?? []), ...extra];
  }
  return out;
}

/** Every rule of a kind across the levels, in level order (what the completeness score counts). */
export function rulesOfKind(levels: readonly Level[], kind: string): { check: RuleCheck; level: Level }[] {
  return levels.flatMap((level) => (level.rules[kind] ?? []).map((check) => ({ check, level })));
}

/** Rules per kind as one level, for callers that have no levels (old `healthRules` maps). */
export function levelsOf(rules: HealthRules | readonly Level[]): readonly Level[] {
  if (Array.isArray(rules)) return rules as readonly Level[];
  const perKind: Level['rules'] = {};
  for (const [kind, ids] of Object.entries(rules as HealthRules)) if (ids) perKind[kind] = ids.map((id) => r(id));
  return [{ id: 'complete', label: 'Complete', rules: perKind }];
}

/** One missing item on an entity's scorecard, with the YAML that adds it. */
export interface MissingItem {
  rule: RuleId;
  label: string;
  fix: string;
  /** The level that asks for it. */
  level: string;
}

/** A rule the entity passes. */
export interface PassedItem {
  rule: RuleId;
  label: string;
  level: string;
}

/** A rule the entity is exempt from, until when and why. */
export interface ExemptItem {
  rule: RuleId;
  label: string;
  level: string;
  until: string;
  reason: string;
}

/** An entity's completeness and maturity level, and what it misses. */
export interface Scorecard {
  ref: string;
  kind: string;
  name: string;
  owner?: string;
  /** Where to add the fixes. */
  file: string;
  /** Share of the applicable rules it passes, 0-100 (exempt rules do not count). */
  score: number;
  passed: number;
  /** Applicable rules (not exempt). */
  total: number;
  missing: MissingItem[];
  passing: PassedItem[];
  exempt: ExemptItem[];
  /** Exemptions written on the entity that lapsed before the check's date. */
  lapsed: Exemption[];
  /** The highest level reached (its id); undefined below the first level. */
  level?: string;
  /** The level after each active exemption lapses, for the browser to re-check: from `on`, the level is `level`. */
  lapses: { on: string; level?: string }[];
}

/** The level an entity reaches given which rules it passes and which exemptions count. */
function reached(levels: readonly Level[], kind: string, ok: (c: RuleCheck) => boolean): string | undefined {
  let level: string | undefined;
  for (const l of levels) {
    if (!(l.rules[kind] ?? []).every(ok)) break;
    level = l.id;
  }
  return level;
}

/** Scores one entity against the levels (or rules per kind); undefined when its kind has no rules. */
export function scoreEntity(e: CatalogEntity, rules: HealthRules | readonly Level[], ctx: RuleContext): Scorecard | undefined {
  const levels = levelsOf(rules);
  const list = rulesOfKind(levels, e.kind);
  if (list.length === 0) return undefined;
  const today = ctx.today;
  const exemptions = e.exemptions ?? [];
  const active = exemptions.filter((x) => !today || x.until >= today);
  const lapsed = exemptions.filter((x) => today !== undefined && x.until < today);
  const missing: MissingItem[] = [];
  const passing: PassedItem[] = [];
  const exempt: ExemptItem[] = [];
  const passes = new Map<RuleCheck, boolean>();
  const exemptFor = (c: RuleCheck) => active.find((x) => x.rule === c.rule);
  for (const { check, level } of list) {
    const label = ruleLabel(check.rule, check);
    const ok = rulePasses(check.rule, e, ctx, check);
    passes.set(check, ok);
    const x = exemptFor(check);
    if (ok) passing.push({ rule: check.rule, label, level: level.id });
    else if (x) exempt.push({ rule: check.rule, label, level: level.id, until: x.until, reason: x.reason });
    else missing.push({ rule: check.rule, label, fix: ruleFix(check.rule, e, check), level: level.id });
  }
  const levelWith = (counts: (x: Exemption) => boolean) =>
    reached(levels, e.kind, (c) => passes.get(c) === true || active.some((x) => x.rule === c.rule && counts(x)));
  const level = levelWith(() => true);
  // What the level becomes on the day after each active exemption's last day.
  const lapses: Scorecard['lapses'] = [];
  for (const until of [...new Set(exempt.map((x) => x.until))].sort()) {
    const on = addDays(until, 1);
    lapses.push({ on, level: levelWith((x) => x.until >= on) });
  }
  const total = list.length - exempt.length;
  const passed = passing.length;
  return {
    ref: e.ref,
    kind: e.kind,
    name: displayName(e),
    owner: e.owner,
    file: e.source.file,
    score: total === 0 ? 100 : Math.round((passed / total) * 100),
    passed,
    total,
    missing,
    passing,
    exempt,
    lapsed,
    level,
    lapses,
  };
}

/** The level after `level` (the first level when below it), or undefined at the top. */
export function nextLevel(levels: readonly Level[], level: string | undefined): Level | undefined {
  if (level === undefined) return levels[0];
  const i = levels.findIndex((l) => l.id === level);
  return i >= 0 ? levels[i + 1] : undefined;
}

/** What an entity misses for the level after its own: the items of that level and of any level below it it still misses. */
export function nextLevelNeeds(levels: readonly Level[], card: Scorecard): { level: Level; missing: MissingItem[] } | undefined {
  const next = nextLevel(levels, card.level);
  if (!next) return undefined;
  const upTo = new Set(levels.slice(0, levels.indexOf(next) + 1).map((l) => l.id));
  return { level: next, missing: card.missing.filter((m) => upTo.has(m.level)) };
}

/** A label for a level id ('none' below the first level). */
export function levelLabel(levels: readonly Level[], id: string | undefined): string {
  if (id === undefined) return 'No level yet';
  return levels.find((l) => l.id === id)?.label ?? id;
}

/** How many scorecards are at each level: `{ none, bronze, silver, gold }` in level order. */
export function levelDistribution(levels: readonly Level[], cards: Iterable<Pick<Scorecard, 'level'>>): Record<string, number> {
  const out: Record<string, number> = { none: 0 };
  for (const l of levels) out[l.id] = 0;
  for (const c of cards) {
    const key = c.level ?? 'none';
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

/** True when `level` is `target` or above it in `levels` (undefined = below every level). */
export function atLeast(levels: readonly Level[], level: string | undefined, target: string): boolean {
  if (level === undefined) return false;
  return levels.findIndex((l) => l.id === level) >= levels.findIndex((l) => l.id === target);
}
