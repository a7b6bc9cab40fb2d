/**
 * Which announcements an entity page or a doc should warn about: the entity is a subject
 * of a change that is still to come, or it directly uses a subject that is being
 * deprecated, sunset or changed incompatibly. Built once for the whole site.
 */
import type { CatalogEntity } from '../model/entity.ts';
import { endDate, type Announcement } from './announcements.ts';
import { affectedEntities } from './impact.ts';

/** One notice for one entity. */
export interface Notice {
  announcement: Announcement;
  /** `subject`: the change is about this entity; `consumer`: about something it uses. */
  role: 'subject' | 'consumer';
  /** For a consumer: refKeys of the subjects (or their APIs) it uses. */
  via: string[];
  /** The last date of the announcement (sunset, else effective): the browser hides the notice after it. */
  until: string;
}

/** Looks up the notices of an entity by refKey. */
export interface NoticeIndex {
  forEntity(ref: string): Notice[];
}

const ACT_TYPES = new Set(['deprecation', 'sunset', 'breaking-change']);

/** Indexes current announcements (last date today or later) by subject and by direct consumer. */
export function createNoticeIndex(
  announcements: readonly Announcement[],
  lookup: (ref: string) => CatalogEntity | undefined,
  today: string,
): NoticeIndex {
  const map = new Map<string, Notice[]>();
  const push = (ref: string, n: Notice) => {
    const list = map.get(ref);
    if (list) list.push(n);
    else map.set(ref, [n]);
  };
  for (const a of announcements) {
    const until = endDate(a);
    if (until < today) continue;
    for (const s of a.subjects) push(s, { announcement: a, role: 'subject', via: [], until });
    if (!ACT_TYPES.has(a.type)) continue;
    for (const affected of affectedEntities(a.subjects, lookup)) {
      if (!affected.indirect) push(affected.entity.ref, { announcement: a, role: 'consumer', via: affected.via, until });
    }
  }
  for (const list of map.values()) list.sort((x, y) => (x.until < y.until ? -1 : x.until > y.until ? 1 : x.announcement.id < y.announcement.id ? -1 : 1));
  return { forEntity: (ref) => map.get(ref) ?? [] };
}
