import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPagefindIndex } from './pagefind.ts';
import { buildSite, demoDist, root, TEST_TODAY, testOut, withoutVitest, type BuildResult } from './site.ts';

const read = (dist: string, p: string): HTMLElement => parse(fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
const texts = (svg: HTMLElement): string[] => svg.querySelectorAll('text').map((t) => t.text.trim());
/** Nothing in a drawn figure can run or fetch: no script or foreign content, no handler, no href but the site's own. */
function expectInert(figure: HTMLElement): void {
  const tags = new Set(figure.querySelectorAll('*').map((e) => e.rawTagName.toLowerCase()));
  for (const bad of ['script', 'style', 'foreignobject', 'iframe', 'image', 'use', 'object', 'embed']) expect(tags.has(bad), bad).toBe(false);
  for (const e of figure.querySelectorAll('*')) expect(Object.keys(e.attributes).filter((a) => /^on/i.test(a))).toEqual([]);
  expect(figure.querySelector('svg')?.outerHTML ?? '').not.toMatch(/@import|url\((?!#)/i);
  for (const a of figure.querySelectorAll('[href]')) expect(a.getAttribute('href')).toMatch(/^\/(?!\/)/);
}

describe('diagrams and maps in the demo', () => {
  it('draws the checkout doc\'s flowchart and sequence diagram as SVG with their labels as text, and no script', () => {
    const page = read(demoDist, '/docs/explanation/how-checkout-works/');
    const figures = page.querySelectorAll('figure.wf-diagram');
    expect(figures).toHaveLength(2);
    const [flow, seq] = figures.map((f) => f.querySelector('svg') as HTMLElement);
    expect(texts(flow as HTMLElement)).toEqual(expect.arrayContaining(['Checkout web', 'Payments service', 'Ledger service', 'POST /payments']));
    expect(flow?.getAttribute('role')).toBe('img');
    expect(flow?.getAttribute('aria-label')).toMatch(/^Flowchart: .*Customer, Checkout web/);
    expect(texts(seq as HTMLElement)).toEqual(expect.arrayContaining(['Checkout web', 'Card processor', 'authorise card']));
    for (const f of figures) {
      expectInert(f);
      expect(f.querySelector('details.wf-diagram-source code')?.text).toMatch(/^(flowchart LR|sequenceDiagram)\n/);
    }
  });

  it('draws the map components of the doc from the catalog, each entity a link to its page', () => {
    const page = read(demoDist, '/docs/explanation/how-checkout-works/');
    const maps = page.querySelectorAll('figure.wf-map');
    expect(maps).toHaveLength(2);
    const hrefs = (maps[1] as HTMLElement).querySelectorAll('svg a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/catalog/component/checkout-web/', '/catalog/api/payments-api/', '/catalog/resource/ledger-db/']));
    expect((maps[0] as HTMLElement).querySelectorAll('svg a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/catalog/component/payments-service/', '/catalog/system/storefront/']));
    for (const m of maps) expectInert(m);
  });

  it("draws the label printer's TechDocs sequence diagram", () => {
    const page = read(demoDist, '/catalog/component/label-printer-service/docs/');
    const svg = page.querySelector('figure.wf-diagram svg') as HTMLElement;
    expect(texts(svg)).toEqual(expect.arrayContaining(['Carrier gateway', 'Label printer', 'shipment.booked']));
  });

  it('has the organisation map, and a map on each domain and system page, with the relations also as a list', () => {
    const org = read(demoDist, '/catalog/map/');
    const svg = org.querySelector('figure.wf-map svg') as HTMLElement;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.getAttribute('width')).toBeUndefined();
    expect(svg.querySelectorAll('a.wf-map-node').map((a) => a.getAttribute('href'))).toContain('/catalog/system/payments/');
    expect(org.querySelectorAll('.wf-map-list li').length).toBeGreaterThan(6);
    expect(read(demoDist, '/catalog/system/payments/').querySelector('#map + p + figure.wf-map svg')).not.toBeNull();
    const domain = fs.readdirSync(path.join(demoDist, 'catalog/domain'))[0] as string;
    expect(read(demoDist, `/catalog/domain/${domain}/`).querySelector('figure.wf-map svg')).not.toBeNull();
  });

  it("indexes a diagram's labels for search, not its source", () => {
    const page = readPagefindIndex(demoDist).find((p) => p.url === '/docs/explanation/how-checkout-works/');
    expect(page?.content).toContain('Card processor');
    expect(page?.content).not.toContain('-->|POST /payments|');
  });

  it('publishes the aggregated system graph as /catalog/map.json', () => {
    const doc = JSON.parse(fs.readFileSync(path.join(demoDist, 'catalog/map.json'), 'utf8'));
    expect(doc.version).toBe(1);
    expect(doc.systems.map((s: { ref: string }) => s.ref)).toContain('system:default/payments');
    const e = doc.edges.find((x: { from: string; to: string }) => x.from === 'system:default/storefront' && x.to === 'system:default/payments');
    expect(e?.apis).toContain('api:default/payments-api');
  });
});

describe('the diagrams fixture: hostile and broken diagrams', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-diagrams-build-'));
  const dist = testOut('diagrams');
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite(path.join(root, 'tests/fixtures/sites/diagrams'), dist);
  }, 600_000);

  it('builds, warning at file:line with the reason for each diagram it does not draw', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const warnings = build.output.split('\n').filter((l) => l.includes('diagrams/') && /warning: /.test(l)).map((l) => l.replace(/^.*?(diagrams\/)/, '$1').trim());
    expect(warnings).toEqual([
      'diagrams/catalog/repos/ledger/docs/index.md:20:1: warning: PlantUML diagrams are not drawn on this site (drawing them needs a PlantUML server); the source is shown (rewrite it as a ```mermaid block)',
      'diagrams/docs/guides/hostile.md:15:1: warning: Gantt chart not drawn: expected a task as "Name : start, end" (the page shows its source instead; check it at https://mermaid.live)',
      'diagrams/docs/guides/hostile.md:24:1: warning: `click` (a link or callback on a node) is not run on this site; the node is drawn without it (put the link in the text beside the diagram)',
      'diagrams/docs/guides/hostile.md:25:1: warning: `click` (a link or callback on a node) is not run on this site; the node is drawn without it (put the link in the text beside the diagram)',
      'diagrams/docs/guides/hostile.md:30:1: warning: pie not drawn: "pie" diagrams are not drawn on this site (drawn: flowchart, sequenceDiagram, classDiagram, stateDiagram-v2, erDiagram, xychart-beta, gantt) (the page shows its source instead; check it at https://mermaid.live)',
    ]);
  });

  it('draws the hostile diagram as inert SVG, with its labels as text, and shows the source of the ones it cannot draw', () => {
    const page = read(dist, '/docs/guides/hostile/');
    const figures = page.querySelectorAll('figure.wf-diagram');
    expect(figures.map((f) => f.classList.contains('wf-diagram--failed'))).toEqual([false, true, false, true]);
    for (const f of figures) expectInert(f);
    const hostile = figures[2] as HTMLElement;
    expect(texts(hostile.querySelector('svg') as HTMLElement)).toEqual(['<script>alert(1)</script>', '<img src=x onerror=alert(2)>']);
    expect(hostile.querySelector('svg')?.outerHTML).not.toMatch(/javascript:|evil\.example|callback/);
    expect(figures[1]?.querySelector('figcaption')?.text).toBe('This diagram could not be drawn: expected a task as "Name : start, end"');
    expect(figures[1]?.querySelector('details[open] code')?.text).toContain('Nonsense without a colon');
  });

  it('draws diagrams in MDX (source kept exactly), TechDocs (fences and <div class="mermaid">) and announcements; PlantUML as source', () => {
    const mdx = read(dist, '/docs/guides/in-mdx/');
    expect(mdx.querySelector('figure.wf-diagram details code')?.text).toBe('classDiagram\n  class Invoice {\n    +string id\n    +total() Money\n  }\n  Invoice --> Money');
    expect(texts(mdx.querySelector('figure.wf-diagram svg') as HTMLElement)).toEqual(expect.arrayContaining(['Invoice', 'Money']));
    const td = read(dist, '/catalog/component/ledger-service/docs/');
    const figs = td.querySelectorAll('figure.wf-diagram');
    expect(figs.map((f) => f.getAttribute('data-diagram'))).toEqual(['mermaid', 'mermaid', 'plantuml']);
    expect(texts(figs[0]?.querySelector('svg') as HTMLElement)).toEqual(expect.arrayContaining(['Pending', 'Posted']));
    expect(texts(figs[1]?.querySelector('svg') as HTMLElement)).toEqual(expect.arrayContaining(['ACCOUNT', 'POSTING']));
    expect(figs[2]?.querySelector('code')?.text).toContain('Alice -> Bob : hello');
    const ann = read(dist, '/lifecycle/ledger-v2/');
    expect(texts(ann.querySelector('figure.wf-diagram svg') as HTMLElement)).toEqual(expect.arrayContaining(['Batch posting', 'Balanced?']));
  });

  it("makes an unknown ref in a map component an error of the check at its line, with did-you-mean", () => {
    const content = path.join(tmp, 'bad-ref');
    fs.cpSync(path.join(root, 'tests/fixtures/sites/diagrams'), content, { recursive: true });
    const file = path.join(content, 'docs/guides/payments-map.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('system="payments"', 'system="paymnts"').replace('"api:payments-api"', '"api:payment-api"'));
    const env = withoutVitest({ ...process.env, WAYFINDER_TODAY: TEST_TODAY, WAYFINDER_CONTENT: content, WAYFINDER_CACHE_DIR: path.join(tmp, 'cache') });
    // Run from the content folder's parent, as a person would: paths print relative to it
    // (from the project root they would be ../… or absolute, depending on where the clone is).
    delete env.INIT_CWD;
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/check.ts')], { cwd: tmp, env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`.split('\n').filter((l) => l.includes('error:'))).toEqual([
      'bad-ref/docs/guides/payments-map.mdx:10:1: error: <SystemMap> names "paymnts", which is not in the catalog (did you mean "system:payments"?)',
      'bad-ref/docs/guides/payments-map.mdx:14:1: error: <EntityMap> names "api:payment-api", which is not in the catalog (did you mean "api:payments-api"?)',
    ]);
  });
});
