import { describe, expect, it } from 'vitest';
import { calendarWindow, type CalendarEvent } from './calendar.ts';
import type { Announcement } from './announcements.ts';

const event = (date: string): CalendarEvent => ({ announcement: { id: date } as Announcement, kind: 'effective', date });
const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => event(new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10)));

describe('the slice of the calendar /lifecycle/ shows', () => {
  const limits = { upcoming: 5, past: 3, slack: 2 };
  const events = days('2026-01-01', 365);

  it('shows the next and the latest few, however long the history, and counts the rest', () => {
    const w = calendarWindow(events, '2026-07-01', limits);
    expect(w.upcoming.map((e) => e.date)).toEqual(['2026-06-29', '2026-06-30', '2026-07-01', '2026-07-02', '2026-07-03', '2026-07-04', '2026-07-05']);
    expect(w.past.map((e) => e.date)).toEqual(['2026-07-02', '2026-07-01', '2026-06-30', '2026-06-29', '2026-06-28']);
    expect(w.upcomingTotal + w.pastTotal).toBe(365);
    expect(w.moreUpcoming).toBe(w.upcomingTotal - 5);
    expect(w.morePast).toBe(w.pastTotal - 3);
  });

  it('carries the nearest events of the other side however far they are, for a browser whose date is later', () => {
    const w = calendarWindow([event('2020-01-01'), event('2030-01-01')], '2026-07-01', limits);
    expect(w.upcoming.map((e) => e.date)).toEqual(['2020-01-01', '2030-01-01']);
    expect(w.past.map((e) => e.date)).toEqual(['2030-01-01', '2020-01-01']);
    expect(w.moreUpcoming + w.morePast).toBe(0);
  });
});
