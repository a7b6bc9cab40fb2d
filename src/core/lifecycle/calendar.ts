/**
 * The calendar view of announcements: dated events (a change takes effect, a subject is
 * sunset), the upcoming/past split against "today", countdown text, month groups and
 * month grids. Calendar dates only: nothing here reads a clock or a time zone.
 */
import { dayNumber } from '../dates.ts';
export { countdown } from './countdown.ts';
import { endDate, type Announcement } from './announcements.ts';
import { formatDate } from './periods.ts';
export { formatDate, formatMonth } from './periods.ts';

/** Which date of an announcement an event is. */
export type EventKind = 'effective' | 'sunset';

/** One dated thing on the calendar. */
export interface CalendarEvent {
  announcement: Announcement;
  kind: EventKind;
  date: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The events of announcements (effective, and sunset when set), in date order. */
export function calendarEvents(announcements: readonly Announcement[]): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const a of announcements) {
    out.push({ announcement: a, kind: 'effective', date: a.effective });
    if (a.sunset) out.push({ announcement: a, kind: 'sunset', date: a.sunset });
  }
  return out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.announcement.id < y.announcement.id ? -1 : x.announcement.id > y.announcement.id ? 1 : x.kind < y.kind ? -1 : 1));
}

/** True when an announcement still has a date to come (its last date is today or later). */
export function isCurrent(a: Pick<Announcement, 'effective' | 'sunset'>, today: string): boolean {
  return endDate(a) >= today;
}

/** What an event is, as a short phrase: `Sunset`, `Deprecated`, `Beta opens`. */
export function eventLabel(e: Pick<CalendarEvent, 'kind'> & { announcement: Pick<Announcement, 'type'> }): string {
  if (e.kind === 'sunset') return 'Sunset';
  switch (e.announcement.type) {
    case 'beta':
      return 'Beta opens';
    case 'ga':
      return 'Becomes GA';
    case 'deprecation':
      return 'Deprecated';
    case 'sunset':
      return 'Sunset';
    case 'breaking-change':
      return 'Breaking change';
  }
}

/** The verb phrase a countdown uses for an event: `sunset`, `takes effect`. */
export function eventVerb(e: Pick<CalendarEvent, 'kind'> & { announcement: Pick<Announcement, 'type'> }): string {
  if (e.kind === 'sunset' || e.announcement.type === 'sunset') return 'sunset';
  return 'takes effect';
}

/** `2026-03-01` with its weekday: `Sunday 1 March 2026`. */
export function formatLongDate(date: string): string {
  return `${WEEKDAYS[weekday(date)]} ${formatDate(date)}`;
}

/** Day of the week, 0 = Sunday, of a calendar date. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Groups dated items by month (`YYYY-MM`), keeping their order. */
export function byMonth<T extends { date: string }>(items: readonly T[]): { month: string; items: T[] }[] {
  const groups: { month: string; items: T[] }[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

/** The `count` months starting with the month of `date`, as `YYYY-MM`. */
export function monthsFrom(date: string, count: number): string[] {
  let [y, m] = date.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export { monthGrid } from './periods.ts';

/**
 * How many dates each page of /lifecycle/upcoming/ and /lifecycle/past/ lists, and how many
 * teams the calendar's "Owning team" filter offers (a campaign's deadline belongs to every team
 * with work left: at 10,000 entities that was 195 teams and 28 KB of options).
 */
export const CALENDAR_LIMITS = { pageSize: 50, ownerOptions: 40 } as const;

/**
 * The teams the calendar's team filter offers for these items: all of them up to `limit`,
 * otherwise the `limit` teams with the most items (ties by ref); `left` counts the others.
 */
export function ownerFilterOptions(items: readonly { owners: readonly string[] }[], limit: number = CALENDAR_LIMITS.ownerOptions): { shown: string[]; left: number } {
  const counts = new Map<string, number>();
  for (const item of items) for (const o of new Set(item.owners)) counts.set(o, (counts.get(o) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([ref]) => ref);
  return { shown: ranked.slice(0, limit), left: Math.max(0, ranked.length - limit) };
}
