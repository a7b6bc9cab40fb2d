import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testEntity } from '../model/test-entity.ts';
import { createNoticeIndex } from '../lifecycle/notices.ts';
import { createStageIndex } from '../lifecycle/stages.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { entityTwin, stripMdx } from './twins.ts';
import { mdLink, mdText } from './markdown-out.ts';
import { ASSIST_INDEX_VERSION, indexChange, indexEntity, type AssistIndex } from './index-model.ts';
import { buildSearch, search } from './search.ts';
import { assistantOver, QUERY_MAX_CHARS } from './tools.ts';
import { folderReader, type SiteReader } from './site-reader.ts';
import { htmlToMarkdown } from './html-text.ts';
import { pageOfTwin, twinPath } from './twin-url.ts';
import { buildSystemGraph, systemMap } from '../graph/system-map.ts';
import { mapListing } from '../graph/map-list.ts';

const team = testEntity({ kind: 'group', name: 'payments-team', title: 'Payments', chat: '#payments', oncall: 'https://oncall.example/payments', relations: { ownerOf: ['component:default/payments-service', 'component:default/ledger'] } });
const service = testEntity({ name: 'payments-service', title: 'Payments service', owner: 'group:default/payments-team', lifecycle: 'production', relations: { dependsOn: ['component:default/ledger'] } });
const ledger = testEntity({ name: 'ledger', owner: 'group:default/payments-team', lifecycle: 'deprecated', relations: { dependencyOf: ['component:default/payments-service'] } });
const entities = [team, service, ledger];
const byRef = new Map(entities.map((e) => [e.ref, e]));
const lookup = (ref: string) => byRef.get(ref);
const stages = createStageIndex();
const deprecation: Announcement = {
  id: 'ledger-deprecation',
  file: '/x/ledger.md',
  display: 'content/lifecycle/ledger.md',
  title: 'ledger is deprecated',
  summary: 'Move to ledger-v2.',
  type: 'deprecation',
  subjects: ['component:default/ledger'],
  announced: '2026-01-01',
  effective: '2026-02-01',
  sunset: '2026-06-30',
};

function index(): AssistIndex {
  return {
    version: ASSIST_INDEX_VERSION,
    title: 'Test handbook',
    base: '/',
    built: '2026-03-01',
    entities: entities.map((e) => indexEntity(e, lookup, stages)),
    pages: [
      { type: 'doc', title: 'Roll back a deploy', path: '/docs/how-to/roll-back-a-deploy/', headings: ['Before you start'], text: 'Use tide rollback to put the previous release back.' },
      { type: 'doc', title: 'How deploys work', path: '/docs/explanation/how-deploys-work/', headings: ['Canaries'], text: 'A deploy goes through dev, staging and prod; you can roll back any time.' },
    ],
    changes: [indexChange(deprecation, lookup)],
    campaigns: [],
    paths: [],
  };
}

/** A reader over a map of site paths, as the server would read the built site. */
function memoryReader(files: Record<string, string>): SiteReader {
  return {
    describe: 'memory',
    async read(p) {
      const text = files[p];
      if (text === undefined) {
        const { SiteReadError } = await import('./site-reader.ts');
        throw new SiteReadError(`${p} is not in the site`);
      }
      return text;
    },
  };
}

describe('Markdown for assistants', () => {
  it('writes no script URL as a link, and content text as inert text', () => {
    expect(mdLink('click', 'javascript:alert(1)')).toBe('click');
    expect(mdLink('click', 'jav&#x61;script:alert(1)')).toBe('click');
    expect(mdLink('docs', '/docs/x/')).toBe('[docs](/docs/x/)');
    expect(mdText('<script>*x*</script>\n# y')).toBe('\\<script\\>\\*x\\*\\</script\\> \\# y');
  });

  it('turns an MDX body into Markdown: imports and component tags gone, their text kept and not indented as code', () => {
    const mdx = ["import { Card } from '@astrojs/starlight/components';", '', '<CardGrid>', '  <Card title="Start">', '    Welcome aboard.', '    - [Path](/onboarding/)', '  </Card>', '</CardGrid>', '', '```js', 'import x from "y";', '```', '[bad](javascript:alert(1))'].join('\n');
    const md = stripMdx(mdx);
    expect(md).not.toContain('import { Card }');
    expect(md).not.toMatch(/<\/?Card/);
    expect(md).toMatch(/^Welcome aboard\.\n- \[Path\]\(\/onboarding\/\)/m);
    expect(md).toContain('import x from "y";');
    expect(md).toContain('bad');
    expect(md).not.toContain('javascript:');
  });

  it('puts a twin beside its page, never in the place of another page', () => {
    expect(twinPath('/catalog/component/x.md/')).toBe('/catalog/component/x.md/index.md');
    expect(twinPath('/')).toBe('/index.md');
    expect(pageOfTwin('/docs/a/index.md')).toBe('/docs/a/');
  });

  it('keeps TechDocs HTML readable as Markdown, links and code included', () => {
    const md = htmlToMarkdown('<h2 id="a">Restart</h2><p>Run <code>x</code> and see <a href="/d/">the doc</a> or <a href="javascript:alert(1)">this</a>.</p><pre><code>ssh host\nsudo restart</code></pre><ul><li>one</li><li>two</li></ul>');
    expect(md).toContain('## Restart');
    expect(md).toContain('[the doc](/d/)');
    expect(md).not.toContain('javascript:');
    expect(md).toContain('```\nssh host\nsudo restart\n```');
    expect(md).toContain('- one\n- two');
  });

  it("answers first on an entity's twin, and stays small when thousands depend on it", () => {
    const many: CatalogEntity[] = Array.from({ length: 5000 }, (_, i) => testEntity({ name: `user-${i}`, owner: 'group:default/payments-team', relations: { dependsOn: ['component:default/ledger'] } }));
    const big = { ...ledger, relations: { dependencyOf: many.map((m) => m.ref) } };
    const all = new Map([...entities, ...many, big].map((e) => [e.ref, e]));
    const get = (ref: string) => all.get(ref);
    const md = entityTwin(big, { lookup: get, stages, notices: createNoticeIndex([deprecation], get, '2026-03-01'), docs: [] });
    expect(md.indexOf('**Owner:** [Payments]')).toBeGreaterThan(0);
    expect(md.indexOf('**Owner:**')).toBeLessThan(md.indexOf('## Relations'));
    expect(md).toContain('**Used by:** 5000');
    expect(md).toContain('## Changing about it');
    expect(Buffer.byteLength(md)).toBeLessThan(100_000);
  });

  it("carries a system page's map as the same boxes and connections the page lists below the SVG", () => {
    const org = [
      testEntity({ kind: 'system', name: 'pay' }),
      testEntity({ kind: 'system', name: 'ledger-sys' }),
      testEntity({ name: 'paysvc', system: 'system:default/pay', relations: { dependsOn: ['component:default/ledgersvc'] } }),
      testEntity({ name: 'ledgersvc', system: 'system:default/ledger-sys' }),
    ];
    const get = (ref: string) => org.find((e) => e.ref === ref);
    const map = systemMap(buildSystemGraph(org), 'system:default/pay', org);
    if (!map) throw new Error('no map');
    const listing = mapListing(map);
    const md = entityTwin(org[0] as CatalogEntity, { lookup: get, stages, notices: createNoticeIndex([], get, '2026-03-01'), docs: [], map: listing });
    expect(md).toContain('## Map');
    expect(md).toContain('- [paysvc](/catalog/component/paysvc/) (Component, in pay)');
    expect(md).toContain('- [pay](/catalog/system/pay/) uses [ledger-sys](/catalog/system/ledger-sys/) (1 dependency)');
    // One line per box and per connection the page lists.
    expect(md.match(/^- .* uses /gm)).toHaveLength(listing.edges.length);
  });
});

describe('search over the assistant index', () => {
  const s = buildSearch(index());
  it('puts the how-to first for a question in words', () => {
    expect(search(s, 'how do I roll back a deploy')[0]?.path).toBe('/docs/how-to/roll-back-a-deploy/');
  });
  it('puts the team first for "X on-call", then what it owns', () => {
    const r = search(s, 'payments on-call');
    expect(r[0]?.path).toBe('/teams/payments-team/');
    expect(r[1]?.path).toBe('/catalog/component/payments-service/');
  });
  it('filters by type and owner', () => {
    expect(search(s, 'payments', { type: 'entity' }).every((x) => x.type === 'entity')).toBe(true);
    expect(search(s, 'ledger', { owner: 'group:default/payments-team' }).map((x) => x.path)).toEqual(['/catalog/component/ledger/']);
  });
});

describe('the assistant tools', () => {
  const files = { '/catalog/component/ledger/index.md': '# Ledger\n' };
  const a = assistantOver(index(), memoryReader(files), { WAYFINDER_TODAY: '2026-03-01' });

  it('finds the owner, on-call and chat of a service, by name or ref', () => {
    for (const name of ['payments-service', 'component:payments-service', 'Payments service']) {
      const r = a.findOwner(name);
      expect(r.isError).toBeUndefined();
      expect(r.text).toContain('**Owner:** [Payments](/teams/payments-team/)');
      expect(r.text).toContain('https://oncall.example/payments');
      expect(r.text).toContain('#payments');
    }
  });

  it('suggests the name meant, as the site does, and says so as an error', () => {
    const r = a.findOwner('payment-service');
    expect(r.isError).toBe(true);
    expect(r.text).toContain('Did you mean `payments-service`?');
  });

  it('refuses a query that is too long, with the limit', () => {
    const r = a.searchDocs('x'.repeat(1_000_000));
    expect(r.isError).toBe(true);
    expect(r.text).toContain(`at most ${QUERY_MAX_CHARS}`);
  });

  it('says what changes for a team within the window: the deprecation and its sunset date', () => {
    const r = a.whatsChanging('group:payments-team', 180);
    expect(r.text).toContain('2026-06-30');
    expect(r.text).toContain('ledger is deprecated');
    expect(a.whatsChanging('group:payments-team', 30).text).toContain('Nothing in the lifecycle calendar');
    expect(a.whatsChanging('group:payments-team', -1).isError).toBe(true);
  });

  it("reads a page's twin by its page path or URL, and refuses paths that leave the site", async () => {
    expect((await a.getPage('/catalog/component/ledger/')).text).toBe('# Ledger\n');
    expect((await a.getPage('/catalog/component/ledger')).text).toBe('# Ledger\n');
    const escape = await a.getPage('/../../etc/passwd');
    expect(escape.isError).toBe(true);
    expect(escape.text).toContain('leaves the site');
    expect((await a.getPage('https://elsewhere.example/x/')).isError).toBe(true);
  });
});

describe('the folder reader', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-assist-'));
  const site = path.join(dir, 'dist');
  fs.mkdirSync(path.join(site, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(site, 'docs/index.md'), '# ok');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(site, 'link.md'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads files of the site and nothing outside it, through .., encoded .. or a symbolic link', async () => {
    const r = await folderReader(site);
    expect(await r.read('/docs/index.md')).toBe('# ok');
    await expect(r.read('/../secret.txt')).rejects.toThrow(/leaves the site/);
    await expect(r.read('/%2e%2e/secret.txt')).rejects.toThrow(/leaves the site/);
    await expect(r.read('/link.md')).rejects.toThrow(/outside the site/);
    await expect(r.read('/docs/')).rejects.toThrow(/not a file/);
  });
});
