/**
 * `astro build` under the build lock (build-lock.ts), for buildSite: takes the lock, runs
 * the build with this process's environment and working directory, passes its output
 * through, and lets the lock go as soon as the build has bundled (or when it ends, if its
 * outDir, WAYFINDER_OUT_DIR, is outside the working directory). Exits with the build's status.
 *
 *   node tests/build/locked-build.ts
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock, BUNDLED_MARKER, outDirInside, releaseBuildLock } from './build-lock.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = process.env.WAYFINDER_OUT_DIR ?? path.join(project, 'dist');
const releaseWhenBundled = outDirInside(outDir, process.cwd());

await acquireBuildLock();
const build = spawn(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => build.kill(signal));
let tail = '';
build.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!releaseWhenBundled) return;
  // The marker may be split between chunks: look at the end of the last one too.
  const text = tail + chunk.toString('utf8');
  if (text.includes(BUNDLED_MARKER)) releaseBuildLock();
  tail = text.slice(-BUNDLED_MARKER.length);
});
build.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
build.on('close', (code, signal) => {
  releaseBuildLock();
  process.exitCode = code ?? (signal ? 1 : 0);
});
