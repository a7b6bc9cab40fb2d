/**
 * The iCalendar feeds of the lifecycle calendar, for the site-wide and per-team endpoints
 * (announcements and campaign deadlines):
 * absolute announcement URLs from Astro's `site` and `base`, UIDs on the site's host.
 */
import { absoluteUrl, announcementPath, campaignPath } from '../core/urls.ts';
import { campaignEvents, type CampaignProgress } from '../core/campaigns/index.ts';
import { announcementEvents, writeCalendar, type Announcement } from '../core/lifecycle/index.ts';
import type { SiteLifecycle } from './lifecycle.ts';

/** Writes an iCalendar feed of `announcements`, and of the deadlines of `campaigns` (for `team`: its share in each). */
export function lifecycleIcs(
  lc: SiteLifecycle,
  announcements: readonly Announcement[],
  site: URL | undefined,
  name: string,
  description: string,
  campaigns: readonly CampaignProgress[] = [],
  team?: string,
): string {
  const host = site?.host || 'wayfinder.invalid';
  const events = [
    ...announcementEvents(announcements, {
      host,
      pageUrl: (a) => absoluteUrl(announcementPath(a.id), site),
      subjectLabel: lc.nameOf,
    }),
    ...campaignEvents(campaigns, { host, pageUrl: (id) => absoluteUrl(campaignPath(id), site), nameOf: lc.nameOf, ...(team ? { team } : {}) }),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return writeCalendar({ name, description, events });
}

/** An HTTP response carrying an iCalendar file. */
export function icsResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
