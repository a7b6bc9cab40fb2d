/**
 * Renamed entities keep their links working: a fixture site (tests/fixtures/sites/renamed)
 * whose service and team list previous names, built under a base path. Each old URL is a
 * static page that sends the reader on, and the directory still finds the entity by an
 * old name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite, root, testOut } from './site.ts';
import { checkLinks } from './links.ts';
import { buildIndex, decodeIndex, matchRows, type DirectoryIndexJson } from '../../src/core/catalog/directory/directory.ts';

describe('a site with renamed entities', () => {
  const r = buildSite(path.join(root, 'tests/fixtures/sites/renamed'), testOut('redirects-renamed'), { WAYFINDER_BASE: '/handbook' });
  const read = (p: string) => fs.readFileSync(path.join(r.outDir, p), 'utf8');

  it('writes a redirect page at every old URL: meta refresh, canonical link and a visible link, under the base path', () => {
    expect(r.status, r.output).toBe(0);
    for (const [old, now] of [
      ['catalog/component/ledger-svc', '/handbook/catalog/component/ledger-service/'],
      ['catalog/component/payments-ledger', '/handbook/catalog/component/ledger-service/'],
      ['teams/books-team', '/handbook/teams/ledger-team/'],
    ] as const) {
      const page = parse(read(`${old}/index.html`));
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=${now}`);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://renamed.example${now}`);
      expect(page.querySelector('a')?.getAttribute('href')).toBe(now);
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
    // The entity's own page is a real page, and says what it was called.
    const entity = read('catalog/component/ledger-service/index.html');
    expect(entity).toContain('Previously named');
    expect(entity).toContain('payments-ledger, ledger-svc');
    expect(read('teams/ledger-team/index.html')).toContain('previously books-team');
    expect(checkLinks(r.outDir, '/handbook/')).toEqual([]);
  });

  it('keeps old names out of the sitemap and lets the directory find the entity by one', () => {
    expect(read('sitemap-0.xml')).not.toContain('ledger-svc');
    const { rows } = decodeIndex(JSON.parse(read('catalog/index.json')) as DirectoryIndexJson);
    const index = buildIndex(rows);
    expect(matchRows(index, { q: 'ledger-svc' }).map((i) => index.rows[i]!.name)).toEqual(['ledger-service']);
    expect(matchRows(index, { q: 'books-team' }).map((i) => index.rows[i]!.name)).toEqual(['ledger-team']);
  });
});
