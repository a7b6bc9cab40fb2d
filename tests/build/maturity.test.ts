import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { demoDist } from './site.ts';

// The demo built with WAYFINDER_TODAY=2026-11-23: one campaign overdue (deadline
// 2026-11-13), one on track (2026-11-02 to 2027-03-31); warehouse-sync has an active
// exemption from the runbook rule, label-printer-service one that lapsed on 2026-10-30.
const html = (sitePath: string) => parse(fs.readFileSync(path.join(demoDist, sitePath, 'index.html'), 'utf8'));
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('/campaigns/', () => {
  it('lists both campaigns by deadline, with their state', () => {
    const rows = html('/campaigns/').querySelectorAll('table.wf-campaigns tbody tr');
    expect(rows.map((r) => r.getAttribute('data-campaign'))).toEqual(['runbooks-before-peak', 'docs-for-every-service']);
    expect(rows.map((r) => r.querySelector('[data-wf-campaign-state]')?.getAttribute('data-wf-campaign-state'))).toEqual(['overdue', 'on-track']);
  });
});

describe('a campaign page', () => {
  const page = html('/campaigns/runbooks-before-peak/');
  it('shows its progress overall and by team, and the entities still to do with owner and contact', () => {
    expect(text(page.querySelector('.wf-campaign-progress')?.text)).toMatch(/27 of 28 done \(96%\): 26 passing, 1 exempt, 1 to do/);
    const shipping = page.querySelector('.wf-campaign-teams tr[data-team="group:default/shipping-team"]');
    expect(shipping?.querySelectorAll('td').map((td) => td.text)).toEqual(['1', '5', '0']);
    const todo = page.querySelectorAll('.wf-campaign-todo tr[data-entity]');
    expect(todo.map((r) => r.getAttribute('data-entity'))).toEqual(['component:default/label-printer-service']);
    expect(todo[0]?.querySelectorAll('td').map((td) => text(td.text))).toEqual(['Label printer service', 'Shipping & Tracking', '#shipping', 'a runbook link']);
    expect(text(page.querySelector('#exempt')?.nextElementSibling?.text)).toContain('Warehouse sync: runbook until 2027-06-30');
  });
  it('says it is overdue, with the numbers the browser re-checks', () => {
    const state = page.querySelector('.wf-campaign-meta [data-wf-campaign-state]');
    expect(state?.text).toBe('Overdue');
    expect(state?.getAttribute('data-deadline')).toBe('2026-11-13');
    expect(page.querySelector('.wf-campaign-meta a[href="/docs/how-to/write-a-runbook/"]') ?? page.querySelector('a[href="/docs/how-to/write-a-runbook/"]')).not.toBeNull();
  });
  it('has a chart of progress over time, or says why not', () => {
    const chart = page.querySelector('#over-time')?.nextElementSibling;
    expect(chart?.classList.contains('wf-chart') || chart?.classList.contains('wf-chart-none')).toBe(true);
  });
});

describe('campaign deadlines in the calendar', () => {
  // Unfolded (RFC 5545 folds lines at 75 octets).
  const feed = (file: string) => fs.readFileSync(path.join(demoDist, file), 'utf8').replace(/\r\n /g, '');
  it('are events of the organisation feed', () => {
    const ics = feed('lifecycle.ics');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:campaign-runbooks-before-peak-deadline@'));
    expect(event).toContain('DTSTART;VALUE=DATE:20261113');
    expect(event).toContain('DTEND;VALUE=DATE:20261114');
    expect(event).toContain('SUMMARY:Campaign deadline: Runbooks before peak season');
    expect(event).toContain('CATEGORIES:Campaign');
  });
  it('are in the feeds of teams with work left, and only theirs', () => {
    const team = (name: string) => feed(`teams/${name}/lifecycle.ics`);
    expect(team('shipping-team')).toContain('UID:campaign-runbooks-before-peak-deadline@');
    expect(team('shipping-team')).toContain('Teams with work left: Shipping & Tracking (1 to do).');
    expect(team('sre-team')).not.toContain('UID:campaign-runbooks-before-peak-deadline@');
  });
  it('are items of the calendar, on /lifecycle/ and its lists', () => {
    const links = (p: string) => html(p).querySelectorAll('a[href^="/campaigns/"]').map((a) => a.getAttribute('href'));
    expect(links('/lifecycle/')).toEqual(expect.arrayContaining(['/campaigns/runbooks-before-peak/', '/campaigns/docs-for-every-service/']));
    expect(links('/lifecycle/upcoming/')).toContain('/campaigns/docs-for-every-service/');
    expect(links('/lifecycle/past/')).toContain('/campaigns/runbooks-before-peak/');
  });
});

describe('entity pages', () => {
  it('an entity still to do shows the campaign until its deadline; the browser hides it after', () => {
    const page = html('/catalog/component/payments-service/');
    const notice = page.querySelector('.wf-campaign-notice[data-campaign="docs-for-every-service"]');
    expect(notice?.hasAttribute('hidden')).toBe(false);
    expect(notice?.getAttribute('data-wf-show-until')).toBe('2027-03-31');
    expect(text(notice?.text)).toContain('Still missing: at least one doc about it.');
  });
  it('a campaign past its deadline no longer shows on the entity', () => {
    const notice = html('/catalog/component/label-printer-service/').querySelector('.wf-campaign-notice[data-campaign="runbooks-before-peak"]');
    expect(notice?.hasAttribute('hidden')).toBe(true);
  });
  it('shows the level, what it passes, and what the next level needs with the YAML', () => {
    const page = html('/catalog/component/payments-service/');
    expect(page.querySelector('.wf-maturity-line .wf-level:not([hidden])')?.text).toBe('Bronze');
    const next = page.querySelector('.wf-scorecard .wf-next-level');
    expect(next?.getAttribute('data-next-level')).toBe('silver');
    expect(next?.querySelectorAll('li').map((li) => li.getAttribute('data-rule'))).toEqual(['docs']);
    expect(next?.querySelector('pre')?.text).toContain('component:payments-service');
    expect(text(page.querySelector('.wf-scorecard')?.text)).toContain('Passes: an owner that is in the catalog (Bronze)');
  });
  it('an active exemption counts, and the level it falls to when it lapses is there for the browser', () => {
    const page = html('/catalog/component/warehouse-sync/');
    const levels = page.querySelectorAll('.wf-maturity-line .wf-level');
    expect(levels.map((l) => [l.getAttribute('data-level'), l.hasAttribute('hidden'), l.getAttribute('data-wf-from') ?? '', l.getAttribute('data-wf-show-until') ?? ''])).toEqual([
      ['bronze', false, '', '2027-06-30'],
      ['bronze', true, '2027-07-01', ''],
    ]);
    expect(text(page.querySelector('.wf-scorecard')?.text)).toContain('Exempt: a runbook link until 30 June 2027');
  });
  it('a lapsed exemption no longer counts', () => {
    const card = text(html('/catalog/component/label-printer-service/').querySelector('.wf-scorecard')?.text);
    expect(card).toContain('Lapsed exemptions (they no longer count): runbook, ended 30 October 2026');
    expect(card).toContain('Level: Silver');
  });
});

describe('team pages and /health/', () => {
  it('a team page shows its distribution across levels and its campaigns', () => {
    const page = html('/teams/shipping-team/');
    const cells = page.querySelectorAll('#maturity ~ table.wf-level-distribution td, .wf-team-maturity table.wf-level-distribution td');
    const counts: Record<string, number> = Object.fromEntries(cells.map((td) => [td.getAttribute('data-level') ?? '', Number(td.text)]));
    expect(Object.keys(counts)).toEqual(['none', 'bronze', 'silver', 'gold']);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
    expect(page.querySelector('.wf-team-campaign[data-campaign="runbooks-before-peak"] li[data-entity="component:default/label-printer-service"]')).not.toBeNull();
  });
  it('/health/ shows the organisation and each team across levels', () => {
    const page = html('/health/');
    expect(page.querySelectorAll('table.wf-level-distribution td').map((td) => td.getAttribute('data-level'))).toEqual(['none', 'bronze', 'silver', 'gold']);
    const row = page.querySelector('table.wf-health-teams tr[data-team="group:default/shipping-team"]');
    expect(row?.querySelectorAll('td[data-level]').map((td) => td.getAttribute('data-level'))).toEqual(['none', 'bronze', 'silver', 'gold']);
  });
});
