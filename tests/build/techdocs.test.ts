import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from './links.ts';
import { readPagefindIndex, type IndexedPage } from './pagefind.ts';
import { buildSite, demoDist, htmlFiles, root, testOut, type BuildResult } from './site.ts';

const read = (dist: string, p: string): HTMLElement =>
  parse(fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
const docs = '/catalog/component/label-printer-service/docs/';

describe("the demo's TechDocs (the label printer service)", () => {
  it('builds every Markdown file of the docs folder as a page under the entity, also the one the nav leaves out', () => {
    const pages = htmlFiles(demoDist).filter((f) => f.startsWith(docs.slice(1)));
    expect(pages).toEqual([
      'catalog/component/label-printer-service/docs/getting-started/label-formats/index.html',
      'catalog/component/label-printer-service/docs/getting-started/local-setup/index.html',
      'catalog/component/label-printer-service/docs/index.html',
      'catalog/component/label-printer-service/docs/operations/known-printers/index.html',
      'catalog/component/label-printer-service/docs/operations/runbook/index.html',
    ]);
    expect(fs.existsSync(path.join(demoDist, 'catalog/component/label-printer-service/docs-files/img/label-flow.svg'))).toBe(true);
  });

  it("shows the mkdocs.yml nav as the page's own sidebar, not the site's", () => {
    const page = read(demoDist, `${docs}operations/runbook/`);
    const sidebar = page.querySelector('#starlight__sidebar') as HTMLElement;
    const links = sidebar.querySelectorAll('a').map((a) => [a.text.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Label printer service (component page)', '/catalog/component/label-printer-service/'],
      ['Overview', docs],
      ['Run it locally', `${docs}getting-started/local-setup/`],
      ['Label formats', `${docs}getting-started/label-formats/`],
      ['Runbook', `${docs}operations/runbook/`],
      ['Carrier label specifications', 'https://developer.carriers.example/labels'],
    ]);
    expect(sidebar.querySelector('a[aria-current="page"]')?.text.trim()).toBe('Runbook');
    expect(page.querySelector('h1')?.text.trim()).toBe('Runbook');
    // "Next" never leads off the site to the nav's external link.
    expect(page.querySelector('a[rel="next"]')).toBeNull();
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`${docs}getting-started/label-formats/`);
  });

  it('links to a sibling page heading by its MkDocs anchor, and the anchor exists', () => {
    const runbook = read(demoDist, `${docs}operations/runbook/`);
    const link = runbook.querySelectorAll('.wf-techdocs a').find((a) => a.text.trim() === 'label formats');
    expect(link?.getAttribute('href')).toBe(`${docs}getting-started/label-formats/#carrier-profiles`);
    expect(read(demoDist, `${docs}getting-started/label-formats/`).querySelector('#carrier-profiles')?.tagName).toBe('H2');
    expect(read(demoDist, docs).querySelector('.wf-techdocs img')?.getAttribute('src')).toBe('/catalog/component/label-printer-service/docs-files/img/label-flow.svg');
  });

  it("draws code blocks with the site's Expressive Code: title, syntax colours, marked lines", () => {
    const page = read(demoDist, `${docs}getting-started/local-setup/`);
    const frames = page.querySelectorAll('.wf-techdocs .expressive-code');
    expect(frames.map((f) => f.querySelector('figcaption .title')?.text ?? '')).toEqual(['Install the tools', 'Install the tools', 'config/local.yaml', '']);
    const yaml = frames[2] as HTMLElement;
    expect(yaml.querySelectorAll('.ec-line.mark').map((l) => l.text.trim())).toEqual(['printer:', 'driver: virtual          # writes ZPL to ./out instead of a real printer']);
    expect(yaml.querySelectorAll('.ec-line span[style]').length).toBeGreaterThan(0);
    expect(page.querySelector('.wf-techdocs figure.wf-code')).toBeNull();
  });

  it("lists the docs under Docs on the entity page", () => {
    const entity = read(demoDist, '/catalog/component/label-printer-service/');
    const list = entity.querySelector('#techdocs + ul.wf-techdocs-list') as HTMLElement;
    expect(list.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`${docs}operations/runbook/`);
    expect(list.querySelectorAll('a').map((a) => a.text.trim())).toContain('Known printers');
    // Its TechDocs count as docs about it in the catalog health scorecard.
    expect(entity.querySelectorAll('.wf-scorecard summary').map((s) => s.text.trim())).not.toContain('at least one doc about it');
  });

  describe('search', () => {
    let index: IndexedPage[];
    beforeAll(() => {
      index = readPagefindIndex(demoDist);
    });
    it('indexes each page with the entity owner and system as filters and its text', () => {
      const r = index.find((x) => x.url === `${docs}operations/runbook/`);
      // Filter values are stored as HTML text: Pagefind's UI writes them as HTML (#24).
      expect(r?.filters).toEqual({ type: ['docs'], owner: ['Shipping &amp; Tracking'], system: ['Shipment Tracking'] });
      expect(r?.meta.owner).toBe('Shipping & Tracking');
      expect(r?.content).toContain('Do not purge the queue');
      expect(index.filter((x) => x.url.startsWith(docs))).toHaveLength(5);
    });
  });
});

describe('a content folder laid out as a Backstage organisation (descriptors, mkdocs.yml and docs/ side by side)', () => {
  let r: BuildResult;
  beforeAll(() => {
    r = buildSite(path.join(root, 'tests/fixtures/sites/techdocs'), testOut('techdocs'));
  });

  it('builds, reading no docs file as an entity, and warns at file:line about what it cannot render', () => {
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('techdocs/catalog/repos/billing/mkdocs.yml:10:5: warning: the MkDocs plugin "macros" is not run by Wayfinder');
    expect(r.output).toContain('techdocs/catalog/repos/billing/docs/guides/syntax.md:36:10: warning: "{{ today }}" is an MkDocs macro');
    expect(r.output).toContain('techdocs/catalog/repos/remote/catalog-info.yaml:6:5: warning: remote-docs\'s TechDocs are remote');
    expect(r.output).not.toMatch(/error:/);
    expect(htmlFiles(r.outDir).filter((f) => f.includes('/docs/'))).toEqual([
      'catalog/component/billing-service/docs/guides/not-in-nav/index.html',
      'catalog/component/billing-service/docs/guides/setup/index.html',
      'catalog/component/billing-service/docs/guides/syntax/index.html',
      'catalog/component/billing-service/docs/index.html',
      'catalog/component/dialect-tour/docs/index.html',
      'catalog/component/search-indexer/docs/index.html',
      'catalog/component/search-indexer/docs/operations/index.html',
      'teams/billing-team/docs/index.html',
    ]);
    // A team's docs are listed on its team page.
    const team = read(r.outDir, '/teams/billing-team/');
    expect(team.querySelectorAll('#techdocs + ul a').map((a) => a.getAttribute('href'))).toEqual(['/teams/billing-team/docs/']);
  });

  it('has no broken internal link or anchor, GitHub-style heading anchors included', () => {
    // Only the TechDocs pages: the product's own pages link to its manual, which a fixture lacks.
    expect(checkLinks(r.outDir).filter((b) => b.page.includes('/docs/'))).toEqual([]);
    const syntax = read(r.outDir, '/catalog/component/billing-service/docs/guides/syntax/');
    expect(syntax.querySelector('#step-2--deploy')).not.toBeNull();
    expect(syntax.querySelector('script:not([type]), script[type="module"]')?.text ?? '').not.toContain('alert(1)');
  });

  it('renders the whole pymdown dialect techdocs-core turns on, with no literal markup left (#26)', () => {
    const page = read(r.outDir, '/catalog/component/dialect-tour/docs/');
    const body = page.querySelector('.wf-techdocs') as HTMLElement;
    expect(body.querySelector('details summary')?.text).toBe('Details without a type');
    expect(body.querySelector('aside[aria-label="Admonition without a type"]')).not.toBeNull();
    expect(body.querySelectorAll('mark').map((m) => m.text)).toEqual(['text', 'highlighted']);
    expect(body.querySelectorAll('ins').map((m) => m.text)).toEqual(['inserted', 'added', 'new']);
    expect(body.querySelectorAll('sup').map((m) => m.text)).toEqual(['10', 'rd']);
    expect(body.querySelector('sub')?.text).toBe('2');
    expect(body.querySelectorAll('del').map((m) => m.text)).toEqual(['struck', 'removed', 'old']);
    expect(body.querySelector('.critic.comment')?.text).toBe('a comment');
    expect(body.querySelector('.wf-emoji')?.text).toBe('😄');
    expect(body.querySelectorAll('svg.wf-icon').map((s) => s.getAttribute('data-icon'))).toEqual(['octicons-mark-github-16', 'material-account-circle']);
    expect(body.querySelectorAll('.wf-keys kbd').map((k) => k.text)).toEqual(['Ctrl', 'Alt', 'Del']);
    expect(body.text).toContain('© ™ → ½');
    expect(body.querySelector('p.wf-test-class')?.text).toBe('A styled paragraph.');
    expect(body.text).toContain('Included by markdown-include.');
    expect(body.querySelector('aside[aria-label="Block note"]')?.text).toContain('Inside a block.');
    expect(body.querySelector('details[open] summary')?.text).toBe('Block details');
    expect(body.querySelectorAll('.wf-tab-label').map((l) => l.text)).toEqual(['One', 'Two']);
    expect(body.querySelector('figure figcaption')?.text.trim()).toBe('The flow.');
    expect(body.querySelector('abbr')?.getAttribute('title')).toBe('Hyper Text Markup Language');
    for (const literal of ['==', '^^', '{++', '{--', '{~~', '{==', '{>>', ':smile:', '++ctrl', '(c)', '{:', '{!', '///', '???', '!!!', 'H~2~O']) expect(body.text).not.toContain(literal);
    // HTML in a nav title is shown as its text.
    expect(page.querySelectorAll('#starlight__sidebar a').map((a) => a.text.trim())).toContain('The tour Page');
    // What is not drawn is named at file:line.
    expect(r.output).toContain('techdocs/catalog/repos/dialect/docs/index.md:13:1: warning: ":fontawesome-brands-github:" is a Font Awesome icon');
    expect(r.output).toContain('techdocs/catalog/repos/dialect/docs/index.md:48:1: warning: "/// collapse-code" blocks are not rendered');
  });
});
