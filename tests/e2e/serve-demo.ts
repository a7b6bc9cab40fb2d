/**
 * The browser tests' web server: serves the demo site the build suite built
 * (tests/.out/demo, see tests/build/site.ts) with `astro preview`, building it first when
 * it is not there (or with WAYFINDER_E2E_REBUILD=1). So `npm test` builds the demo once
 * for both suites, `npm run test:e2e` alone still works, and the user's dist/ is never
 * touched.
 *
 *   node tests/e2e/serve-demo.ts <port>
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildDemo, demoDist, root, withoutVitest } from '../build/site.ts';

const port = process.argv[2] ?? '4327';
if (process.env.WAYFINDER_E2E_REBUILD === '1' || !fs.existsSync(path.join(demoDist, 'index.html'))) {
  process.stdout.write(`Building the demo site into ${path.relative(root, demoDist)} for the browser tests…\n`);
  const built = buildDemo();
  if (built.status !== 0) {
    process.stderr.write(`The demo site failed to build (exit ${built.status}):\n${built.output.slice(-6000)}\n`);
    process.exit(1);
  }
}
const preview = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', port], {
  cwd: root,
  stdio: 'inherit',
  env: withoutVitest({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WAYFINDER_OUT_DIR: demoDist, WAYFINDER_CACHE_DIR: `${demoDist}.cache` }),
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 1));
