import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { demoDist } from './site.ts';

// The demo built with WAYFINDER_TODAY=2026-11-23, from its git history: legacy-deployer's
// deprecation is in progress (admin-console-web moved on 2026-11-02, ledger-service planned
// by 2027-01-15, label-printer-service exempt, the rest silent); Launchpad's team-field
// breaking change is finished (every consumer says it is done).
const html = (sitePath: string) => parse(fs.readFileSync(path.join(demoDist, sitePath, 'index.html'), 'utf8'));
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('an announcement page leads with its migration', () => {
  const page = html('/lifecycle/legacy-deployer-deprecation/');
  const m = page.querySelector('.wf-migration');
  it('counts by state, says whether the plans fit, and puts it first', () => {
    expect(page.querySelector('main h2')?.id).toBe('migration');
    expect(m?.getAttribute('data-migration-status')).toBe('at-risk');
    expect(m?.querySelectorAll('.wf-migration-counts dd').map((d) => d.text)).toEqual(['1', '1', '3', '1']);
    expect(text(m?.querySelector('.wf-migration-verdict')?.text)).toBe('At risk. 3 without a plan: the remaining plans do not fit before the deadline.');
  });
  it('draws the burn-down from the git history, with the sunset on it', () => {
    const rows = m?.querySelectorAll('.wf-burn tbody tr').map((r) => r.querySelectorAll('td').map((td) => td.text).join(' '));
    expect(rows?.[0]).toBe('2026-09-14 6 0');
    expect(rows).toContain('2026-10-05 6 1');
    expect(rows?.at(-1)).toBe('2026-11-23 4 1');
    expect(text(m?.querySelector('.wf-burn svg')?.text)).toContain('deadline 2027-01-29');
  });
  it('one row per team with its contacts, and each consumer left with its plan', () => {
    const payments = m?.querySelector('tr[data-team="group:default/payments-team"]');
    expect(payments?.querySelectorAll('td').map((td) => text(td.text))).toEqual(['2', '1 (by 2027-01-15)', '0', '0', '#payments · on-call']);
    const ledger = m?.querySelector('.wf-migration-detail li[data-state="planned"]');
    expect(text(ledger?.text)).toBe('Ledger service (Component, Payments): Planned by 2027-01-15, https://tracker.tidewater.example/browse/PAY-412');
    expect(ledger?.querySelector('a[href="https://tracker.tidewater.example/browse/PAY-412"]')).not.toBeNull();
  });
  it('a finished migration says so', () => {
    const done = html('/lifecycle/launchpad-team-field/').querySelector('.wf-migration');
    expect(done?.getAttribute('data-migration-status')).toBe('done');
    expect(done?.querySelectorAll('.wf-burn tbody tr').map((r) => r.querySelectorAll('td')[1]?.text)).toContain('0');
  });
});

describe('what teams owe, and the calendar', () => {
  it('the team page lists the migrations it owes with dates', () => {
    const owed = html('/teams/payments-team/').querySelector('#migrations')?.nextElementSibling;
    expect(text(owed?.querySelector('li[data-migration="legacy-deployer-deprecation"]')?.text)).toContain('Ledger service: Planned by 2027-01-15');
  });
  it("the team's feed carries its planned date, the calendar marks sunsets with consumers left and no plan", () => {
    const ics = fs.readFileSync(path.join(demoDist, 'teams/payments-team/lifecycle.ics'), 'utf8');
    expect(ics).toContain('SUMMARY:Planned: Payments moves off Legacy deployer');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270115');
    const row = html('/lifecycle/upcoming/').querySelectorAll('li[data-group="announcement:legacy-deployer-deprecation"]').find((r) => r.getAttribute('data-date') === '2027-01-29');
    expect(row?.querySelector('[data-wf-unplanned]')?.text).toBe('3 without a plan');
  });
});
