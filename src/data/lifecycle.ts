/**
 * The lifecycle calendar as pages use it: the announcements the plugin checked against
 * the catalog (once per build), with the stages, "today", the notices index
 * and small helpers for names and links.
 */
import { contentPaths, options } from 'virtual:wayfinder/config';
import { today as buildToday } from '../core/dates.ts';
import type { CatalogEntity } from '../core/catalog/types.ts';
import { refDisplayName } from '../core/names.ts';
import { announcementItems, createNoticeIndex, createStageIndex, sortItems, type Announcement, type CalendarItem, type NoticeIndex, type StageIndex } from '../core/lifecycle/index.ts';
import { checkedContent } from '../plugin/checked-content.ts';
import { getSiteCatalog, type SiteCatalog } from './catalog.ts';

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
}

let cached: Promise<SiteLifecycle> | undefined;

/** The checked announcements with their indexes, built once per build. */
export function getSiteLifecycle(): Promise<SiteLifecycle> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteLifecycle> {
  const catalog = await getSiteCatalog();
  const today = buildToday();
  // Checked by the plugin against the same catalog and policy; a build with errors stopped there.
  const { announcements } = checkedContent(contentPaths, options);
  const lookup = (ref: string): CatalogEntity | undefined => catalog.byRef.get(ref);
  const nameOf = (ref: string): string => refDisplayName(ref, lookup);
  const ownersOf = (a: Announcement): string[] => [...new Set(a.subjects.map((s) => lookup(s)?.owner).filter((o): o is string => o !== undefined))].sort();
  return {
    today,
    announcements,
    items: sortItems(announcementItems(announcements, { nameOf, ownersOf })),
    byId: new Map(announcements.map((a) => [a.id, a])),
    stages: createStageIndex(options.stages),
    notices: createNoticeIndex(announcements, lookup, today),
    catalog,
    nameOf,
    ownersOf,
  };
}
