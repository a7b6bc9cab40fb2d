/**
 * The lifecycle calendar as pages use it: the announcements the plugin checked against
 * the catalog (once per build), with the stages, "today", the notices index
 * and small helpers for names and links.
 */
import { checkOptions, contentPaths, options } from 'virtual:wayfinder/config';
import { today as buildToday } from '../core/dates.ts';
import type { CatalogEntity } from '../core/model/entity.ts';
import { refDisplayName } from '../core/names.ts';
import { announcementItems, sortItems, type CalendarItem } from '../core/lifecycle/items.ts';
import { createNoticeIndex, type NoticeIndex } from '../core/lifecycle/notices.ts';
import { createStageIndex, type StageIndex } from '../core/lifecycle/stages.ts';
import { type Announcement } from '../core/lifecycle/announcements.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { getSiteCatalog, type SiteCatalog } from './catalog.ts';
import { getSiteCampaigns, type SiteCampaigns } from './campaigns.ts';
import type { ContentCheck } from '../core/check-content.ts';
import { keptFor } from './kept.ts';
import { campaignItems } from '../core/campaigns/calendar.ts';
import { migrations, type Migration } from '../core/migrations/migration.ts';
import { migrationPlanItems } from '../core/migrations/calendar.ts';
import { unplanned } from '../core/migrations/view.ts';
import { announcementGroup } from '../core/lifecycle/items.ts';

export interface SiteLifecycle {
  /** "Today" of this build (WAYFINDER_TODAY or the build machine's date). */
  today: string;
  /** Sorted by effective date. */
  announcements: Announcement[];
  /**
   * Every dated item of the calendar, in date order: the views and the feeds read these.
   * Another source of dated items adds its adapter's items here (see core/lifecycle/items.ts).
   */
  items: CalendarItem[];
  byId: Map<string, Announcement>;
  stages: StageIndex;
  notices: NoticeIndex;
  catalog: SiteCatalog;
  /** The display name of a refKey (see refDisplayName in core/names.ts). */
  nameOf: (ref: string) => string;
  /** refKeys of the teams that own an announcement's subjects, sorted. */
  ownersOf: (a: Announcement) => string[];
  /** Each deprecation's, sunset's and breaking change's migration, burn-down from the campaigns' history pass (data/migrations.ts shapes them for pages). */
  migrations: Migration[];
  /** Teams' planned migration dates: in the feeds only (not on the calendar page). */
  planItems: CalendarItem[];
  /** By announcement group (`announcement:<id>`): the deadline and how many consumers are left without a plan, for migrations with some (the calendar marks them). */
  unplanned: Map<string, { deadline: string; count: number }>;
}

let cached: Promise<SiteLifecycle> | undefined;

/** The checked announcements with their indexes, built once per build. */
export function getSiteLifecycle(): Promise<SiteLifecycle> {
  cached ??= load();
  return cached;
}

/** In `astro dev`, built again only when the checked content, the catalog, the campaigns or the day changes. */
async function load(): Promise<SiteLifecycle> {
  const catalog = await getSiteCatalog();
  const today = buildToday();
  // Checked by the plugin against the same catalog and policy; a build with errors stopped there.
  const checked = checkedContent(contentPaths, checkOptions);
  const campaigns = await getSiteCampaigns();
  return keptFor('lifecycle', [checked, catalog, campaigns, today], () => build(checked, catalog, campaigns, today));
}

function build({ announcements }: ContentCheck, catalog: SiteCatalog, campaigns: SiteCampaigns, today: string): SiteLifecycle {
  const lookup = (ref: string): CatalogEntity | undefined => catalog.byRef.get(ref);
  const nameOf = (ref: string): string => refDisplayName(ref, lookup);
  const ownersOf = (a: Announcement): string[] => [...new Set(a.subjects.map((s) => lookup(s)?.owner).filter((o): o is string => o !== undefined))].sort();
  const migrationList = migrations(announcements, catalog.entities, lookup, today, campaigns.history);
  return {
    today,
    announcements,
    // Campaign deadlines are calendar items too (core/campaigns/calendar.ts).
    items: sortItems([...announcementItems(announcements, { nameOf, ownersOf }), ...campaignItems(campaigns.progress, { nameOf })]),
    byId: new Map(announcements.map((a) => [a.id, a])),
    stages: createStageIndex(options.stages),
    notices: createNoticeIndex(announcements, lookup, today),
    catalog,
    nameOf,
    ownersOf,
    migrations: migrationList,
    planItems: migrationPlanItems(migrationList, { nameOf }),
    unplanned: new Map([...unplanned(migrationList)].map(([id, u]) => [announcementGroup(id), u])),
  };
}
