/**
 * Completeness rules: what a catalog entity of each kind should say, each with the
 * YAML that fixes it. Some take a threshold (`min` docs, contacts or escalation steps;
 * `days` since a doc's review). Which rules apply to which kind, and at which maturity
 * level, is policy (`levels` and `healthRules` in wayfinder.yaml; see core/maturity/).
 */
import type { CatalogEntity } from '../model/entity.ts';
import { displayName } from '../names.ts';
import { addDays } from '../dates.ts';

import { RULE_IDS, type RuleId } from '../model/rule-ids.ts';

// The rule ids are part of the model (an entity may be exempted from one): named here too for the rules' users.
export { RULE_IDS, type RuleId };

/** Rules per kind (lower-case kind, as in entity refs). */
export type HealthRules = Partial<Record<string, readonly RuleId[]>>;

/** The default rules: components, teams (groups) and APIs. */
export const DEFAULT_HEALTH_RULES: Record<string, readonly RuleId[]> = {
  component: ['owner', 'description', 'lifecycle', 'system', 'oncall', 'runbook', 'docs'],
  group: ['chat', 'oncall', 'escalation'],
  api: ['definition'],
};

/** What a rule may look up besides the entity itself. */
export interface RuleContext {
  byRef: ReadonlyMap<string, CatalogEntity>;
  /** How many docs name the entity in `services`, by refKey. */
  docCount: (ref: string) => number;
  /** The review dates (YYYY-MM-DD) of the docs about the entity, by refKey (for `reviewed`). */
  docReviews?: (ref: string) => readonly string[];
  /** The date the rules are checked on (for `reviewed`); YYYY-MM-DD. */
  today?: string;
}

/** A rule's threshold, where a number matters: at least `min` of something, or within `days`. */
export interface Threshold {
  min?: number;
  days?: number;
}

/** Which threshold each rule takes, and its default. */
export const RULE_THRESHOLDS: Partial<Record<RuleId, { key: keyof Threshold; default: number }>> = {
  docs: { key: 'min', default: 1 },
  contacts: { key: 'min', default: 2 },
  escalation: { key: 'min', default: 1 },
  reviewed: { key: 'days', default: 180 },
};

/** One rule: what it asks for, whether the entity has it, and how to add it. */
export interface Rule {
  id: RuleId;
  label: string | ((t: Required<Threshold>) => string);
  passes: (e: CatalogEntity, ctx: RuleContext, t: Required<Threshold>) => boolean;
  fix: (e: CatalogEntity, t: Required<Threshold>) => string;
}

/** The ways to reach an entity's people: its own and (for what a team owns) its owner's. */
export function contactRoutes(e: CatalogEntity, ctx: Pick<RuleContext, 'byRef'>): string[] {
  const owner = e.kind !== 'group' && e.owner ? ctx.byRef.get(e.owner) : undefined;
  const has = (f: (x: CatalogEntity) => unknown) => Boolean(f(e) || (owner && f(owner)));
  const out: string[] = [];
  if (has((x) => x.chat || x.chatUrl)) out.push('chat');
  if (has((x) => x.profile?.email)) out.push('email');
  if (has((x) => x.oncall)) out.push('on-call');
  if (has((x) => x.escalation.length > 0)) out.push('escalation');
  return out;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const ownerOf = (e: CatalogEntity, ctx: RuleContext) => (e.owner ? ctx.byRef.get(e.owner) : undefined);

/** Every rule by id. */
export const RULES: Record<RuleId, Rule> = {
  owner: {
    id: 'owner',
    label: 'an owner that is in the catalog',
    passes: (e, ctx) => ownerOf(e, ctx) !== undefined,
    fix: () => 'spec:\n  owner: group:<team>   # a Group or User in the catalog',
  },
  description: {
    id: 'description',
    label: 'a description',
    passes: (e) => (e.description ?? '').trim() !== '',
    fix: () => 'metadata:\n  description: What it does, in one sentence.',
  },
  lifecycle: {
    id: 'lifecycle',
    label: 'a lifecycle stage',
    passes: (e) => (e.lifecycle ?? '') !== '',
    fix: () => 'spec:\n  lifecycle: production   # or experimental, deprecated, ...',
  },
  system: {
    id: 'system',
    label: 'a system it is part of',
    passes: (e, ctx) => e.system !== undefined && ctx.byRef.has(e.system),
    fix: () => 'spec:\n  system: <system-name>',
  },
  oncall: {
    id: 'oncall',
    label: "an on-call link (its own or its owner's)",
    passes: (e, ctx) => Boolean(e.oncall) || Boolean(e.kind !== 'group' && ownerOf(e, ctx)?.oncall),
    fix: (e) =>
      e.kind === 'group'
        ? 'metadata:\n  annotations:\n    wayfinder.dev/oncall: https://oncall.example/schedules/<team>'
        : 'metadata:\n  annotations:\n    wayfinder.dev/oncall: https://oncall.example/schedules/<team>\n# or set it on the owning team',
  },
  runbook: {
    id: 'runbook',
    label: 'a runbook link',
    passes: (e) => e.links.some((l) => l.type === 'runbook'),
    fix: (e) => `metadata:\n  links:\n    - url: https://runbooks.example/${e.name}\n      title: Runbook\n      type: runbook`,
  },
  docs: {
    id: 'docs',
    label: (t) => (t.min === 1 ? 'at least one doc about it' : `at least ${t.min} docs about it`),
    passes: (e, ctx, t) => ctx.docCount(e.ref) >= t.min,
    fix: (e) => `# in the frontmatter of a doc in content/docs:\nservices:\n  - ${e.kind}:${e.namespace === 'default' ? '' : `${e.namespace}/`}${e.name}`,
  },
  chat: {
    id: 'chat',
    label: 'a contact channel',
    passes: (e) => Boolean(e.chat || e.chatUrl || e.profile?.email),
    fix: (e) => `metadata:\n  annotations:\n    wayfinder.dev/chat: '#${e.name}'`,
  },
  escalation: {
    id: 'escalation',
    label: (t) => (t.min <= 1 ? 'an escalation ladder' : `an escalation ladder of at least ${t.min} steps`),
    passes: (e, _ctx, t) => e.escalation.length >= Math.max(1, t.min),
    fix: () =>
      'spec:\n  escalation:\n    - who: <Team> on-call\n      how: Page through the on-call rota\n      url: https://oncall.example/schedules/<team>\n      after: 0m\n    - who: user:<lead>\n      how: Phone the team lead\n      after: 30m',
  },
  definition: {
    id: 'definition',
    label: 'an API definition',
    passes: (e) => (e.definition ?? '').trim() !== '',
    fix: () => 'spec:\n  definition:\n    $text: ./openapi.yaml',
  },
  reviewed: {
    id: 'reviewed',
    label: (t) => `a doc about it reviewed in the last ${t.days} days`,
    passes: (e, ctx, t) => {
      const today = ctx.today;
      if (!today) return false;
      const since = addDays(today, -t.days);
      return (ctx.docReviews?.(e.ref) ?? []).some((d) => d >= since && d <= today);
    },
    fix: (e) =>
      `# in the frontmatter of a doc about it (services: [${e.kind}:${e.namespace === 'default' ? '' : `${e.namespace}/`}${e.name}]),\n# after reading it through:\nlastReviewed: YYYY-MM-DD   # the day you reviewed it`,
  },
  contacts: {
    id: 'contacts',
    label: (t) => `at least ${plural(t.min, 'way', 'ways')} to reach its people (chat, email, on-call, escalation)`,
    passes: (e, ctx, t) => contactRoutes(e, ctx).length >= t.min,
    fix: (e) =>
      `metadata:\n  annotations:\n    wayfinder.dev/chat: '#${e.name}'\n    wayfinder.dev/oncall: https://oncall.example/schedules/<team>\n# (or set them on the owning team)`,
  },
};

/** A rule with its threshold filled in. */
export function ruleThreshold(id: RuleId, t: Threshold = {}): Required<Threshold> {
  const spec = RULE_THRESHOLDS[id];
  const out = { min: 1, days: 0 };
  if (spec) out[spec.key] = t[spec.key] ?? spec.default;
  return out;
}

/** What a rule asks for, in words, with its threshold. */
export function ruleLabel(id: RuleId, t: Threshold = {}): string {
  const label = RULES[id].label;
  return typeof label === 'string' ? label : label(ruleThreshold(id, t));
}

/** Whether an entity passes a rule at a threshold. */
export function rulePasses(id: RuleId, e: CatalogEntity, ctx: RuleContext, t: Threshold = {}): boolean {
  return RULES[id].passes(e, ctx, ruleThreshold(id, t));
}

/** The YAML that makes an entity pass a rule. */
export function ruleFix(id: RuleId, e: CatalogEntity, t: Threshold = {}): string {
  return RULES[id].fix(e, ruleThreshold(id, t));
}

