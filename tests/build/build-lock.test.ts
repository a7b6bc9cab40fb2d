/**
 * The build lock that lets build test files run side by side (build-lock.ts): one holder at
 * a time across processes, a dead holder's lock taken over, and Astro's rule for where a
 * build keeps its prerender chunks. No site is built here; a folder of its own stands for
 * the lock, so the suite's real lock is never touched.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, acquireBuildLockSync, outDirInside, releaseBuildLock } from './build-lock.ts';
import { root } from './site.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-build-lock-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const lockModule = path.join(root, 'tests/build/build-lock.ts');

/** A process that takes lock `dir`, prints when it holds it, holds it `ms`, and lets it go. */
function holder(dir: string, ms: number) {
  const code = `import { acquireBuildLock, releaseBuildLock } from ${JSON.stringify(lockModule)};
await acquireBuildLock(process.pid, ${JSON.stringify(dir)});
console.log('held', Date.now());
await new Promise((r) => setTimeout(r, ${ms}));
console.log('released', Date.now());
releaseBuildLock(process.pid, ${JSON.stringify(dir)});`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code]);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise<{ held: number; released: number }>((resolve) =>
    child.on('close', () => {
      const at = (what: string) => Number(new RegExp(`${what} (\\d+)`).exec(out)?.[1]);
      resolve({ held: at('held'), released: at('released') });
    }),
  );
}

describe('the build lock', () => {
  it('is held by one process at a time', async () => {
    const dir = path.join(tmp, 'one-at-a-time');
    const spans = await Promise.all([holder(dir, 1500), holder(dir, 1500), holder(dir, 1500)]);
    expect(spans.every((s) => s.held > 0 && s.released >= s.held)).toBe(true);
    const sorted = [...spans].sort((a, b) => a.held - b.held);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.held, 'a holder started before the previous one let go').toBeGreaterThanOrEqual(sorted[i - 1]!.released);
    expect(fs.existsSync(dir)).toBe(false);
  }, 120_000);

  it('is taken over when its holder died without letting go', async () => {
    const dir = path.join(tmp, 'stale');
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid as number;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'pid'), String(dead));
    await acquireBuildLock(process.pid, dir);
    expect(fs.readFileSync(path.join(dir, 'pid'), 'utf8')).toBe(String(process.pid));
    releaseBuildLock(process.pid, dir);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('is not let go by a process that does not hold it', () => {
    const dir = path.join(tmp, 'other');
    acquireBuildLockSync(process.pid, dir);
    releaseBuildLock(process.pid + 1, dir);
    expect(fs.existsSync(dir)).toBe(true);
    releaseBuildLock(process.pid, dir);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it("follows Astro's rule: an outDir inside the working folder keeps its own prerender chunks", () => {
    expect(outDirInside(path.join(root, 'tests/.out/x'), root)).toBe(true);
    expect(outDirInside(path.join(os.tmpdir(), 'x'), root)).toBe(false);
  });
});
