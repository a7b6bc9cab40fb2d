/**
 * The iCalendar feeds of the lifecycle calendar, for the site-wide and per-team endpoints:
 * absolute announcement URLs from Astro's `site` and `base`, UIDs on the site's host.
 */
import { absoluteUrl } from '../core/urls.ts';
import { itemIcsEvents, writeCalendar } from '../core/lifecycle/ics.ts';
import { type CalendarItem } from '../core/lifecycle/items.ts';

/** Writes an iCalendar feed of calendar items. */
export function lifecycleIcs(items: readonly CalendarItem[], site: URL | undefined, name: string, description: string): string {
  const host = site?.host || 'wayfinder.invalid';
  const events = itemIcsEvents(items, { host, absolute: (path) => absoluteUrl(path, site) });
  return writeCalendar({ name, description, events });
}

/** An HTTP response carrying an iCalendar file. */
export function icsResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
