/**
 * Hostile TechDocs folders (#24), through the check that the CLI and the build share:
 * script URLs in the nav and in pages, files served from the site's origin, a mkdocs.yml
 * that links out of the content folder, a docs_dir that swallows the catalog, UTF-16, and
 * expansions without end. Each is reported at file:line with its exact message, and
 * nothing from outside is read or published.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentCheck } from '../check-content.ts';
import { resolveContentPaths } from '../content-dir.ts';
import type { TechDocsSite } from './load.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-untrusted-techdocs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('an untrusted TechDocs folder', () => {
  let check: ContentCheck;
  let shown: string[];
  const site = (name: string): TechDocsSite | undefined => check.techdocs.find((s) => s.entityRef === `component:default/${name}`);

  beforeAll(() => {
    const content = path.join(tmp, 'untrusted-techdocs');
    fs.cpSync(path.resolve('tests/fixtures/sites/untrusted-techdocs'), content, { recursive: true });
    fs.mkdirSync(path.join(tmp, 'outside'));
    fs.writeFileSync(path.join(tmp, 'outside/mkdocs.yml'), 'site_name: SECRET-OUTSIDE\nnav:\n  - SECRET-NAV: https://secret.example\nplugins:\n  - SECRET-PLUGIN\n');
    fs.symlinkSync('../../../outside/mkdocs.yml', path.join(content, 'catalog/escape/mkdocs.yml'));
    const limits = path.join(content, 'catalog/limits/docs');
    fs.writeFileSync(path.join(limits, 'admonition.md'), `# Long\n\n!!! note "Long"\n${'    line\n'.repeat(200_000)}`);
    fs.writeFileSync(path.join(limits, 'huge.md'), `# Huge\n\n${'x'.repeat(80)}\n`.repeat(210_000));
    fs.writeFileSync(path.join(limits, 'nested.md'), `${'>'.repeat(5_000)} deep\n\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(4 * i)}!!! note`).join('\n')}\n`);
    check = checkContent(resolveContentPaths(content));
    shown = check.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
  }, 120_000);

  it('refuses script URLs in the nav and in pages with content/script-url at file:line, and publishes none', () => {
    const nav = 'untrusted-techdocs/catalog/navscript/mkdocs.yml';
    for (const line of [
      `${nav}:4:5: error: nav: "JaVaScRiPt:alert(1)" is a javascript: URL`,
      `${nav}:5:5: error: nav: " java script:alert(1)" is a javascript: URL`,
      `${nav}:6:5: error: nav: "data:text/html,<script>alert(1)</script>" is a data: URL`,
      'untrusted-techdocs/catalog/navscript/docs/index.md:3:1: error: "javascript:alert(1)" is a javascript: URL',
      'untrusted-techdocs/catalog/navscript/docs/index.md:5:1: error: "jav ascript:alert(1)" is a javascript: URL',
    ]) expect(shown.some((s) => s.startsWith(line)), line).toBe(true);
    const navscript = site('navscript');
    expect(JSON.stringify(navscript?.nav)).not.toMatch(/script:|data:/i);
    expect(navscript?.pages.map((p) => p.html).join('')).not.toMatch(/javascript|alert/i);
  });

  it('serves no HTML page and only a sanitised SVG from the site origin, and says so at the file', () => {
    const assets = site('navscript')?.assets ?? [];
    expect(assets.map((a) => a.file)).toEqual(['diagram.svg']);
    expect(assets[0]?.body).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5" /></svg>');
    expect(shown).toContain(
      'untrusted-techdocs/catalog/navscript/docs/page.html:0:0: warning: this file is a web page, which would run its scripts on the site, so it is not served with the docs',
    );
    expect(shown).toContain(
      "untrusted-techdocs/catalog/navscript/docs/diagram.svg:0:0: warning: this SVG is served without the onload event handler, <script>: an SVG is served from the site's own origin, where they could run script or load other sites",
    );
  });

  it('reports a UTF-16 page as content/encoding, as for docs', () => {
    expect(shown).toContain('untrusted-techdocs/catalog/navscript/docs/utf16.md:1:1: error: this file is UTF-16 LE (it starts with a UTF-16 byte-order mark); Wayfinder reads UTF-8');
    expect(site('navscript')?.pages.map((p) => p.file)).toEqual(['index.md']);
  });

  it('does not read a mkdocs.yml that links out of the content folder', () => {
    expect(shown.some((s) => s.startsWith("untrusted-techdocs/catalog/escape/mkdocs.yml:0:0: error: escape's mkdocs.yml:") && s.includes('leads outside the content folder'))).toBe(true);
    expect(JSON.stringify(check.techdocs)).not.toContain('SECRET');
    expect(shown.join('\n')).not.toMatch(/SECRET-(NAV|PLUGIN|OUTSIDE)/);
  });

  it('keeps the catalog when a docs_dir climbs to it, and reports the docs_dir line', () => {
    expect(check.catalog.entities.map((e) => e.name).sort()).toEqual(['escape', 'greedy', 'hostile-team', 'limits', 'navscript']);
    expect(shown).toContain(
      "untrusted-techdocs/catalog/greedy/mkdocs.yml:2:1: error: docs_dir: .. is not inside the folder of mkdocs.yml, so it would hold the descriptor beside it and other entities' files",
    );
  });

  it('stops every expansion at its budget with a warning at file:line, without a stack overflow', () => {
    const limits = 'untrusted-techdocs/catalog/limits/docs';
    for (const line of [
      `${limits}/self.md:3:1: warning: the include "docs/self.md" is included 8 levels deep; it is not included`,
      `${limits}/highlight.md:3:1: warning: hl_lines names more than 1000 ranges; only the first 1000 are highlighted`,
      `${limits}/admonition.md:50001:1: warning: this page has 200,004 lines with its includes; lines after 50,000 are not rendered`,
      `${limits}/huge.md:0:0: error: this file is 17.8 MB; Wayfinder reads files up to 16 MB`,
      `${limits}/nested.md:1:1: warning: this page nests lists, quotes or blocks more than 200 levels deep, so it is not rendered`,
      `${limits}/nested.md:27:1: warning: blocks nest more than 24 levels deep here; the deeper ones are shown as text`,
    ]) expect(shown.filter((s) => s.startsWith(line)), `${line}\n${shown.filter((s) => s.includes('/limits/')).join('\n')}`).toHaveLength(1);
    expect(shown.join('\n')).not.toMatch(/RangeError|Maximum call stack/);
    const pages = site('limits')?.pages ?? [];
    expect(pages.map((p) => p.file).sort()).toEqual(['admonition.md', 'highlight.md', 'nested.md', 'self.md']);
    for (const p of pages) expect(p.html.length).toBeLessThan(16 * 1024 * 1024);
    expect(pages.find((p) => p.file === 'highlight.md')?.codeBlocks[0]?.lines).toEqual([1]);
  });
});
