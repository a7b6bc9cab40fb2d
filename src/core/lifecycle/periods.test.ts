import { describe, expect, it } from 'vitest';
import { calendarSlice, itemsInView, viewReachesBeyond, monthGrid, monthRange, monthsWithItems, OPEN_RANGE, periodOf, quarterOf } from './periods.ts';
import { feedAddresses, webcalUrl } from '../urls.ts';

const at = (...dates: string[]) => dates.map((date) => ({ date, id: date }));
const dates = (items: readonly { date: string }[]) => items.map((i) => i.date);
const days = (from: string, n: number) => at(...Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10)));

describe("the calendar's periods, by the reader's date", () => {
  it('knows the quarter of a date, and its first and last days', () => {
    expect(quarterOf('2026-11-23')).toMatchObject({ year: 2026, quarter: 4, start: '2026-10-01', end: '2026-12-31' });
    expect(quarterOf('2026-01-01')).toMatchObject({ quarter: 1, start: '2026-01-01', end: '2026-03-31' });
    expect(quarterOf('2026-03-31')).toMatchObject({ quarter: 1, end: '2026-03-31' });
    expect(quarterOf('2026-04-01')).toMatchObject({ quarter: 2, start: '2026-04-01', end: '2026-06-30' });
    expect(quarterOf('2026-09-30')).toMatchObject({ quarter: 3, start: '2026-07-01', end: '2026-09-30' });
  });

  it('crosses the year end: next quarter of December is Q1 of the next year, the one before January is Q4', () => {
    expect(periodOf('next-quarter', '2026-12-31')).toMatchObject({ start: '2027-01-01', end: '2027-03-31', detail: 'Q1 2027: 1 January – 31 March' });
    expect(periodOf('this-quarter', '2026-12-31')).toMatchObject({ start: '2026-10-01', end: '2026-12-31', detail: 'Q4 2026: 1 October – 31 December' });
    expect(quarterOf('2027-01-01', -1)).toMatchObject({ year: 2026, quarter: 4 });
    expect(quarterOf('2026-11-23', 5)).toMatchObject({ year: 2028, quarter: 1 });
  });

  it('knows the month, leap February included', () => {
    expect(monthRange('2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodOf('this-month', '2026-11-23')).toMatchObject({ start: '2026-11-01', end: '2026-11-30', detail: 'November 2026', label: 'This month' });
  });

  const items = at('2026-09-30', '2026-10-01', '2026-10-19', '2026-11-22', '2026-11-23', '2026-12-14', '2026-12-31', '2027-01-01', '2027-03-31', '2027-04-01');

  it("includes the past items of the current quarter, in date order, and moves with the reader's date", () => {
    expect(dates(itemsInView(items, 'this-quarter', '2026-11-23'))).toEqual(['2026-10-01', '2026-10-19', '2026-11-22', '2026-11-23', '2026-12-14', '2026-12-31']);
    expect(dates(itemsInView(items, 'this-month', '2026-11-23'))).toEqual(['2026-11-22', '2026-11-23']);
    expect(dates(itemsInView(items, 'next-quarter', '2026-11-23'))).toEqual(['2027-01-01', '2027-03-31']);
    // A reader on New Year's Day: the new quarter is this quarter.
    expect(dates(itemsInView(items, 'this-quarter', '2027-01-01'))).toEqual(['2027-01-01', '2027-03-31']);
    expect(dates(itemsInView(items, 'next-quarter', '2027-01-01'))).toEqual(['2027-04-01']);
  });

  it('lists upcoming from today (today included) and past latest first', () => {
    expect(dates(itemsInView(items, 'upcoming', '2026-11-23', { upcoming: 3, past: 2 }))).toEqual(['2026-11-23', '2026-12-14', '2026-12-31']);
    expect(dates(itemsInView(items, 'past', '2026-11-23', { upcoming: 3, past: 2 }))).toEqual(['2026-11-22', '2026-10-19']);
  });

  it('draws grids only for the months that have items', () => {
    expect(monthsWithItems(itemsInView(items, 'this-quarter', '2026-11-23'))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsWithItems(at('2027-03-31', '2027-01-01'))).toEqual(['2027-01', '2027-03']);
    const nov = monthGrid('2026-11');
    expect(nov[0]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, '2026-11-01']);
    expect(nov.flat().filter(Boolean)).toHaveLength(30);
  });
});

describe('the slice of the calendar /lifecycle/ carries', () => {
  it('holds this quarter and the next, the next and latest few, and says which dates it holds completely', () => {
    const all = at('2020-01-01', '2026-09-30', '2026-10-01', '2026-10-19', '2026-11-22', '2026-11-23', '2026-12-14', '2026-12-31', '2027-01-01', '2027-03-31', '2027-04-01');
    const s = calendarSlice(all, '2026-11-23', { upcoming: 3, past: 2, page: 50 });
    expect(dates(s.items)).toEqual(['2026-10-01', '2026-10-19', '2026-11-22', '2026-11-23', '2026-12-14', '2026-12-31', '2027-01-01', '2027-03-31']);
    expect(s.covers).toEqual({ start: '2026-10-01', end: '2027-03-31' });
    expect([s.pastTotal, s.upcomingTotal]).toEqual([5, 6]);
    // A quiet quarter still shows the latest and next few.
    expect(dates(calendarSlice(at('2025-01-01', '2025-02-01', '2025-03-01', '2028-01-01'), '2026-11-23', { upcoming: 3, past: 2, page: 50 }).items)).toEqual(['2025-02-01', '2025-03-01', '2028-01-01']);
  });

  it('stays bounded however many items there are, keeping those nearest today', () => {
    const s = calendarSlice(days('2026-01-01', 730), '2026-11-23', { upcoming: 15, past: 10, page: 50 });
    expect(s.items).toHaveLength(50);
    expect(dates(s.items)).toContain('2026-11-23');
    expect(s.items[0]?.date).toBe('2026-10-29');
    expect(s.covers).toEqual({ start: '2026-10-29', end: '2026-12-17' });
  });

  it('tells a view that needs dates the page does not hold, for a reader later than the build', () => {
    const covers = { start: '2026-09-16', end: '2027-04-14' };
    const limits = { upcoming: 15, past: 10 };
    expect(viewReachesBeyond('this-quarter', '2026-11-23', 25, covers, limits)).toBe(false);
    expect(viewReachesBeyond('next-quarter', '2026-11-23', 13, covers, limits)).toBe(false);
    // June 2027: the quarter and the latest past dates lie beyond what a November build holds.
    expect(viewReachesBeyond('this-quarter', '2027-06-01', 0, covers, limits)).toBe(true);
    expect(viewReachesBeyond('past', '2027-06-01', 10, covers, limits)).toBe(true);
    expect(viewReachesBeyond('upcoming', '2027-06-01', 0, covers, limits)).toBe(true);
    expect(viewReachesBeyond('upcoming', '2026-11-23', 15, covers, limits)).toBe(false);
    // Nothing left out: never.
    expect(viewReachesBeyond('next-quarter', '2030-01-01', 0, OPEN_RANGE, limits)).toBe(false);
    expect(viewReachesBeyond('past', '2030-01-01', 3, OPEN_RANGE, limits)).toBe(false);
  });

  it('is open-ended when nothing was left out', () => {
    expect(calendarSlice(at('2026-11-01', '2027-01-01'), '2026-11-23').covers).toEqual(OPEN_RANGE);
    expect(calendarSlice([], '2026-11-23').items).toEqual([]);
  });
});

describe('subscribe addresses', () => {
  it('gives https and webcal:// addresses from the site URL and base', () => {
    expect(feedAddresses('/lifecycle.ics', 'https://handbook.example', '/')).toEqual({
      https: 'https://handbook.example/lifecycle.ics',
      webcal: 'webcal://handbook.example/lifecycle.ics',
    });
    expect(feedAddresses('/lifecycle.ics', new URL('https://example.com/'), '/handbook/').webcal).toBe('webcal://example.com/handbook/lifecycle.ics');
    expect(webcalUrl('http://intranet.local:8080/x.ics')).toBe('webcal://intranet.local:8080/x.ics');
  });

  it('without a site URL, gives the site path and no webcal address', () => {
    expect(feedAddresses('/lifecycle.ics', undefined, '/handbook')).toEqual({ https: '/handbook/lifecycle.ics' });
  });
});
