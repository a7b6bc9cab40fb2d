import type { APIRoute } from 'astro';
import { getSiteLifecycle } from '../data/lifecycle.ts';
import { icsResponse, lifecycleIcs } from '../data/lifecycle-feeds.ts';
import { getSiteCampaigns } from '../data/campaigns.ts';

/** /lifecycle.ics: every announcement's effective and sunset dates, and every campaign's deadline, as all-day events (RFC 5545). */
export const GET: APIRoute = async ({ site }) => {
  const lc = await getSiteLifecycle();
  const { progress } = await getSiteCampaigns();
  return icsResponse(
    lifecycleIcs(lc, lc.announcements, site, 'Platform lifecycle', 'Betas, GA promotions, deprecations, sunsets, breaking changes and campaign deadlines, from the lifecycle calendar.', progress),
  );
};
