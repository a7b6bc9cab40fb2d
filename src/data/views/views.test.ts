import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependents } from '../../core/catalog/dependents.ts';
import type { CatalogEntity } from '../../core/catalog/types.ts';
import { projectRoot } from '../../core/content-dir.ts';
import { entityPageModel } from './entity-page.ts';
import { teamPageModel } from './team-page.ts';
import { campaignPageModel, CAMPAIGN_ROWS_SHOWN } from './campaign-page.ts';
import { siteDataOf } from './test-site.ts';
import type { SiteData } from './site-data.ts';

// The demo organisation, read by the core readers as a build reads it, on a fixed day.
const TODAY = '2026-03-10';
let site: SiteData;
const entity = (ref: string): CatalogEntity => {
  const e = site.catalog.byRef.get(ref);
  if (!e) throw new Error(`the demo has no ${ref}`);
  return e;
};

beforeAll(() => {
  site = siteDataOf(path.join(projectRoot, 'content'), TODAY).site;
});

describe('entity page view model', () => {
  it('answers "who uses this" once: the panel, the search sentence and the relations list agree with core/catalog/dependents', () => {
    const api = entity('api:default/auth-api');
    const m = entityPageModel(api, site);
    const users = dependents(api, (r) => site.catalog.byRef.get(r)).map((d) => d.entity.ref);
    expect(users.length).toBeGreaterThan(3);
    expect(m.dependents?.map((d) => d.ref)).toEqual(users);
    expect(m.answers.dependents).toMatchObject({ count: users.length, more: users.length - 3, fullListHref: '#used-by' });
    expect(m.answers.dependents?.first.map((d) => d.ref)).toEqual(users.slice(0, 3));
    expect(m.searchMore).toContain(`What depends on it: ${users.length} (`);
    expect(m.relations.find((s) => s.id === 'used-by')?.items.map((i) => i.ref)).toEqual(users);
  });

  it("counts a component's users through the APIs it provides, and says so in the list", () => {
    const service = entity('component:default/auth-service');
    const m = entityPageModel(service, site);
    const usedBy = m.relations.find((s) => s.id === 'used-by');
    expect(m.answers.dependents?.count).toBe(usedBy?.items.length);
    expect(usedBy?.items.some((i) => i.note === 'through Auth API')).toBe(true);
  });

  it('shows the announcement, not the generic deprecation notice, for a deprecated entity that has one', () => {
    const m = entityPageModel(entity('component:default/legacy-deployer'), site);
    expect(m.notices.subject.length).toBeGreaterThan(0);
    expect(m.deprecated).toBeUndefined();
    const unannounced = { ...entity('component:default/pager-bridge'), lifecycle: 'deprecated' };
    expect(entityPageModel(unannounced, site).deprecated).toMatchObject({ title: 'Deprecated', text: expect.stringContaining('Do not build anything new on') });
  });

  it('lists what is changing under an entity with the date it bites', () => {
    const m = entityPageModel(entity('component:default/checkout-web'), site);
    expect(m.answers.changing.length).toBe(m.notices.consumer.length);
    for (const c of m.answers.changing) {
      const a = c.notice.announcement;
      expect(c.when).toBe(a.type === 'deprecation' && a.sunset ? a.sunset : a.effective);
      expect(c.via.length).toBeGreaterThan(0);
    }
  });

  it("builds the table of contents from the sections the page shows, by kind", () => {
    const api = entityPageModel(entity('api:default/payments-api'), site);
    expect(api.sections.toc.map((t) => t.slug)).toEqual(['owner', 'links', 'details', 'dependencies', 'relations', 'consumers', 'docs', 'definition', 'health']);
    expect(api.consumers?.length).toBeGreaterThan(0);
    expect(api.definition?.show).toBe('highlight');
    const user = entityPageModel(entity('user:default/amara.nwosu'), site);
    expect(user.showReach).toBe(false);
    expect(user.sections.toc[0]?.slug).toBe('details');
    expect(user.sections.section('relations').heading).toBe('Teams and ownership');
    expect(user.ladders.length).toBeGreaterThan(0);
    const domain = entityPageModel(entity('domain:default/commerce'), site);
    expect(domain.map).toBeDefined();
    expect(domain.dependents).toBeUndefined();
    expect(domain.sections.has('map')).toBe(true);
  });

  it('shows the campaigns an entity still has to do, with what it misses', () => {
    const m = entityPageModel(entity('component:default/payments-service'), site);
    expect(m.maturity.card).toBeDefined();
    expect(m.maturity.campaigns.map((c) => c.progress.campaign.id)).toEqual(['docs-for-every-service']);
    expect(m.maturity.campaigns[0]?.entity.missing.length).toBeGreaterThan(0);
    expect(m.maturity.campaigns[0]?.href).toBe('/campaigns/docs-for-every-service/');
  });
});

describe('team page view model', () => {
  it('lists members, what the team owns by kind, and its campaigns and migrations', () => {
    const team = entity('group:default/payments-team');
    const m = teamPageModel(team, site);
    expect(m.ownedCount).toBe((team.relations.ownerOf ?? []).filter((r) => site.catalog.byRef.has(r)).length);
    expect(m.members.every((i) => i.detail === '' || !i.detail.startsWith('User'))).toBe(true);
    expect(m.members.map((i) => i.ref)).toEqual(m.people.map((p) => p.ref));
    expect(m.sections.has('migrations')).toBe(m.owed.length > 0);
    expect(m.owed.length).toBeGreaterThan(0);
    const own = m.maturity.campaigns.flatMap((c) => c.todo.map((t) => t.ref));
    for (const ref of own) expect(site.catalog.byRef.get(ref)?.owner).toBe(team.ref);
    expect(m.maturity.seriesReason).toBe('there is no history in unit tests');
  });

  it('says a team that owns nothing owns nothing', () => {
    const m = teamPageModel(entity('group:default/tidewater'), site);
    expect(m.ownedCount).toBe(0);
    expect(m.sections.has('structure')).toBe(m.parent !== undefined || m.children.length > 0);
  });
});

describe('campaign page view model', () => {
  it('says what the campaign asks of which entities, and splits the work by team', () => {
    const m = campaignPageModel('docs-for-every-service', site);
    expect(m.covers).toBe('components in production');
    expect(m.asks).toEqual(['at least one doc about it']);
    const teams = m.teams.reduce((n, t) => n + t.todo, 0);
    expect(teams).toBe(m.progress.todo);
    expect(m.todo.length).toBe(Math.min(CAMPAIGN_ROWS_SHOWN, m.progress.todo));
    expect(m.todo.every((t) => t.missing === 'at least one doc about it')).toBe(true);
    expect(m.owner.href).toMatch(/^\/teams\//);
  });

  it('lists exemptions with their reason and end date', () => {
    const m = campaignPageModel('runbooks-before-peak', site);
    expect(m.exempt.length).toBe(m.progress.exempt);
    expect(m.exempt[0]?.text).toMatch(/until \d{4}-\d{2}-\d{2} \(/);
    expect(m.sections.has('todo')).toBe(m.progress.todo > 0);
  });
});
