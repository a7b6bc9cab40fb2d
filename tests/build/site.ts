import { spawnSync } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Where a test builds a site named `name` (a folder under tests/.out/, cleared by
 * buildSite). Build outputs belong inside the project: Astro keeps an outside outDir's
 * prerender chunks in the project's .astro/ folder, which makes such a build hold the build
 * lock (build-lock.ts) to its end instead of only until it has bundled. Names are unique
 * across test files (files run side by side): start them with the file's name.
 */
export const testOut = (name: string): string => path.join(root, 'tests/.out', name);
/**
 * Where the demo site is built for the build and e2e suites: one shared build in a test
 * folder, never the user's dist/ (a test build is pinned to TEST_TODAY).
 */
export const demoDist = path.join(root, 'tests/.out/demo');
/** The output of the demo's build (kept beside it, for the test that reads its warnings). */
export const demoBuildLog = `${demoDist}.build.log`;
/**
 * The demo is built west of Greenwich (UTC-10), so the time-zone test compares it with
 * one more build east of the date line instead of building the demo twice.
 */
export const DEMO_TZ = 'Pacific/Honolulu';

/** Builds the shared demo site into demoDist (in DEMO_TZ) and keeps its output in demoBuildLog. */
export function buildDemo(): BuildResult {
  const result = buildSite(undefined, demoDist, { TZ: DEMO_TZ });
  fs.writeFileSync(demoBuildLog, result.output);
  return result;
}
/** The "today" every test build uses, so countdowns and staleness are reproducible. */
export const TEST_TODAY = '2026-11-23';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Builds a site from `contentDir` (WAYFINDER_CONTENT) into `outDir` with Astro's CLI, under
 * the build lock (locked-build.ts), so builds of test files running side by side never
 * mix their content.
 */
export function buildSite(contentDir: string | undefined, outDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(`${outDir}.cache`, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    WAYFINDER_TODAY: TEST_TODAY,
    WAYFINDER_OUT_DIR: outDir,
    // Each build keeps its own cache, so fixture builds never see the demo's content.
    WAYFINDER_CACHE_DIR: `${outDir}.cache`,
    ...extraEnv,
  };
  withoutVitest(env);
  if (contentDir) env.WAYFINDER_CONTENT = contentDir;
  else delete env.WAYFINDER_CONTENT;
  const r = spawnSync(process.execPath, [path.join(root, 'tests/build/locked-build.ts')], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/**
 * Removes what Vitest puts in the environment from `env` (in place): it exposes Vite's
 * import.meta.env through process.env (BASE_URL, MODE, …), and a child build must not
 * inherit them or it ignores its own `base`.
 */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

/** Every HTML file under `dir`, as paths relative to it with forward slashes. */
export function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/**
 * Serves the built site in `dir` over HTTP on a free local port, as a static host does
 * (a folder answers with its index.html, a missing file with 404).
 */
export async function serveDir(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const root = path.resolve(dir);
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname));
    if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream');
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
