/**
 * The change dates of catalog files from git: one `git log` per file, cached, never
 * per doc. Without git (or outside a repository) every answer is "unknown".
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** What git says about a folder's repository. */
export interface GitInfo {
  /** The repository root, when the folder is in a git work tree. */
  root?: string;
  /** Why there is no history, when there is none. */
  reason?: string;
}

const roots = new Map<string, GitInfo>();
const dates = new Map<string, string | undefined>();

/** The git repository that holds `dir`, cached per folder. */
export function gitInfo(dir: string): GitInfo {
  const cached = roots.get(dir);
  if (cached) return cached;
  let info: GitInfo;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    info = root ? { root } : { reason: 'not in a git repository' };
  } catch {
    info = { reason: 'git is not available or the content is not in a git repository' };
  }
  roots.set(dir, info);
  return info;
}

/** The committer date (YYYY-MM-DD) of the last commit that touched `file`, cached per file. */
export function lastCommitDate(file: string): string | undefined {
  const abs = path.resolve(file);
  if (dates.has(abs)) return dates.get(abs);
  let date: string | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', path.basename(abs)], {
      cwd: path.dirname(abs),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    date = undefined;
  }
  dates.set(abs, date);
  return date;
}

/** Forgets cached answers (tests that create repositories call it). */
export function clearGitCache(): void {
  roots.clear();
  dates.clear();
}
