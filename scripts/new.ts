/**
 * `npm run new`: creates a service, API, system, domain, team, user, announcement,
 * onboarding path or doc as one new file that `npm run check` passes, and prints where
 * it is and the page it becomes.
 *
 *   node scripts/new.ts <what> [name] [--field value ...] [--content DIR] [--no-input]
 *
 * In a terminal it asks for what the command line leaves out; with every required value
 * given, or without a terminal, or with --no-input, it asks nothing. Exit status: 0 the
 * file was written, 1 a value is wrong or the file would not check clean (nothing is
 * written), 2 the command is used wrongly (unknown kind or flag, a required value missing
 * and no terminal to ask in), 130 cancelled at a question (Ctrl+C).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/core/check-content.ts';
import { openContent } from '../src/core/open-content.ts';
import { displayPath, pathsFromHere, resolveContentPaths } from '../src/core/content-dir.ts';
import { didYouMean } from '../src/core/suggest.ts';
import { diagnosticFormat } from '../src/core/format-diagnostics.ts';
import { today as buildToday } from '../src/core/dates.ts';
import {
  formatProblem,
  KIND_ALIASES,
  KIND_IDS,
  KINDS,
  kindFor,
  pageUrl,
  renderFile,
  resolveAnswers,
  scaffoldContext,
  targetFile,
  writeChecked,
  type Answers,
  type FieldProblem,
  type KindSpec,
} from '../src/core/scaffold/index.ts';
import { askAnswers } from './new/ask.ts';
import { runNewSite } from './new/site.ts';

const OWN_FLAGS = ['content', 'no-input', 'help'];
const FIELD_KEYS = [...new Set(Object.values(KINDS).flatMap((k) => k.fields.map((f) => f.key)))];

const USAGE = `Usage: npm run new -- <what> [name] [--field value ...] [options]

Creates one file in the content folder that \`npm run check\` passes, and prints it
and the URL of its page. Never overwrites a file.

What:
  site          the site's name and public URL (site: in wayfinder.yaml); see \`new site --help\`
${KIND_IDS.map((id) => `  ${id.padEnd(13)} ${KINDS[id].summary}`).join('\n')}

Shortcuts: ${Object.keys(KIND_ALIASES).join(', ')}
  (\`new how-to rotate-a-key\` is \`new doc rotate-a-key --type how-to\`)

In a terminal it asks for what is missing, offering the owners, systems, stages and
docs of the content folder. With every required value given as a flag, without a
terminal, or with --no-input, it asks nothing. \`npm run new -- <what> --help\` lists
the fields of one kind. Lists take commas or repeated flags.

Options:
  --content DIR   the content folder (default: $WAYFINDER_CONTENT, else content/)
  --no-input      never ask; fail on a missing required value
  -h, --help      show this help

Exit status: 0 written, 1 a value is wrong or the file would not check clean (nothing
is written), 2 the command is used wrongly, 130 cancelled at a question.`;

/**
 * The fields of one kind, for `new <what> --help`, as `what` was written: a shortcut
 * (`deprecation`) does not list the field it fixes (`--type`) nor fields that do not
 * apply to it, and a field with a default is not marked required.
 */
function kindUsage(what: string, kind: KindSpec, preset: Answers): string {
  const shortcut = Object.keys(preset).length > 0;
  const fields = kind.fields.filter((f) => !(f.key in preset) && (!shortcut || !f.when || f.when(preset)));
  const lines = fields.map((f) => `  --${f.key.padEnd(14)} ${f.required && !f.default ? '(required) ' : ''}${f.help}`);
  return `Usage: npm run new -- ${what} [name] [--field value ...]\n\n${kind.summary}.\n\nFields:\n${lines.join('\n')}\n`;
}

/** Node's "Unknown option '--ownr'" with a did-you-mean among `flags` (without dashes), when one is close. */
function unknownFlag(message: string, flags: readonly string[]): string {
  const written = /Unknown option '-{1,2}([^']+)'/.exec(message)?.[1];
  const near = written === undefined ? undefined : didYouMean(written, flags, (f) => `--${f}`);
  return near ? `${message}; ${near}` : message;
}

/** Prints a usage problem and exits 2. */
function usageError(message: string): never {
  process.stderr.write(`wayfinder new: ${message}\nRun "npm run new -- --help" for the options.\n`);
  process.exit(2);
}

/** Prints value problems; nothing was written. */
function problems(list: readonly FieldProblem[]): number {
  process.stderr.write(`${list.map((p) => `wayfinder new: ${formatProblem(p)}`).join('\n')}\nNothing was written.\n`);
  return 1;
}

/** Runs the command and returns the exit status. */
async function main(): Promise<number> {
  // `new site` edits wayfinder.yaml rather than creating a file (scripts/new/site.ts).
  if (process.argv[2] === 'site') return runNewSite(process.argv.slice(3));
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: {
        content: { type: 'string', short: 'c' },
        'no-input': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(FIELD_KEYS.map((k) => [k, { type: 'string' as const, multiple: true as const }])),
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    usageError(unknownFlag(msg.split('. To specify')[0]?.replace(/\.$/, '') ?? msg, [...OWN_FLAGS, ...FIELD_KEYS]));
  }
  const [what, name, ...extra] = positionals;
  if (!what) {
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    usageError(`say what to create: ${KIND_IDS.join(', ')}`);
  }
  const found = kindFor(what);
  if (!found) {
    const near = didYouMean(what, [...KIND_IDS, ...Object.keys(KIND_ALIASES)]);
    usageError(`cannot create "${what}"${near ? `: ${near}` : ''} (choose one of ${KIND_IDS.join(', ')}, or ${Object.keys(KIND_ALIASES).join(', ')})`);
  }
  const { kind, preset } = found;
  if (values.help) {
    process.stdout.write(kindUsage(what.toLowerCase(), kind, preset));
    return 0;
  }
  if (extra.length) usageError(`one name only; "${extra.join(' ')}" is left over (quote a value that has spaces)`);

  const given: Answers = { ...preset };
  for (const [key, value] of Object.entries(values)) {
    if (OWN_FLAGS.includes(key) || value === undefined) continue;
    const field = kind.fields.find((f) => f.key === key);
    if (!field) {
      const takes = kind.fields.filter((f) => !(f.key in preset)).map((f) => f.key);
      const near = didYouMean(key, takes, (f) => `--${f}`);
      usageError(`--${key} does not apply to ${what.toLowerCase()}${near ? `; ${near}` : ''} (it takes ${takes.map((f) => `--${f}`).join(', ')})`);
    }
    const list = (Array.isArray(value) ? value : [value]).map(String);
    given[key] = field.list ? list : list[list.length - 1];
  }
  if (name !== undefined) {
    if (given.name !== undefined) usageError('give the name once: as the word after the kind, or as --name');
    given.name = name;
  }

  if (typeof values.content === 'string' && values.content.trim() === '') usageError('--content needs a folder');
  const paths = resolveContentPaths(typeof values.content === 'string' ? values.content : undefined);
  if (!fs.existsSync(paths.root) || !fs.statSync(paths.root).isDirectory()) usageError(`the content folder ${paths.root} does not exist`);
  const today = buildToday();
  // Check with the content folder's own policy (wayfinder.yaml), opened as the build and `check` open it.
  const { checkOptions } = openContent(paths, { today });
  const before = checkContent(paths, checkOptions);
  const ctx = scaffoldContext(paths, before, today);

  let resolved = resolveAnswers(kind, given, ctx);
  const wrong = resolved.problems.filter((p) => !p.missing);
  if (wrong.length) return problems(wrong);
  if (resolved.problems.length) {
    const terminal = process.stdin.isTTY === true && process.stdout.isTTY === true && values['no-input'] !== true;
    if (!terminal) {
      process.stderr.write(`${resolved.problems.map((p) => `wayfinder new: ${formatProblem(p)}`).join('\n')}\n`);
      usageError(`${kind.id} needs ${resolved.problems.map((p) => `--${p.field}`).join(', ')} when there is no terminal to ask in`);
    }
    resolved = await askAnswers(kind, given, ctx);
    if (resolved.problems.length) return problems(resolved.problems);
  }

  const { answers } = resolved;
  const relative = targetFile(kind.id, answers);
  const result = writeChecked(paths, relative, renderFile(kind.id, answers, ctx), before, checkOptions);
  // Printed paths are relative to where the command was run, so a click opens the file.
  const fromHere = pathsFromHere(paths);
  const shown = fromHere(displayPath(paths, result.file));
  if (result.failure) {
    process.stderr.write(`wayfinder new: ${result.failure}\nNothing was written.\n`);
    return 1;
  }
  if (!result.written) {
    process.stderr.write(
      `${result.errors.map(diagnosticFormat(fromHere)).join('\n')}\nwayfinder new: ${shown} would not check clean, so it was not kept. Nothing was written.\n`,
    );
    return 1;
  }
  const warnings = result.warnings.map(diagnosticFormat(fromHere));
  process.stdout.write(
    `Created ${shown}\nIts page: ${pageUrl(kind.id, answers)}\n` +
      (warnings.length ? `${warnings.join('\n')}\n` : '') +
      `Edit it, then run \`npm run check\`; \`npm run dev\` shows the page.\n`,
  );
  return 0;
}

/** Ctrl+C at a question ends the command without writing anything. */
function cancelled(e: unknown): e is Error {
  return e instanceof Error && e.name === 'ExitPromptError';
}

try {
  process.exitCode = await main();
} catch (e) {
  if (!cancelled(e)) throw e;
  process.stderr.write('\nwayfinder new: cancelled. Nothing was written.\n');
  process.exitCode = 130;
}
