import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from './links.ts';
import { readPagefindIndex, type IndexedPage } from './pagefind.ts';
import { buildSite, demoDist, htmlFiles, root, testOut, type BuildResult } from './site.ts';
import { largeApiOperations, writeLargeApiContent } from '../../scripts/gen-large-api.ts';

const read = (dist: string, p: string): HTMLElement =>
  parse(fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
const headings = (page: HTMLElement, sel = '.wf-api-ref h4') => page.querySelectorAll(sel).map((h) => `${h.id} ${h.text.replace(/\s+/g, ' ').trim()}`);
type Anchor = { element: string; id: string; text: string };
const anchorsOf = (page: IndexedPage | undefined): Anchor[] => ((page as unknown as { anchors?: Anchor[] })?.anchors ?? []).map(({ element, id, text }) => ({ element, id, text }));

describe('API references built from the fixture (OpenAPI over several files, Swagger 2.0, AsyncAPI 3, GraphQL, a broken spec)', () => {
  let r: BuildResult;
  let index: IndexedPage[];
  beforeAll(() => {
    r = buildSite(path.join(root, 'tests/fixtures/sites/api-reference'), testOut('api-reference'));
    expect(r.status, r.output.slice(-3000)).toBe(0);
    index = readPagefindIndex(r.outDir);
  });

  it('builds although one definition does not parse, naming it at file:line with the parser\'s message', () => {
    expect(r.output).toContain('api-reference/catalog/broken/broken.yaml:9:20: error: the API definition does not parse: Missing closing "quote');
    const broken = read(r.outDir, '/catalog/api/broken-api/');
    expect(broken.querySelector('.wf-api-error')?.text.replace(/\s+/g, ' ')).toContain('api-reference/catalog/broken/broken.yaml:9:20 the API definition does not parse');
    // The raw definition and its download stay.
    expect(broken.querySelector('#definition')).not.toBeNull();
    expect(fs.existsSync(path.join(r.outDir, 'catalog/api/broken-api/definition.yaml'))).toBe(true);
  });

  it('renders every operation under an anchored heading, with a table of operations linking to them', () => {
    const page = read(r.outDir, '/catalog/api/orders-api/');
    expect(headings(page, '.wf-api-ref .wf-op h4')).toEqual([
      'post-orders POST /orders',
      'get-orders-orderid GET /orders/{orderId}',
      'delete-orders-orderid DELETE /orders/{orderId}',
      'get-categories GET /categories',
      'get-reports GET /reports deprecated',
    ]);
    expect(page.querySelectorAll('.wf-op-table tbody a').map((a) => a.getAttribute('href'))).toEqual(['#post-orders', '#get-orders-orderid', '#delete-orders-orderid', '#get-categories', '#get-reports']);
    // The recursive schema links to its own entry.
    const link = page.querySelectorAll('#schema-category ~ details a, .wf-type a').find((a) => a.getAttribute('href') === '#schema-category');
    expect(link).toBeDefined();
    expect(page.querySelector('#schema-category')?.tagName).toBe('H4');
    expect(page.querySelector('.wf-api-included')?.text).toContain('orders_{orderId}.yaml');
    expect(checkLinks(r.outDir).filter((b) => b.page.includes('/catalog/api/'))).toEqual([]);
  });

  it('keeps a 100-operation API usable: a table of every operation at the top, each operation folded under its heading', () => {
    const file = path.join(r.outDir, 'catalog/api/billing-api/index.html');
    const page = read(r.outDir, '/catalog/api/billing-api/');
    expect(page.querySelectorAll('.wf-op-table tbody tr').length).toBe(100);
    expect(page.querySelectorAll('.wf-op h4[id]').length).toBe(100);
    expect(page.querySelectorAll('details.wf-op-details').length).toBe(100);
    expect(page.querySelectorAll('details.wf-op-details[open]').length).toBe(0);
    // The raw definition stays, folded and plain: highlighted, this one alone was 740 KB.
    expect(page.querySelector('details.wf-definition-raw pre')?.text).toContain('"operationId": "list_invoices"');
    // 100 operations (a 60 KB JSON definition): the page, raw definition included, stays under 400 KB.
    expect(fs.statSync(file).size).toBeLessThan(400_000);
  });

  it('renders AsyncAPI 3 channels and GraphQL fields, deprecations included, each with an anchor', () => {
    expect(headings(read(r.outDir, '/catalog/api/order-events/'), '.wf-op h4')).toEqual(['send-publishorderplaced SEND orders.v1.placed', 'receive-onorderplaced RECEIVE orders.v1.placed']);
    const graph = read(r.outDir, '/catalog/api/catalog-graph/');
    expect(headings(graph, '.wf-op h4')).toEqual([
      'query-product QUERY product',
      'query-products QUERY products',
      'query-productsbyname QUERY productsByName deprecated',
      'mutation-setavailability MUTATION setAvailability',
    ]);
    expect(graph.querySelector('#field-product-legacycode')?.text.replace(/\s+/g, ' ')).toContain('Deprecated: Use sku.');
  });

  it('puts each operation in search as a sub-result of its API, with the API\'s owner and lifecycle filters', () => {
    const orders = index.find((p) => p.url === '/catalog/api/orders-api/');
    expect(orders?.filters).toMatchObject({ owner: ['orders-team'], lifecycle: ['production'], type: ['api'] });
    expect(anchorsOf(orders).filter((a) => a.element === 'h4' && !a.id.startsWith('schema-'))).toEqual([
      { element: 'h4', id: 'post-orders', text: 'POST /orders' },
      { element: 'h4', id: 'get-orders-orderid', text: 'GET /orders/{orderId}' },
      { element: 'h4', id: 'delete-orders-orderid', text: 'DELETE /orders/{orderId}' },
      { element: 'h4', id: 'get-categories', text: 'GET /categories' },
      { element: 'h4', id: 'get-reports', text: 'GET /reports deprecated' },
    ]);
    expect(orders?.content).toContain('createOrder');
    const events = index.find((p) => p.url === '/catalog/api/order-events/');
    expect(events?.filters).toMatchObject({ lifecycle: ['beta'] });
    expect(events?.content).toContain('OrderPlaced');
    const graph = index.find((p) => p.url === '/catalog/api/catalog-graph/');
    expect(anchorsOf(graph).map((a) => a.id)).toEqual(expect.arrayContaining(['query-product', 'type-product', 'type-availability']));
  });
});

describe("the demo's API definitions", () => {
  it('render as references: the OpenAPI, AsyncAPI and GraphQL files next to their descriptors', () => {
    const launchpad = read(demoDist, '/catalog/api/launchpad-api/');
    expect(headings(launchpad, '.wf-op h4')).toContain('post-services-service-deployments POST /services/{service}/deployments');
    expect(launchpad.querySelectorAll('.wf-op-table tbody tr').length).toBeGreaterThanOrEqual(7);
    const events = read(demoDist, '/catalog/api/shipment-events/');
    expect(events.querySelectorAll('.wf-op').length).toBeGreaterThanOrEqual(3);
    expect(events.querySelectorAll('.wf-message').length).toBeGreaterThanOrEqual(3);
    const graph = read(demoDist, '/catalog/api/tracking-graphql/');
    expect(headings(graph, '.wf-op h4')).toContain('query-shipment QUERY shipment');
    expect(graph.querySelectorAll('.wf-type').length).toBeGreaterThan(5);
  });
});

describe('a large API (300 operations, 200 shared schemas, HTML descriptions), split into pages', () => {
  const LARGE = { name: 'large-api', operations: 300, tagged: false } as const;
  const content = path.join(os.tmpdir(), `wayfinder-api-large-${process.pid}`);
  const apiDir = 'catalog/api/large-api';
  let r: BuildResult;
  let index: IndexedPage[];
  let badgeLine = 0;
  beforeAll(() => {
    fs.rmSync(content, { recursive: true, force: true });
    writeLargeApiContent(content, [LARGE], (file, text) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // One description loads an image from another host that is not an emoji: it must be dropped, with a warning at its line.
      const out = text.replace('<p>An error returned by the API.</p>', "<p>An error returned by the API. <img src='https://status.example.com/badge.svg' alt='status badge'></p>");
      if (out !== text) badgeLine = out.slice(0, out.indexOf('status.example.com')).split('\n').length;
      fs.writeFileSync(file, out);
    });
    r = buildSite(content, testOut('api-reference-large'));
    expect(r.status, r.output.slice(-3000)).toBe(0);
    index = readPagefindIndex(r.outDir);
  });

  it('keeps the API page an overview under 300 KB and every page of the reference under 2 MB', () => {
    const pages = htmlFiles(path.join(r.outDir, apiDir));
    expect(pages.length).toBeGreaterThan(10);
    expect(fs.statSync(path.join(r.outDir, apiDir, 'index.html')).size).toBeLessThan(300_000);
    const over = pages.filter((p) => fs.statSync(path.join(r.outDir, apiDir, p)).size > 2_000_000);
    expect(over).toEqual([]);
    const landing = read(r.outDir, `/${apiDir}/`);
    expect(landing.querySelectorAll('.wf-op')).toHaveLength(0);
    expect(landing.querySelectorAll('.wf-ref-pages tbody a').map((a) => a.getAttribute('href'))).toContain(`/${apiDir}/reference/customers/`);
    // The raw definition is a download, not a copy in the page.
    expect(landing.querySelector('.wf-definition pre')).toBeNull();
    expect(checkLinks(r.outDir).filter((b) => b.page.includes('/catalog/api/'))).toEqual([]);
  });

  it('gives every operation its anchor on exactly one page, and the anchor map sends the API page\'s anchors there', () => {
    const map = JSON.parse(fs.readFileSync(path.join(r.outDir, apiDir, 'reference/anchors.json'), 'utf8')) as { pages: string[]; anchors: Record<string, number> };
    const found = new Map<string, string>();
    for (const slug of map.pages) {
      for (const h of read(r.outDir, `/${apiDir}/reference/${slug}/`).querySelectorAll('.wf-op h4[id]')) {
        expect(found.has(h.id), h.id).toBe(false);
        found.set(h.id, slug);
      }
    }
    const expected = largeApiOperations(LARGE).map((o) => `${o.method}-${o.path}`.toLowerCase().replace(/[^a-z0-9_]+/g, '-').replace(/-+$/, ''));
    expect([...found.keys()].sort()).toEqual(expected.sort());
    for (const [anchor, slug] of found) expect(map.pages[map.anchors[anchor] as number]).toBe(slug);
    expect(map.pages[map.anchors['schema-customer'] as number]).toMatch(/^schemas/);
  });

  it('indexes every operation for search as a sub-result of its page, with the API\'s owner', () => {
    const pages = index.filter((p) => p.url.startsWith(`/${apiDir}/reference/`));
    const ids = pages.flatMap((p) => anchorsOf(p).filter((a) => a.element === 'h4' && !a.id.startsWith('schema-')).map((a) => a.id));
    expect(new Set(ids).size).toBe(300);
    for (const p of pages) expect(p.filters).toMatchObject({ owner: ['platform-team'], type: ['api'] });
  });

  it('renders HTML descriptions, and keeps every remote resource off the page (an emoji inlined, another image dropped with a warning at its line)', () => {
    const customers = read(r.outDir, `/${apiDir}/reference/customers/`);
    expect(customers.querySelector('#post-v1-customers')?.closest('.wf-op')?.querySelector('.wf-op-desc')?.innerHTML).toContain('<p>Creates a new <code>customer</code> object. Returns the');
    expect(r.output).toContain(`large-api.openapi.json:${badgeLine}:`);
    expect(r.output).toMatch(/warning: this description loads a resource from another host \(https:\/\/status\.example\.com\/badge\.svg\)/);
    const schemas = htmlFiles(path.join(r.outDir, apiDir)).map((p) => fs.readFileSync(path.join(r.outDir, apiDir, p), 'utf8'));
    expect(schemas.some((html) => html.includes('<p>Fruit: 🍓</p>'))).toBe(true);
    expect(schemas.filter((html) => /<(img|video|audio|source|iframe)\b[^>]*(src|poster)="(https?:)?\/\//.test(html))).toEqual([]);
    expect(schemas.some((html) => html.includes('status badge'))).toBe(true);
  });
});
