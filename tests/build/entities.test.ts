import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog/load.ts';
import { entityPath } from '../../src/core/urls.ts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { ENTITY_SEARCH_TYPES, searchType } from '../../src/core/names.ts';
import { readPagefindIndex, type IndexedPage } from './pagefind.ts';
import { buildSite, demoDist, htmlFiles, root, testOut } from './site.ts';

const dist = process.env.WAYFINDER_OUT_DIR ?? demoDist;
const catalog = loadCatalog(resolveContentPaths(undefined, {}, root, root));
const page = (p: string): HTMLElement => parse(fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8'));

describe('entity and team pages of the demo site', () => {
  it('loads the demo catalog', () => {
    expect(catalog.entities.length).toBeGreaterThan(80);
  });

  it('gives every entity exactly one page: Groups under /teams/, the rest under /catalog/<kind>/', () => {
    const paths = catalog.entities.map((e) => entityPath(e));
    expect(new Set(paths).size).toBe(paths.length);
    for (const e of catalog.entities) {
      const p = entityPath(e);
      expect(p.startsWith(e.kind === 'group' ? '/teams/' : `/catalog/${e.kind}/`), p).toBe(true);
      const file = path.join(dist, p, 'index.html');
      expect(fs.existsSync(file), `${e.ref} has no page at ${p}`).toBe(true);
      const html = fs.readFileSync(file, 'utf8');
      expect(html, `${p} is not ${e.ref}'s page`).toContain(`data-pagefind-filter="type:${searchType(e.kind)}"`);
      expect(html).toContain(`>${e.name}</code>`);
    }
    const html = htmlFiles(dist);
    expect(html.filter((f) => f.startsWith('catalog/group/'))).toEqual([]);
    const teamPages = html.filter((f) => /^teams\/.+\/index\.html$/.test(f));
    expect(teamPages).toHaveLength(catalog.counts.group ?? 0);
  });

  describe('the search index', () => {
    let index: IndexedPage[];
    beforeAll(() => {
      index = readPagefindIndex(dist);
    });

    it('holds exactly one record per entity: nothing dropped, nothing doubled', () => {
      const entityRecords = index.filter((r) => (r.filters.type ?? []).some((t) => ENTITY_SEARCH_TYPES.includes(t)));
      expect(entityRecords).toHaveLength(catalog.entities.length);
      expect(entityRecords.map((r) => r.url).sort()).toEqual(catalog.entities.map((e) => entityPath(e)).sort());
      for (const r of entityRecords) expect(r.filters.type, r.url).toHaveLength(1);
    });

    it('files a service under its type, owner, lifecycle and system, and shows its owner in results', () => {
      const r = index.find((x) => x.url === '/catalog/component/payments-service/');
      expect(r?.filters).toEqual({ type: ['component'], owner: ['Payments'], lifecycle: ['production'], system: ['Payments'] });
      expect(r?.meta).toMatchObject({ title: 'Payments service (payments-service)', owner: 'Payments', kind: 'Component', lifecycle: 'production' });
      const team = index.find((x) => x.url === '/teams/payments-team/');
      expect(team?.filters.type).toEqual(['team']);
      expect(team?.meta.kind).toBe('Team');
      const user = index.find((x) => x.url === '/catalog/user/ana.lima/');
      expect(user?.filters.type).toEqual(['user']);
    });

    it('keeps facet markup out of the indexed text', () => {
      for (const r of index) {
        for (const [key, values] of Object.entries(r.filters)) {
          for (const v of values) expect(r.content, `${r.url} indexes its ${key} facet`).not.toContain(`${key}:${v}`);
        }
        for (const [key, value] of Object.entries(r.meta)) {
          if (key !== 'title') expect(r.content, `${r.url} indexes its ${key} metadata`).not.toContain(`${key}:${value}`);
        }
      }
    });

    it('does not index other entities\' names from relation lists', () => {
      const team = index.find((x) => x.url === '/teams/payments-team/');
      expect(team?.content).not.toContain('payments-service');
      const api = index.find((x) => x.url === '/catalog/api/payments-api/');
      // The API page names its provider in its relations, but not in its searchable text.
      expect(api?.content).not.toContain('Payments service');
    });
  });

  it('puts owner, on-call and the escalation ladder on a service page', () => {
    const doc = page('catalog/component/payments-service');
    const reach = doc.querySelector('.wf-reach');
    expect(reach?.querySelector('a[href="/teams/payments-team/"]')?.text).toBe('Payments');
    expect(reach?.querySelector('a[data-wf-oncall]')?.getAttribute('href')).toBe('https://oncall.tidewater.example/schedules/payments');
    expect(reach?.querySelectorAll('.wf-ladder > li')).toHaveLength(4);
    const crumbs = doc.querySelectorAll('nav[aria-label="Breadcrumbs"] li').map((li) => li.text.trim());
    expect(crumbs).toEqual(['Catalog', 'Commerce', 'Payments', 'Payments service']);
  });

  it('draws a dependency picture on component, system and API pages, with links and no script', () => {
    for (const p of ['catalog/component/payments-service', 'catalog/system/payments', 'catalog/api/payments-api']) {
      const svg = page(p).querySelector('svg.wf-graph');
      expect(svg, p).not.toBeNull();
      expect(svg?.querySelector('title')?.text).toMatch(/^Dependencies of /);
      expect(svg?.querySelectorAll('a').length, p).toBeGreaterThan(0);
      expect(svg?.querySelector('script')).toBeNull();
    }
  });

  it('gives one answer to "who uses payments-service": the summary, the picture and the relations count the same users', () => {
    const doc = page('catalog/component/payments-service');
    // checkout-web depends on it; admin-console-web and payments-client use the API it provides.
    const summary = doc.querySelector('[data-wf-answer="dependents"] dd strong')?.text;
    const stack = doc.querySelectorAll('.wf-graph-stack-heading').map((h) => h.text.replace(/\s+/g, ' ').trim());
    const usedBy = doc.querySelector('#used-by')?.nextElementSibling?.querySelectorAll('li') ?? [];
    expect(summary).toBe('3');
    expect(stack).toContain('Used by (3)');
    expect(usedBy).toHaveLength(3);
    // The API it provides is not one of its users, and those who use it through that API say so.
    expect(usedBy.map((li) => li.querySelector('a')?.getAttribute('href'))).not.toContain('/catalog/api/payments-api/');
    expect(usedBy.filter((li) => /through Payments API/.test(li.text))).toHaveLength(2);
  });

  it("lists an API's consumers by team, with each team's chat and on-call", () => {
    const doc = page('catalog/api/ledger-api');
    const section = doc.querySelector('#consumers');
    expect(section?.text).toBe('Who uses it');
    const teams = doc.querySelectorAll('section.wf-team').map((t) => t.getAttribute('data-team'));
    expect(teams).toContain('group:default/payments-team');
    const payments = doc.querySelector('section.wf-team[data-team="group:default/payments-team"]');
    expect(payments?.querySelector('.wf-team-contacts a')).not.toBeNull();
    expect(payments?.querySelector('li[data-affected="direct"] a[href="/catalog/component/payments-service/"]')).not.toBeNull();
  });

  it('publishes each API definition as a file and links to it', () => {
    const apis = catalog.entities.filter((e) => e.kind === 'api' && e.definition);
    expect(apis.length).toBeGreaterThan(0);
    for (const api of apis) {
      const doc = page(entityPath(api).slice(1, -1));
      const link = doc.querySelector('a[download]');
      const href = link?.getAttribute('href') ?? '';
      expect(href, api.ref).toMatch(new RegExp(`^${entityPath(api)}definition\\.(yaml|json|graphql|proto|txt)$`));
      expect(fs.readFileSync(path.join(dist, href), 'utf8').trim()).toBe((api.definition ?? '').trim());
    }
  });
});

describe('a catalog with hostile Markdown', () => {
  const fixture = path.join(root, 'tests/fixtures/sites/hostile');
  let out: string;
  beforeAll(() => {
    out = testOut('entities-hostile');
    const r = buildSite(fixture, out);
    if (r.status !== 0) throw new Error(`the hostile fixture failed to build:\n${r.output.slice(-4000)}`);
  });

  it('renders descriptions inert: no script, no event handler, no javascript: link', () => {
    for (const p of ['catalog/component/hostile-service', 'catalog/component/innocent-service', 'teams/red-team']) {
      const html = fs.readFileSync(path.join(out, p, 'index.html'), 'utf8');
      const doc = parse(html);
      // Starlight's own scripts are modules; none may carry the fixture's payloads.
      for (const s of doc.querySelectorAll('script')) expect(s.text, p).not.toMatch(/alert\(/);
      const handlers = doc
        .querySelectorAll('*')
        .flatMap((el) => Object.keys(el.attributes).filter((name) => /^on/i.test(name)).map((name) => `<${el.tagName.toLowerCase()} ${name}>`));
      expect(handlers, p).toEqual([]);
      for (const a of doc.querySelectorAll('[href]')) expect(a.getAttribute('href') ?? '', p).not.toMatch(/^\s*(javascript|vbscript|data):/i);
      expect(doc.querySelector('iframe'), p).toBeNull();
      const description = doc.querySelector('.wf-description');
      if (description) {
        expect(description.querySelector('script, img, style, iframe'), p).toBeNull();
      }
    }
  });

  it('keeps a title that closes </title> inside the page title', () => {
    const html = fs.readFileSync(path.join(out, 'catalog/component/innocent-service/index.html'), 'utf8');
    const title = /<title>([^]*?)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).toContain('&lt;/title&gt;&lt;script&gt;alert(9)&lt;/script&gt;');
    // Inside a quoted attribute `<script>` is only text; what matters is that no element is one.
    expect(parse(html).querySelectorAll('script').filter((el) => el.text.includes('alert(9)'))).toEqual([]);
  });

  it('escapes a doc title that tries to close </title> (Starlight writes <title> as raw HTML)', () => {
    const html = fs.readFileSync(path.join(out, 'docs/guides/title/index.html'), 'utf8');
    const title = /<title>([^]*?)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).toContain('&lt;/title&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(parse(html).querySelectorAll('script').filter((el) => el.text.includes('__pwned'))).toEqual([]);
  });

  it('still renders the safe Markdown in the description', () => {
    const doc = parse(fs.readFileSync(path.join(out, 'catalog/component/hostile-service/index.html'), 'utf8'));
    const description = doc.querySelector('.wf-description');
    expect(description?.querySelector('table td strong')?.text).toBe('bold');
    expect(description?.querySelector('a[href="https://example.com/"]')?.text).toBe('ok');
    expect(description?.querySelector('input[type="checkbox"][disabled]')).not.toBeNull();
    expect(description?.text).toContain('Hello');
    expect(description?.text).toContain('Click me');
  });

  it('escapes names in titles, escalation ladders and the dependency picture', () => {
    const team = fs.readFileSync(path.join(out, 'teams/red-team/index.html'), 'utf8');
    expect(team).not.toContain('<b onmouseover');
    expect(team).toContain('&lt;b onmouseover=alert(1)&gt;Red on-call&lt;/b&gt;');
    const service = fs.readFileSync(path.join(out, 'catalog/component/hostile-service/index.html'), 'utf8');
    expect(service).not.toContain('<svg onload');
    expect(parse(service).querySelector('svg.wf-graph')?.querySelector('a[href="/catalog/component/innocent-service/"]')).not.toBeNull();
  });
});
