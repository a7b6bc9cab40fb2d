/**
 * Real organisations' inputs (#26 items 1 and 2), cut down from Backstage's own monorepo:
 * a 64-character name, a descriptor missing a required field, an empty Location glob,
 * YAML beside a split API definition that no $ref reaches, and owners that are GitHub
 * teams no Group describes. Under `onInvalidEntities: skip` and `onBrokenRefs: warn` the
 * site builds, leaves the invalid descriptors out, lists them on /health/, and the
 * directory lists the declared owners, marked "not in the catalog".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, root, testOut } from './site.ts';

const fixture = path.join(root, 'tests/fixtures/sites/invalid-entities');
const LONG = 'catalog-backend-module-incremental-ingestion-provider-for-testing';
let out = '';
let output = '';
const page = (p: string) => parse(fs.readFileSync(path.join(out, p, 'index.html'), 'utf8'));

beforeAll(() => {
  out = testOut('invalid-entities');
  const r = buildSite(fixture, out);
  output = r.output;
  if (r.status !== 0) throw new Error(`the fixture failed to build:\n${r.output.slice(-4000)}`);
});

describe('onInvalidEntities: skip', () => {
  it('builds, with each invalid descriptor and the empty glob as warnings at file:line:col', () => {
    expect(output).toContain(`invalid-entities/catalog/components/long-name.yaml:4:9: warning: "${LONG}" is not a valid entity name`);
    expect(output).toContain('invalid-entities/catalog/components/storefront.yaml:2:1: warning: required field `spec.owner` is missing');
    expect(output).toMatch(/invalid-entities\/catalog\/all\.yaml:8:\d+: warning: Location target "\.\/utils\/\*\*\/catalog-info\.yaml" matches no file/);
    // The unreached part of the split definition is data: not a word about it.
    expect(output).not.toContain('openapi/schemas/owner.yaml');
    expect(output).not.toContain('openapi/examples/pets.yaml');
  });

  it('publishes the others and leaves the invalid ones out', () => {
    expect(fs.existsSync(path.join(out, 'catalog/component/web/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, `catalog/component/${LONG}/index.html`))).toBe(false);
    expect(fs.existsSync(path.join(out, 'catalog/system/storefront/index.html'))).toBe(false);
    // A reference to a left-out entity reads as one to an entity not in the catalog.
    expect(page('catalog/component/web').querySelector('[data-not-in-catalog="system:storefront"]')).not.toBeNull();
  });

  it('lists them on /health/ under "Not published", with where and why', () => {
    const health = page('health');
    const rows = health.querySelectorAll('#not-published ~ table tr[data-not-published]').map((r) => r.getAttribute('data-not-published'));
    // At the line of its first problem, the line `npm run check` prints.
    expect(rows).toEqual(['invalid-entities/catalog/components/long-name.yaml:4', 'invalid-entities/catalog/components/storefront.yaml:2']);
    expect(health.querySelector('tr[data-not-published$="storefront.yaml:2"]')?.text).toContain('required field `spec.owner` is missing');
  });
});

describe('owners that are not in the catalog', () => {
  it('are listed in the directory, marked, and counted', () => {
    const dir = page('catalog');
    expect(dir.querySelector('.wf-dir-lede')?.text).toMatch(/owned by 2 teams and people \(2 not in the catalog\)/);
    const web = dir.querySelectorAll('tbody tr').find((r) => r.querySelector('th a')?.getAttribute('href') === '/catalog/component/web/');
    expect(web?.querySelectorAll('td')[1]?.text).toBe('maintainersnot in the catalog');
    expect(web?.querySelectorAll('td')[1]?.querySelector('a')).toBeNull();
  });

  it('have facet pages and a place in the owner list', () => {
    expect(page('catalog/by/owner/maintainers').querySelector('h1')?.text).toBe('Owned by maintainers (not in the catalog)');
    expect(page('catalog/by/owner').text).toContain('maintainers (not in the catalog)');
  });

  it('are counted on /health/', () => {
    expect(page('health').querySelector('[data-owners]')?.text).toMatch(/^2 teams and people \(2 not in the catalog\)/);
  });
});
