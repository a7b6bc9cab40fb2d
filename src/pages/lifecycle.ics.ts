import type { APIRoute } from 'astro';
import { getSiteLifecycle } from '../data/lifecycle.ts';
import { icsResponse, lifecycleIcs } from '../data/lifecycle-feeds.ts';

/** /lifecycle.ics: every dated item of the calendar (announcements' effective and sunset dates) as all-day events (RFC 5545). */
export const GET: APIRoute = async ({ site }) => {
  const lc = await getSiteLifecycle();
  return icsResponse(
    lifecycleIcs(lc.items, site, 'Platform lifecycle', 'Betas, GA promotions, deprecations, sunsets and breaking changes, from the lifecycle calendar.'),
  );
};
