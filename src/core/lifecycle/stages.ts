/**
 * Maturity stages: what each `spec.lifecycle` value promises (label, meaning, SLO,
 * support tier) and how it is shown. The defaults can be replaced through the plugin's
 * `stages` option; a catalog lifecycle maps to the stage whose id or `lifecycles` name it.
 */

/** Starlight Badge variants. */
export const BADGE_VARIANTS = ['note', 'tip', 'caution', 'danger', 'success', 'default'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

/** One maturity stage and what it promises. */
export interface Stage {
  /** Lower-case id, e.g. `production`; also the spec.lifecycle value that maps to it. */
  id: string;
  /** What people read, e.g. `GA`. */
  label: string;
  /** What the stage means for someone deciding whether to depend on it. */
  meaning: string;
  /** The service level it promises. */
  slo: string;
  /** Who answers and when, e.g. `24x7 on-call`. */
  support: string;
  /** Starlight Badge variant. */
  badge: BadgeVariant;
  /** Other spec.lifecycle values that map to this stage (e.g. `ga`, `stable`). */
  lifecycles: string[];
}

/** The default stages, in the order a component goes through them. */
export const DEFAULT_STAGES: readonly Stage[] = [
  {
    id: 'experimental',
    label: 'Experimental',
    meaning: 'A prototype to try out. It may change or disappear without notice; do not put it on a path that customers or other teams depend on.',
    slo: 'None',
    support: 'Best effort, in the owning team\u2019s chat channel',
    badge: 'note',
    lifecycles: [],
  },
  {
    id: 'beta',
    label: 'Beta',
    meaning: 'Feature-complete and in use by early adopters. The interface can still change, with at least two weeks\u2019 notice in a lifecycle announcement.',
    slo: '99.5% availability over 28 days',
    support: 'Business hours, best effort',
    badge: 'caution',
    lifecycles: [],
  },
  {
    id: 'production',
    label: 'GA',
    meaning: 'Generally available: safe to build on. Breaking changes come with a deprecation, a migration guide and at least 90 days before sunset.',
    slo: '99.9% availability over 28 days',
    support: '24x7 on-call',
    badge: 'success',
    lifecycles: ['ga', 'stable'],
  },
  {
    id: 'deprecated',
    label: 'Deprecated',
    meaning: 'Still running, but being replaced. Do not start using it; existing users migrate to the replacement before the announced sunset date.',
    slo: '99.5% availability over 28 days, until the sunset date',
    support: 'Business hours; security and data-loss fixes only',
    badge: 'danger',
    lifecycles: [],
  },
  {
    id: 'retired',
    label: 'Retired',
    meaning: 'Switched off. It is kept in the catalog so that old links and runbooks still explain what it was and what replaced it.',
    slo: 'None',
    support: 'None',
    badge: 'default',
    lifecycles: [],
  },
];

/** Looks stages up by spec.lifecycle value (case-insensitive). */
export interface StageIndex {
  stages: readonly Stage[];
  /** The stage a spec.lifecycle value maps to, when one does. */
  forLifecycle(lifecycle: string | undefined): Stage | undefined;
  /** The stage with this id. */
  byId(id: string): Stage | undefined;
}

/** Builds the lookup once: a stage's id and each of its `lifecycles` map to it. */
export function createStageIndex(stages: readonly Stage[] = DEFAULT_STAGES): StageIndex {
  const map = new Map<string, Stage>();
  const ids = new Map<string, Stage>();
  for (const s of stages) {
    ids.set(s.id.toLowerCase(), s);
    for (const l of [s.id, ...s.lifecycles]) if (!map.has(l.toLowerCase())) map.set(l.toLowerCase(), s);
  }
  return {
    stages,
    forLifecycle: (lifecycle) => (lifecycle ? map.get(lifecycle.toLowerCase()) : undefined),
    byId: (id) => ids.get(id.toLowerCase()),
  };
}

/** Problems with a list of stages (repeated ids, a lifecycle claimed twice), as sentences. */
export function stagesProblems(stages: readonly Stage[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const s of stages) {
    for (const l of [s.id, ...s.lifecycles].map((x) => x.toLowerCase())) {
      const owner = seen.get(l);
      if (owner !== undefined) problems.push(`"${l}" maps to both stage "${owner}" and stage "${s.id}"`);
      else seen.set(l, s.id);
    }
  }
  return problems;
}

/** The catalog `spec.lifecycle` values the stages accept: each stage's id and its aliases. */
export function stageLifecycles(stages: readonly Stage[]): string[] {
  return stages.flatMap((s) => [s.id, ...s.lifecycles]);
}

/** The badge variant of a spec.lifecycle value: its stage's (policy file), or `default` when no stage maps it. */
export function lifecycleBadge(stages: StageIndex, lifecycle: string | undefined): BadgeVariant {
  return stages.forLifecycle(lifecycle)?.badge ?? 'default';
}

/** Starlight's colour name behind each Badge variant (`--sl-color-<name>`, `-low`, `-high`). */
const BADGE_HUES: Record<BadgeVariant, string> = {
  note: 'blue',
  tip: 'purple',
  caution: 'orange',
  danger: 'red',
  success: 'green',
  default: 'accent',
};

/** A value as a double-quoted CSS string, safe inside a `<style>` element. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

/**
 * CSS that colours the directory's lifecycle pills (`.wf-dir-badge[data-lifecycle=…]`) with
 * each stage's badge variant from the policy file, so a stage has one colour everywhere:
 * entity pages, lists, the stages page and the directory.
 */
export function lifecycleBadgeCss(stages: readonly Stage[]): string {
  return stages
    .map((s) => {
      const hue = BADGE_HUES[s.badge];
      const selectors = [s.id, ...s.lifecycles].map((l) => `.wf-dir-badge[data-lifecycle=${cssString(l.toLowerCase())}]`).join(',');
      return `${selectors}{border-color:var(--sl-color-${hue});background:var(--sl-color-${hue}-low);color:var(--sl-color-${hue}-high)}`;
    })
    .join('\n');
}
