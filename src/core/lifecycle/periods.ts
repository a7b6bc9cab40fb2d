/**
 * The calendar's time questions ("this month", "this quarter", "next quarter") as date
 * ranges of the READER's date, the month grid, and the bounded slice of the calendar that
 * /lifecycle/ carries. Shared by the build and the browser script, so it imports nothing
 * but calendar arithmetic: no Announcement, no clock, no time zone.
 */
import { addDays, daysBetween, daysInMonth, dayNumber } from '../dates.ts';

/** An inclusive range of calendar dates (YYYY-MM-DD). */
export interface DateRange {
  start: string;
  end: string;
}

/** The views of /lifecycle/: the three periods, and the next and latest dates whatever their period. */
export const CALENDAR_VIEWS = ['upcoming', 'this-month', 'this-quarter', 'next-quarter', 'past'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export type PeriodView = Exclude<CalendarView, 'upcoming' | 'past'>;

/** A view that is a period of the calendar, with its range and how it is named. */
export interface Period extends DateRange {
  view: PeriodView;
  /** `This quarter`. */
  label: string;
  /** `Q4 2026: 1 October – 31 December`. */
  detail: string;
}

/** The short names of the views, for the view switch. */
export const VIEW_LABELS: Record<CalendarView, string> = {
  upcoming: 'Upcoming',
  'this-month': 'This month',
  'this-quarter': 'This quarter',
  'next-quarter': 'Next quarter',
  past: 'Past',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The month of `date` as a range: 2026-11-23 -> 2026-11-01 … 2026-11-30. */
export function monthRange(date: string): DateRange {
  const [y, m] = parts(date);
  return { start: ymd(y, m, 1), end: ymd(y, m, daysInMonth(y, m)) };
}

/** The calendar quarter of `date`, `offset` quarters later (negative: earlier): Q1 is January to March. */
export function quarterOf(date: string, offset = 0): { year: number; quarter: 1 | 2 | 3 | 4 } & DateRange {
  const [y, m] = parts(date);
  const index = y * 4 + Math.floor((m - 1) / 3) + offset;
  const year = Math.floor(index / 4);
  const quarter = ((index % 4) + 1) as 1 | 2 | 3 | 4;
  const first = (quarter - 1) * 3 + 1;
  return { year, quarter, start: ymd(year, first, 1), end: ymd(year, first + 2, daysInMonth(year, first + 2)) };
}

/** One of the period views, for the reader's `today`. */
export function periodOf(view: PeriodView, today: string): Period {
  if (view === 'this-month') {
    const r = monthRange(today);
    const [y, m] = parts(today);
    return { view, label: VIEW_LABELS[view], detail: `${MONTHS[m - 1]} ${y}`, ...r };
  }
  const q = quarterOf(today, view === 'next-quarter' ? 1 : 0);
  const [, sm, sd] = parts(q.start);
  const [, em, ed] = parts(q.end);
  return {
    view,
    label: VIEW_LABELS[view],
    detail: `Q${q.quarter} ${q.year}: ${sd} ${MONTHS[sm - 1]} – ${ed} ${MONTHS[em - 1]}`,
    start: q.start,
    end: q.end,
  };
}

/** `2026-03-01` as people read it: `1 March 2026` (calendar date, no time zone). */
export function formatDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2026-03` as `March 2026`. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

/** True when `date` lies in `range` (both ends included). */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}

/** How many dates each view shows at most, and how many items /lifecycle/ carries in all. */
// 40 rows of about 800 bytes keep /lifecycle/ under 100 KB with a large sidebar (issue #14).
export const VIEW_LIMITS = { upcoming: 15, past: 10, page: 40 } as const;

/**
 * The items a view shows, in the order it shows them: a period's items in date order, past
 * ones included; the next `upcoming` from today; the latest `past` before today, latest first.
 */
export function itemsInView<T extends { date: string }>(
  items: readonly T[],
  view: CalendarView,
  today: string,
  limits: { upcoming: number; past: number } = VIEW_LIMITS,
): T[] {
  const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (view === 'upcoming') return sorted.filter((i) => i.date >= today).slice(0, limits.upcoming);
  if (view === 'past') return sorted.filter((i) => i.date < today).slice(-limits.past).reverse();
  const period = periodOf(view, today);
  return sorted.filter((i) => inRange(i.date, period));
}

/** The months (`YYYY-MM`) that have at least one of `items`, in date order. */
export function monthsWithItems(items: readonly { date: string }[]): string[] {
  return [...new Set(items.map((i) => i.date.slice(0, 7)))].sort();
}

/** A month as weeks (Monday first) of dates, `undefined` for days outside the month. */
export function monthGrid(month: string): (string | undefined)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  const lead = (((dayNumber(first) + 4) % 7) + 6) % 7; // 1970-01-01 was a Thursday; Monday = 0
  const cells: (string | undefined)[] = Array.from({ length: lead }, () => undefined);
  for (let d = 0; d < daysInMonth(y, m); d++) cells.push(addDays(first, d));
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks: (string | undefined)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** What /lifecycle/ carries: a bounded slice of the calendar around the build's today. */
export interface CalendarSlice<T> {
  /** In date order. */
  items: T[];
  /** Every item dated in this range is in `items` (open ends are `0000-01-01` and `9999-12-31`). */
  covers: DateRange;
  upcomingTotal: number;
  pastTotal: number;
}

/** Open ends of a range that is complete on that side. */
export const OPEN_RANGE: DateRange = { start: '0000-01-01', end: '9999-12-31' };

/**
 * The slice of the calendar /lifecycle/ renders, so that it does not grow with the size of
 * the organisation: every item of this quarter and the next (by the build's `today`), the
 * next `upcoming` and the latest `past` dates; then, if that is more than `page` items, the
 * ones farthest from today are left to the paged lists. It is one run of dates around
 * today, and `covers` says which dates it holds completely, so a reader whose date is
 * later than the build's can be told where the rest is.
 */
export function calendarSlice<T extends { date: string }>(
  items: readonly T[],
  today: string,
  limits: { upcoming: number; past: number; page: number } = VIEW_LIMITS,
): CalendarSlice<T> {
  const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const firstFuture = sorted.findIndex((i) => i.date >= today);
  const split = firstFuture < 0 ? sorted.length : firstFuture;
  const wanted = { start: quarterOf(today).start, end: quarterOf(today, 1).end };
  // The run [lo, hi) of sorted items: the two quarters, widened to the next and latest few.
  let lo = Math.min(split - Math.min(limits.past, split), lowerBound(sorted, wanted.start));
  let hi = Math.max(Math.min(sorted.length, split + limits.upcoming), upperBound(sorted, wanted.end));
  // Too many: drop the items farthest from today, one end at a time.
  while (hi - lo > limits.page) {
    const before = daysBetween((sorted[lo] as T).date, today);
    const after = daysBetween(today, (sorted[hi - 1] as T).date);
    if (after >= before) hi--;
    else lo++;
  }
  const covers: DateRange = {
    start: lo === 0 ? OPEN_RANGE.start : addDays((sorted[lo - 1] as T).date, 1),
    end: hi === sorted.length ? OPEN_RANGE.end : addDays((sorted[hi] as T).date, -1),
  };
  return { items: sorted.slice(lo, hi), covers, upcomingTotal: sorted.length - split, pastTotal: split };
}

/**
 * True when a view needs dates the page does not hold (`covers`, from calendarSlice): a
 * period outside it, upcoming dates past its end when fewer than the limit are shown, past
 * dates between its end and a reader's later today. The page then says where the rest is.
 */
export function viewReachesBeyond(
  view: CalendarView,
  today: string,
  shown: number,
  covers: DateRange,
  limits: { upcoming: number; past: number } = VIEW_LIMITS,
): boolean {
  if (view === 'upcoming') return today < covers.start || (shown < limits.upcoming && covers.end !== OPEN_RANGE.end);
  if (view === 'past') return (covers.end !== OPEN_RANGE.end && today > addDays(covers.end, 1)) || (shown < limits.past && covers.start !== OPEN_RANGE.start);
  const p = periodOf(view, today);
  return p.start < covers.start || p.end > covers.end;
}

/** Index of the first item dated `date` or later. */
function lowerBound(sorted: readonly { date: string }[], date: string): number {
  const i = sorted.findIndex((x) => x.date >= date);
  return i < 0 ? sorted.length : i;
}

/** Index after the last item dated `date` or earlier. */
function upperBound(sorted: readonly { date: string }[], date: string): number {
  const i = sorted.findIndex((x) => x.date > date);
  return i < 0 ? sorted.length : i;
}
