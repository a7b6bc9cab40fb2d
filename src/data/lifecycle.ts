/**
 * The lifecycle calendar as pages use it: announcements checked by src/core/lifecycle
 * against the site catalog, once per build, with the stages, "today", the notices index
 * and small helpers for names and links.
 */
import { contentPaths, options } from 'virtual:wayfinder/config';
import { today as buildToday } from '../core/dates.ts';
import { hasErrors, WayfinderInputError } from '../core/diagnostics.ts';
import type { CatalogEntity } from '../core/catalog/types.ts';
import { shortRef } from '../core/catalog/routes.ts';
import {
  checkAnnouncements,
  createNoticeIndex,
  createStageIndex,
  DEFAULT_STAGES,
  type Announcement,
  type NoticeIndex,
  type StageIndex,
} from '../core/lifecycle/index.ts';
import { getSiteCatalog, type SiteCatalog } from './catalog.ts';

export interface SiteLifecycle {
  /** "Today" of this build (WAYFINDER_TODAY or the build machine's date). */
  today: string;
  /** Sorted by effective date. */
  announcements: Announcement[];
  byId: Map<string, Announcement>;
  stages: StageIndex;
  notices: NoticeIndex;
  catalog: SiteCatalog;
  /** The display name of a refKey: the entity's title, else its name, else the short ref. */
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
  const stageList = options.stages ?? DEFAULT_STAGES;
  const { announcements, diagnostics } = checkAnnouncements(contentPaths, catalog, today, stageList, options.onBrokenRefs);
  if (hasErrors(diagnostics)) throw new WayfinderInputError(diagnostics, 'lifecycle announcements');
  const lookup = (ref: string): CatalogEntity | undefined => catalog.byRef.get(ref);
  const nameOf = (ref: string): string => {
    const e = lookup(ref);
    return e ? (e.title ?? e.profile?.displayName ?? e.name) : shortRef(ref);
  };
  return {
    today,
    announcements,
    byId: new Map(announcements.map((a) => [a.id, a])),
    stages: createStageIndex(stageList),
    notices: createNoticeIndex(announcements, lookup, today),
    catalog,
    nameOf,
    ownersOf: (a) => [...new Set(a.subjects.map((s) => lookup(s)?.owner).filter((o): o is string => o !== undefined))].sort(),
  };
}
