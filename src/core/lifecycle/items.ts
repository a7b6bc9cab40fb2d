/**
 * The calendar's item model: one dated thing on the calendar, whatever produced it. The
 * calendar pages, the month grids, the browser's views and the iCalendar feeds read only
 * this, so a new kind of dated thing (say, a campaign's deadline) is added by writing one
 * function that turns its source into items, without touching the views.
 */
import { TYPE_BADGES, TYPE_LABELS, type Announcement } from './announcements.ts';
import { calendarEvents, eventLabel, eventVerb } from './calendar.ts';
import { announcementPath } from '../urls.ts';
import type { BadgeVariant } from './stages.ts';


/** One dated item of the calendar. */
export interface CalendarItem {
  /** Unique among all items, a safe id fragment: `legacy-deployer-deprecation-sunset`. Also the feed's UID before `@host`. */
  id: string;
  /** What kind of thing it is, for the type filter and styling: `deprecation`, `beta`, … */
  kind: string;
  /** The kind as people read it: `Deprecation`. */
  kindLabel: string;
  badge: BadgeVariant;
  /** YYYY-MM-DD. */
  date: string;
  /** What happens on the date when the kind alone does not say it (`Sunset` on a deprecation), else undefined. */
  what?: string;
  /** The countdown's verb: `sunset`, `takes effect`, `is due`. */
  verb: string;
  title: string;
  /** Site path of its page, without base. */
  url: string;
  /** refKeys of the teams it belongs to, sorted (the team filter). */
  owners: string[];
  /** refKeys of the entities it is about, linked under the title. */
  subjects: string[];
  /** refKey of what to use instead, when there is one. */
  replacement?: string;
  /** Items with the same group are one thing with several dates (an announcement's effective and sunset dates). */
  group: string;
  /** For the feeds. */
  feed: {
    /** The day it was first published (the event's DTSTAMP, so rebuilding changes nothing). */
    stamp: string;
    /** `Sunset: Legacy deployer`. */
    summary: string;
    /** Plain-text lines before the link. */
    details: string[];
    /** Text before the page's absolute URL at the end of the description. */
    linkText: string;
    categories: string[];
  };
}

/** How an adapter names refs: display names and owning teams, from the catalog. */
export interface ItemContext {
  nameOf: (ref: string) => string;
  ownersOf: (a: Announcement) => string[];
}

/** The items of announcements: one on the effective date and one on the sunset date when set, in date order. */
export function announcementItems(announcements: readonly Announcement[], ctx: ItemContext): CalendarItem[] {
  return calendarEvents(announcements).map((e) => {
    const a = e.announcement;
    const label = eventLabel(e);
    const subjects = a.subjects.map(ctx.nameOf).join(', ');
    return {
      id: `${a.id.replace(/\//g, '-')}-${e.kind}`,
      kind: a.type,
      kindLabel: TYPE_LABELS[a.type],
      badge: TYPE_BADGES[a.type],
      date: e.date,
      ...(e.kind === 'sunset' && a.type !== 'sunset' ? { what: label } : {}),
      verb: eventVerb(e),
      title: a.title,
      url: announcementPath(a.id),
      owners: ctx.ownersOf(a),
      subjects: a.subjects,
      ...(a.replacement ? { replacement: a.replacement } : {}),
      group: announcementGroup(a.id),
      feed: {
        stamp: a.announced,
        summary: `${label}: ${subjects}`,
        details: [
          a.summary,
          '',
          `${TYPE_LABELS[a.type]} of ${subjects}.`,
          `Announced ${a.announced}; effective ${a.effective}${a.sunset ? `; sunset ${a.sunset}` : ''}.`,
          ...(a.replacement ? [`Replacement: ${ctx.nameOf(a.replacement)}.`] : []),
        ],
        linkText: 'Details and migration guide',
        categories: [TYPE_LABELS[a.type]],
      },
    };
  });
}

/** The `group` of an announcement's items. */
export function announcementGroup(id: string): string {
  return `announcement:${id}`;
}

/** Items in date order (then by id), whatever their sources: merge the lists of every adapter with this. */
export function sortItems(items: readonly CalendarItem[]): CalendarItem[] {
  return [...items].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
