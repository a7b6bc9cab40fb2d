import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependents } from '../../core/catalog/dependents.ts';
import type { CatalogEntity } from '../../core/model/entity.ts';
import { entityPageModel } from './entity-page.ts';
import { entityTwin, teamTwin } from '../../core/assist/twins.ts';
import { teamPageModel } from './team-page.ts';
import { campaignPageModel, CAMPAIGN_ROWS_SHOWN } from './campaign-page.ts';
import { projectRoot, resolveContentPaths } from '../../core/content-dir.ts';
import { openContent } from '../../core/open-content.ts';
import { checkContent } from '../../core/check-content.ts';
import { createNoticeIndex } from '../../core/lifecycle/notices.ts';
import { createStageIndex } from '../../core/lifecycle/stages.ts';
import { refDisplayName } from '../../core/names.ts';
import { buildHealthReport } from '../../core/health/report.ts';
import { policyLevels } from '../../core/policy.ts';
import { ruleContexts } from '../../core/health/report.ts';
import { campaignProgress } from '../../core/campaigns/progress.ts';
import { progressSeries } from '../../core/campaigns/series.ts';
import { buildSystemGraph } from '../../core/graph/system-map.ts';
import { owedBy } from '../../core/migrations/view.ts';
import { unresolvedRefsOf } from '../../core/model/ref-policy.ts';
import { docId } from '../../core/urls.ts';
import { buildSiteCatalog } from '../site-catalog.ts';
import { campaignIndexes, healthIndexes, type SiteData } from './site-data.ts';

/**
 * The site's data as the view models read it, from a real content folder through the core
 * readers (openContent, checkContent, the health report, campaign progress, the notice
 * index), as src/data/ builds it in a build, minus Astro: getCollection() returns nothing
 * under vitest, so the docs' link fields come from the checked docs, and there is no git
 * history (the charts then say why they are empty).
 */
function siteDataOf(dir: string, today: string): SiteData {
  const opened = openContent(resolveContentPaths(dir), { today, catalogChanges: false });
  const checked = checkContent(opened.paths, opened.checkOptions);
  const policy = opened.policy;
  const docs = checked.docs.map((d) => ({
    id: docId(d.relative, d.slug),
    data: { title: d.title ?? d.relative, services: d.services.map((s) => s.value), ...(d.owner ? { owner: d.owner.value } : {}) },
  }));
  const catalog = buildSiteCatalog(checked.catalog.entities, docs);
  const lookup = (ref: string) => catalog.byRef.get(ref);
  const nameOf = (ref: string) => refDisplayName(ref, lookup);
  const levels = policyLevels(policy);
  const report = buildHealthReport(checked.docs, catalog.entities, opened.paths, {
    today,
    reviewEvery: policy.reviewEvery,
    rules: levels,
    git: false,
    unresolved: unresolvedRefsOf(checked),
    notPublished: checked.catalog.notPublished,
  });
  const ctxOf = ruleContexts(catalog.entities, checked.docs, today, catalog.byRef);
  const progress = checked.campaigns.map((c) => campaignProgress(c, catalog.entities, levels, ctxOf, today));
  const series = progressSeries({ points: [], reason: 'there is no history in unit tests' }, checked.campaigns, levels, checked.docs);
  const data: SiteData = {
    catalog,
    lifecycle: { today, stages: createStageIndex(policy.stages), notices: createNoticeIndex(checked.announcements, lookup, today), nameOf },
    health: { report, ...healthIndexes(report) },
    campaigns: { today, levels, byId: new Map(progress.map((p) => [p.campaign.id, p])), ...campaignIndexes(progress), series },
    techdocs: { byRef: new Map(checked.techdocs.map((s) => [s.entityRef, s])) },
    systemGraph: buildSystemGraph(catalog.entities),
    owedBy: (team) => owedBy(checked.migrations, team, nameOf),
    serviceTiers: policy.serviceTiers,
  };
  return data;
}

// The demo organisation, read by the core readers as a build reads it, on a fixed day.
const TODAY = '2026-03-10';
let site: SiteData;
const entity = (ref: string): CatalogEntity => {
  const e = site.catalog.byRef.get(ref);
  if (!e) throw new Error(`the demo has no ${ref}`);
  return e;
};

beforeAll(() => {
  site = siteDataOf(path.join(projectRoot, 'content'), TODAY);
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

describe('Markdown twins read the same view models', () => {
  it("says what the entity's page says: its users and what is changing under it", () => {
    const e = entity('component:default/auth-service');
    const m = entityPageModel(e, site);
    const md = entityTwin(e, { lookup: m.lookup, stages: site.lifecycle.stages, notices: site.lifecycle.notices, page: m, docs: m.docs });
    const first = m.answers.dependents?.first[0]?.name ?? '';
    expect(md).toContain(`- **Used by:** ${m.dependents?.length}: [${first}]`);
    expect(md.match(/^## Changing under it\n\n((?:- .*\n?)+)/m)?.[1]?.trim().split('\n').length).toBe(m.notices.consumer.length);
  });

  it("lists the team's docs and campaigns as its page does", () => {
    const t = teamPageModel(entity('group:default/payments-team'), site);
    const md = teamTwin(t.team, { lookup: t.lookup, stages: site.lifecycle.stages, notices: site.lifecycle.notices, docs: t.docs, campaigns: t.campaigns });
    for (const c of t.maturity.campaigns) expect(md).toContain(c.progress.campaign.title);
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
