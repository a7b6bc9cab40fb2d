import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './check-content.ts';
import { manualDir, projectRoot, resolveContentPaths } from './content-dir.ts';
import { contentFolderLabel, emptySection, FIRST_STEPS } from './first-run.ts';
import { checkDocs } from './docs/frontmatter.ts';
import { buildHealthReport } from './health/report.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-first-run-unit-'));

describe('the manual ships with the product', () => {
  it('is read as docs under wayfinder/ whatever the content folder, and even when it does not exist', () => {
    const paths = resolveContentPaths(path.join(tmp(), 'missing'));
    expect(paths.manual).toBe(manualDir(projectRoot));
    const { docs, diagnostics } = checkDocs(paths);
    expect(diagnostics).toEqual([]);
    expect(docs.map((d) => d.relative)).toContain('wayfinder/start-from-nothing.md');
    expect(docs.every((d) => d.manual && d.display.startsWith('manual/'))).toBe(true);
  });

  it('names no demo team, so an empty content folder checks clean, and health leaves it out', () => {
    const paths = resolveContentPaths(tmp());
    const checked = checkContent(paths);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(buildHealthReport(checked.docs, [], paths, { git: false, today: '2026-11-23' }).totals.docs).toBe(0);
  });

  it('a content doc that takes a manual page\'s URL is a collision, at the content file', () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'docs/wayfinder'), { recursive: true });
    fs.writeFileSync(path.join(root, 'docs/wayfinder/policy.md'), '---\ntitle: Ours\n---\n');
    fs.writeFileSync(path.join(root, 'docs/wayfinder/extra.md'), '---\ntitle: Extra\n---\n');
    const d = checkContent(resolveContentPaths(root)).diagnostics.filter((x) => x.code === 'site/route-collision');
    expect(d).toHaveLength(1);
    expect(`${d[0]?.file} ${d[0]?.message}`).toMatch(/docs\/wayfinder\/policy\.md|manual\/policy\.md/);
    expect(d[0]?.message).toContain('/docs/wayfinder/policy/');
  });
});

describe('first-run texts', () => {
  it('list the commands in an order that works: the site name first, then team, service, doc, announcement, path, build', () => {
    expect(FIRST_STEPS.map((s) => s.command.split(' ').slice(0, 6).join(' '))).toEqual([
      'npm run new -- site --title',
      'npm run new -- team payments-team',
      'npm run new -- service payments-service',
      'npm run new -- how-to take-a-payment',
      'npm run new -- beta --subjects',
      'npm run new -- path backend',
      'npm run build',
    ]);
    for (const section of ['catalog', 'teams', 'lifecycle', 'onboarding', 'health'] as const) {
      expect(emptySection(section).steps.length, section).toBeGreaterThan(0);
    }
  });

  it('name the content folder relative to where the site is built, never by a machine path', () => {
    expect(contentFolderLabel({ root: '/repo/content' }, '/repo')).toBe('content/');
    expect(contentFolderLabel({ root: '/tmp/x/handbook' }, '/home/me/wayfinder')).toBe('the content folder');
  });
});
