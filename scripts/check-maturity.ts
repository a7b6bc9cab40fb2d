/**
 * The maturity part of `npm run check -- --health`: campaign progress in the report, and
 * the `--fail-under-level <level>` gate (with `--team <ref>`, only what that team owns).
 * Kept apart from scripts/check.ts so the checker's own options stay readable.
 */
import { levelGateFailures } from '../src/core/health/level-gate.ts';
import type { HealthReport } from '../src/core/health/report.ts';
import { ruleContexts } from '../src/core/health/report.ts';
import { campaignProgress } from '../src/core/campaigns/progress.ts';
import { STATE_LABELS } from '../src/core/campaigns/state.ts';
import { type Campaign } from '../src/core/campaigns/read.ts';
import type { CatalogEntity } from '../src/core/model/entity.ts';
import type { DocMeta } from '../src/core/docs/frontmatter.ts';
import { parseEntityRef, refKey } from '../src/core/model/refs.ts';
import { didYouMean } from '../src/core/suggest.ts';

/** The options this module adds to parseArgs. */
export const MATURITY_OPTIONS = {
  'fail-under-level': { type: 'string' },
  team: { type: 'string' },
} as const;

/** The lines of the checker's usage text for these options. */
export const MATURITY_USAGE = `  --fail-under-level L
                    with --health: exit 1 when an entity is below maturity level L
                    (a level id of wayfinder.yaml, e.g. silver)
  --team REF        with --fail-under-level: only what the team owns (e.g. group:payments-team)`;

/** The values of these options as parseArgs returns them. */
export interface MaturityValues {
  'fail-under-level'?: string;
  team?: string;
}

/** What the options ask for. */
export interface MaturityArgs {
  level?: string;
  team?: string;
}

/** Reads the options; problems go to `usageError` (exit 2). */
export function readMaturityArgs(values: MaturityValues, health: boolean, usageError: (message: string) => never): MaturityArgs {
  const level = values['fail-under-level'];
  if (level !== undefined && !health) usageError('--fail-under-level only applies with --health');
  if (values.team !== undefined && level === undefined) usageError('--team only applies with --fail-under-level');
  let team: string | undefined;
  if (values.team !== undefined) {
    const { ref, error } = parseEntityRef(values.team, { defaultKind: 'group' });
    if (!ref) usageError(`--team "${values.team}": ${error ?? 'not an entity reference'}`);
    else team = refKey(ref);
  }
  return { ...(level !== undefined ? { level } : {}), ...(team ? { team } : {}) };
}

/** Campaign progress for the report, the text lines, and the gate's failures (or a usage error for an unknown level or team). */
export function maturityHealth(
  report: HealthReport,
  input: { campaigns: readonly Campaign[]; entities: readonly CatalogEntity[]; docs: readonly DocMeta[] },
  args: MaturityArgs,
  usageError: (message: string) => never,
): { campaigns: object[]; lines: string[]; failures: string[] } {
  const ids = report.levels.map((l) => l.id);
  if (args.level !== undefined && !ids.includes(args.level)) {
    usageError(`unknown --fail-under-level "${args.level}" (${didYouMean(args.level, ids) ?? `the levels are ${ids.join(', ')}`})`);
  }
  if (args.team && !input.entities.some((e) => e.ref === args.team)) usageError(`--team ${args.team} is not in the catalog`);
  const ctxOf = ruleContexts(input.entities, input.docs, report.today);
  const progress = input.campaigns.map((c) => campaignProgress(c, input.entities, report.levels, ctxOf, report.today));
  const campaigns = progress.map((p) => ({
    id: p.campaign.id,
    title: p.campaign.title,
    file: p.campaign.file,
    owner: p.campaign.owner,
    start: p.campaign.start,
    deadline: p.campaign.deadline,
    state: p.state,
    total: p.total,
    done: p.done,
    exempt: p.exempt,
    todo: p.todo,
    percent: p.percent,
    teams: p.teams,
    todoEntities: p.entities.filter((e) => e.status === 'todo').map((e) => ({ ref: e.ref, owner: e.owner, file: e.file, missing: e.missing.map((m) => m.rule) })),
  }));
  const dist = report.levels.map((l) => `${l.label} ${report.totals.levels[l.id] ?? 0}`).join(', ');
  const lines = [`Maturity levels: ${dist}, no level yet ${report.totals.levels.none ?? 0}.`];
  for (const p of progress) {
    lines.push(`Campaign ${p.campaign.title} (${p.campaign.file}): ${STATE_LABELS[p.state]}, ${p.done + p.exempt} of ${p.total} done (${p.percent}%), ${p.todo} to do, deadline ${p.campaign.deadline}.`);
  }
  const failures = args.level !== undefined ? levelGateFailures(report, args.level, args.team) : [];
  return { campaigns, lines, failures };
}
