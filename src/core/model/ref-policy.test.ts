import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check-content.ts';
import { projectRoot, resolveContentPaths } from '../content-dir.ts';
import { unresolvedRefsOf } from './ref-policy.ts';
import { defaultPolicy } from '../policy.ts';

const paths = resolveContentPaths(path.join(projectRoot, 'tests/fixtures/sites/backstage'));
const at = (d: { file: string; line: number; column: number; severity: string }) => `${d.file}:${d.line}:${d.column} ${d.severity}`;

describe('the reference policy, applied to every reference to an entity', () => {
  it('makes each one an error by default, in the catalog, docs, paths and announcements alike', () => {
    const c = checkContent(paths, { today: '2026-11-23' });
    expect(c.diagnostics.filter((d) => /dangling-ref|unknown-owner|unknown-ref/.test(d.code)).map(at)).toEqual([
      'backstage/catalog/components/artist-lookup.yaml:19:11 error',
      'backstage/catalog/components/podcast-api.yaml:9:10 error',
      'backstage/catalog/export/by-query.json:2:175 error',
      'backstage/catalog/export/entities.json:16:70 error',
      'backstage/docs/guides/playback.md:3:8 error',
      'backstage/lifecycle/podcast-api-beta.md:4:29 error',
      'backstage/paths/everyone.yaml:4:8 error',
    ]);
    // The announcement with an error is left out; the path keeps no owner.
    expect(c.announcements).toEqual([]);
    expect(c.paths.map((p) => p.owner || null)).toEqual([null]);
  });

  it('with warn, keeps what references them and says what is not in the catalog', () => {
    const c = checkContent(paths, { today: '2026-11-23', policy: { ...defaultPolicy(), onBrokenRefs: 'warn' } });
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(c.announcements.map((a) => [a.id, a.subjects, a.notInCatalog])).toEqual([
      ['podcast-api-beta', ['api:default/podcast-api'], [{ field: 'subject', ref: 'component:podcast-web' }]],
    ]);
    expect(c.paths.map((p) => [p.id, p.owner])).toEqual([['everyone', 'group:developer-experience']]);
    expect(c.catalog.byRef.get('api:default/podcast-api')?.owner).toBeUndefined();
    expect(c.catalog.byRef.get('api:default/podcast-api')?.missingRefs?.map((m) => m.ref)).toEqual(['group:guest']);
  });

  it('names the team answerable for each: the entity owner, the doc owner, or none', () => {
    const c = checkContent(paths, { today: '2026-11-23', policy: { ...defaultPolicy(), onBrokenRefs: 'warn' } });
    expect(unresolvedRefsOf(c).map((u) => `${u.file}:${u.line} ${u.owner || '(none)'}`)).toEqual([
      'backstage/catalog/components/artist-lookup.yaml:19 group:default/team-a',
      'backstage/catalog/components/podcast-api.yaml:9 (none)',
      'backstage/catalog/export/by-query.json:2 group:default/team-a',
      'backstage/catalog/export/entities.json:16 (none)',
      'backstage/docs/guides/playback.md:3 (none)',
      'backstage/lifecycle/podcast-api-beta.md:4 (none)',
      'backstage/paths/everyone.yaml:4 (none)',
    ]);
  });
});
