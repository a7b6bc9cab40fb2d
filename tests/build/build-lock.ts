/**
 * One Astro build at a time through the phase that uses the project's shared `.astro/`
 * folder, so test builds can run side by side safely.
 *
 * Every build of this project, whatever its content folder and outDir, writes the list of
 * its MDX modules to <project>/.astro/content-modules.mjs (and content-assets.mjs) while it
 * syncs content, and reads it back when it bundles: a second build syncing in between gives
 * the first one its modules (MDX pages built empty or failing to import). A build whose
 * outDir is outside the project also puts its prerender chunks in <project>/.astro/.prerender
 * and reads them until it ends. So a build holds this lock from its start until it has
 * bundled ("generating static routes": from there on it reads only its own outDir), or to
 * its end when its outDir is outside the project. Page generation, Pagefind and every
 * assertion of the other test files still run in parallel.
 *
 * The lock is a folder (mkdir is atomic) holding the owner's pid; a lock whose owner has
 * died is taken over, so a killed run never blocks the next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The lock folder: one per project (worktree), beside the test builds. */
export const buildLockDir = path.join(project, 'tests/.out/.build.lock');

/** What Astro prints once it has bundled a build and starts writing its pages. */
export const BUNDLED_MARKER = 'generating static routes';

/** True when `outDir` is where Astro keeps a build's prerender chunks in the build's own outDir (inside the working directory). */
export function outDirInside(outDir: string, cwd: string = project): boolean {
  // Astro's own rule (getOutDirWithinCwd): a plain prefix test on the working directory.
  return path.resolve(outDir).startsWith(cwd);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid that holds lock folder `dir`, if any. */
function holderOf(dir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8'));
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock folder `dir` if it is free (or its owner died); true when it is now held for `owner`. */
function tryAcquire(owner: number, dir: string): boolean {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  try {
    fs.mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const holder = holderOf(dir);
    if (holder === undefined) {
      // Just made by its owner, who has not written its pid yet (or left so by a crash long ago).
      const age = Date.now() - (fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < 10_000) return false;
    } else if (alive(holder)) return false;
    // Its owner died: take it over, unless someone else just did.
    if (holderOf(dir) === holder) fs.rmSync(dir, { recursive: true, force: true });
    return false;
  }
  fs.writeFileSync(path.join(dir, 'pid'), String(owner));
  return true;
}

/** Waits for the lock (folder `dir`) and takes it for process `owner` (default: this process). */
export async function acquireBuildLock(owner: number = process.pid, dir: string = buildLockDir): Promise<void> {
  while (!tryAcquire(owner, dir)) await new Promise((resolve) => setTimeout(resolve, 250));
}

/** The same, blocking this thread while it waits (for synchronous callers). */
export function acquireBuildLockSync(owner: number = process.pid, dir: string = buildLockDir): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (!tryAcquire(owner, dir)) Atomics.wait(sleeper, 0, 0, 250);
}

/** Releases the lock if `owner` holds it. */
export function releaseBuildLock(owner: number = process.pid, dir: string = buildLockDir): void {
  if (holderOf(dir) === owner) fs.rmSync(dir, { recursive: true, force: true });
}

/** Runs `fn` (which builds with Astro some other way than buildSite) holding the lock throughout. */
export function withBuildLockSync<T>(fn: () => T): T {
  acquireBuildLockSync();
  try {
    return fn();
  } finally {
    releaseBuildLock();
  }
}
