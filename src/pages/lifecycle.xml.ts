import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { TYPE_LABELS } from '../core/lifecycle/announcements.ts';
import { formatDate } from '../core/lifecycle/calendar.ts';
import { getSiteLifecycle } from '../data/lifecycle.ts';
import { absoluteUrl, announcementPath, ROUTES } from '../core/urls.ts';

/** /lifecycle.xml: an RSS feed of announcements, newest first (by announced date). */
export const GET: APIRoute = async ({ site }) => {
  const lc = await getSiteLifecycle();
  const items = [...lc.announcements]
    .sort((a, b) => (a.announced > b.announced ? -1 : a.announced < b.announced ? 1 : a.id < b.id ? -1 : 1))
    .map((a) => ({
      title: `${TYPE_LABELS[a.type]}: ${a.title}`,
      link: absoluteUrl(announcementPath(a.id), site),
      // A calendar date at 00:00 UTC: the same in every time zone the site is built in.
      pubDate: new Date(`${a.announced}T00:00:00Z`),
      description: `${a.summary} Takes effect ${formatDate(a.effective)}${a.sunset ? `; sunset ${formatDate(a.sunset)}` : ''}.`,
      categories: [TYPE_LABELS[a.type], ...a.subjects.map(lc.nameOf)],
    }));
  return rss({
    title: 'Platform lifecycle',
    description: 'Betas, GA promotions, deprecations, sunsets and breaking changes, from the lifecycle calendar.',
    // The channel links to the calendar page (with base); item links are absolute already.
    site: site ? absoluteUrl(ROUTES.lifecycle, site) : 'https://example.invalid/',
    items,
    trailingSlash: true,
  });
};
