/**
 * `npm test`: every suite, side by side where they do not wait on each other, so the whole
 * run takes the time of its longest chain instead of the sum of its suites:
 *
 *   unit tests ──────────────────────────────────────┐
 *   demo build ──┬─ build suite (reuses the demo) ───┤
 *                ├─ browser tests (serve the demo) ──┤
 *                └─ type check ──────────────────────┴─ done
 *
 * Everything that syncs Astro's content (a build, `astro check`) writes the project's
 * .astro/ folder, so those take the build lock (tests/build/build-lock.ts) for that part.
 * Each suite's output goes to tests/.out/logs/<suite>.log and is printed whole when the
 * suite ends; the run fails when any suite fails.
 *
 *   node scripts/test.ts [suite…]     (suites: unit types build e2e; default all)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const logs = path.join(root, 'tests/.out/logs');

interface Suite {
  name: string;
  /** The command, run from the project folder. */
  args: string[];
  /** Suites that must have ended first. */
  after: string[];
  /** Of those, the ones that must have passed (default: all of them). */
  needs?: string[];
  env?: Record<string, string>;
}

const npm = (script: string): string[] => [process.env.npm_execpath ? process.execPath : 'npm', ...(process.env.npm_execpath ? [process.env.npm_execpath] : []), 'run', '--silent', script];

const SUITES: Suite[] = [
  { name: 'unit', args: npm('test:unit'), after: [] },
  { name: 'demo', args: [process.execPath, path.join(root, 'tests/build/build-demo.ts')], after: [] },
  // `astro check` syncs the demo's content into .astro/ as a build does: under the build lock,
  // once the demo (which the other suites wait for) is built.
  { name: 'types', args: [process.execPath, path.join(root, 'tests/build/locked-build.ts'), '--', ...npm('test:types')], after: ['demo'], needs: [] },
  { name: 'build', args: npm('test:build'), after: ['demo'], env: { WAYFINDER_REUSE_DIST: '1' } },
  { name: 'e2e', args: npm('test:e2e'), after: ['demo'] },
];

const wanted = process.argv.slice(2);
for (const w of wanted) {
  if (!SUITES.some((s) => s.name === w)) {
    process.stderr.write(`Unknown suite "${w}". Suites: ${SUITES.map((s) => s.name).join(', ')}.\n`);
    process.exit(2);
  }
}
// The demo build is what the build and browser suites start from.
const selected = SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name) || (s.name === 'demo' && wanted.some((w) => w === 'build' || w === 'e2e')));

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const started = Date.now();
const results = new Map<string, 'passed' | 'failed' | 'skipped'>();
const running = new Map<string, Promise<void>>();
fs.mkdirSync(logs, { recursive: true });

function run(suite: Suite): Promise<void> {
  const log = path.join(logs, `${suite.name}.log`);
  return new Promise((resolve) => {
    const out = fs.openSync(log, 'w');
    const t0 = Date.now();
    process.stdout.write(`▶ ${suite.name} started (${seconds(t0 - started)} into the run)\n`);
    const [command, ...args] = suite.args as [string, ...string[]];
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', out, out], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0', ...suite.env } });
    const finish = (ok: boolean, why = '') => {
      fs.closeSync(out);
      results.set(suite.name, ok ? 'passed' : 'failed');
      process.stdout.write(`\n━━━ ${suite.name}: ${ok ? 'passed' : `FAILED${why}`} in ${seconds(Date.now() - t0)} (log: ${path.relative(root, log)}) ━━━\n`);
      process.stdout.write(fs.readFileSync(log, 'utf8'));
      resolve();
    };
    child.on('error', (e) => finish(false, ` (${e.message})`));
    child.on('close', (code, signal) => finish(code === 0, code === 0 ? '' : ` (${signal ?? `exit ${code}`})`));
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => child.kill(sig));
  });
}

async function start(suite: Suite): Promise<void> {
  await Promise.all(suite.after.filter((n) => running.has(n)).map((n) => running.get(n)));
  const blocked = (suite.needs ?? suite.after).filter((n) => running.has(n) && results.get(n) !== 'passed');
  if (blocked.length) {
    results.set(suite.name, 'skipped');
    process.stdout.write(`\n━━━ ${suite.name}: skipped (${blocked.join(', ')} failed) ━━━\n`);
    return;
  }
  await run(suite);
}

for (const suite of selected) running.set(suite.name, start(suite));
await Promise.all(running.values());

const summary = [...results].map(([name, result]) => `${name} ${result}`).join(', ');
const failed = [...results.values()].some((r) => r !== 'passed');
process.stdout.write(`\nnpm test: ${failed ? 'FAILED' : 'passed'} in ${seconds(Date.now() - started)} (${summary})\n`);
process.exitCode = failed ? 1 : 0;
