/**
 * The iCalendar feeds of the lifecycle calendar, for the site-wide and per-team endpoints:
 * absolute announcement URLs from Astro's `site` and `base`, UIDs on the site's host.
 */
import { withBase } from '../plugin/base-links.ts';
import { announcementEvents, writeCalendar, type Announcement } from '../core/lifecycle/index.ts';
import type { SiteLifecycle } from './lifecycle.ts';

/** The absolute URL of a site path (with base), or the path itself when `site` is not set. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  const withB = withBase(path, import.meta.env.BASE_URL);
  return site ? new URL(withB, site).href : withB;
}

/** Writes an iCalendar feed of `announcements`. */
export function lifecycleIcs(lc: SiteLifecycle, announcements: readonly Announcement[], site: URL | undefined, name: string, description: string): string {
  const host = site?.host || 'wayfinder.invalid';
  const events = announcementEvents(announcements, {
    host,
    pageUrl: (a) => absoluteUrl(`/lifecycle/${a.id}/`, site),
    subjectLabel: lc.nameOf,
  });
  return writeCalendar({ name, description, events });
}

/** An HTTP response carrying an iCalendar file. */
export function icsResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
