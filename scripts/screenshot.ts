/**
 * Takes screenshots of a built site for the README and for looking at pages as a reader
 * would: `node scripts/screenshot.ts [path ...]` (default: the home page). It serves
 * dist/ with `astro preview` and drives Debian's Chromium (CHROMIUM_PATH overrides).
 * Writes assets/screenshot.png for `/`, and /tmp/wayfinder-shot-<slug>.png for others.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A port of its own each run, so two runs (or a running preview) never collide.
const port = Number(process.env.WAYFINDER_SHOT_PORT ?? 4400 + Math.floor(Math.random() * 500));
const pages = process.argv.slice(2);
if (pages.length === 0) pages.push('/');

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
try {
  let up = false;
  for (let i = 0; i < 150 && !up; i++) {
    up = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  if (!up) throw new Error(`astro preview did not answer on port ${port}; is dist/ built?`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const p of pages) {
    await page.goto(`http://127.0.0.1:${port}${p}`);
    const out = p === '/' ? path.join(root, 'assets/screenshot.png') : `/tmp/wayfinder-shot-${p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`;
    await page.screenshot({ path: out });
    console.log(out);
  }
  await browser.close();
} finally {
  server.kill();
}
