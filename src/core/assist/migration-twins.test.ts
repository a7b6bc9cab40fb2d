/**
 * Migrations in what assistants read: an announcement's twin leads with the migration's state
 * per team and per consumer, a team's twin lists what it owes, and the MCP server's
 * migrations_owed answers "which migrations does team X owe" from the index, with dates,
 * trackers, exemptions and whom to ask; a widely used API's twin stays capped.
 */
import { describe, expect, it } from 'vitest';
import { testEntity } from '../model/test-entity.ts';
import { createNoticeIndex } from '../lifecycle/notices.ts';
import { createStageIndex } from '../lifecycle/stages.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { migrationOf } from '../migrations/migration.ts';
import { migrationView, owedBy } from '../migrations/view.ts';
import { announcementTwin, teamTwin } from './twins.ts';
import { indexMigration, TWIN_CONSUMERS_MAX } from './migration-twins.ts';
import { ASSIST_INDEX_VERSION, indexChange, indexEntity, type AssistIndex } from './index-model.ts';
import { assistantOver } from './tools.ts';

const pos = { file: 'content/catalog/a.yaml', line: 3, column: 5 };
const payments = testEntity({ kind: 'group', name: 'payments-team', title: 'Payments', chat: '#payments', relations: { ownerOf: ['component:default/checkout', 'component:default/ledger-svc'] } });
const search = testEntity({ kind: 'group', name: 'search-team', title: 'Search', relations: { ownerOf: ['component:default/indexer'] } });
const platform = testEntity({ kind: 'group', name: 'platform', title: 'Platform' });
const oldDb = testEntity({ name: 'old-db', owner: 'group:default/platform', lifecycle: 'deprecated', relations: { dependencyOf: ['component:default/checkout', 'component:default/ledger-svc', 'component:default/indexer'] } });
const user = (name: string, owner: string, plan?: Partial<NonNullable<CatalogEntity['migrationPlans']>[number]>) =>
  testEntity({ name, owner, relations: { dependsOn: ['component:default/old-db'] }, ...(plan ? { migrationPlans: [{ announcement: 'old-db-deprecation', pos, ...plan }] } : {}) });
const entities = [
  payments,
  search,
  platform,
  oldDb,
  user('checkout', 'group:default/payments-team'),
  user('ledger-svc', 'group:default/payments-team', { by: '2027-01-15', tracker: 'https://tracker.example/PAY-1' }),
  user('indexer', 'group:default/search-team', { exempt: { until: '2027-06-01', reason: 'retired with its system' } }),
];
const byRef = new Map(entities.map((e) => [e.ref, e]));
const lookup = (ref: string) => byRef.get(ref);
const nameOf = (ref: string) => byRef.get(ref)?.title ?? byRef.get(ref)?.name ?? ref;
const deprecation: Announcement = {
  id: 'old-db-deprecation',
  file: '/x/old-db.md',
  display: 'content/lifecycle/old-db.md',
  title: 'old-db is deprecated',
  summary: 'Move to new-db.',
  type: 'deprecation',
  subjects: ['component:default/old-db'],
  announced: '2026-09-01',
  effective: '2026-10-01',
  sunset: '2027-01-31',
  contact: 'group:default/platform',
};
const m = migrationOf(deprecation, entities, lookup, '2026-12-01');

describe('migrations in the Markdown twins', () => {
  it("an announcement's twin carries the state per team and per consumer, with plans and exemptions", () => {
    const md = announcementTwin(deprecation, 'Move.', lookup, migrationView(m, lookup, nameOf));
    expect(md).toContain('## Migration progress');
    expect(md).toContain('**At risk.** 1 without a plan: the remaining plans do not fit before the deadline.');
    expect(md).toContain('- **Done:** 0 · **Planned:** 1 · **Not started:** 1 · **Exempt:** 1 (33% of 3 done or exempt)');
    expect(md).toContain('- [Payments](/teams/payments-team/) (\\#payments): 1 not started, 1 planned (by 2027-01-15), 0 exempt, 0 done');
    expect(md).toContain('- [ledger-svc](/catalog/component/ledger-svc/) (Component, Payments): Planned by 2027-01-15, tracked in [https://tracker.example/PAY-1](https://tracker.example/PAY-1)');
    expect(md).toContain('- [indexer](/catalog/component/indexer/) (Component, Search): Exempt until 2027-06-01: retired with its system');
    // Progress first, then who must act and the guide.
    expect(md.indexOf('## Migration progress')).toBeLessThan(md.indexOf('## Who must act'));
  });

  it("a team's twin lists the migrations it owes with each consumer's state", () => {
    const md = teamTwin(payments, { lookup, stages: createStageIndex(), notices: createNoticeIndex([], lookup, '2026-12-01'), docs: [], owed: owedBy([m], payments.ref, nameOf) });
    expect(md).toContain('## Migrations it owes');
    expect(md).toContain('- [old-db is deprecated](/lifecycle/old-db-deprecation/): deadline 2027-01-31');
    expect(md).toContain('  - [checkout](/catalog/component/checkout/) (Component): Not started');
  });

  it("a widely used subject's twin stays capped and links the paged full list", () => {
    const many = Array.from({ length: 400 }, (_, i) => user(`client-${String(i).padStart(3, '0')}`, `group:default/team-${i % 80}`));
    const teams = Array.from({ length: 80 }, (_, i) => testEntity({ kind: 'group', name: `team-${i}` }));
    const all = [...entities, ...many, ...teams];
    const map = new Map(all.map((e) => [e.ref, e]));
    map.set(oldDb.ref, { ...oldDb, relations: { dependencyOf: all.filter((e) => e.relations.dependsOn?.includes(oldDb.ref)).map((e) => e.ref) } });
    const big = migrationOf(deprecation, all, (r) => map.get(r), '2026-12-01');
    const md = announcementTwin(deprecation, '', (r) => map.get(r), migrationView(big, (r) => map.get(r), (r) => map.get(r)?.name ?? r));
    const consumerLines = md.split('\n').filter((l) => /^- \[[^\]]+\]\(\/catalog\/component\/[^)]+\) \(Component, /.test(l));
    expect(consumerLines).toHaveLength(TWIN_CONSUMERS_MAX);
    expect(md).toMatch(/- and 353 more: \[every consumer by team\]\(\/lifecycle\/old-db-deprecation\/consumers\/\)/);
    expect(md).toContain('- and 32 more teams: [every consumer by team](/lifecycle/old-db-deprecation/consumers/)');
  });
});

describe('the MCP server: which migrations does a team owe', () => {
  const stages = createStageIndex();
  const index: AssistIndex = {
    version: ASSIST_INDEX_VERSION,
    title: 'Test handbook',
    base: '/',
    built: '2026-12-01',
    entities: entities.map((e) => indexEntity(e, lookup, stages)),
    pages: [],
    changes: [{ ...indexChange(deprecation, lookup), migration: indexMigration(m) }],
    campaigns: [],
    paths: [],
  };
  const a = assistantOver(index, { describe: 'memory', read: async () => '' }, {});

  it('lists each consumer the team owns still to move, with the deadline, plan and whom to ask', () => {
    const t = a.migrationsOwed('payments-team').text;
    expect(t).toContain('# Migrations [Payments](/teams/payments-team/) ([Markdown](/teams/payments-team/index.md)) owes (as of 2026-12-01)');
    expect(t).toContain('Deprecation: deadline 2027-01-31; ask [Platform](/teams/platform/).');
    expect(t).toContain('- [checkout](/catalog/component/checkout/): Not started');
    expect(t).toContain('- [ledger-svc](/catalog/component/ledger-svc/): Planned by 2027-01-15, tracked in [https://tracker.example/PAY-1](https://tracker.example/PAY-1)');
    expect(t).not.toContain('indexer');
  });
  it('says so when a team owes nothing, and when the name is wrong', () => {
    expect(a.migrationsOwed('group:platform').text).toContain('None: nothing it owns still uses');
    const wrong = a.migrationsOwed('payment-team');
    expect(wrong.isError).toBe(true);
    expect(wrong.text).toContain('Did you mean `payments-team`?');
    expect(a.migrationsOwed('search-team').text).toContain('Exempt until 2027-06-01: retired with its system');
  });
});
