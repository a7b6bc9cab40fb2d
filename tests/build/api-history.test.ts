/**
 * Each API's "Changes" section, built from a real git repository: the api-history fixture
 * (tests/fixtures/sites/api-history) made into a repository at test time with one commit
 * per class of change and fixed dates. The page lists the commits newest first with
 * breaking / deprecation / non-breaking, each operation says since when it exists (and is
 * deprecated), the Markdown twin says the same; the demo's API pages show their history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHistoryRepository } from '../fixtures/sites/api-history/history.ts';
import { buildSite, demoDist, testOut, type BuildResult } from './site.ts';

const read = (dist: string, p: string): HTMLElement => parse(fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const rows = (page: HTMLElement) => page.querySelectorAll('.wf-api-changes li').map((li) => `${li.getAttribute('data-level')} ${text(li.text)}`.replace(/commit [0-9a-f]{10}/, 'commit <id>'));

describe('API history built from a git repository with fixed dates', () => {
  let repo: ReturnType<typeof apiHistoryRepository>;
  let r: BuildResult;
  beforeAll(() => {
    repo = apiHistoryRepository();
    r = buildSite(repo.content, testOut('api-history'));
    expect(r.status, r.output.slice(-3000)).toBe(0);
  });
  afterAll(() => {
    repo.cleanup();
    fs.rmSync(r.outDir, { recursive: true, force: true });
  });

  it('lists each commit that changed the definition, newest first, with what it did and the operations touched (a $ref’d file included)', () => {
    const page = read(r.outDir, '/catalog/api/orders-api/');
    expect(page.querySelector('main h2#changes')?.text).toBe('Changes');
    expect(rows(page)).toEqual([
      'non-breaking 2026-05-04 descriptions or formatting only: nothing changes for consumers (“Orders: describe the API”, commit <id>)',
      'breaking 2026-04-06 1 breaking, 1 non-breaking: POST /orders, GET /orders (“Orders: total is required”, commit <id>)',
      'non-breaking 2026-02-02 1 non-breaking: GET /orders/{id} (“Orders: get one order”, commit <id>)',
      'non-breaking 2026-01-05 added with 2 operations: GET /orders, POST /orders (“Orders, Legacy, Events and Graph APIs”, commit <id>)',
    ]);
  });

  it('each operation says since when it exists and since when it is deprecated', () => {
    const orders = read(r.outDir, '/catalog/api/orders-api/');
    expect(text(orders.querySelector('#get-orders-id')?.parentNode?.querySelector('.wf-op-since')?.text)).toBe('added 2026-02-02');
    const legacy = read(r.outDir, '/catalog/api/legacy-api/');
    expect(text(legacy.querySelector('#get-items')?.parentNode?.querySelector('.wf-op-since')?.text)).toBe('added 2026-01-05 · deprecated since 2026-02-16');
    expect(rows(legacy)).toEqual([
      'deprecation 2026-02-16 1 deprecation: GET /items (“Legacy: deprecate listing items”, commit <id>)',
      'non-breaking 2026-01-05 added with 2 operations: GET /items, GET /items/{id} (“Orders, Legacy, Events and Graph APIs”, commit <id>)',
    ]);
  });

  it('AsyncAPI and GraphQL changes are breaking where consumers break', () => {
    expect(rows(read(r.outDir, '/catalog/api/events-api/'))[0]).toBe('breaking 2026-03-02 2 breaking: orders.shipped, RECEIVE onOrderShipped (“Events: orderShipped is gone”, commit <id>)');
    expect(rows(read(r.outDir, '/catalog/api/graph-api/'))[0]).toBe('breaking 2026-03-16 1 breaking, 1 deprecation, 1 non-breaking: Query.orders, Order.total, Order.amount (“Graph: drop Query.orders, deprecate Order.total”, commit <id>)');
  });

  it('the Markdown twin carries the same changes and since-dates', () => {
    const twin = fs.readFileSync(path.join(r.outDir, 'catalog/api/legacy-api/index.md'), 'utf8');
    expect(twin).toContain('## Changes\n\n- 2026-02-16: 1 deprecation: GET /items ("Legacy: deprecate listing items", commit ');
    expect(twin).toMatch(/\[GET \/items\]\([^)]*#get-items\) \(deprecated\) \(added 2026-01-05 · deprecated since 2026-02-16\)/);
  });
});

describe('features: history: false in wayfinder.yaml', () => {
  let repo: ReturnType<typeof apiHistoryRepository>;
  let r: BuildResult;
  beforeAll(() => {
    repo = apiHistoryRepository();
    fs.writeFileSync(path.join(repo.content, 'wayfinder.yaml'), 'features:\n  history: false\n');
    r = buildSite(repo.content, testOut('api-history-off'));
    expect(r.status, r.output.slice(-3000)).toBe(0);
  });
  afterAll(() => {
    repo.cleanup();
    fs.rmSync(r.outDir, { recursive: true, force: true });
  });

  it('reads no history: the Changes section says it is turned off, and no operation has a since-date', () => {
    const page = read(r.outDir, '/catalog/api/orders-api/');
    expect(page.querySelectorAll('.wf-api-changes li')).toHaveLength(0);
    expect(text(page.querySelector('.wf-api-changes-none')?.text)).toBe('No history: reading the git history is turned off (features: history: false in wayfinder.yaml).');
    expect(page.querySelectorAll('.wf-op-since')).toHaveLength(0);
  });
});

describe('the demo’s API pages show their history', () => {
  it('the Payments API has a Changes section from the repository’s history', () => {
    const page = read(demoDist, '/catalog/api/payments-api/');
    expect(page.querySelector('main h2#changes')).not.toBeNull();
    // Built from this repository: at least the commit that added the API (a shallow CI clone says why instead).
    const said = page.querySelectorAll('.wf-api-changes li').length > 0 || /shallow clone/.test(text(page.querySelector('.wf-api-changes-none')?.text));
    expect(said).toBe(true);
  });
});
