import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { loadCatalog } from '../../src/core/catalog/load.ts';
import { entityPath, facetPath, pagePath } from '../../src/core/urls.ts';
import { catalogJson, stringifyCatalogJson, type CatalogJson } from '../../src/core/catalog/catalog-json.ts';
import { DIRECTORY_PAGE_SIZE, decodeIndex, refKeyOf, type DirectoryIndexJson } from '../../src/core/catalog/directory/directory.ts';
import { demoDist, root } from './site.ts';

// The directory is checked on the demo site, or on the build named by WAYFINDER_OUT_DIR.
const dist = process.env.WAYFINDER_OUT_DIR ?? demoDist;
const catalog = loadCatalog(resolveContentPaths(undefined, {}, root, root));
const total = catalog.entities.length;

const file = (sitePath: string) => path.join(dist, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
const html = (sitePath: string) => parse(fs.readFileSync(file(sitePath), 'utf8'));
/** Hrefs of the entity links in a listing's rows. */
const rowLinks = (sitePath: string) => html(sitePath).querySelectorAll('table.wf-dir-table tbody tr th a').map((a) => a.getAttribute('href') ?? '');

/** Every row of a paginated listing, following /page/<n>/ until there is no next page. */
function allRows(basePath: string): { rows: string[]; pages: number } {
  const rows: string[] = [];
  let n = 1;
  for (; fs.existsSync(file(pagePath(basePath, n))); n++) rows.push(...rowLinks(pagePath(basePath, n)));
  return { rows, pages: n - 1 };
}

describe('the catalog directory', () => {
  it('lists the first page of rows on /catalog/ with the total count', () => {
    const page = html('/catalog/');
    expect(page.querySelectorAll('table.wf-dir-table tbody tr')).toHaveLength(Math.min(total, DIRECTORY_PAGE_SIZE));
    expect(page.querySelector('[data-wf-status]')?.text).toContain(`${total} entities`);
    expect(page.querySelector('main')?.text).toContain(`${total} entities owned by`);
  });

  it('has every entity exactly once across the /catalog/ pages, in directory order', () => {
    const { rows, pages } = allRows('/catalog/');
    expect(pages).toBe(Math.ceil(total / DIRECTORY_PAGE_SIZE));
    expect(rows).toHaveLength(total);
    expect(new Set(rows).size).toBe(total);
    expect([...rows].sort()).toEqual(catalog.entities.map((e) => entityPath(e)).sort());
    // Components first, users after groups (the fixed kind order).
    expect(rows[0]).toMatch(/^\/catalog\/component\//);
    expect(rows.findIndex((r) => r.startsWith('/catalog/user/'))).toBeGreaterThan(rows.findLastIndex((r) => r.startsWith('/teams/')));
  });

  it('shows who owns each row and how to reach them', () => {
    const row = html('/catalog/').querySelector('a[href="/catalog/component/payments-service/"]')?.closest('tr');
    if (!row) throw new Error('payments-service is not on the first page');
    const cells = row.querySelectorAll('td');
    expect(cells[1]?.querySelector('a')?.getAttribute('href')).toBe('/teams/payments-team/');
    expect(cells[1]?.text).toBe('Payments');
    expect(cells[2]?.querySelector('a')?.text).toBe('#payments');
    expect(cells[2]?.querySelector('a')?.getAttribute('href')).toBe('https://chat.tidewater.example/channels/payments');
    expect(cells[3]?.text).toBe('production');
    expect(cells[4]?.text).toBe('Payments');
    expect(cells[5]?.text).toBe('1');
  });

  it('lists exactly a team’s entities on its owner facet page', () => {
    const team = 'group:default/payments-team';
    const expected = catalog.entities.filter((e) => e.owner === team).map((e) => entityPath(e));
    expect(expected.length).toBeGreaterThan(3);
    const { rows } = allRows(facetPath('owner', refKeyOf(team, 'group')));
    expect([...rows].sort()).toEqual([...expected].sort());
  });

  it('links every facet value from its facet page, and every value page lists only its own rows', () => {
    for (const facet of ['kind', 'owner', 'system', 'lifecycle', 'tier', 'tag']) {
      const links = html(`/catalog/by/${facet}/`).querySelectorAll('table tbody th a');
      expect(links.length, facet).toBeGreaterThan(0);
      for (const a of links) {
        const href = a.getAttribute('href')!;
        const count = Number(a.closest('tr')?.querySelectorAll('td')[0]?.text);
        const { rows } = allRows(href);
        expect(rows.length, href).toBe(count);
        expect(html(href).querySelectorAll('table.wf-dir-table tbody tr').length).toBeLessThanOrEqual(DIRECTORY_PAGE_SIZE);
      }
    }
  });

  it('writes /catalog/index.json with every entity, for the filter script', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'catalog/index.json'), 'utf8')) as DirectoryIndexJson;
    const { rows } = decodeIndex(json);
    expect(rows.map((r) => r.ref).sort()).toEqual(catalog.entities.map((e) => e.ref).sort());
  });

  it('keeps /catalog/ light and prints its weight', () => {
    const sizes = {
      'catalog/index.html': fs.statSync(file('/catalog/')).size,
      'catalog/index.json': fs.statSync(path.join(dist, 'catalog/index.json')).size,
      'catalog.json': fs.statSync(path.join(dist, 'catalog.json')).size,
    };
    console.log(`directory page weight (${total} entities):`, Object.entries(sizes).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`).join(', '));
    expect(sizes['catalog/index.html']).toBeLessThan(120_000);
  });
});

describe('/catalog.json', () => {
  const text = fs.readFileSync(path.join(dist, 'catalog.json'), 'utf8');
  const doc = JSON.parse(text) as CatalogJson;

  it('parses, is versioned and has every entity once, sorted by ref', () => {
    expect(doc.wayfinderCatalog).toBe(1);
    expect(doc.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.counts.entities).toBe(total);
    expect(doc.counts.byKind).toEqual(catalog.counts);
    expect(doc.entities.map((e) => e.ref)).toEqual(catalog.entities.map((e) => e.ref).sort());
    const ps = doc.entities.find((e) => e.ref === 'component:default/payments-service')!;
    expect(ps.contacts.chat).toBe('#payments');
    expect(ps.relations.dependsOn).toContain('resource:default/orders-db');
    expect(new URL(ps.url).pathname).toBe('/catalog/component/payments-service/');
  });

  it('is deterministic: byte-identical to the core computed afresh from the same input', () => {
    const site = new URL(doc.entities[0]!.url).origin;
    const again = catalogJson([...catalog.entities].reverse(), catalog.byRef, {
      generated: doc.generated,
      urlOf: (e) => new URL(entityPath(e), site).href,
    });
    expect(stringifyCatalogJson(again)).toBe(text);
  });
});
