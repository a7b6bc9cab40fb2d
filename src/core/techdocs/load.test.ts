import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { resolveContentPaths } from '../content-dir.ts';
import { hasErrors } from '../model/diagnostics.ts';
import { loadTechDocs, type TechDocsSite } from './load.ts';

const content = path.resolve('tests/fixtures/sites/techdocs');
const paths = resolveContentPaths(content);

describe('TechDocs of a catalog laid out as a Backstage organisation', () => {
  let sites: TechDocsSite[];
  let diagnostics: ReturnType<typeof loadTechDocs>['diagnostics'];
  let billing: TechDocsSite;
  // node-html-parser keeps <pre> as raw text unless told otherwise.
  const page = (p: string): HTMLElement => parse(billing.pages.find((x) => x.file === p)?.html ?? '', { blockTextElements: { script: true, style: true } });

  beforeAll(() => {
    const catalog = loadCatalog(paths);
    // Not even warnings: mkdocs.yml, docs/ and the API definition with the files it $refs are not entities.
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.skipped).toEqual([]);
    ({ sites, diagnostics } = loadTechDocs(paths, catalog.entities, { base: '/handbook/' }));
    billing = sites.find((s) => s.entityRef === 'component:default/billing-service') as TechDocsSite;
  });

  it('reads mkdocs.yml and the docs folder without catalog errors, and builds every Markdown file, also those the nav leaves out', () => {
    expect(hasErrors(diagnostics)).toBe(false);
    expect(sites.map((s) => [s.entityRef, s.root])).toEqual([
      ['component:default/billing-service', '/catalog/component/billing-service/docs/'],
      ['component:default/dialect-tour', '/catalog/component/dialect-tour/docs/'],
      ['component:default/search-indexer', '/catalog/component/search-indexer/docs/'],
      ['group:default/billing-team', '/teams/billing-team/docs/'],
    ]);
    expect(billing.pages.map((p) => p.path)).toEqual([
      '/catalog/component/billing-service/docs/',
      '/catalog/component/billing-service/docs/guides/not-in-nav/',
      '/catalog/component/billing-service/docs/guides/setup/',
      '/catalog/component/billing-service/docs/guides/syntax/',
    ]);
    expect(billing.pages.map((p) => p.title)).toEqual(['Billing service', 'Not in the nav', 'Set up', 'Syntax tour']);
    expect(billing.assets.map((a) => a.path)).toEqual(['/catalog/component/billing-service/docs-files/img/flow.png', '/catalog/component/billing-service/docs-files/openapi.yaml']);
  });

  it('uses the mkdocs.yml nav (sections, titles, external links), and the folder order when there is none', () => {
    expect(billing.nav).toEqual([
      { label: 'Home', link: '/catalog/component/billing-service/docs/' },
      {
        label: 'Guides',
        items: [
          { label: 'Set up', link: '/catalog/component/billing-service/docs/guides/setup/' },
          { label: 'Syntax tour', link: '/catalog/component/billing-service/docs/guides/syntax/' },
        ],
      },
      { label: 'Status page', link: 'https://status.example.com', external: true },
    ]);
    const search = sites.find((s) => s.entityRef === 'component:default/search-indexer') as TechDocsSite;
    expect(search.siteName).toBe('Search indexer');
    expect(search.nav).toEqual([
      { label: 'Search indexer', link: '/catalog/component/search-indexer/docs/' },
      { label: 'Operations', link: '/catalog/component/search-indexer/docs/operations/' },
    ]);
  });

  it('warns at file:line about what it cannot render: plugins, macros, snippets from outside, unsafe HTML, remote refs', () => {
    const shown = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`);
    expect(shown).toEqual([
      'techdocs/catalog/repos/billing/mkdocs.yml:10:5 warning techdocs/plugin-not-run',
      'techdocs/catalog/repos/billing/docs/guides/syntax.md:36:10 warning techdocs/macro-not-run',
      'techdocs/catalog/repos/billing/docs/guides/syntax.md:38:1 warning techdocs/snippet-not-included',
      'techdocs/catalog/repos/billing/docs/guides/syntax.md:42:1 warning techdocs/html-removed',
      'techdocs/catalog/repos/dialect/docs/index.md:48:1 warning techdocs/block-not-rendered',
      'techdocs/catalog/repos/dialect/docs/index.md:13:1 warning techdocs/icon-not-rendered',
      'techdocs/catalog/repos/remote/catalog-info.yaml:6:5 warning techdocs/remote-ref',
    ]);
  });

  it('renders admonitions, collapsible blocks and GitHub alerts as Starlight asides, the rest of the page still there', () => {
    const html = page('guides/syntax.md');
    const note = html.querySelector('aside.starlight-aside--note');
    expect(note?.getAttribute('aria-label')).toBe('Pelican invoices');
    expect(note?.querySelector('.starlight-aside__title')?.text).toBe('Pelican invoices');
    expect(note?.querySelector('.starlight-aside__content strong')?.text).toBe('bold');
    const details = html.querySelectorAll('details.starlight-aside');
    expect(details.map((d) => [d.querySelector('summary')?.text, d.hasAttribute('open')])).toEqual([
      ['Collapsed by default', false],
      ['Tip', true],
    ]);
    expect(html.querySelector('aside.wf-admonition-important .starlight-aside__content')?.text.trim()).toBe('An alert in GitHub\'s syntax.');
    expect(html.querySelector('aside[aria-label="Not rendered"]')?.text).toContain('../../outside.md');
    expect(html.text).toContain('Back to the connection settings');
  });

  it('renders content tabs, definition lists, task lists, titled code with marked lines, footnotes and abbreviations', () => {
    const html = page('guides/syntax.md');
    expect(html.querySelectorAll('.wf-tabs .wf-tab-label').map((l) => l.text)).toEqual(['Linux', 'Windows']);
    expect(html.querySelectorAll('.wf-tabs .wf-tab-panel').map((p) => p.text.trim())).toEqual(['Run make linux.', 'Run make windows.']);
    expect(html.querySelectorAll('.wf-tabs input[type=radio]')[0]?.hasAttribute('checked')).toBe(true);
    expect(html.querySelector('dl dt')?.text).toBe('Invoice');
    expect(html.querySelector('dl dd')?.text.trim()).toBe('A bill for work done.');
    expect(html.querySelectorAll('li.task-list-item input[type=checkbox]').map((i) => i.hasAttribute('checked'))).toEqual([true, false]);
    expect(html.querySelector('figure.wf-code figcaption')?.text).toBe('billing.py');
    expect(html.querySelector('figure.wf-code code.language-python mark.wf-hl')?.text).toBe('total += 1');
    // The site draws code blocks with Expressive Code from these.
    expect(billing.pages.find((p) => p.file === 'guides/syntax.md')?.codeBlocks).toEqual([{ code: 'total = 0\ntotal += 1', lang: 'python', title: 'billing.py', lines: [2] }]);
    expect(html.querySelector('figure.wf-code')?.getAttribute('data-code-block')).toBe('0');
    const ref = html.querySelector('a[data-footnote-ref]');
    expect(html.querySelector(ref?.getAttribute('href') ?? '#none')?.text).toContain('Since 2020.');
    expect(html.querySelector('abbr')?.getAttribute('title')).toBe('JavaScript Object Notation');
    expect(html.querySelector('abbr')?.text).toBe('JSON');
  });

  it('sanitises the HTML: no script (script links are errors: tests/fixtures/sites/untrusted-techdocs)', () => {
    const html = billing.pages.find((x) => x.file === 'guides/syntax.md')?.html ?? '';
    expect(html).not.toMatch(/<script/i);
  });

  it('rewrites relative links and images to the site, with base, and keeps MkDocs heading anchors (GitHub ones too)', () => {
    const index = page('index.md');
    expect(index.querySelector('a')?.getAttribute('href')).toBe('/handbook/catalog/component/billing-service/docs/guides/setup/#configure-the-ledger-connection');
    expect(index.querySelector('img')?.getAttribute('src')).toBe('/handbook/catalog/component/billing-service/docs-files/img/flow.png');
    const setup = page('guides/setup.md');
    const h2 = setup.querySelector('h2');
    expect(h2?.id).toBe('configure-the-ledger-connection');
    expect(h2?.querySelector('span.wf-anchor-alias')).toBeNull(); // GitHub's slug is the same here
    expect(setup.text).toContain('Ask #billing-support for a token.'); // a snippet inside the folder is included
    // MkDocs and GitHub slug "Step 2 — deploy" differently: both anchors exist.
    const step = page('guides/syntax.md').querySelectorAll('h2').find((h) => h.text.includes('Step 2'));
    expect(step?.id).toBe('step-2-deploy');
    expect(step?.querySelector('span.wf-anchor-alias')?.id).toBe('step-2--deploy');
    expect(setup.querySelectorAll('a').at(-1)?.getAttribute('href')).toBe('/handbook/catalog/component/billing-service/docs/guides/syntax/#step-2--deploy');
    expect(billing.pages.find((p) => p.file === 'guides/setup.md')?.headings).toEqual([{ depth: 2, slug: 'configure-the-ledger-connection', text: 'Configure the ledger connection!' }]);
  });
});

describe('a TechDocs folder outside the content folder', () => {
  it('is not read, and says so at the annotation', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-techdocs-'));
    fs.mkdirSync(path.join(tmp, 'outside/docs'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'outside/docs/index.md'), '# Secret\n');
    fs.mkdirSync(path.join(tmp, 'content/catalog'), { recursive: true });
    fs.writeFileSync(
      path.join(tmp, 'content/catalog/c.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: c\n  annotations:\n    backstage.io/techdocs-ref: dir:../../outside\nspec:\n  type: service\n  lifecycle: production\n  owner: group:nobody\n',
    );
    const p = resolveContentPaths(path.join(tmp, 'content'));
    const r = loadTechDocs(p, loadCatalog(p).entities);
    expect(r.sites).toEqual([]);
    expect(r.diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([['content/catalog/c.yaml', 6, 'techdocs/outside-content']]);
  });
});
