/**
 * The iCalendar feeds of the lifecycle calendar, for the site-wide and per-team endpoints:
 * absolute announcement URLs from Astro's `site` and `base`, UIDs on the site's host.
 */
import { absoluteUrl, announcementPath } from '../core/urls.ts';
import { announcementEvents, writeCalendar, type Announcement } from '../core/lifecycle/index.ts';
import type { SiteLifecycle } from './lifecycle.ts';

/** Writes an iCalendar feed of `announcements`. */
export function lifecycleIcs(lc: SiteLifecycle, announcements: readonly Announcement[], site: URL | undefined, name: string, description: string): string {
  const host = site?.host || 'wayfinder.invalid';
  const events = announcementEvents(announcements, {
    host,
    pageUrl: (a) => absoluteUrl(announcementPath(a.id), site),
    subjectLabel: lc.nameOf,
  });
  return writeCalendar({ name, description, events });
}

/** An HTTP response carrying an iCalendar file. */
export function icsResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
