/**
 * Runs a command under the build lock (build-lock.ts):
 *
 *   node tests/build/locked-build.ts               `astro build`, for buildSite
 *   node tests/build/locked-build.ts -- <command>  any other command that syncs Astro's
 *                                                 content (`astro check`), to its end
 *
 * It takes the lock, runs the command with this process's environment and working folder,
 * passes its output through and exits with its status. A build lets the lock go as soon as
 * it has bundled, unless its outDir (WAYFINDER_OUT_DIR) is outside the working folder;
 * another command holds it to its end.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acquireBuildLock, BUNDLED_MARKER, outDirInside, releaseBuildLock } from './build-lock.ts';

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dashes = process.argv.indexOf('--');
const [command, ...args] = dashes >= 0 ? process.argv.slice(dashes + 1) : [process.execPath, path.join(project, 'node_modules/astro/bin/astro.mjs'), 'build'];
if (!command) {
  process.stderr.write('Usage: node tests/build/locked-build.ts [-- <command> [args…]]\n');
  process.exit(2);
}
const releaseWhenBundled = dashes < 0 && outDirInside(process.env.WAYFINDER_OUT_DIR ?? path.join(project, 'dist'), process.cwd());

await acquireBuildLock();
const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
let tail = '';
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!releaseWhenBundled) return;
  // The marker may be split between chunks: look at the end of the last one too.
  const text = tail + chunk.toString('utf8');
  if (text.includes(BUNDLED_MARKER)) releaseBuildLock();
  tail = text.slice(-BUNDLED_MARKER.length);
});
child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
child.on('error', (e) => {
  process.stderr.write(`${command}: ${e.message}\n`);
  releaseBuildLock();
  process.exitCode = 1;
});
child.on('close', (code, signal) => {
  releaseBuildLock();
  process.exitCode = code ?? (signal ? 1 : 0);
});
