import { describe, expect, it } from 'vitest';
import { readMkdocsConfig } from './mkdocs-config.ts';
import path from 'node:path';
import { listContentFiles, readContentText, readScope } from './content-fs.ts';
import { resolveContentPaths } from './content-dir.ts';
import { withoutTechDocs } from './catalog/read/techdocs-folders.ts';

describe('readMkdocsConfig', () => {
  it('reads site_name, docs_dir and a nested nav with titles and external links, tolerating Python tags', () => {
    const text = [
      'site_name: Billing',
      'docs_dir: pages',
      'nav:',
      '  - index.md',
      '  - Guides:',
      '      - Set up: guides/setup.md',
      '  - Status: https://status.example.com',
      'markdown_extensions:',
      '  - pymdownx.emoji:',
      '      emoji_index: !!python/name:material.extensions.emoji.twemoji',
      '',
    ].join('\n');
    const { config, diagnostics } = readMkdocsConfig(text, 'mkdocs.yml');
    expect(diagnostics).toEqual([]);
    expect(config.siteName).toBe('Billing');
    expect(config.docsDir).toBe('pages');
    expect(config.nav).toMatchObject([
      { target: 'index.md', line: 4 },
      { title: 'Guides', children: [{ title: 'Set up', target: 'guides/setup.md', line: 6 }] },
      { title: 'Status', target: 'https://status.example.com' },
    ]);
  });

  it('warns at its line about each plugin Wayfinder does not run, not about techdocs-core or search', () => {
    const text = 'site_name: x\nplugins:\n  - techdocs-core\n  - search\n  - macros:\n      module_name: main\n  - mermaid2\n';
    const { diagnostics } = readMkdocsConfig(text, 'repo/mkdocs.yml');
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.code])).toEqual([
      ['repo/mkdocs.yml', 5, 5, 'warning', 'techdocs/plugin-not-run'],
      ['repo/mkdocs.yml', 7, 5, 'warning', 'techdocs/plugin-not-run'],
    ]);
    expect(diagnostics[0]?.message).toContain('"macros"');
  });

  it('defaults to docs/ and no nav, and reports broken YAML as a warning instead of crashing', () => {
    expect(readMkdocsConfig('site_name: x\n', 'm.yml').config).toEqual({ docsDir: 'docs', docsDirLine: 0, siteName: 'x' });
    const broken = readMkdocsConfig('nav: [a.md\n', 'm.yml');
    expect(broken.config.docsDir).toBe('docs');
    expect(broken.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'techdocs/mkdocs-syntax', file: 'm.yml' });
  });
});

describe('the catalog reader and TechDocs folders', () => {
  it('does not read mkdocs.yml / mkdocs.yaml or YAML inside a docs folder as descriptors', () => {
    const paths = resolveContentPaths(path.resolve('tests/fixtures/sites/techdocs'));
    const dir = paths.catalog;
    const listed = listContentFiles(readScope(paths), dir, (name) => /\.ya?ml$/i.test(name)).files;
    const read = (abs: string) => {
      const r = readContentText(abs, abs);
      return r.ok ? r.text : undefined;
    };
    const files = withoutTechDocs(listed, read).map((f) => path.relative(dir, f).split(path.sep).join('/'));
    expect(files).toEqual([
      'org/groups.yaml',
      'repos/billing/api/openapi.yaml',
      'repos/billing/api/schemas/invoice.yaml',
      'repos/billing/api/schemas/money.yaml',
      'repos/billing/catalog-info.yaml', 'repos/dialect/catalog-info.yaml', 'repos/remote/catalog-info.yaml', 'repos/search/catalog-info.yaml']);
  });
});
