import type { APIRoute } from 'astro';
import { getSiteLifecycle } from '../data/lifecycle.ts';
import { icsResponse, lifecycleIcs } from '../data/lifecycle-feeds.ts';
import { sortItems } from '../core/lifecycle/items.ts';

/** /lifecycle.ics: every dated item of the calendar (announcements' effective and sunset dates, campaign deadlines, teams' planned migration dates) as all-day events (RFC 5545). */
export const GET: APIRoute = async ({ site }) => {
  const lc = await getSiteLifecycle();
  return icsResponse(
    lifecycleIcs(sortItems([...lc.items, ...lc.planItems]), site, 'Platform lifecycle', 'Betas, GA promotions, deprecations, sunsets, breaking changes and campaign deadlines, from the lifecycle calendar.'),
  );
};
