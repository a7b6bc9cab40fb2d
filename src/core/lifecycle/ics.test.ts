import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Announcement } from './announcements.ts';
import { announcementEvents, escapeText, foldLine, writeCalendar } from './ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar writer', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets and never splits a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}${'🚀'.repeat(20)}x`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const [i, p] of parts.entries()) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      // No lone surrogate, no replacement character: every part is whole characters.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('writes a calendar that an independent parser reads back', () => {
    const a: Announcement = {
      id: 'legacy-deployer-deprecation',
      file: '',
      display: '',
      title: 'legacy-deployer is deprecated',
      summary: 'Move to Launchpad; by 29 January, please, or ask in #dev-platform. Ça va? 🚀',
      type: 'deprecation',
      subjects: ['component:default/legacy-deployer'],
      announced: '2026-09-01',
      effective: '2026-10-01',
      sunset: '2027-01-29',
      replacement: 'component:default/launchpad',
    };
    const text = writeCalendar({
      name: 'Platform lifecycle, all teams',
      events: announcementEvents([a], { host: 'handbook.example', pageUrl: (x) => `https://handbook.example/lifecycle/${x.id}/`, subjectLabel: (r) => r.split('/')[1] ?? r }),
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(text).toContain('NAME:Platform lifecycle\\, all teams\r\n');
    // X-WR-CALNAME is TEXT by convention (Google, Outlook, Apple): escaped the same way.
    expect(text).toContain('X-WR-CALNAME:Platform lifecycle\\, all teams\r\n');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['legacy-deployer-deprecation-effective@handbook.example', '2026-10-01', '2026-10-02', true],
      ['legacy-deployer-deprecation-sunset@handbook.example', '2027-01-29', '2027-01-30', true],
    ]);
    expect(events[0]?.summary).toBe('Deprecated: legacy-deployer');
    expect(events[1]?.summary).toBe('Sunset: legacy-deployer');
    expect(events[0]?.description).toContain('Move to Launchpad; by 29 January, please, or ask in #dev-platform. Ça va? 🚀\n\n');
    expect(cal.getAllSubcomponents('vevent')[0]?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-09-01T00:00:00Z');
  });
});
