/**
 * A new organisation's first site: the manual's "Start from nothing" tutorial run command
 * by command from an empty folder, and a missing content folder. Every site built here has
 * a home page, says how to fill its empty sections, has no broken internal link or anchor
 * and no link to a page of the demo's docs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuildLockSync } from './build-lock.ts';
import { checkLinks, demoDocPaths, linksTo } from './links.ts';
import { buildSite, root, testOut, withoutVitest } from './site.ts';

const TUTORIAL = path.join(root, 'manual/start-from-nothing.md');

/** The shell code blocks of a Markdown page, in order. */
function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

/** The sections a first site may leave empty, and the page of each. */
const SECTIONS = { catalog: 'catalog', teams: 'teams', lifecycle: 'lifecycle', onboarding: 'onboarding', health: 'health' } as const;

function page(dist: string, p: string): string {
  return fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8');
}

describe('the "Start from nothing" tutorial', () => {
  it('runs command by command from an empty folder to a site with a team, a service, a guide, an announcement and a path, with no broken link', () => {
    const blocks = shellBlocks(fs.readFileSync(TUTORIAL, 'utf8'));
    // One block per step: the empty folder and its build, the site's name, team, service, guide, announcement, path, check and build.
    expect(blocks).toHaveLength(8);
    const commands = blocks.join('').split('\n').filter(Boolean);
    expect(commands.filter((c) => c.startsWith('npm run new -- '))).toHaveLength(6);
    expect(commands.every((c) => /^(mkdir|export WAYFINDER_CONTENT=|npm run (new -- |check$|build$))/.test(c)), commands.join('\n')).toBe(true);

    // The tutorial's ~ is a fresh home folder, so its content folder is a new, empty one.
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-first-run-'));
    const out = testOut('first-run-tutorial');
    const emptySite = testOut('first-run-empty-site');
    for (const dir of [out, `${out}.cache`, emptySite]) fs.rmSync(dir, { recursive: true, force: true });
    // The commands as written, in order, in the Wayfinder folder; between the first block
    // and the rest, the test keeps the empty folder's site to look at.
    const script = ['set -e', blocks[0], `cp -r "${out}" "${emptySite}"`, ...blocks.slice(1)].join('\n');
    const env = withoutVitest({
      ...process.env,
      HOME: home,
      ASTRO_TELEMETRY_DISABLED: '1',
      WAYFINDER_OUT_DIR: out,
      WAYFINDER_CACHE_DIR: `${out}.cache`,
      npm_config_cache: path.join(os.tmpdir(), 'wayfinder-first-run-npm-cache'),
      npm_config_update_notifier: 'false',
    });
    delete env.WAYFINDER_CONTENT;
    // Its `npm run build`s are builds like buildSite's: under the build lock.
    const r = withBuildLockSync(() => spawnSync('bash', ['-c', script], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-6000)).toBe(0);

    const demo = demoDocPaths();
    // The empty folder's site: a home page with the commands, each section says how to fill it.
    const welcome = page(emptySite, '');
    expect(welcome).toContain('npm run new -- site --title');
    expect(welcome).toContain('npm run new -- team payments-team');
    expect(/<title>([^<]*)<\/title>/.exec(welcome)?.[1]).not.toMatch(/Tidewater/);
    expect(welcome).toContain('npm run new -- path backend');
    for (const [section, p] of Object.entries(SECTIONS)) expect(page(emptySite, p), section).toContain(`data-wf-first-run="${section}"`);
    expect(checkLinks(emptySite)).toEqual([]);
    expect(linksTo(emptySite, demo)).toEqual([]);

    // The finished site: every page the tutorial promises, linked, and nothing broken.
    for (const p of ['teams/payments-team', 'catalog/component/payments-service', 'docs/how-to/take-a-payment', 'lifecycle/payments-service-beta', 'onboarding/backend', 'docs/wayfinder/start-from-nothing']) {
      expect(fs.existsSync(path.join(out, p, 'index.html')), p).toBe(true);
    }
    expect(page(out, 'catalog/component/payments-service')).toContain('/lifecycle/payments-service-beta/');
    // Named by the tutorial's `new site`: its title, and feed links at its own address.
    expect(page(out, 'teams')).toContain('<title>Teams | Payments Handbook</title>');
    expect(page(out, 'lifecycle')).toContain('webcal://handbook.example.com/lifecycle.ics');
    expect(page(out, 'onboarding/backend')).toContain('/docs/how-to/take-a-payment/');
    for (const p of ['catalog', 'teams', 'lifecycle', 'onboarding']) expect(page(out, p), p).not.toContain(`data-wf-first-run="${p}"`);
    expect(checkLinks(out)).toEqual([]);
    expect(linksTo(out, demo)).toEqual([]);
  });
});

describe('a content folder that does not exist', () => {
  it('builds a home page that says what to add, the manual, and no broken or demo link', () => {
    const r = buildSite(path.join(os.tmpdir(), `wayfinder-no-content-${process.pid}`, 'missing'), testOut('first-run-missing'));
    expect(r.status, r.output).toBe(0);
    const home = page(r.outDir, '');
    expect(home).toContain('npm run new -- service payments-service --owner group:payments-team');
    expect(home).toContain('href="/docs/wayfinder/start-from-nothing/"');
    // Words beside links keep their space (Astro 7 drops a line break next to an element).
    expect(home).toMatch(/every step, and <a href="\/docs\/wayfinder\/create-content\/">/);
    expect(home).toMatch(/>teams<\/a>, <a href="\/lifecycle\/">lifecycle calendar<\/a>/);
    expect(home).toMatch(/ and <a href="\/health\/">health<\/a>/);
    expect(fs.existsSync(path.join(r.outDir, 'docs/wayfinder/create-content/index.html'))).toBe(true);
    for (const [section, p] of Object.entries(SECTIONS)) expect(page(r.outDir, p), section).toContain(`data-wf-first-run="${section}"`);
    expect(checkLinks(r.outDir)).toEqual([]);
    expect(linksTo(r.outDir, demoDocPaths())).toEqual([]);
  });
});
