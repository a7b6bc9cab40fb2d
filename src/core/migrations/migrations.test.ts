/**
 * Migrations: each consumer's state from its descriptor's plan and from what it still uses,
 * the checks on plans (did you mean, dates, after the sunset) at file:line, the overdue
 * warning, and the burn-down from history points where consumers moved.
 */
import { describe, expect, it } from 'vitest';
import { checkCatalogText } from '../catalog/load.ts';
import { checkAnnouncementText, type Announcement } from '../lifecycle/announcements.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { historyLookups, migrationOf, migrations } from './migration.ts';
import { checkMigrationPlans, overdueMigrations } from './check.ts';
import { parsePlanValue } from '../catalog/read/migration-plans.ts';
import { historyPointLookups, pointLookup } from './point-lookup.ts';
import { DETAIL_ROWS, migrationView, owedBy, TEAM_ROWS, unplanned } from './view.ts';
import { testEntity } from '../model/test-entity.ts';

const deprecation: Announcement = {
  id: 'old-db-deprecation',
  file: '/c/lifecycle/old-db-deprecation.md',
  display: 'content/lifecycle/old-db-deprecation.md',
  title: 'old-db is deprecated',
  summary: '',
  type: 'deprecation',
  subjects: ['component:default/old-db'],
  announced: '2026-09-01',
  effective: '2026-10-01',
  sunset: '2027-01-31',
  replacement: 'component:default/new-db',
  contact: 'group:default/platform',
};

const doc = (name: string, owner: string, dependsOn: string[], annotations: Record<string, string> = {}) =>
  `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations: ${JSON.stringify(annotations)}
spec:
  type: service
  lifecycle: production
  owner: ${owner}
  dependsOn: ${JSON.stringify(dependsOn)}
`;

const catalogText = (parts: string[]) =>
  [
    'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: payments\nspec:\n  type: team\n  children: []\n',
    'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: search\nspec:\n  type: team\n  children: []\n',
    'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: platform\nspec:\n  type: team\n  children: []\n',
    doc('old-db', 'platform', []),
    doc('new-db', 'platform', []),
    ...parts,
  ].join('---\n');

function load(parts: string[]): { entities: CatalogEntity[]; lookup: (r: string) => CatalogEntity | undefined; diagnostics: string[] } {
  const r = checkCatalogText(catalogText(parts), 'content/catalog/all.yaml');
  const byRef = new Map(r.entities.map((e) => [e.ref, e]));
  return { entities: r.entities, lookup: (x) => byRef.get(x), diagnostics: r.diagnostics.map((d) => `${d.line}: ${d.severity}: ${d.message}`) };
}

const key = 'wayfinder.dev/migration-old-db-deprecation';
const now = load([
  doc('checkout', 'payments', ['component:new-db']),
  doc('ledger', 'payments', ['component:old-db'], { [key]: 'by 2027-01-15: https://tracker.example.com/PAY-123' }),
  doc('indexer', 'search', ['component:old-db']),
  doc('reports', 'search', ['component:old-db'], { [key]: 'exempt until 2027-06-01: read-only archive, switched off in June' }),
  doc('frontend', 'search', ['component:indexer']),
]);
const before = load([
  doc('checkout', 'payments', ['component:old-db']),
  doc('ledger', 'payments', ['component:old-db']),
  doc('indexer', 'search', ['component:old-db']),
  doc('reports', 'search', ['component:old-db']),
  doc('frontend', 'search', ['component:indexer']),
]);

describe('migration plans in descriptors', () => {
  it('reads the two forms and rejects what is neither, or a date that is not real', () => {
    expect(parsePlanValue('by 2027-01-15: https://t.example/PAY-1')).toEqual({ plan: { by: '2027-01-15', tracker: 'https://t.example/PAY-1' } });
    expect(parsePlanValue('by 2027-01-15: PAY-123')).toEqual({ plan: { by: '2027-01-15', tracker: 'PAY-123' } });
    expect(parsePlanValue('exempt until 2027-06-01: archive')).toEqual({ plan: { exempt: { until: '2027-06-01', reason: 'archive' } } });
    expect(parsePlanValue('by 2027-02-30: PAY-1')).toEqual({ problem: '"2027-02-30" is not a calendar date (YYYY-MM-DD)' });
    expect(parsePlanValue('done')).toEqual({ plan: { done: true } });
    expect(parsePlanValue('Done: adapted in PAY-9')).toEqual({ plan: { done: true } });
    expect(parsePlanValue('soon')).toHaveProperty('problem');
    expect(parsePlanValue('by 2027-01-15: javascript:alert(1)')).toHaveProperty('problem');
  });
  it('reports a malformed plan at the annotation, as an error', () => {
    const r = load([doc('x', 'payments', [], { [key]: 'next quarter' })]);
    expect(r.diagnostics).toEqual([expect.stringMatching(/^\d+: error: annotation wayfinder.dev\/migration-old-db-deprecation: "next quarter" does not say by when/)]);
  });
  it('suggests the announcement a misspelt id meant, and warns about a plan after the sunset', () => {
    const r = load([
      doc('x', 'payments', ['component:old-db'], { 'wayfinder.dev/migration-old-db-deprecaton': 'by 2027-01-01: PAY-1' }),
      doc('y', 'payments', ['component:old-db'], { [key]: 'by 2027-03-01: PAY-2' }),
    ]);
    const out = checkMigrationPlans(r.entities, [deprecation], '2026-12-01').map((d) => `${d.file}:${d.line}: ${d.code}: ${d.message} (${d.hint})`);
    expect(out).toEqual([
      expect.stringMatching(/^content\/catalog\/all\.yaml:\d+: migration\/unknown-announcement: .* names no announcement \(did you mean wayfinder\.dev\/migration-old-db-deprecation\?\)$/),
      expect.stringMatching(/^content\/catalog\/all\.yaml:\d+: migration\/plan-after-sunset: component:y plans to move by 2027-03-01, after old-db-deprecation's sunset 2027-01-31/),
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('migration state', () => {
  const history = { points: [{ date: '2026-09-07', entities: before.entities }, { date: '2026-12-01', entities: now.entities }] };
  const m = migrationOf(deprecation, now.entities, now.lookup, '2026-12-01');
  it('each consumer: done when it moved, planned, exempt, not started; indirect ones too', () => {
    const [withHistory] = migrations([deprecation], now.entities, now.lookup, '2026-12-01', history);
    const states = Object.fromEntries(withHistory!.consumers.map((c) => [c.entity.name, c.state]));
    expect(states).toEqual({ checkout: 'done', ledger: 'planned', reports: 'exempt', indexer: 'not-started', frontend: 'not-started' });
    expect(withHistory!.counts).toEqual({ done: 1, planned: 1, exempt: 1, 'not-started': 2 });
    expect(withHistory!.fits).toBe(false);
    expect(withHistory!.burnDown).toEqual([
      { date: '2026-09-07', left: 5, planned: 0 },
      { date: '2026-12-01', left: 3, planned: 1 },
    ]);
    const ledger = withHistory!.consumers.find((c) => c.entity.name === 'ledger');
    expect(ledger).toMatchObject({ by: '2027-01-15', tracker: 'https://tracker.example.com/PAY-123', owner: 'group:default/payments' });
  });
  it('without history, a consumer that moved before anyone looked is not counted (nothing says it was one)', () => {
    expect(m.consumers.map((c) => c.entity.name)).not.toContain('checkout');
    expect(m.burnDown).toEqual([]);
  });
  it('warns once the sunset has passed with consumers left; an error for CI', () => {
    const late = migrationOf(deprecation, now.entities, now.lookup, '2027-02-01');
    expect(late.overdue).toBe(true);
    const [d] = overdueMigrations([late], true);
    expect(d).toMatchObject({ file: 'content/lifecycle/old-db-deprecation.md', severity: 'error', code: 'migration/overdue' });
    expect(d!.message).toBe('the sunset 2027-01-31 has passed and 3 consumers still use component:old-db (1 planned, 2 not started)');
    expect(overdueMigrations([m])).toEqual([]);
  });
  it('points the overdue warning at the date the author wrote: the sunset, else a sunset announcement\'s effective date', () => {
    const read = (type: string, dates: string) =>
      checkAnnouncementText(`---\ntitle: old-db goes\ntype: ${type}\nsubjects: [component:old-db]\n${dates}\ncontact: group:platform\n---\n\nMove.\n`, {
        file: '/c/lifecycle/x.md',
        display: 'content/lifecycle/x.md',
        id: 'old-db-deprecation',
        catalog: { entities: now.entities, byRef: new Map(now.entities.map((e) => [e.ref, e])) },
        today: '2026-12-01',
      }).announcement!;
    const dep = read('deprecation', 'announced: 2026-09-01\neffective: 2026-10-01\nsunset:   2027-01-31');
    const [d] = overdueMigrations([migrationOf(dep, now.entities, now.lookup, '2027-02-01')]);
    expect(d).toMatchObject({ file: 'content/lifecycle/x.md', line: 7, column: 11, code: 'migration/overdue' });
    const sunset = read('sunset', 'announced: 2026-09-01\neffective: 2027-01-31');
    const [s] = overdueMigrations([migrationOf(sunset, now.entities, now.lookup, '2027-02-01')]);
    expect(s).toMatchObject({ line: 6, column: 12 });
  });
  it('a consumer that adapted to a breaking change says "done" and still uses it', () => {
    const breaking: Announcement = { ...deprecation, id: 'old-db-v2', type: 'breaking-change', sunset: undefined, effective: '2026-11-01' };
    const r = load([doc('checkout', 'payments', ['component:old-db'], { 'wayfinder.dev/migration-old-db-v2': 'done' }), doc('ledger', 'payments', ['component:old-db'])]);
    const mb = migrationOf(breaking, r.entities, r.lookup, '2026-12-01');
    expect(mb.consumers.map((c) => `${c.entity.name}:${c.state}`)).toEqual(['ledger:not-started', 'checkout:done']);
    expect(mb.overdue).toBe(true);
    // At a history point, a "done" claim is not left either.
    const before = load([doc('checkout', 'payments', ['component:old-db']), doc('ledger', 'payments', ['component:old-db'])]);
    const withHistory = migrationOf(breaking, r.entities, r.lookup, '2026-12-01', historyLookups({ points: [{ date: '2026-10-25', entities: before.entities }, { date: '2026-11-24', entities: r.entities }, { date: '2026-12-01', entities: r.entities }] }));
    expect(withHistory.burnDown.map((p) => p.left)).toEqual([2, 1, 1]);
  });
  it('an exemption that lapsed counts as not started again', () => {
    const later = migrationOf(deprecation, now.entities, now.lookup, '2027-06-02');
    expect(later.consumers.find((c) => c.entity.name === 'reports')?.state).toBe('not-started');
  });
});

describe('the announcement page view', () => {
  const history = { points: [{ date: '2026-09-07', entities: before.entities }, { date: '2026-12-01', entities: now.entities }] };
  const [m] = migrations([deprecation], now.entities, now.lookup, '2026-12-01', history);
  const nameOf = (r: string) => now.lookup(r)?.name ?? r;
  const view = migrationView(m!, now.lookup, nameOf);
  it('leads with counts, a verdict and one row per team, most left first', () => {
    expect(view).toMatchObject({ total: 5, left: 3, percent: 40, status: 'at-risk', verdict: '2 without a plan: the remaining plans do not fit before the deadline.' });
    expect(view.teams.map((t) => `${t.name} ${t.left} ${t.lastBy ?? '-'}`)).toEqual(['search 2 -', 'payments 1 2027-01-15']);
    expect(view.detail.map((c) => `${c.name}:${c.state}`)).toEqual(['frontend:not-started', 'indexer:not-started', 'ledger:planned', 'reports:exempt']);
    expect(view.detail.find((c) => c.name === 'ledger')?.tracker).toEqual({ text: 'https://tracker.example.com/PAY-123', href: 'https://tracker.example.com/PAY-123' });
  });
  it('draws the burn-down up to the sunset', () => {
    expect(view.chart).toMatchObject({ max: 5, first: '2026-09-07', last: '2026-12-01', deadline: { date: '2027-01-31', x: 352 } });
    expect(view.chart!.dots.map((d) => d.left)).toEqual([5, 3]);
  });
  it('the team page: what each team owes', () => {
    expect(owedBy([m!], 'group:default/search', nameOf).map((o) => o.consumers.map((c) => c.name))).toEqual([['frontend', 'indexer', 'reports']]);
    expect(owedBy([m!], 'group:default/platform', nameOf)).toEqual([]);
    expect(unplanned([m!])).toEqual(new Map([['old-db-deprecation', { deadline: '2027-01-31', count: 2 }]]));
  });
});

describe('a migration over a widely used API', () => {
  // 1,500 consumers in 300 teams: the page carries counts, 50 team rows and 100 consumers, never all of them.
  const teams = Array.from({ length: 300 }, (_, i) => testEntity({ kind: 'group', name: `team-${i}` }));
  const api = testEntity({ kind: 'api', name: 'orders-api', relations: { apiConsumedBy: Array.from({ length: 1500 }, (_, i) => `component:default/c-${i}`) } });
  const consumers = Array.from({ length: 1500 }, (_, i) =>
    testEntity({
      name: `c-${i}`,
      owner: `group:default/team-${i % 300}`,
      relations: { consumesApi: ['api:default/orders-api'] },
      ...(i % 3 === 0 ? { migrationPlans: [{ announcement: 'orders-v1', by: '2027-01-01', tracker: 'ORD-1', pos: { file: 'x', line: 1, column: 1 } }] } : {}),
    }),
  );
  const all = [api, ...teams, ...consumers];
  const byRef = new Map(all.map((e) => [e.ref, e]));
  const a: Announcement = { ...deprecation, id: 'orders-v1', subjects: ['api:default/orders-api'], replacement: undefined };
  const m = migrationOf(a, all, (r) => byRef.get(r), '2026-12-01');
  const view = migrationView(m, (r) => byRef.get(r), (r) => r);
  it('keeps the page bounded: counts, at most 50 teams and 100 consumers, the rest counted', () => {
    expect(view.total).toBe(1500);
    expect(view.counts).toEqual({ done: 0, planned: 500, exempt: 0, 'not-started': 1000 });
    expect(view.teams).toHaveLength(TEAM_ROWS);
    expect(view.moreTeams).toBe(250);
    expect(view.detail).toHaveLength(DETAIL_ROWS);
    expect(view.moreDetail).toBe(1400);
    // What the page serialises of the migration stays small whatever the consumer count.
    expect(JSON.stringify(view).length).toBeLessThan(60_000);
  });
});

describe('the lookups of many history points', () => {
  it('answer as a full rebuild of each point does: today\'s objects kept, old versions of changed files swapped in, entities not there yet left out', () => {
    // A point that keeps today's objects but the two changed descriptors (as core/campaigns/history.ts makes it), one without frontend yet.
    const old = new Map(before.entities.map((e) => [e.ref, e]));
    const swap = (names: string[], drop: string[] = []) =>
      now.entities.filter((e) => !drop.includes(e.name)).map((e) => (names.includes(e.name) ? (old.get(e.ref) as CatalogEntity) : e));
    const points = [{ entities: swap(['checkout', 'ledger']) }, { entities: swap(['checkout'], ['frontend']) }, { entities: before.entities }, { entities: now.entities }];
    const fast = historyPointLookups(points, now.entities);
    const refs = [...new Set([...now.entities, ...before.entities].map((e) => e.ref))];
    const norm = (e: CatalogEntity | undefined) => e && Object.fromEntries(Object.entries(e.relations).filter(([, v]) => v && v.length).map(([k, v]) => [k, [...(v as string[])].sort()]));
    points.forEach((p, i) => {
      const full = pointLookup(p.entities);
      for (const ref of refs) expect(norm(fast[i]!(ref)), `point ${i}, ${ref}`).toEqual(norm(full(ref)));
    });
    // The answer that matters: who used old-db at the first point (checkout had not moved yet).
    expect(fast[0]!('component:default/old-db')?.relations.dependencyOf?.sort()).toEqual(['component:default/checkout', 'component:default/indexer', 'component:default/ledger', 'component:default/reports']);
    expect(fast[1]!('component:default/frontend')).toBeUndefined();
  });
});

