/**
 * `npm run check -- --diff <revision>` and `-- --diff-from <folder>`: the change review.
 * Checks the content at a git revision (or in another folder) and in the working tree
 * with the one check, compares them (src/core/review/) and prints what the change means,
 * for whom, as text, JSON, Markdown (a pull-request comment) or GitHub annotations.
 *
 * Exit status: 1 when the change introduces errors (problems already there do not count),
 * or with --fail-on-breaking when a removal or rename leaves consumers pointing at nothing
 * or an API has breaking changes no announcement with a future date covers;
 * 0 otherwise; 2 when the command is used wrongly or the revision cannot be read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/core/check-content.ts';
import { resolveContentPaths, type ContentPaths, pathsFromHere } from '../src/core/content-dir.ts';
import { today } from '../src/core/dates.ts';
import { REF_POLICIES, type RefPolicy } from '../src/core/model/ref-policy.ts';
import { openContent } from '../src/core/open-content.ts';
import {
  contentAtRevision,
  diffContent,
  formatReviewGithub,
  formatReviewMarkdown,
  formatReviewText,
  ReviewGitError,
  reviewExitCode,
  type ReviewSnapshot,
} from '../src/core/review/index.ts';

/** The options of the review, for check.ts's help. */
export const REVIEW_USAGE = `Change review (what a pull request to the content means, for the people it affects):
  --diff REV        compare the content at git revision REV (e.g. origin/main) with the
                    working tree: entities added, removed and renamed, owner and lifecycle
                    changes, announcements, docs to re-review, onboarding steps, and the
                    check problems the change introduces, with the teams each one reaches
  --diff-from DIR   the same, comparing the content folder DIR (the old version) with the
                    working content folder, for content that is not in git
  --format FORMAT   with --diff: text (default), json, markdown (a pull-request comment)
                    or github (annotations on the changed lines)
  --fail-on-breaking
                    with --diff: also exit 1 when a removal or rename leaves consumers
                    pointing at nothing, or an API definition has breaking changes
                    that no deprecation or breaking-change announcement with a
                    date ahead covers (by default only new errors fail)`;

const FORMATS = ['text', 'json', 'markdown', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** True when the command line asks for the change review. */
export function wantsReview(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--diff' || a === '--diff-from' || a.startsWith('--diff=') || a.startsWith('--diff-from='));
}

interface ReviewArgs {
  diff?: string;
  diffFrom?: string;
  content?: string;
  allowReadsFrom: string[];
  format: Format;
  onBrokenRefs?: RefPolicy;
  failOnBreaking: boolean;
}

/** Thrown for bad usage; main prints it and exits 2. */
class UsageError extends Error {}

function readArgs(argv: string[]): ReviewArgs {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        diff: { type: 'string' },
        'diff-from': { type: 'string' },
        content: { type: 'string', short: 'c' },
        'allow-reads-from': { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        'on-broken-refs': { type: 'string' },
        'fail-on-breaking': { type: 'boolean' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new UsageError(`${msg.split('. To specify')[0]?.replace(/\.$/, '') ?? msg} (with --diff, the options are --diff or --diff-from, --content, --allow-reads-from, --format, --on-broken-refs, --fail-on-breaking)`);
  }
  const diff = values.diff as string | undefined;
  const diffFrom = values['diff-from'] as string | undefined;
  if (diff !== undefined && diffFrom !== undefined) throw new UsageError('use --diff REV or --diff-from DIR, not both');
  if (diff !== undefined && diff.trim() === '') throw new UsageError('--diff needs a git revision, e.g. --diff origin/main');
  if (diffFrom !== undefined && diffFrom.trim() === '') throw new UsageError('--diff-from needs a folder');
  const format = (values.format as string | undefined) ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${format}" with --diff (use ${FORMATS.join(', ')})`);
  const refs = values['on-broken-refs'] as string | undefined;
  if (refs !== undefined && !(REF_POLICIES as readonly string[]).includes(refs)) throw new UsageError(`unknown --on-broken-refs "${refs}" (use ${REF_POLICIES.join(' or ')})`);
  const content = values.content as string | undefined;
  if (content !== undefined && content.trim() === '') throw new UsageError('--content needs a folder');
  return {
    ...(diff !== undefined ? { diff } : {}),
    ...(diffFrom !== undefined ? { diffFrom } : {}),
    ...(content !== undefined ? { content } : {}),
    allowReadsFrom: (values['allow-reads-from'] as string[] | undefined) ?? [],
    format: format as Format,
    ...(refs !== undefined ? { onBrokenRefs: refs as RefPolicy } : {}),
    failOnBreaking: values['fail-on-breaking'] === true,
  };
}

/** Checks one version of the content with its own policy file (flags on top) and the same "today". */
function snapshot(paths: ContentPaths, args: ReviewArgs, day: string): ReviewSnapshot {
  // The one door, as `check` and the build open the content: the whole policy, flags on top.
  const opened = openContent(paths, { ...(args.onBrokenRefs ? { onBrokenRefs: args.onBrokenRefs } : {}), today: day });
  const checked = checkContent(paths, opened.checkOptions);
  return { ...checked, diagnostics: [...opened.diagnostics, ...checked.diagnostics] };
}

/** Content paths for a review: the organisation's content only (the manual is the product's, the same on both sides). */
function reviewPaths(root: string | undefined, allowReadsFrom: string[]): ContentPaths {
  const paths = resolveContentPaths(root);
  delete paths.manual;
  if (allowReadsFrom.length) paths.allowReadsFrom = allowReadsFrom;
  return paths;
}

/** Runs the review for `argv` and returns the exit status. */
export function runReview(argv: string[]): number {
  let args: ReviewArgs;
  try {
    args = readArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`wayfinder check: ${e.message}\nRun "node scripts/check.ts --help" for the options.\n`);
    return 2;
  }
  const head = reviewPaths(args.content, args.allowReadsFrom);
  const usage = (message: string): number => {
    process.stderr.write(`wayfinder check: ${message}\n`);
    return 2;
  };
  if (!fs.existsSync(head.root) || !fs.statSync(head.root).isDirectory()) return usage(`the content folder ${head.root} does not exist`);
  let baseRoot: string;
  let cleanup = () => {};
  let baseLabel: string;
  if (args.diff !== undefined) {
    try {
      const snap = contentAtRevision(head.root, args.diff);
      baseRoot = snap.root;
      cleanup = snap.cleanup;
      baseLabel = args.diff;
      if (snap.missing) process.stderr.write(`wayfinder check: the content folder is not in ${args.diff}; everything counts as new.\n`);
    } catch (e) {
      if (e instanceof ReviewGitError) return usage(e.message);
      throw e;
    }
  } else {
    const from = path.resolve(args.diffFrom!);
    if (!fs.existsSync(from) || !fs.statSync(from).isDirectory()) return usage(`--diff-from: the folder ${from} does not exist`);
    baseLabel = args.diffFrom!;
    baseRoot = from;
    // Both versions must name files alike (content/catalog/x.yaml): reach the old folder
    // through a link with the working folder's name.
    if (path.basename(from) !== path.basename(head.root)) {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-review-'));
      baseRoot = path.join(tmp, path.basename(head.root));
      fs.symlinkSync(from, baseRoot, 'dir');
      cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  try {
    const day = today();
    const base = snapshot(reviewPaths(baseRoot, args.allowReadsFrom.map((d) => path.resolve(head.root, d))), args, day);
    const now = snapshot(head, args, day);
    const cs = diffContent(base, now, { today: day, base: baseLabel, head: args.diff !== undefined ? 'the working tree' : (args.content ?? path.relative(process.cwd(), head.root) ?? head.root) });
    const text =
      args.format === 'json'
        ? JSON.stringify(cs, null, 2)
        : args.format === 'markdown'
          ? formatReviewMarkdown(cs, { command: `npm run check -- ${args.diff !== undefined ? '--diff' : '--diff-from'} ${baseLabel}` }).trimEnd()
          : args.format === 'github'
            ? formatReviewGithub(cs, pathsFromHere(head))
            : formatReviewText(cs, pathsFromHere(head));
    process.stdout.write(`${text}\n`);
    return reviewExitCode(cs, { failOnBreaking: args.failOnBreaking });
  } finally {
    cleanup();
  }
}
