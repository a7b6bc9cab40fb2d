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
  const staleRows = page.querySelectorAll('tr[data-stale-doc]');

  it('lists the two overdue demo docs, with why', () => {
    const overdue = staleRows.filter((r) => r.text.includes('review was due on'));
    expect(overdue.map((r) => r.getAttribute('data-stale-doc')).sort()).toEqual(['how-to/roll-back-a-deploy.md', 'reference/environments.md']);
    const env = overdue.find((r) => r.getAttribute('data-stale-doc') === 'reference/environments.md');
    expect(env?.querySelector('a')?.getAttribute('href')).toBe('/docs/reference/environments/');
  });

  it('lists components without a runbook under their team, with the organisation totals', () => {
    const rows = page.querySelectorAll('tr[data-entity]');
    const labelPrinter = rows.find((r) => r.getAttribute('data-entity') === 'component:default/label-printer-service');
    expect(labelPrinter?.text).toContain('a runbook link');
    expect(labelPrinter?.closest('section')?.querySelector('h2')?.text).toBe('Shipping & Tracking');
    expect(rows.some((r) => r.getAttribute('data-entity') === 'component:default/warehouse-sync' && r.text.includes('a runbook link'))).toBe(true);
    expect(page.querySelector('#totals')).not.toBeNull();
    expect(page.querySelector('.wf-health-totals')?.text).toMatch(/Stale docs\s*\d+ of \d+ \(2 past their review date/);
  });

  it('orders teams worst first', () => {
    const counts = page.querySelectorAll('section.wf-health-team').map((s) => {
      const m = /(\d+) stale docs?, (\d+) missing/.exec(s.querySelector('p')?.text ?? '');
      return Number(m?.[1]) + Number(m?.[2]);
    });
    expect(counts.length).toBeGreaterThan(2);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
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
