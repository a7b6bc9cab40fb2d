import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDist } from './site.ts';
import { openBuiltSearch, readPagefindIndex, type BuiltSearch } from './pagefind.ts';

// What newcomers type, and the page that must come first (issue 16): a team's page for its
// name with on-call words, an entity's page for its name with owner words.
const FIRST: [query: string, path: string][] = [
  ['payments on-call', '/teams/payments-team/'],
  ['payments escalation', '/teams/payments-team/'],
  ['payments contact', '/teams/payments-team/'],
  ['payments team', '/teams/payments-team/'],
  ['site reliability on-call', '/teams/sre-team/'],
  ['who owns payments service', '/catalog/component/payments-service/'],
  ['payments service owner', '/catalog/component/payments-service/'],
  ['ledger service on-call', '/catalog/component/ledger-service/'],
  ['who owns ledger service', '/catalog/component/ledger-service/'],
  ['what depends on ledger service', '/catalog/component/ledger-service/'],
  ['launchpad previews', '/catalog/component/launchpad-previews/'],
];

const isManual = (p: string) => p.startsWith('/docs/wayfinder/');

describe('search ranks what newcomers look for (built demo index)', () => {
  let search: BuiltSearch;
  beforeAll(async () => {
    search = await openBuiltSearch(demoDist);
  });
  afterAll(() => search?.close());

  it.each(FIRST)('"%s" finds %s first', async (query, path) => {
    const results = await search.search(query);
    expect(results[0], `results for "${query}": ${results.slice(0, 5).join(', ')}`).toBe(path);
  });

  it("keeps Wayfinder's own manual out of the top three for people and service questions", async () => {
    for (const [query] of FIRST) {
      const top = (await search.search(query)).slice(0, 3);
      expect(top.filter(isManual), `"${query}": ${top.join(', ')}`).toEqual([]);
    }
  });

  it('labels every manual page as the Wayfinder manual in search results', () => {
    const manual = readPagefindIndex(demoDist).filter((p) => isManual(p.url));
    expect(manual.length).toBeGreaterThan(5);
    for (const p of manual) expect(p.meta.title, p.url).toMatch(/ \(Wayfinder manual\)$/);
  });

  it("shows the owner and the on-call rota in an entity's and a team's excerpt", () => {
    const pages = readPagefindIndex(demoDist);
    const content = (url: string) => pages.find((p) => p.url === url)?.content ?? '';
    expect(content('/catalog/component/payments-service/')).toContain(
      'Who owns Payments service: Payments team, the owner. Contact: on-call oncall.tidewater.example/schedules/payments',
    );
    expect(content('/teams/payments-team/')).toContain('Payments team, who to contact: on-call oncall.tidewater.example/schedules/payments');
  });
});
