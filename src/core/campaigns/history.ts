/**
 * The catalog as it was at weekly points in the past, from the content's git history, so
 * campaigns and teams can show progress over time without a server. Bounded work: at most
 * `weeks` points; one `git log --name-only` over the catalog folder (the content log,
 * shared with the API histories: src/core/api/history.ts) finds the files that changed
 * since each point, and `git cat-file` reads each distinct old version of those files once;
 * every other entity is taken as it is now. Docs are taken as they are now.
 * git runs with execFile (no shell); without git or history the answer says why.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CatalogEntity } from '../model/entity.ts';
import { checkCatalogText } from '../catalog/load.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { addDays } from '../dates.ts';
import { gitInfo } from '../health/git.ts';

/** The catalog at one past date. */
export interface HistoryPoint {
  date: string;
  entities: readonly CatalogEntity[];
}

/** What catalogHistory found. */
export interface CatalogHistory {
  /** The points, oldest first; the last is `today` with the current catalog. Empty without history. */
  points: HistoryPoint[];
  /** Why there is no history, when there is none. */
  reason?: string;
}

/** Options of catalogHistory. */
export interface HistoryOptions {
  today: string;
  /** At most this many weekly points, today included (0: none). */
  weeks: number;
  /** Lifecycle stage lists for reading old descriptors (the policy's). */
  lifecycles?: readonly string[];
}

const MAX_BUFFER = 512 * 1024 * 1024;

function git(cwd: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'ignore'], ...(input !== undefined ? { input } : {}) });
}

/** One commit of the content log: its hash, committer date, subject line and the files it changed (repository paths). */
export interface LogEntry {
  hash: string;
  date: string;
  subject: string;
  files: string[];
}

/** Parses `git log --format=%x01%H %cs %s --name-only` output, newest first. */
export function parseLog(out: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const block of out.split('\x01')) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const head = lines.shift();
    if (!head) continue;
    const [hash, date, ...subject] = head.split(' ');
    if (!hash || !date) continue;
    entries.push({ hash, date, subject: subject.join(' '), files: lines });
  }
  return entries;
}

/**
 * The one git pass over the content's history that campaigns, migrations' burn-downs and
 * API histories share: the commits that changed the catalog folder (and any folder an API
 * definition is read from), newest first, with the files each changed.
 */
export interface ContentLog {
  /** The repository's root (absolute). */
  root: string;
  /** The catalog folder, relative to the root (`.` when it is the root). */
  catalogRel: string;
  /** Newest first, at most MAX_LOG_COMMITS. */
  entries: LogEntry[];
  /** True when there were more commits than MAX_LOG_COMMITS: the oldest entry is not the first commit. */
  truncated: boolean;
  /** True in a shallow clone: git's history stops before the content's first commit. */
  shallow: boolean;
  /** Files changed in the work tree (repository paths). */
  dirty: string[];
  /** The blob of each file as committed now (repository path → blob id). */
  indexSha: Map<string, string>;
}

/** How many commits the content log reads at most (older ones are left out; histories say they begin there). */
export const MAX_LOG_COMMITS = 5000;

/** The content log, or why there is none. */
export type ContentLogResult = { log: ContentLog; reason?: undefined } | { log?: undefined; reason: string };

/**
 * Reads the content log: one `git log --name-only` over the catalog folder and `extra`
 * (folders or files, absolute, that API definitions are read from), one `git status` and
 * one `git ls-files`.
 */
export function readContentLog(paths: ContentPaths, extra: readonly string[] = []): ContentLogResult {
  const info = gitInfo(paths.root);
  if (!info.root) return { reason: info.reason ?? 'the content is not in a git repository' };
  const root = info.root;
  const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/') || '.';
  const catalogRel = rel(paths.catalog);
  // Pathspecs: the catalog folder and every other folder definitions come from (not below it).
  const specs = [...new Set(extra.map(rel))].filter((p) => !p.startsWith('..') && !isBelow(catalogRel, p)).sort();
  const pathspecs = [catalogRel, ...specs.filter((p, i) => !specs.slice(0, i).some((q) => isBelow(q, p)))];
  try {
    const shallow = git(root, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
    const entries = parseLog(git(root, ['log', '--no-renames', `--max-count=${MAX_LOG_COMMITS + 1}`, '--format=%x01%H %cs %s', '--name-only', '--', ...pathspecs]).toString('utf8'));
    const truncated = entries.length > MAX_LOG_COMMITS;
    if (truncated) entries.length = MAX_LOG_COMMITS;
    // Files changed in the work tree count as changed since every point.
    const dirty = git(root, ['status', '--porcelain', '--no-renames', '-uall', '--', ...pathspecs])
      .toString('utf8')
      .split('\n')
      .filter((l) => l.length > 3)
      .map((l) => l.slice(3));
    // The blob of each file as committed now: a file whose old version is the same blob did not really change.
    const indexSha = new Map<string, string>();
    for (const line of git(root, ['ls-files', '-s', '--', ...pathspecs]).toString('utf8').split('\n')) {
      const m = /^\d+ ([0-9a-f]+) \d+\t(.+)$/.exec(line);
      if (m) indexSha.set(m[2] as string, m[1] as string);
    }
    return { log: { root, catalogRel, entries, truncated, shallow, dirty, indexSha } };
  } catch {
    return { reason: 'git could not read the history of the catalog folder' };
  }
}

/** True when repository path `p` is `dir` or below it. */
function isBelow(dir: string, p: string): boolean {
  return dir === '.' || p === dir || p.startsWith(`${dir}/`);
}

/** Reads `rev:path` names (or blob ids), each distinct blob once, in bounded `git cat-file --batch` calls; undefined for what is missing. */
export function readLogBlobs(log: ContentLog, asked: readonly string[]): Map<string, { sha: string; text: string } | undefined> {
  if (!asked.length) return new Map();
  return readBlobs(log.root, asked, () => false);
}

/** Parses `git cat-file --batch` output into the texts of the objects asked for (undefined when missing). */
export function parseCatFile(out: Buffer, asked: readonly string[]): Map<string, { sha: string; text: string } | undefined> {
  const result = new Map<string, { sha: string; text: string } | undefined>();
  let pos = 0;
  for (const name of asked) {
    const nl = out.indexOf(10, pos);
    if (nl < 0) break;
    const header = out.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) {
      result.set(name, undefined); // "<name> missing"
      continue;
    }
    const size = Number(m[3]);
    const body = out.subarray(pos, pos + size);
    pos += size + 1;
    result.set(name, m[2] === 'blob' ? { sha: m[1] as string, text: body.toString('utf8') } : undefined);
  }
  return result;
}

/** Parses `git cat-file --batch-check` output: the blob sha and size of each object asked for (undefined when missing). */
export function parseBatchCheck(out: string, asked: readonly string[]): Map<string, { sha: string; size: number } | undefined> {
  const lines = out.split('\n');
  const result = new Map<string, { sha: string; size: number } | undefined>();
  asked.forEach((name, i) => {
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(lines[i] ?? '');
    result.set(name, m && m[2] === 'blob' ? { sha: m[1] as string, size: Number(m[3]) } : undefined);
  });
  return result;
}

/** Most bytes of old file versions one `git cat-file --batch` call reads (the reads are cut into calls of this size). */
const BATCH_BYTES = 64 * 1024 * 1024;

/**
 * The texts of `asked` (`<rev>:<path>`). Many points name the same version of a file, and a
 * version that is the one committed now is not read at all (its entities are today's): git is
 * asked for sizes first, then only for each distinct blob, in calls of at most BATCH_BYTES, so a
 * long history of a large catalog is not one giant buffer.
 */
function readBlobs(root: string, asked: readonly string[], unchanged: (file: string, sha: string) => boolean): Map<string, { sha: string; text: string } | undefined> {
  const found = parseBatchCheck(git(root, ['cat-file', '--batch-check'], asked.join('\n') + '\n').toString('utf8'), asked);
  const wanted = new Map<string, number>();
  for (const [name, o] of found) {
    if (!o) continue;
    const file = name.slice(name.indexOf(':') + 1);
    if (!unchanged(file, o.sha)) wanted.set(o.sha, o.size);
  }
  const texts = new Map<string, string>();
  const shas = [...wanted.keys()];
  for (let i = 0; i < shas.length; ) {
    const chunk: string[] = [];
    let bytes = 0;
    while (i < shas.length && (chunk.length === 0 || bytes + (wanted.get(shas[i] as string) ?? 0) <= BATCH_BYTES)) {
      bytes += wanted.get(shas[i] as string) ?? 0;
      chunk.push(shas[i++] as string);
    }
    for (const [sha, blob] of parseCatFile(git(root, ['cat-file', '--batch'], chunk.join('\n') + '\n'), chunk)) if (blob) texts.set(sha, blob.text);
  }
  const out = new Map<string, { sha: string; text: string } | undefined>();
  for (const [name, o] of found) {
    if (!o) out.set(name, undefined);
    else {
      const text = texts.get(o.sha);
      // A version not read is the one committed now: only its sha is needed (the point takes today's entities).
      out.set(name, { sha: o.sha, text: text ?? '' });
    }
  }
  return out;
}

/** The weekly dates ending today, oldest first, at most `weeks` of them. */
export function weeklyDates(today: string, weeks: number): string[] {
  const out: string[] = [];
  for (let i = weeks - 1; i >= 0; i--) out.push(addDays(today, -7 * i));
  return out;
}

/** The catalog at weekly points from git history; the last point is today's catalog (`current`). `shared` is the content log when the caller read it already. */
export function catalogHistory(paths: ContentPaths, current: readonly CatalogEntity[], options: HistoryOptions, shared?: ContentLogResult): CatalogHistory {
  if (options.weeks <= 0) return { points: [], reason: 'the history of progress is turned off (historyWeeks: 0)' };
  const read = shared ?? readContentLog(paths);
  if (!read.log) return { points: [], reason: read.reason };
  const { root, catalogRel, indexSha } = read.log;
  const inCatalog = (f: string) => isBelow(catalogRel, f);
  const dates = weeklyDates(options.today, options.weeks);
  const oldest = dates[0] as string;
  // The commits since the oldest point (the log is newest first), their files in the catalog folder only.
  const log: LogEntry[] = [];
  for (const e of read.log.entries) {
    if (e.date < addDays(oldest, -2)) break;
    log.push({ ...e, files: e.files.filter(inCatalog) });
  }
  const dirty = read.log.dirty.filter(inCatalog);
  const baseCache = new Map<string, string | undefined>();
  /** The newest commit of the catalog folder on or before `date`, and its index in the log (log.length when older than the log). */
  const revAt = (date: string): { hash: string; index: number } | undefined => {
    const index = log.findIndex((c) => c.date <= date);
    if (index >= 0) return { hash: (log[index] as LogEntry).hash, index };
    if (!baseCache.has(date)) {
      let hash: string | undefined;
      try {
        hash = git(root, ['log', '-1', '--format=%H', `--until=${date} 23:59:59`, '--', catalogRel]).toString('utf8').trim() || undefined;
      } catch {
        hash = undefined;
      }
      baseCache.set(date, hash);
    }
    const hash = baseCache.get(date);
    return hash ? { hash, index: log.length } : undefined;
  };
  // Which files each point needs from history, then read them all in one cat-file.
  const plans: { date: string; rev: string; changed: string[] }[] = [];
  for (const date of dates.slice(0, -1)) {
    const rev = revAt(date);
    if (!rev) continue; // the catalog folder had no commit yet
    const changed = new Set<string>(dirty);
    for (let i = 0; i < rev.index; i++) for (const f of (log[i] as LogEntry).files) changed.add(f);
    plans.push({ date, rev: rev.hash, changed: [...changed].filter((f) => /\.ya?ml$/i.test(f)).sort() });
  }
  const asked = [...new Set(plans.flatMap((p) => p.changed.map((f) => `${p.rev}:${f}`)))];
  let blobs = new Map<string, { sha: string; text: string } | undefined>();
  if (asked.length) {
    try {
      // The version committed now, of a file not changed in the work tree, is today's: not read.
      const dirtyNow = new Set(dirty);
      blobs = readBlobs(root, asked, (file, sha) => !dirtyNow.has(file) && sha === indexSha.get(file));
    } catch {
      return { points: [], reason: 'git could not read old versions of the catalog files' };
    }
  }
  const parsed = new Map<string, CatalogEntity[]>(); // by blob sha
  const entitiesOf = (blob: { sha: string; text: string }, display: string): CatalogEntity[] => {
    let list = parsed.get(blob.sha);
    if (!list) {
      try {
        list = checkCatalogText(blob.text, display, { onBrokenRefs: 'warn', ...(options.lifecycles ? { lifecycles: options.lifecycles } : {}) }).entities;
      } catch {
        list = [];
      }
      parsed.set(blob.sha, list);
    }
    return list;
  };
  const dirtySet = new Set(dirty);
  const points: HistoryPoint[] = [];
  for (const plan of plans) {
    // Files whose version at the point is the one committed now (changed and changed back, or touched by a commit that left them alone) keep today's entities.
    const really = plan.changed.filter((f) => dirtySet.has(f) || blobs.get(`${plan.rev}:${f}`)?.sha !== indexSha.get(f));
    const changedDisplay = new Map(really.map((f) => [displayPath(paths, path.join(root, f)), f]));
    const entities: CatalogEntity[] = current.filter((e) => !changedDisplay.has(e.source.file));
    for (const [display, f] of changedDisplay) {
      const blob = blobs.get(`${plan.rev}:${f}`);
      if (blob) for (const e of entitiesOf(blob, display)) entities.push({ ...e, source: { ...e.source, file: display } });
    }
    points.push({ date: plan.date, entities });
  }
  points.push({ date: options.today, entities: current });
  return { points };
}
