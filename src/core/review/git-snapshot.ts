/**
 * The content folder as it was at a git revision, written to a temporary folder so the
 * one check (checkContent) can read it like any content folder. Git runs with execFile
 * and arguments (no shell), the revision is validated first, and files are read from
 * git's object store (`ls-tree` + `cat-file --batch`), so export-ignore attributes,
 * filters and hooks play no part. The temporary folder keeps the content folder's name,
 * so both versions name files the same way (`content/catalog/x.yaml`).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A problem reading the revision, for people: what is wrong and what to do. */
export class ReviewGitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewGitError';
  }
}

/** The content at a revision, on disk until `cleanup()`. */
export interface RevisionSnapshot {
  /** The content folder at the revision (same base name as the working one). */
  root: string;
  /** The full commit id the revision names. */
  commit: string;
  /** True when the content folder did not exist at that revision (it is then empty). */
  missing: boolean;
  /** Deletes the temporary folder. */
  cleanup: () => void;
}

/**
 * True for revisions people write (`origin/main`, `HEAD~2`, `v1.2`, a commit id,
 * `main@{1}`): no leading dash (an option to git), no spaces, ranges or pathspecs.
 */
export function isSafeRevision(rev: string): boolean {
  return rev.length > 0 && rev.length <= 200 && /^[A-Za-z0-9_][A-Za-z0-9._/~^@{}+-]*$/.test(rev) && !rev.includes('..');
}

/** Runs git with arguments (never a shell) and returns its stdout. */
function git(cwd: string, args: string[], input?: Buffer | string): Buffer {
  return execFileSync('git', args, {
    cwd,
    input,
    maxBuffer: 2 * 1024 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

function stderrOf(e: unknown): string {
  const err = e as { stderr?: Buffer | string; message?: string };
  return (err.stderr ? String(err.stderr) : (err.message ?? String(e))).trim().split('\n')[0] ?? '';
}

/** Writes the content folder as it was at `revision` into a temporary folder. */
export function contentAtRevision(contentRoot: string, revision: string): RevisionSnapshot {
  if (!isSafeRevision(revision)) {
    throw new ReviewGitError(`"${revision}" is not a revision Wayfinder will pass to git; name a branch, tag or commit (e.g. origin/main, HEAD~1)`);
  }
  const real = fs.realpathSync(contentRoot);
  let top: string;
  try {
    top = fs.realpathSync(git(real, ['rev-parse', '--show-toplevel']).toString('utf8').trim());
  } catch {
    throw new ReviewGitError(`${contentRoot} is not in a git repository; compare two folders with --diff-from <folder> instead`);
  }
  let commit: string;
  try {
    commit = git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new ReviewGitError(`git does not know the revision "${revision}"; in CI, fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${revision.replace(/^origin\//, '')})`);
  }
  const prefix = path.relative(top, real).split(path.sep).join('/');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-review-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const root = prefix ? path.join(tmp, ...prefix.split('/')) : path.join(tmp, path.basename(real));
    fs.mkdirSync(root, { recursive: true });
    const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...(prefix ? [prefix] : [])]).toString('utf8');
    const entries: { mode: string; sha: string; file: string }[] = [];
    for (const line of listing.split('\0')) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
      if (!m) continue;
      const [, mode, type, sha, file] = m as unknown as [string, string, string, string, string];
      // Blobs only: submodules (commits) are not content.
      if (type === 'blob') entries.push({ mode, sha, file });
    }
    const blobs = readBlobs(top, entries.map((e) => e.sha));
    for (const e of entries) {
      const rel = prefix ? e.file.slice(prefix.length + 1) : e.file;
      const dest = path.join(root, ...rel.split('/'));
      // git paths never climb out, but the check is cheap and the input is untrusted.
      if (!dest.startsWith(root + path.sep)) continue;
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      const data = blobs.get(e.sha) ?? Buffer.alloc(0);
      // A symbolic link is kept as one; content-fs.ts refuses it if it leads outside.
      if (e.mode === '120000') fs.symlinkSync(data.toString('utf8'), dest);
      else fs.writeFileSync(dest, data);
    }
    return { root, commit, missing: entries.length === 0, cleanup };
  } catch (e) {
    cleanup();
    if (e instanceof ReviewGitError) throw e;
    throw new ReviewGitError(`could not read the content at ${revision}: ${stderrOf(e)}`);
  }
}

/** Reads blobs by id with one `git cat-file --batch`. */
function readBlobs(cwd: string, shas: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const unique = [...new Set(shas)];
  if (!unique.length) return out;
  const buf = git(cwd, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8');
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) throw new ReviewGitError(`unexpected output from git cat-file: ${header}`);
    const size = Number(m[3]);
    out.set(m[1]!, buf.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return out;
}
