import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { resolveContentPaths } from '../content-dir.ts';
import type { Announcement } from './announcements.ts';
import { affectedEntities, impactByTeam } from './impact.ts';
import { createNoticeIndex } from './notices.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const catalog = loadCatalog(resolveContentPaths('tests/fixtures/lifecycle/content', {}, root, root));
const lookup = (ref: string) => catalog.byRef.get(ref);

describe('impact', () => {
  it('finds direct consumers and one hop of indirect ones, grouped by team with contacts', () => {
    const teams = impactByTeam(['component:default/old-deployer'], lookup);
    expect(teams.map((t) => ({ team: t.ref, chat: t.chat, oncall: t.oncall, entities: t.entities.map((e) => `${e.entity.name}${e.indirect ? ' (indirect)' : ''} via ${e.via.join(',')}`) }))).toEqual([
      {
        team: 'group:default/web-team',
        chat: '#web',
        oncall: undefined,
        entities: ['shop-web via component:default/old-deployer', 'shop-admin (indirect) via component:default/shop-web'],
      },
    ]);
  });

  it("counts consumers of a subject's APIs as direct and leaves the subject's own APIs out", () => {
    const affected = affectedEntities(['component:default/new-deployer'], lookup);
    expect(affected.map((a) => [a.entity.name, a.indirect, a.via])).toEqual([
      ['shop-web', false, ['api:default/deploy-api']],
      ['shop-admin', true, ['component:default/shop-web']],
    ]);
  });

  it('never lists a subject as its own consumer, and puts teams with direct consumers first', () => {
    const teams = impactByTeam(['component:default/old-deployer', 'component:default/shop-web'], lookup);
    expect(teams.flatMap((t) => t.entities.map((e) => e.entity.name))).toEqual(['shop-admin']);
    expect(teams[0]?.direct).toBe(true);
  });

  it('indexes notices for subjects and direct consumers of changes still to come', () => {
    const a = (id: string, type: Announcement['type'], effective: string, sunset?: string): Announcement => ({
      id, file: '', display: '', title: id, summary: '', type, subjects: ['component:default/old-deployer'], announced: '2026-01-01', effective, ...(sunset ? { sunset } : {}),
    });
    const idx = createNoticeIndex([a('dep', 'deprecation', '2026-10-01', '2027-01-29'), a('old', 'sunset', '2026-07-31'), a('ga', 'ga', '2026-12-01')], lookup, '2026-11-23');
    expect(idx.forEntity('component:default/old-deployer').map((n) => `${n.announcement.id} ${n.role} ${n.until}`)).toEqual(['ga subject 2026-12-01', 'dep subject 2027-01-29']);
    expect(idx.forEntity('component:default/shop-web').map((n) => `${n.announcement.id} ${n.role}`)).toEqual(['dep consumer']);
    expect(idx.forEntity('component:default/shop-admin')).toEqual([]);
  });
});
