/** The change review sees campaigns and puts a doc's URL collision on its `slug:` line. */
import { describe, expect, it } from 'vitest';
import { checkCatalogText } from '../catalog/load.ts';
import { checkCampaignText } from '../campaigns/read.ts';
import { DEFAULT_LEVELS } from '../health/levels.ts';
import { checkDocText } from '../docs/frontmatter.ts';
import { checkSiteRoutes } from '../site-routes.ts';
import { diffContent, type ReviewSnapshot } from './diff.ts';
import { formatReviewMarkdown } from './format-markdown.ts';
import { formatReviewGithub } from './format-github.ts';
import { reachedTeams } from './outcome.ts';

const team = (name: string, chat: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\n  annotations:\n    wayfinder.dev/chat: ${chat}\nspec:\n  type: team\n  children: []\n`;
const component = (name: string, owner: string, lifecycle = 'production') =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: ${lifecycle}\n  owner: ${owner}\n`;
const catalog = checkCatalogText(
  [team('payments', 'payments-help'), team('shipping', 'shipping-help'), component('ledger', 'payments'), component('tracker', 'shipping', 'experimental')].join('---\n'),
  'content/catalog/all.yaml',
);
const campaign = (text: string) => {
  const r = checkCampaignText(text, { display: 'content/campaigns/runbooks.yaml', id: 'runbooks', entities: catalog.entities, levels: DEFAULT_LEVELS });
  if (!r.campaign) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.campaign;
};
const RUNBOOKS = 'title: Runbooks\nowner: group:payments\nfilter: { kind: component, lifecycle: production }\nrules: [runbook]\nstart: 2026-01-05\ndeadline: 2026-06-30\n';
const snapshot = (campaigns: ReturnType<typeof campaign>[]): ReviewSnapshot => ({ catalog, docs: [], paths: [], announcements: [], diagnostics: [], campaigns });
const review = (before: ReturnType<typeof campaign>[], after: ReturnType<typeof campaign>[]) => diffContent(snapshot(before), snapshot(after), { base: 'main', head: 'the working tree', today: '2026-02-01' });

describe('campaign changes in the review', () => {
  it('reports a new campaign with the teams whose entities it covers', () => {
    const cs = review([], [campaign(RUNBOOKS)]);
    expect(cs.campaigns).toEqual([
      expect.objectContaining({ id: 'runbooks', status: 'added', deadline: '2026-06-30', covers: 1, file: 'content/campaigns/runbooks.yaml', changes: [] }),
    ]);
    expect(cs.campaigns?.[0]?.teams.map((t) => [t.name, t.chat, t.consumers.map((c) => c.name)])).toEqual([['payments', 'payments-help', ['ledger']]]);
    expect(reachedTeams(cs).map((t) => [t.name, t.reasons])).toEqual([['payments', ['new campaign “Runbooks” (deadline 2026-06-30)']]]);
  });

  it('reports a moved deadline and a widened filter, with the teams the wider filter newly reaches', () => {
    const wider = RUNBOOKS.replace('lifecycle: production', 'lifecycle: [production, experimental]').replace('2026-06-30', '2026-09-30');
    const cs = review([campaign(RUNBOOKS)], [campaign(wider)]);
    const c = cs.campaigns?.[0];
    expect(c?.changes).toEqual(['deadline 2026-06-30 → 2026-09-30', 'filter { kind: component; lifecycle: production } → { kind: component; lifecycle: production, experimental }']);
    expect(c?.coverage).toEqual({ gained: 1, lost: 0 });
    expect(c?.teams.map((t) => [t.name, t.consumers.map((x) => x.name)])).toEqual([['shipping', ['tracker']]]);
    // What `--format json` prints.
    expect(JSON.parse(JSON.stringify(cs.campaigns))).toMatchInlineSnapshot(`
      [
        {
          "changes": [
            "deadline 2026-06-30 → 2026-09-30",
            "filter { kind: component; lifecycle: production } → { kind: component; lifecycle: production, experimental }",
          ],
          "coverage": {
            "gained": 1,
            "lost": 0,
          },
          "covers": 2,
          "deadline": "2026-09-30",
          "file": "content/campaigns/runbooks.yaml",
          "id": "runbooks",
          "owner": {
            "chat": "payments-help",
            "name": "payments",
            "ref": "group:default/payments",
          },
          "status": "changed",
          "teams": [
            {
              "chat": "shipping-help",
              "consumers": [
                {
                  "indirect": false,
                  "name": "tracker",
                  "ref": "component:default/tracker",
                  "via": [],
                  "viaNames": [],
                },
              ],
              "name": "shipping",
              "ref": "group:default/shipping",
            },
          ],
          "title": "Runbooks",
        },
      ]
    `);
    const md = formatReviewMarkdown(cs);
    const block = md.slice(md.indexOf('<details><summary>Campaigns'), md.indexOf('</details>', md.indexOf('<summary>Campaigns')));
    expect(md).toContain('This change changes 1 campaign. It reaches 1 team: **shipping** (shipping-help).');
    expect(block).toMatchInlineSnapshot(`
      "<details><summary>Campaigns (1)</summary>

      - changed: Runbooks \\(deadline 2026-09-30, covers 2 entities; now covers 1 more and 0 fewer\\): deadline 2026-06-30 → 2026-09-30; filter \\{ kind: component; lifecycle: production \\} → \\{ kind: component; lifecycle: production, experimental \\} \`content/campaigns/runbooks.yaml\`. Teams it reaches:
        - **shipping** (shipping-help): tracker

      "
    `);
    expect(formatReviewGithub(cs).split('\n')[0]).toBe(
      '::notice file=content/campaigns/runbooks.yaml,line=1,title=Campaign changed::changed: Runbooks (deadline 2026-09-30, covers 2 entities; now covers 1 more and 0 fewer): deadline 2026-06-30 → 2026-09-30; filter { kind: component; lifecycle: production } → { kind: component; lifecycle: production, experimental }; teams it reaches: shipping (shipping-help): tracker',
    );
  });

  it('reports a removed campaign with the teams it covered, and nothing for an unchanged one', () => {
    const cs = review([campaign(RUNBOOKS)], []);
    expect(cs.campaigns?.map((c) => [c.status, c.teams.map((t) => t.name)])).toEqual([['removed', ['payments']]]);
    expect(JSON.parse(JSON.stringify(cs)).campaigns[0]).toMatchObject({ id: 'runbooks', status: 'removed', title: 'Runbooks', covers: 1 });
    expect(review([campaign(RUNBOOKS)], [campaign(RUNBOOKS)]).campaigns).toBeUndefined();
  });
});

describe('a URL collision between a doc and an entity page', () => {
  it("is reported at the doc's slug: line, the line the contributor wrote", () => {
    const doc = checkDocText('---\ntitle: Ledger notes\nowner: group:payments\nslug: catalog/component/ledger\n---\nBody.\n', '/c/content/docs/ledger-notes.md', 'content/docs/ledger-notes.md', 'ledger-notes.md');
    const problems = checkSiteRoutes({ docs: [doc.meta], entities: catalog.entities, announcements: [], paths: [] });
    expect(problems.map((d) => [d.file, d.line, d.column, d.code])).toEqual([['content/docs/ledger-notes.md', 4, 7, 'site/route-collision']]);
    expect(problems[0]?.message).toContain('the component page from content/catalog/all.yaml');
    // In the review, the new error is annotated on that line of the pull request's diff.
    const cs = diffContent({ ...snapshot([]), diagnostics: [] }, { ...snapshot([]), docs: [doc.meta], diagnostics: problems }, { base: 'main', head: 'the working tree' });
    expect(formatReviewGithub(cs).split('\n').filter((l) => l.startsWith('::error'))).toEqual([expect.stringMatching(/^::error file=content\/docs\/ledger-notes\.md,line=4,col=7,/)]);
  });
});
