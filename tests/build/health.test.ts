import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { demoDist } from './site.ts';

// Health is checked on the demo site, or on the build named by WAYFINDER_OUT_DIR.
const dist = process.env.WAYFINDER_OUT_DIR ?? demoDist;
const html = (sitePath: string) => parse(fs.readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8'));

describe('/health/', () => {
  const page = html('/health/');
  const rows = page.querySelectorAll('table.wf-health-teams tbody tr');

  it('gives the organisation totals', () => {
    expect(page.querySelector('#totals')).not.toBeNull();
    expect(page.querySelector('.wf-health-totals')?.text).toMatch(/Stale docs\s*\d+ of \d+ \(2 past their review date/);
  });

  it('orders teams worst first, one row each, linking to the detail on the team page', () => {
    const counts = rows.map((r) => {
      const [stale, , missing] = r.querySelectorAll('td').map((td) => Number(td.text));
      return (stale ?? 0) + (missing ?? 0);
    });
    expect(counts.length).toBeGreaterThan(2);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const platform = rows.find((r) => r.getAttribute('data-team') === 'group:default/platform-team');
    expect(platform?.querySelector('a')?.getAttribute('href')).toBe('/teams/platform-team/#team-health');
  });
});

describe('a team page', () => {
  it("lists the team's overdue docs, with why", () => {
    const staleRows = html('/teams/platform-team/').querySelectorAll('.wf-team-health tr[data-stale-doc]');
    const overdue = staleRows.filter((r) => r.text.includes('review was due on'));
    expect(overdue.map((r) => r.getAttribute('data-stale-doc'))).toContain('how-to/roll-back-a-deploy.md');
  });

  it('lists the components it owns that miss a runbook', () => {
    const team = parse(fs.readFileSync(path.join(dist, 'health/index.html'), 'utf8'))
      .querySelectorAll('table.wf-health-teams tbody tr')
      .find((r) => r.text.includes('Shipping & Tracking'));
    const link = team?.querySelector('a')?.getAttribute('href') ?? '';
    expect(link).toMatch(/^\/teams\/[^#]+#team-health$/);
    const rows = html(link.replace(/#.*$/, '')).querySelectorAll('.wf-team-health tr[data-entity]');
    const labelPrinter = rows.find((r) => r.getAttribute('data-entity') === 'component:default/label-printer-service');
    expect(labelPrinter?.text).toContain('a runbook link');
  });

  it('lists every stale doc of the demo on one team page or on /health/unowned/', () => {
    const files = fs.readdirSync(path.join(dist, 'teams'), { recursive: true }) as string[];
    const pages = [...files.filter((f) => f.endsWith('index.html')).map((f) => `/teams/${path.dirname(f)}/`), '/health/unowned/'];
    const stale = pages.flatMap((p) => html(p).querySelectorAll('tr[data-stale-doc]').map((r) => r.getAttribute('data-stale-doc')));
    expect(stale).toContain('reference/environments.md');
    expect(new Set(stale).size).toBe(stale.length);
  });
});

describe('doc pages', () => {
  it('a stale doc shows its owner, review date and notice', () => {
    const box = html('/docs/how-to/roll-back-a-deploy/').querySelector('.wf-doc-context .wf-doc-health');
    expect(box?.getAttribute('data-due')).toBe('2026-08-29');
    expect(box?.querySelector('.wf-doc-meta a')?.getAttribute('href')).toBe('/teams/platform-team/');
    expect(box?.querySelector('.wf-doc-meta')?.text).toMatch(/Reviewed on 2026-03-02 \(\d+ days ago\)/);
    const notice = box?.querySelector('.wf-stale-notice');
    expect(notice?.hasAttribute('hidden')).toBe(false);
    expect(notice?.querySelector('[data-overdue-reason]')?.text).toContain('2026-08-29');
  });
});

describe('entity and team pages', () => {
  it('an entity page shows what it misses, with the YAML to add', () => {
    const card = html('/catalog/component/label-printer-service/').querySelector('.wf-scorecard');
    expect(card?.text).toContain('a runbook link');
    expect(card?.querySelector('pre')?.text).toContain('type: runbook');
  });
  it('a team page shows the team scorecard', () => {
    const card = html('/teams/tidewater/').querySelector('.wf-scorecard');
    expect(card?.querySelector('h2')?.text).toBe('Team completeness');
    expect(card?.text).toContain('an escalation ladder');
  });
});
