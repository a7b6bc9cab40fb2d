/**
 * `npm run check`: validates the catalog, docs' frontmatter and onboarding paths without building the
 * site, prints every problem as `path:line:col: error|warning: message (hint)` and a
 * summary, and exits 1 when there is any error (0 otherwise, 2 for bad usage).
 *
 *   node scripts/check.ts [--content DIR] [--format text|json|github]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/core/check-content.ts';
import { resolveContentPaths } from '../src/core/content-dir.ts';
import { formatDiagnostic, formatGithubAnnotation } from '../src/core/diagnostics.ts';

const USAGE = `Usage: node scripts/check.ts [options]

Checks the catalog (content/catalog), the docs' frontmatter (content/docs), the
onboarding paths (content/paths) and lifecycle announcements (content/lifecycle), and reports every problem with its file, line and
column.

Options:
  --content DIR     the content folder to check (default: $WAYFINDER_CONTENT, else content/)
  --format FORMAT   text (default), json, or github (GitHub Actions annotations)
  -h, --help        show this help

Exit status: 0 when there are no errors (warnings are fine), 1 when there are errors,
2 when the command itself is used wrongly.`;

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** Prints a usage problem and exits 2. */
function usageError(message: string): never {
  process.stderr.write(`wayfinder check: ${message}\nRun "node scripts/check.ts --help" for the options.\n`);
  process.exit(2);
}

/** Parses the command line; bad flags end the process with status 2. */
function readArgs(argv: string[]): { format: Format; content?: string } {
  let values: { format?: string; content?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', short: 'f' },
        content: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
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
  return { format: format as Format, content: values.content };
}

/** Runs the check and returns the exit status. */
function main(): number {
  const args = readArgs(process.argv.slice(2));
  const paths = resolveContentPaths(args.content);
  if (!fs.existsSync(paths.root) || !fs.statSync(paths.root).isDirectory()) {
    usageError(`the content folder ${paths.root} does not exist`);
  }
  const started = performance.now();
  const checked = checkContent(paths);
  const { catalog, diagnostics } = checked;
  const docs = { docs: checked.docs };
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
      diagnostics,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return errors > 0 ? 1 : 0;
  }
  const lines = diagnostics.map(args.format === 'github' ? formatGithubAnnotation : formatDiagnostic);
  const byKind = Object.entries(entities).map(([k, n]) => `${n} ${k}`).join(', ');
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary =
    `Checked ${total} ${total === 1 ? 'entity' : 'entities'}${byKind ? ` (${byKind})` : ''}` +
    `, ${plural(docs.docs.length, 'doc')}, ${plural(pathCount, 'onboarding path')} and ${plural(announcementCount, 'announcement')} in ${ms} ms: ` +
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${catalog.skipped.length} skipped.`;
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`${summary}\n`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = main();
