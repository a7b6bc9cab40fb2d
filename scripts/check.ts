/**
 * `npm run check`: validates the catalog, docs' frontmatter and onboarding paths without building the
 * site, prints every problem as `path:line:col: error|warning: message (hint)` and a
 * summary, and exits 1 when there is any error (0 otherwise, 2 for bad usage).
 *
 *   node scripts/check.ts [--content DIR] [--format text|json|github] [--on-broken-refs error|warn] [--on-invalid-entities error|skip]
 *   node scripts/check.ts --health [--format text|json] [--max-missing N] [--max-stale N] [--fail-under SCORE]
 *   node scripts/check.ts --diff REV | --diff-from DIR [--format text|json|markdown|github] [--fail-on-breaking]  (scripts/review.ts)
 *
 * The content policies come from wayfinder.yaml in the content folder, the file the build
 * reads too; the flags below override it for one run.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/core/check-content.ts';
import { apiConsumers } from '../src/core/catalog/dependents.ts';
import { pathsFromHere, resolveContentPaths } from '../src/core/content-dir.ts';
import { diagnosticFormat } from '../src/core/format-diagnostics.ts';
import { plainText } from '../src/core/inert-text.ts';
import { buildHealthReport } from '../src/core/health/report.ts';
import { formatHealthText, gateFailures, type HealthGate } from '../src/core/health/format.ts';
import { today } from '../src/core/dates.ts';
import { INVALID_ENTITY_POLICIES, policyLevels, type InvalidEntityPolicy, type Policy } from '../src/core/policy.ts';
import { openContent } from '../src/core/open-content.ts';
import { REF_POLICIES, unresolvedRefsOf, type RefPolicy } from '../src/core/model/ref-policy.ts';
import { MATURITY_OPTIONS, MATURITY_USAGE, maturityHealth, readMaturityArgs, type MaturityArgs, type MaturityValues } from './check-maturity.ts';
import { REVIEW_USAGE, runReview, wantsReview } from './review.ts';
import { applyOverdueGate, MIGRATION_OPTIONS, MIGRATION_USAGE, migrationsJson, type MigrationValues } from './check-migrations.ts';

const USAGE = `Usage: node scripts/check.ts [options]

Checks the catalog (content/catalog), the docs' frontmatter (content/docs), the
onboarding paths (content/paths) and lifecycle announcements (content/lifecycle), and reports every problem with its file, line and
column.

Options:
  --content DIR     the content folder to check (default: $WAYFINDER_CONTENT, else content/)
  --allow-reads-from DIR
                    let content read from DIR too (repeatable; the plugin's allowReadsFrom
                    option, relative to the content folder); nothing outside by default
  --format FORMAT   text (default), json, or github (GitHub Actions annotations)
  --on-broken-refs P
                    error or warn: references to entities that are not in the catalog
                    fail the check, or are warnings (overrides onBrokenRefs in wayfinder.yaml)
  --on-invalid-entities P
                    error or skip: catalog descriptors that fail validation fail the check,
                    or are left out with a warning (overrides onInvalidEntities)
  --health          print the health report instead: stale docs and incomplete catalog
                    entities per team, worst first, and the organisation's totals
  --max-missing N   with --health: exit 1 when more than N catalog items are missing
  --max-stale N     with --health: exit 1 when more than N docs are stale
  --fail-under S    with --health: exit 1 when the average completeness score is under S (0-100)
  --review-every D  with --health: default review interval in days (overrides
                    reviewEvery in wayfinder.yaml; default 180)
  --no-git          with --health: do not use git history of catalog files (overrides
                    catalogChanges in wayfinder.yaml)
${MATURITY_USAGE}
${MIGRATION_USAGE}
  -h, --help        show this help

${REVIEW_USAGE}

The content policies (stages, review period, health rules, catalog changes, reference
policy) are read from wayfinder.yaml at the root of the content folder, as the build
reads them; without the file the defaults apply.

Exit status: 0 when there are no errors (warnings are fine), 1 when there are errors
(or, with --health, when a threshold is exceeded; with --diff, when the change introduces
errors, or with --fail-on-breaking breaks consumers), 2 when the command itself is used wrongly.`;

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** Prints a usage problem and exits 2. */
function usageError(message: string): never {
  process.stderr.write(`wayfinder check: ${message}\nRun "node scripts/check.ts --help" for the options.\n`);
  process.exit(2);
}

/** Parses the command line; bad flags end the process with status 2. */
interface Args {
  format: Format;
  content?: string;
  /** Folders outside the content folder that content may read from (the allowReadsFrom option). */
  allowReadsFrom: string[];
  health: boolean;
  gate: HealthGate;
  reviewEvery?: number;
  /** false with --no-git; undefined leaves it to the policy's catalogChanges. */
  git?: false;
  onBrokenRefs?: RefPolicy;
  onInvalidEntities?: InvalidEntityPolicy;
  /** --fail-under-level and --team (scripts/check-maturity.ts). */
  maturity: MaturityArgs;
  /** --fail-on-overdue-migrations (scripts/check-migrations.ts). */
  migrations: MigrationValues;
}

/** Reads a whole-number flag value; bad values end the process with status 2. */
function count(flag: string, value: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > max) usageError(`${flag} needs a whole number${max < Number.MAX_SAFE_INTEGER ? ` from 0 to ${max}` : ''}, not "${value}"`);
  return Number(value);
}

function readArgs(argv: string[]): Args {
  let values: {
    format?: string;
    content?: string;
    help?: boolean;
    health?: boolean;
    'max-missing'?: string;
    'max-stale'?: string;
    'fail-under'?: string;
    'review-every'?: string;
    'no-git'?: boolean;
    'on-broken-refs'?: string;
    'on-invalid-entities'?: string;
    'allow-reads-from'?: string[];
  } & MaturityValues &
    MigrationValues;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        content: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
        health: { type: 'boolean' },
        'max-missing': { type: 'string' },
        'max-stale': { type: 'string' },
        'fail-under': { type: 'string' },
        'review-every': { type: 'string' },
        'no-git': { type: 'boolean' },
        'on-broken-refs': { type: 'string' },
        'on-invalid-entities': { type: 'string' },
        'allow-reads-from': { type: 'string', multiple: true },
        ...MATURITY_OPTIONS,
        ...MIGRATION_OPTIONS,
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // Node's messages are fine but long; keep the first sentence.
    usageError(msg.split('. To specify')[0]?.replace(/\.$/, '') ?? msg);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    usageError(`unknown --format "${format}" (use ${FORMATS.join(', ')})`);
  }
  if (values.content !== undefined && values.content.trim() === '') usageError('--content needs a folder');
  const health = values.health === true;
  for (const flag of ['max-missing', 'max-stale', 'fail-under', 'review-every', 'no-git'] as const) {
    if (!health && values[flag] !== undefined) usageError(`--${flag} only applies with --health`);
  }
  if (health && format === 'github') usageError('--health prints text or json, not github');
  const refs = values['on-broken-refs'];
  if (refs !== undefined && !(REF_POLICIES as readonly string[]).includes(refs)) usageError(`unknown --on-broken-refs "${refs}" (use ${REF_POLICIES.join(' or ')})`);
  const invalid = values['on-invalid-entities'];
  if (invalid !== undefined && !(INVALID_ENTITY_POLICIES as readonly string[]).includes(invalid)) usageError(`unknown --on-invalid-entities "${invalid}" (use ${INVALID_ENTITY_POLICIES.join(' or ')})`);
  const reviewEvery = count('--review-every', values['review-every']);
  if (reviewEvery === 0) usageError('--review-every needs a positive number of days');
  return {
    format: format as Format,
    content: values.content,
    allowReadsFrom: values['allow-reads-from'] ?? [],
    health,
    ...(values['no-git'] === true ? { git: false as const } : {}),
    ...(refs !== undefined ? { onBrokenRefs: refs as RefPolicy } : {}),
    ...(invalid !== undefined ? { onInvalidEntities: invalid as InvalidEntityPolicy } : {}),
    reviewEvery,
    maturity: readMaturityArgs(values, health, usageError),
    migrations: { 'fail-on-overdue-migrations': values['fail-on-overdue-migrations'] === true },
    gate: {
      maxMissing: count('--max-missing', values['max-missing']),
      maxStale: count('--max-stale', values['max-stale']),
      failUnder: count('--fail-under', values['fail-under'], 100),
    },
  };
}

/** `--health`: prints the health report and applies the CI gate; returns the exit status. */
function health(args: Args, checked: ReturnType<typeof checkContent>, paths: ReturnType<typeof resolveContentPaths>, policy: Policy): number {
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    process.stderr.write(`${errors.map(diagnosticFormat(pathsFromHere(paths))).join('\n')}\nFix these errors first: the health report needs valid content.\n`);
    return 1;
  }
  // The same inputs as the site's /health/ (src/data/health.ts): the policy, flags on top.
  const report = buildHealthReport(checked.docs, checked.catalog.entities, paths, {
    today: today(),
    reviewEvery: policy.reviewEvery,
    rules: policyLevels(policy),
    git: policy.catalogChanges,
    unresolved: unresolvedRefsOf(checked),
    notPublished: checked.catalog.notPublished,
  });
  const maturity = maturityHealth(report, { campaigns: checked.campaigns, entities: checked.catalog.entities, docs: checked.docs }, args.maturity, usageError);
  const failures = [...gateFailures(report, args.gate), ...maturity.failures];
  if (args.format === 'json') {
    const gate = { ...args.gate, ...(args.maturity.level ? { failUnderLevel: args.maturity.level } : {}), ...(args.maturity.team ? { team: args.maturity.team } : {}), failures };
    // Who uses each API (catalog/dependents.ts), for tools that notify consumers.
    const apis = apiConsumers(checked.catalog.entities, (r) => checked.catalog.byRef.get(r));
    // Each migration's state per team (core/migrations/).
    process.stdout.write(`${JSON.stringify({ ...report, campaigns: maturity.campaigns, apis, migrations: migrationsJson(checked.migrations), gate }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatHealthText(report, pathsFromHere(paths))}\n${maturity.lines.map(plainText).join('\n')}\n`);
    for (const f of failures) process.stdout.write(`Health gate failed: ${f}.\n`);
  }
  return failures.length ? 1 : 0;
}

/** Runs the check and returns the exit status. */
function main(): number {
  const args = readArgs(process.argv.slice(2));
  const paths = resolveContentPaths(args.content);
  if (args.allowReadsFrom.length) paths.allowReadsFrom = args.allowReadsFrom;
  if (!fs.existsSync(paths.root) || !fs.statSync(paths.root).isDirectory()) {
    usageError(`the content folder ${paths.root} does not exist`);
  }
  const started = performance.now();
  // Printed paths are relative to where the command was run, so a click opens the file.
  const name = pathsFromHere(paths);
  const format = diagnosticFormat(name, args.format === 'github' ? 'github' : 'text');
  // The one door: the policy file with this run's flags on top, as every face opens it.
  const opened = openContent(paths, {
    ...(args.onBrokenRefs ? { onBrokenRefs: args.onBrokenRefs } : {}),
    ...(args.onInvalidEntities ? { onInvalidEntities: args.onInvalidEntities } : {}),
    ...(args.reviewEvery !== undefined ? { reviewEvery: args.reviewEvery } : {}),
    ...(args.git === false ? { catalogChanges: false } : {}),
  });
  if (opened.diagnostics.some((d) => d.severity === 'error')) {
    const lines = opened.diagnostics.map(format);
    if (args.format === 'json') process.stdout.write(`${JSON.stringify({ errors: opened.diagnostics.length, diagnostics: opened.diagnostics }, null, 2)}\n`);
    else process.stdout.write(`${lines.join('\n')}\nFix the policy file first: every check depends on it.\n`);
    return 1;
  }
  const { policy } = opened;
  const checked = checkContent(paths, opened.checkOptions);
  if (args.health) return health(args, checked, paths, policy);
  const { catalog } = checked;
  const diagnostics = applyOverdueGate([...opened.diagnostics, ...checked.diagnostics], args.migrations);
  // The organisation's docs; Wayfinder's own manual is checked too but is not theirs to count.
  const docs = { docs: checked.docs.filter((d) => !d.manual) };
  const pathCount = checked.paths.length;
  const announcementCount = checked.announcements.length;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const entities = Object.fromEntries(Object.entries(catalog.counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  const total = catalog.entities.length;
  const ms = Math.round(performance.now() - started);

  if (args.format === 'json') {
    const out = {
      entities,
      docs: docs.docs.length,
      paths: pathCount,
      announcements: announcementCount,
      errors,
      warnings,
      skipped: catalog.skipped,
      notPublished: catalog.notPublished,
      diagnostics,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return errors > 0 ? 1 : 0;
  }
  const lines = diagnostics.map(format);
  const byKind = Object.entries(entities).map(([k, n]) => `${n} ${k}`).join(', ');
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary =
    `Checked ${total} ${total === 1 ? 'entity' : 'entities'}${byKind ? ` (${byKind})` : ''}` +
    `, ${plural(docs.docs.length, 'doc')}, ${plural(pathCount, 'onboarding path')} and ${plural(announcementCount, 'announcement')} in ${ms} ms: ` +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${catalog.skipped.length} skipped` +
    `${catalog.notPublished.length ? `, ${catalog.notPublished.length} not published (onInvalidEntities: skip)` : ''}.`;
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`${summary}\n`);
  return errors > 0 ? 1 : 0;
}

// The change review has its own options and module (scripts/review.ts).
const argv = process.argv.slice(2);
process.exitCode = wantsReview(argv) && !argv.includes('--help') && !argv.includes('-h') ? runReview(argv) : main();
