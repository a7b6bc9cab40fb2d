/**
 * The thin wrapper between the pages and their view models (src/data/views/): it gathers
 * the site's data, loaded once per build by the other modules of src/data/, into the one
 * object the view models read, and hands each page its model. Everything a page shows is
 * worked out in the view models, which vitest tests without a build.
 */
import { features } from './features.ts';
import { options } from 'virtual:wayfinder/config';
import type { CatalogEntity } from '../core/model/entity.ts';
import { getSiteCatalog } from './catalog.ts';
import { getSiteLifecycle } from './lifecycle.ts';
import { getSiteHealth } from './health.ts';
import { getSiteCampaigns } from './campaigns.ts';
import { getSiteTechDocs } from './techdocs.ts';
import { getSystemGraph } from './system-map.ts';
import { getSiteMigrations } from './migrations.ts';
import { getApiReferencePlan } from './api-references.ts';
import { getApiHistoryView } from './api-history.ts';
import type { SiteData } from './views/site-data.ts';
import { entityPageModel, type EntityPageModel } from './views/entity-page.ts';
import { teamPageModel, type TeamPageModel } from './views/team-page.ts';
import { campaignPageModel, type CampaignPageModel } from './views/campaign-page.ts';

/** The site's data as the view models read it (each part is loaded once per build). */
export async function getSiteData(): Promise<SiteData> {
  const [catalog, lifecycle, health, campaigns, techdocs, systemGraph, migrations] = await Promise.all([
    getSiteCatalog(),
    getSiteLifecycle(),
    getSiteHealth(),
    getSiteCampaigns(),
    getSiteTechDocs(),
    // wayfinder.yaml features.maps: false: no graph, so no page draws a map.
    features.maps ? getSystemGraph() : undefined,
    getSiteMigrations(),
  ]);
  return { catalog, lifecycle, health, campaigns, techdocs, ...(systemGraph ? { systemGraph } : {}), owedBy: migrations.owedBy, serviceTiers: options.serviceTiers };
}

/** The view model of an entity's page, by refKey. */
export async function getEntityPage(ref: string): Promise<EntityPageModel> {
  const site = await getSiteData();
  const entity = site.catalog.byRef.get(ref) as CatalogEntity;
  const published = entity.kind === 'api' ? await getApiReferencePlan(entity.ref) : undefined;
  const history = published ? await getApiHistoryView(entity.ref, published.reference) : undefined;
  return entityPageModel(entity, site, { ...(published ? { published } : {}), ...(history ? { history } : {}) });
}

/** The view model of a team's page, by refKey. */
export async function getTeamPage(ref: string): Promise<TeamPageModel> {
  const site = await getSiteData();
  return teamPageModel(site.catalog.byRef.get(ref) as CatalogEntity, site);
}

/** The view model of a campaign's page, by id. */
export async function getCampaignPage(id: string): Promise<CampaignPageModel> {
  const site = await getSiteData();
  return campaignPageModel(id, site);
}
