/**
 * Completeness rules: what a catalog entity of each kind should say, each with the
 * YAML that fixes it. The set per kind is a policy (`healthRules` in wayfinder.yaml).
 */
import type { CatalogEntity } from '../catalog/types.ts';
import { displayName } from '../names.ts';

/** The ids of the completeness rules Wayfinder knows. */
export const RULE_IDS = ['owner', 'description', 'lifecycle', 'system', 'oncall', 'runbook', 'docs', 'chat', 'escalation', 'definition'] as const;

/** One completeness rule id. */
export type RuleId = (typeof RULE_IDS)[number];

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
}

/** One rule: what it asks for, whether the entity has it, and how to add it. */
export interface Rule {
  id: RuleId;
  label: string;
  passes: (e: CatalogEntity, ctx: RuleContext) => boolean;
  fix: (e: CatalogEntity) => string;
}

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
    label: 'at least one doc about it',
    passes: (e, ctx) => ctx.docCount(e.ref) > 0,
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
    label: 'an escalation ladder',
    passes: (e) => e.escalation.length > 0,
    fix: () =>
      'spec:\n  escalation:\n    - who: <Team> on-call\n      how: Page through the on-call rota\n      url: https://oncall.example/schedules/<team>\n      after: 0m\n    - who: user:<lead>\n      how: Phone the team lead\n      after: 30m',
  },
  definition: {
    id: 'definition',
    label: 'an API definition',
    passes: (e) => (e.definition ?? '').trim() !== '',
    fix: () => 'spec:\n  definition:\n    $text: ./openapi.yaml',
  },
};

/** One missing item on an entity's scorecard, with the YAML that adds it. */
export interface MissingItem {
  rule: RuleId;
  label: string;
  fix: string;
}

/** An entity's completeness: score 0-100 and what it misses. */
export interface Scorecard {
  ref: string;
  kind: string;
  name: string;
  owner?: string;
  /** Where to add the fixes. */
  file: string;
  score: number;
  passed: number;
  total: number;
  missing: MissingItem[];
}

/** Scores one entity against the rules of its kind; undefined when its kind has no rules. */
export function scoreEntity(e: CatalogEntity, rules: HealthRules, ctx: RuleContext): Scorecard | undefined {
  const ids = rules[e.kind];
  if (!ids || ids.length === 0) return undefined;
  const missing: MissingItem[] = [];
  for (const id of ids) {
    const rule = RULES[id];
    if (!rule.passes(e, ctx)) missing.push({ rule: id, label: rule.label, fix: rule.fix(e) });
  }
  const total = ids.length;
  const passed = total - missing.length;
  return {
    ref: e.ref,
    kind: e.kind,
    name: displayName(e),
    owner: e.owner,
    file: e.source.file,
    score: Math.round((passed / total) * 100),
    passed,
    total,
    missing,
  };
}
