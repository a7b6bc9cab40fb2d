/** The change review's migration lines: a consumer that moved to the replacement, a plan added, a plan slipped past the sunset, a new consumer. */
import { describe, expect, it } from 'vitest';
import { checkCatalogText } from '../catalog/load.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { migrationChanges, migrationChangeText } from './migrations.ts';

const a: Announcement = {
  id: 'old-db-deprecation', file: 'x', display: 'content/lifecycle/old-db-deprecation.md', title: 'old-db is deprecated', summary: '', type: 'deprecation',
  subjects: ['component:default/old-db'], announced: '2026-09-01', effective: '2026-10-01', sunset: '2027-01-31', replacement: 'component:default/new-db',
};
const comp = (name: string, deps: string[], plan?: string) =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n${plan ? `  annotations:\n    wayfinder.dev/migration-old-db-deprecation: "${plan}"\n` : ''}spec:\n  type: service\n  lifecycle: production\n  owner: team\n  dependsOn: ${JSON.stringify(deps)}\n`;
const side = (docs: string[]) => {
  const r = checkCatalogText(['apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team\nspec:\n  type: team\n  children: []\n', comp('old-db', []), comp('new-db', []), ...docs].join('---\n'), 'content/catalog/all.yaml');
  return { entities: r.entities, byRef: r.byRef, announcements: [a] };
};

describe('migration changes in the review', () => {
  it('says who moved, who planned, whose plan slipped past the sunset and who started using it', () => {
    const base = side([comp('a', ['component:old-db']), comp('b', ['component:old-db']), comp('c', ['component:old-db'], 'by 2027-01-10: T-1'), comp('d', [])]);
    const head = side([comp('a', ['component:new-db']), comp('b', ['component:old-db'], 'by 2027-01-20: T-2'), comp('c', ['component:old-db'], 'by 2027-03-01: T-1'), comp('d', ['component:old-db'])]);
    const changes = migrationChanges(base, head, '2026-12-01');
    expect(changes.map((c) => `${c.consumer.name}: ${migrationChangeText(c)}`)).toEqual([
      'a: no longer uses it: done',
      'b: plans to move by 2027-01-20',
      'c: its plan slipped from 2027-01-10 to 2027-03-01, past the deadline 2027-01-31',
      'd: starts using it (with no plan)',
    ]);
    expect(migrationChanges(base, base, '2026-12-01')).toEqual([]);
  });
});
