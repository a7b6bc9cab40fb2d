import { describe, expect, it } from 'vitest';
import type { Announcement } from './announcements.ts';
import { byMonth, calendarEvents, ownerFilterOptions, countdown, formatDate, formatLongDate, isCurrent, monthGrid, monthsFrom, weekday } from './calendar.ts';
import { localToday } from './countdown.ts';
import { createStageIndex, DEFAULT_STAGES, stagesProblems } from './stages.ts';

const ann = (id: string, effective: string, sunset?: string): Announcement => ({
  id,
  file: `/${id}.md`,
  display: `content/lifecycle/${id}.md`,
  title: id,
  summary: '',
  type: sunset ? 'deprecation' : 'ga',
  subjects: ['component:default/x'],
  announced: '2026-01-01',
  effective,
  ...(sunset ? { sunset } : {}),
});

describe('calendar dates', () => {
  it('counts down in whole calendar days', () => {
    expect(countdown('sunset', '2026-12-16', '2026-11-23')).toBe('sunset in 23 days');
    expect(countdown('sunset', '2026-11-24', '2026-11-23')).toBe('sunset tomorrow');
    expect(countdown('sunset', '2026-11-23', '2026-11-23')).toBe('sunset today');
    expect(countdown('takes effect', '2026-11-22', '2026-11-23')).toBe('took effect yesterday');
    expect(countdown('sunset', '2026-11-19', '2026-11-23')).toBe('sunset 4 days ago');
    // Across a leap day and a year end.
    expect(countdown('sunset', '2028-03-01', '2028-02-28')).toBe('sunset in 2 days');
    expect(countdown('sunset', '2027-01-01', '2026-12-31')).toBe('sunset tomorrow');
  });

  it('formats calendar dates without a time zone', () => {
    expect(formatDate('2026-03-01')).toBe('1 March 2026');
    expect(formatLongDate('2026-11-23')).toBe('Monday 23 November 2026');
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
  });

  it("takes the browser's local calendar day as today", () => {
    expect(localToday(new Date(2027, 5, 1, 0, 30))).toBe('2027-06-01');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('lists effective and sunset events in date order and splits upcoming from past', () => {
    const events = calendarEvents([ann('b', '2026-12-01', '2027-03-31'), ann('a', '2026-11-23'), ann('c', '2026-06-01')]);
    expect(events.map((e) => `${e.date} ${e.announcement.id} ${e.kind}`)).toEqual([
      '2026-06-01 c effective',
      '2026-11-23 a effective',
      '2026-12-01 b effective',
      '2027-03-31 b sunset',
    ]);
    expect(isCurrent(ann('a', '2026-11-23'), '2026-11-23')).toBe(true);
    expect(isCurrent(ann('a', '2026-11-22'), '2026-11-23')).toBe(false);
    expect(isCurrent(ann('b', '2026-01-01', '2026-11-23'), '2026-11-23')).toBe(true);
    expect(byMonth(events).map((g) => `${g.month}:${g.items.length}`)).toEqual(['2026-06:1', '2026-11:1', '2026-12:1', '2027-03:1']);
  });

  it('builds Monday-first month grids', () => {
    expect(monthsFrom('2026-11-23', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
    const nov = monthGrid('2026-11');
    // 1 November 2026 is a Sunday: six empty cells before it.
    expect(nov[0]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, '2026-11-01']);
    expect(nov.flat().filter(Boolean)).toHaveLength(30);
    expect(monthGrid('2028-02').flat().filter(Boolean)).toHaveLength(29);
    expect(nov.every((w) => w.length === 7)).toBe(true);
  });
});

describe('maturity stages', () => {
  it('maps Backstage lifecycles and the extra stages to stages', () => {
    const idx = createStageIndex();
    expect(idx.forLifecycle('production')?.label).toBe('GA');
    expect(idx.forLifecycle('experimental')?.id).toBe('experimental');
    expect(idx.forLifecycle('Deprecated')?.badge).toBe('danger');
    expect(idx.forLifecycle('beta')?.support).toMatch(/business hours/i);
    expect(idx.forLifecycle('retired')?.id).toBe('retired');
    expect(idx.forLifecycle('ga')?.id).toBe('production');
    expect(idx.forLifecycle('unknown')).toBeUndefined();
    expect(stagesProblems(DEFAULT_STAGES)).toEqual([]);
    expect(stagesProblems([...DEFAULT_STAGES, { ...DEFAULT_STAGES[0]!, id: 'later', lifecycles: ['ga'] }])).toEqual([
      '"ga" maps to both stage "production" and stage "later"',
    ]);
  });
});

describe('the calendar team filter', () => {
  it('offers every team when few own dates', () => {
    expect(ownerFilterOptions([{ owners: ['group:b'] }, { owners: ['group:a', 'group:b'] }], 5)).toEqual({ shown: ['group:b', 'group:a'], left: 0 });
  });

  it('offers the teams with the most dates when a deadline belongs to hundreds', () => {
    const everyone = Array.from({ length: 300 }, (_, i) => `group:t${String(i).padStart(3, '0')}`);
    const items = [{ owners: everyone }, { owners: ['group:t299', 'group:t150'] }, { owners: ['group:t150'] }];
    const { shown, left } = ownerFilterOptions(items, 40);
    expect(shown).toHaveLength(40);
    expect(shown.slice(0, 3)).toEqual(['group:t150', 'group:t299', 'group:t000']);
    expect(left).toBe(260);
  });
});
