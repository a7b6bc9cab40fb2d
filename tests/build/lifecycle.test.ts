import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog/load.ts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { checkAnnouncements } from '../../src/core/lifecycle/announcements.ts';
import { buildSite, DEMO_TZ, demoDist, root, TEST_TODAY, testOut } from './site.ts';

// The build suite builds the demo into tests/.out/demo; WAYFINDER_OUT_DIR points these assertions elsewhere.
const dist = process.env.WAYFINDER_OUT_DIR ?? demoDist;
const content = resolveContentPaths(undefined, {}, root, root);
const catalog = loadCatalog(content);
const { announcements, diagnostics } = checkAnnouncements(content, catalog, TEST_TODAY);
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const page = (site: string): HTMLElement => parse(read(dist, path.join(site.replace(/^\//, ''), 'index.html')));
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const allEvents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
// Announcement events; campaign deadlines (tests/build/maturity.test.ts) and teams' planned migration dates (tests/build/migrations.test.ts) share the feeds.
const events = (ics: string) => allEvents(ics).filter((e) => !e.uid.startsWith('campaign-') && !/-plan-/.test(e.uid));

describe('the demo announcements', () => {
  it('are clean and spread over the past and the next six months', () => {
    expect(diagnostics).toEqual([]);
    expect(announcements.length).toBeGreaterThanOrEqual(10);
    expect(announcements.some((a) => a.effective < TEST_TODAY)).toBe(true);
    expect(announcements.some((a) => a.type === 'sunset' && a.effective < TEST_TODAY)).toBe(true);
    expect(announcements.filter((a) => a.effective > TEST_TODAY || (a.sunset ?? '') > TEST_TODAY).length).toBeGreaterThanOrEqual(5);
  });
});

describe('/lifecycle.ics', () => {
  const ics = read(dist, 'lifecycle.ics');

  it('is RFC 5545: CRLF line ends, lines of at most 75 octets, the calendar properties', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    for (const prop of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:', 'NAME:']) {
      expect(ics).toMatch(new RegExp(`(^|\\r\\n)${prop}`));
    }
  });

  it('has one all-day event per effective and sunset date, with stable UIDs and absolute URLs', () => {
    const parsed = events(ics);
    const expected = announcements.flatMap((a) => [
      [`${a.id}-effective@handbook.tidewater.example`, a.effective],
      ...(a.sunset ? [[`${a.id}-sunset@handbook.tidewater.example`, a.sunset]] : []),
    ]);
    expect(parsed.map((e) => [e.uid, e.startDate.toString()]).sort()).toEqual(expected.sort());
    for (const e of parsed) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
    const urls = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('url')));
    expect(urls).toContain('https://handbook.tidewater.example/lifecycle/legacy-deployer-deprecation/');
    const legacy = parsed.find((e) => e.uid === 'legacy-deployer-deprecation-sunset@handbook.tidewater.example');
    expect(legacy?.summary).toBe('Sunset: Legacy deployer');
    expect(legacy?.description).toContain('https://handbook.tidewater.example/lifecycle/legacy-deployer-deprecation/');
  });

  it('stamps events with their announced date, so rebuilding changes nothing', () => {
    const stamps = [...ics.matchAll(/^DTSTAMP:(\d{8})T000000Z\r$/gm)].map((m) => m[1]);
    expect(stamps.length).toBe(allEvents(ics).length);
    // Campaign deadlines are stamped with the campaign's start.
    const starts = [...read(root, 'content/campaigns/docs-for-every-service.yaml').matchAll(/^start: (\S+)$/gm), ...read(root, 'content/campaigns/runbooks-before-peak.yaml').matchAll(/^start: (\S+)$/gm)].map((m) => m[1]?.replace(/-/g, ''));
    expect(new Set(stamps)).toEqual(new Set([...announcements.map((a) => a.announced.replace(/-/g, '')), ...starts]));
  });
});

describe('/teams/<name>/lifecycle.ics', () => {
  const ids = (team: string) => [...new Set(events(read(dist, `teams/${team}/lifecycle.ics`)).map((e) => e.uid.replace(/-(effective|sunset)@.*$/, '')))].sort();

  it('has only the announcements that touch what the team owns or uses directly', () => {
    // The web team's admin console moved from legacy-deployer to Launchpad (the demo's history): Launchpad's changes touch it now, legacy-deployer's no longer.
    expect(ids('web-team')).toEqual(['auth-api-token-lifetime', 'launchpad-team-field', 'session-store-v1-deprecation']);
    expect(ids('identity-team')).toEqual(['auth-api-token-lifetime', 'session-store-v1-deprecation']);
    expect(ids('platform-team')).toContain('launchpad-previews-beta');
    expect(ids('platform-team')).not.toContain('session-store-v1-deprecation');
  });

  it('sits next to the team page without replacing it', () => {
    expect(fs.existsSync(path.join(dist, 'teams/web-team/index.html'))).toBe(true);
  });
});

describe('/lifecycle.xml', () => {
  const rss = new XMLParser({ ignoreAttributes: false }).parse(read(dist, 'lifecycle.xml'));

  it('is RSS 2.0 with one item per announcement, newest first, absolute links', () => {
    expect(rss.rss['@_version']).toBe('2.0');
    const items = [rss.rss.channel.item].flat() as { title: string; link: string; pubDate: string }[];
    expect(items).toHaveLength(announcements.length);
    expect(items[0]?.link).toBe('https://handbook.tidewater.example/lifecycle/feature-flags-beta/');
    expect(items[0]?.pubDate).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const i of items) expect(i.link).toMatch(/^https:\/\/handbook\.tidewater\.example\/lifecycle\/[a-z0-9-]+\/$/);
  });
});

describe('/lifecycle/', () => {
  const calendar = page('/lifecycle/');
  const rows = calendar.querySelectorAll('[data-wf-list] [data-wf-item]');
  const shown = rows.filter((li) => li.getAttribute('hidden') === undefined);

  it('first shows the upcoming dates in date order with countdowns (the browser then picks the view and the date)', () => {
    const dates = shown.map((li) => li.getAttribute('data-date') ?? '');
    expect(dates.length).toBeGreaterThan(5);
    expect(dates.every((d) => d >= TEST_TODAY)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(text(shown[0])).toContain('auth-api: service tokens expire after one hour');
    expect(text(shown[0]?.querySelector('[data-wf-countdown]'))).toBe('takes effect in 21 days');
    const sunset = calendar.querySelector('#date-legacy-deployer-deprecation-sunset');
    expect(sunset?.getAttribute('data-date')).toBe('2027-01-29');
    expect(text(sunset?.querySelector('[data-wf-countdown]'))).toBe('sunset in 67 days');
  });

  it("carries this quarter's past dates for the views, each once, with what the filters need", () => {
    const ids = rows.map((li) => li.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const deprecation = calendar.querySelector('#date-legacy-deployer-deprecation-effective');
    expect(deprecation?.getAttribute('data-date')).toBe('2026-10-01');
    expect(deprecation?.getAttribute('data-type')).toBe('deprecation');
    expect(deprecation?.getAttribute('data-owners')).toBe('group:default/platform-team');
    expect(deprecation?.getAttribute('hidden')).toBeDefined();
    expect(text(deprecation?.querySelector('[data-wf-countdown]'))).toBe('took effect 53 days ago');
  });

  it('draws compact month grids only for the months that have dates in the view, linking each day to its row', () => {
    expect(calendar.querySelectorAll('.wf-grid caption').map(text)).toEqual(['December 2026', 'January 2027', 'February 2027', 'March 2027', 'April 2027']);
    expect(calendar.querySelector('[data-wf-day="2027-01-29"] a')?.getAttribute('href')).toBe('#date-legacy-deployer-deprecation-sunset');
    expect(calendar.querySelector('[data-wf-day="2027-01-29"] a')?.getAttribute('aria-label')).toBe('29 January 2027: Sunset: legacy-deployer is deprecated; move to Launchpad by 29 January 2027');
    // No names in the cells: nothing to cut on a phone.
    expect(text(calendar.querySelector('[data-wf-day="2027-01-29"]'))).toBe('29');
  });

  it('offers Subscribe before the dates, with a webcal:// link, the https address and the steps per calendar app', () => {
    const html = calendar.querySelector('main')?.innerHTML ?? '';
    expect(html.indexOf('data-wf-subscribe')).toBeLessThan(html.indexOf('data-wf-list'));
    const box = calendar.querySelector('[data-wf-subscribe]');
    expect(box?.getAttribute('id')).toBe('subscribe');
    expect(box?.querySelector('a[data-wf-webcal]')?.getAttribute('href')).toBe('webcal://handbook.tidewater.example/lifecycle.ics');
    expect(text(box?.querySelector('[data-wf-feed-url]'))).toBe('https://handbook.tidewater.example/lifecycle.ics');
    expect(box?.querySelectorAll('.wf-app').map(text)).toEqual(['Google Calendar', 'Outlook', 'Apple Calendar']);
    expect(box?.querySelector('a[href$="/lifecycle.ics"][href^="/teams/"]')).not.toBeNull();
    expect(box?.querySelector('a[href="/lifecycle.xml"]')).not.toBeNull();
  });

  it('offers the views, and type and team filters', () => {
    expect(calendar.querySelectorAll('[data-wf-filters] input[name="view"]').map((i) => i.getAttribute('value'))).toEqual(['upcoming', 'this-month', 'this-quarter', 'next-quarter', 'past']);
    expect(calendar.querySelectorAll('[data-wf-filters] select[name="type"] option').length).toBeGreaterThan(3);
    expect(calendar.querySelectorAll('[data-wf-filters] select[name="owner"] option').map(text)).toContain('Identity & Access');
  });
});

describe('/lifecycle/<id>/', () => {
  it('has a page per announcement', () => {
    for (const a of announcements) expect(fs.existsSync(path.join(dist, 'lifecycle', a.id, 'index.html')), a.id).toBe(true);
  });

  it('shows dates, subject, replacement, contact, the guide and who must act, by team', () => {
    const p = page('/lifecycle/legacy-deployer-deprecation/');
    const dl = Object.fromEntries(p.querySelectorAll('.wf-dates dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(dl).toMatchObject({
      Announced: 'Tuesday 1 September 2026',
      'Takes effect': 'Thursday 1 October 2026 (took effect 53 days ago)',
      Sunset: 'Friday 29 January 2027 (sunset in 67 days)',
      'Use instead': 'Launchpad',
      'Questions to': 'Developer Platform · #dev-platform · on-call',
    });
    expect(p.querySelector('.wf-dates a[href="/catalog/component/legacy-deployer/"]')).not.toBeNull();
    expect(text(p.querySelector('main'))).toContain('Migrate a service');
    const teams = p.querySelectorAll('.wf-team');
    // Direct users' teams first; the data team's warehouse sync moved to Launchpad and is left only indirectly (through the ledger).
    expect(teams.map((t) => t.getAttribute('data-team'))).toEqual(['group:default/payments-team', 'group:default/shipping-team', 'group:default/data-team']);
    const payments = teams[0];
    expect(payments?.querySelectorAll('[data-affected="direct"]').map(text).join(' | ')).toContain('Ledger service');
    expect(payments?.querySelectorAll('[data-affected="indirect"]').length).toBeGreaterThan(0);
    expect(payments?.querySelector('.wf-team-contacts a[href="https://oncall.tidewater.example/schedules/payments"]')).not.toBeNull();
  });
});

describe('/lifecycle/stages/', () => {
  it('explains each stage and what it promises', () => {
    const rows = page('/lifecycle/stages/').querySelectorAll('.wf-stages tbody tr');
    expect(rows.map((r) => r.getAttribute('id'))).toEqual(['stage-experimental', 'stage-beta', 'stage-production', 'stage-deprecated', 'stage-retired']);
    expect(text(rows[2])).toContain('GA');
    // The demo's own stages (content/wayfinder.yaml), the one source of each stage's promise.
    expect(text(rows[2])).toContain('24x7 for tiers 1 and 2');
    expect(text(rows[1])).toContain('each beta publishes its own target on its catalog entry');
    expect(text(rows[1])).toMatch(/business hours, best effort/i);
  });
});

describe('time zones', () => {
  it('gives byte-identical feeds and pages when built in Honolulu and in Kiritimati', () => {
    // The shared demo is built in Honolulu (DEMO_TZ); one more build on the other side of the date line.
    expect(DEMO_TZ).toBe('Pacific/Honolulu');
    const east = testOut('lifecycle-tz-Pacific-Kiritimati');
    const r = buildSite(undefined, east, { TZ: 'Pacific/Kiritimati' });
    expect(r.status, r.output.slice(-3000)).toBe(0);
    const outs = [demoDist, east];
    const files = (dir: string) => [
      'lifecycle.ics',
      'lifecycle.xml',
      'teams/web-team/lifecycle.ics',
      ...(fs.readdirSync(path.join(dir, 'lifecycle'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => `lifecycle/${f}`),
    ].sort();
    const [a, b] = outs as [string, string];
    expect(files(a)).toEqual(files(b));
    for (const f of files(a)) expect(read(b, f), f).toBe(read(a, f));
    // And the date is that day: 1 March is never 28 February.
    expect(read(a, 'lifecycle.ics')).toContain('DTSTART;VALUE=DATE:20270129');
  });
});

describe('a broken announcement', () => {
  it('fails the build with every problem at file:line:col', () => {
    const out = testOut('lifecycle-bad');
    const r = buildSite(path.join(root, 'tests/fixtures/sites/bad-lifecycle'), out);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('bad-lifecycle/lifecycle/hello-beta.md:6:12: error: effective "2026-11-31" is not a calendar date');
    expect(r.output).toContain(
      'bad-lifecycle/lifecycle/hello-sunset.md:4:12: error: subject "component:hello-servce" names no entity in the catalog (did you mean component:hello-service?)',
    );
    expect(r.output).toContain('bad-lifecycle/lifecycle/hello-sunset.md:6:12: error: effective 2026-10-31 is before announced 2026-11-01');
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(`${out}.cache`, { recursive: true, force: true });
  });
});
