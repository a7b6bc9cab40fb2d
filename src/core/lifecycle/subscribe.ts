/**
 * The addresses people subscribe to: a calendar feed's https URL and its webcal:// twin
 * (which opens the calendar app's "subscribe" dialog instead of downloading a file). Built
 * from the site's public URL (Astro's `site`) and base path; without a `site` there is
 * no absolute address to give, and the page says how to set one.
 */
import { withBase } from '../urls.ts';

/** A feed's addresses: `https` is absolute when the site's URL is known, else a site path. */
export interface FeedAddresses {
  https: string;
  /** `webcal://host/…`; undefined without a site URL. */
  webcal?: string;
}

/** The addresses of the feed at site path `path` (e.g. `/lifecycle.ics`) on `site` under `base`. */
export function feedAddresses(path: string, site: URL | string | undefined, base: string): FeedAddresses {
  const local = withBase(path, base);
  if (!site) return { https: local };
  const url = new URL(local, site);
  return { https: url.href, webcal: webcalUrl(url.href) };
}

/** `https://host/x.ics` -> `webcal://host/x.ics` (also from http://). Other URLs are returned unchanged. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}
