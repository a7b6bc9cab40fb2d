import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, toCalendarDate, today } from './dates.ts';

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isCalendarDate('2026-01-31')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });

  it('does arithmetic on days, across months and leap years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-11-23', '2026-12-16')).toBe(23);
    expect(daysBetween('2026-12-16', '2026-11-23')).toBe(-23);
  });

  it('takes the calendar day back from a js-yaml Date, whatever the time zone', () => {
    expect(toCalendarDate(new Date(Date.UTC(2026, 2, 1)))).toBe('2026-03-01');
  });

  it('reads today from WAYFINDER_TODAY and refuses a bad one', () => {
    expect(today({ WAYFINDER_TODAY: '2026-01-15' })).toBe('2026-01-15');
    expect(() => today({ WAYFINDER_TODAY: '2026-02-30' })).toThrow(/WAYFINDER_TODAY="2026-02-30" is not a calendar date/);
    expect(today({}, new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
  });
});
