/**
 * A small RFC 5545 (iCalendar) writer for the lifecycle feeds: all-day events, CRLF line
 * ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT escaped.
 * Deterministic: the same announcements give byte-identical output.
 */
import { addDays } from '../dates.ts';
import type { Announcement } from './announcements.ts';
import { announcementItems, type CalendarItem } from './items.ts';
import { announcementPath } from '../urls.ts';

/** One all-day event. */
export interface IcsEvent {
  uid: string;
  /** YYYY-MM-DD; DTSTAMP is written as that day at 00:00:00 UTC. */
  stamp: string;
  /** YYYY-MM-DD, the (only) day of the event. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
  categories?: string[];
}

/** A calendar to write. */
export interface IcsCalendar {
  name: string;
  description?: string;
  events: readonly IcsEvent[];
}

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2026-03-01` as an iCalendar DATE: `20260301`. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** Writes a whole VCALENDAR with CRLF line ends (and a final CRLF). */
export function writeCalendar(cal: IcsCalendar): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Wayfinder//Lifecycle calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
  ];
  if (cal.description) lines.push(`DESCRIPTION:${escapeText(cal.description)}`, `X-WR-CALDESC:${escapeText(cal.description)}`);
  lines.push('REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H');
  for (const e of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsDate(e.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.url) lines.push(`URL;VALUE=URI:${e.url}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The events of calendar items for a feed: UIDs on `host`, each description ending with the item's absolute URL. */
export function itemIcsEvents(
  items: readonly CalendarItem[],
  options: {
    /** Host for UIDs, e.g. `handbook.tidewater.example`. */
    host: string;
    /** The absolute URL of a site path (`/lifecycle/x/`). */
    absolute: (path: string) => string;
  },
): IcsEvent[] {
  return items.map((item) => {
    const url = options.absolute(item.url);
    return {
      uid: `${item.id}@${options.host}`,
      stamp: item.feed.stamp,
      date: item.date,
      summary: item.feed.summary,
      description: [...item.feed.details, `${item.feed.linkText}: ${url}`].join('\n'),
      url,
      categories: item.feed.categories,
    };
  });
}

/** The events of announcements for a feed: one per effective date and one per sunset date. */
export function announcementEvents(
  announcements: readonly Announcement[],
  options: {
    /** Host for UIDs, e.g. `handbook.tidewater.example`. */
    host: string;
    /** The absolute URL of an announcement's page. */
    pageUrl: (a: Announcement) => string;
    /** Display names for subjects (refKey to label). */
    subjectLabel: (ref: string) => string;
  },
): IcsEvent[] {
  const byUrl = new Map(announcements.map((a) => [announcementPath(a.id), a]));
  const items = announcementItems(announcements, { nameOf: options.subjectLabel, ownersOf: () => [] });
  return itemIcsEvents(items, { host: options.host, absolute: (path) => options.pageUrl(byUrl.get(path) as Announcement) });
}
