/**
 * Proves a refactoring changes nothing a reader sees: builds the demo from another commit
 * (default `main`) and from the working tree (or a second commit), at one fixed
 * WAYFINDER_TODAY and time zone, and compares the two outputs byte for byte.
 *
 *   node scripts/diff-builds.ts [base-ref] [head-ref] [--keep]
 *
 * A commit is exported with `git archive` into tests/.out/diff-builds/tree (no worktree is
 * registered), inside this checkout so that it finds this checkout's node_modules. Both
 * commits are built from that one folder in turn: the build names some things after a
 * page's absolute path (a diagram's ids), so two folders would differ there. Prints every file that is only
 * in one build or differs, and exits 1 when there is any; `--keep` leaves both builds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const TODAY = '2026-11-23';
const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const [baseRef = 'main', headRef] = args.filter((a) => !a.startsWith('--'));

/** Builds the demo of the checkout at `dir` into `outDir`. */
function build(dir: string, outDir: string): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    WAYFINDER_TODAY: TODAY,
    WAYFINDER_OUT_DIR: outDir,
    WAYFINDER_CACHE_DIR: `${outDir}.cache`,
    TZ: 'UTC',
  };
  delete env.WAYFINDER_CONTENT;
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`the build in ${dir} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Every file under `dir`, relative, with forward slashes, sorted. */
function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** What differs between two output folders: files only in one, and files whose bytes differ. */
export function compareOutputs(before: string, after: string): { onlyBefore: string[]; onlyAfter: string[]; differ: string[]; same: number } {
  const a = new Set(files(before));
  const b = new Set(files(after));
  const onlyBefore = [...a].filter((f) => !b.has(f));
  const onlyAfter = [...b].filter((f) => !a.has(f));
  const both = [...a].filter((f) => b.has(f));
  const differ = both.filter((f) => !fs.readFileSync(path.join(before, f)).equals(fs.readFileSync(path.join(after, f))));
  return { onlyBefore, onlyAfter, differ, same: both.length - differ.length };
}

const work = path.join(root, 'tests/.out/diff-builds');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });

/** Exports commit `ref` into `work`/tree (emptied first), where each commit is built in turn. */
function checkout(ref: string): { dir: string; commit: string } {
  const dir = path.join(work, 'tree');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: root });
  return { dir, commit };
}

const before = path.join(work, 'before');
const after = path.join(work, 'after');
const base = checkout(baseRef);
console.log(`building ${baseRef} (${base.commit.slice(0, 10)}) …`);
build(base.dir, before);
const head = headRef ? checkout(headRef) : { dir: root, commit: 'the working tree' };
console.log(`building ${headRef ?? 'the working tree'} (${head.commit.slice(0, 10)}) …`);
build(head.dir, after);
fs.rmSync(path.join(work, 'tree'), { recursive: true, force: true });

const { onlyBefore, onlyAfter, differ, same } = compareOutputs(before, after);
for (const f of onlyBefore) console.log(`only in ${baseRef}: ${f}`);
for (const f of onlyAfter) console.log(`only in ${headRef ?? 'the working tree'}: ${f}`);
for (const f of differ) console.log(`differs: ${f}`);
const identical = onlyBefore.length + onlyAfter.length + differ.length === 0;
console.log(identical ? `byte-identical: ${same} files` : `${same} files identical, ${differ.length} differ, ${onlyBefore.length + onlyAfter.length} in one build only`);
if (keep) console.log(`builds kept: ${before} and ${after}`);
else fs.rmSync(work, { recursive: true, force: true });
process.exitCode = identical ? 0 : 1;
