/**
 * What real MkDocs sites (Pi-hole's docs, pymdown-extensions' own) showed when they were
 * built end to end (issue #26), cut down to tests/fixtures/sites/real-mkdocs: block types a
 * site registers in mkdocs.yml, snippet base paths that are files, Markdown in admonition
 * titles, `/// define`, Python-Markdown's footnotes marker, inlinehilite's mock shebangs, and what is
 * only named (a progress bar, math).
 */
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { resolveContentPaths } from '../content-dir.ts';
import { loadTechDocs, type TechDocsSite } from './load.ts';

const paths = resolveContentPaths(path.resolve('tests/fixtures/sites/real-mkdocs'));

describe('MkDocs sites as real projects write them', () => {
  let site: TechDocsSite;
  let diagnostics: ReturnType<typeof loadTechDocs>['diagnostics'];
  const page = (file: string): HTMLElement => parse(site.pages.find((p) => p.file === file)?.html ?? '');

  beforeAll(() => {
    const catalog = loadCatalog(paths);
    expect(catalog.diagnostics).toEqual([]);
    const r = loadTechDocs(paths, catalog.entities);
    expect(r.sites).toHaveLength(1);
    site = r.sites[0] as TechDocsSite;
    diagnostics = r.diagnostics;
  });

  it('builds every page, and names at file:line what it does not draw (an extension, a progress bar, math; not money or code)', () => {
    expect(site.pages.map((p) => p.file).sort()).toEqual(['index.md', 'license.md']);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      'real-mkdocs/catalog/site/mkdocs.yml:25:5 techdocs/extension-not-supported',
      'real-mkdocs/catalog/site/mkdocs.yml:28:7 techdocs/extension-not-supported',
      'real-mkdocs/catalog/site/docs/src/markdown/index.md:31:1 techdocs/progressbar-not-rendered',
      'real-mkdocs/catalog/site/docs/src/markdown/index.md:35:1 techdocs/math-not-rendered',
    ]);
    expect(diagnostics[1]?.message).toContain('repo_url_shorthand');
    expect(diagnostics[2]?.message).toContain('"[=85% "85%"]"');
    expect(diagnostics[0]?.message).toContain('"pymdownx.fancylists"');
  });

  it('reads inline code with a mock shebang as code in that language (pymdownx.inlinehilite)', () => {
    const code = page('index.md').querySelectorAll('p code');
    expect(code.map((c) => [c.text, c.getAttribute('class')])).toEqual([
      ['print(1)', 'language-python'],
      ['$x$', 'language-tex'],
    ]);
  });

  it('draws the admonition and details block types mkdocs.yml registers (pymdownx.blocks types)', () => {
    const html = page('index.md');
    const aside = html.querySelector('aside.wf-admonition-new');
    expect(aside?.querySelector('.starlight-aside__title')?.text).toBe('New 10.0');
    expect(aside?.text).toContain('Blocks of a type the site registers');
    const details = html.querySelector('details.wf-collapsible');
    expect(details?.querySelector('summary')?.text).toBe('Options');
    expect(details?.hasAttribute('open')).toBe(true);
    expect(html.text).not.toContain('///');
  });

  it('renders Markdown in an admonition title: a link and code, not literal brackets', () => {
    const summary = page('index.md').querySelectorAll('details summary').find((s) => s.text.includes('RFC'));
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('https://tools.ietf.org/html/rfc2616#section-9');
    expect(summary?.querySelector('code')?.text).toBe('GET/POST');
    expect(summary?.text).not.toContain('](');
  });

  it('renders /// define as a definition list', () => {
    const dl = page('index.md').querySelector('dl');
    expect(dl?.querySelectorAll('dt').map((d) => d.text.trim())).toEqual(['Apple']);
    expect(dl?.querySelectorAll('dd').map((d) => d.text.trim())).toEqual(['Pomaceous fruit.', 'A company.']);
  });

  it('drops the footnotes marker (the footnotes are at the end) and keeps the text after it', () => {
    const html = page('index.md');
    expect(html.text).not.toContain('Footnotes Go Here');
    expect(html.text).toContain('More text after the footnotes marker.');
    expect(html.querySelector('section.footnotes, [data-footnotes]')?.text).toContain('The source.');
  });

  it('includes a snippet whose base_path is the file itself (LICENSE.md), and auto_appends from a folder base', () => {
    expect(page('license.md').text).toContain('MIT License');
    expect(page('index.md').querySelector('abbr[title="Application Programming Interface"]')?.text).toBe('API');
  });
});
