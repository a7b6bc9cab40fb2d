/**
 * Calendar dates. A date such as `2026-03-01` is that day everywhere: we never turn it
 * into a UTC midnight (which shows as 28 February west of Greenwich). Dates are kept as
 * `YYYY-MM-DD` strings and compared as strings or as day numbers.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Number of days in month `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date (calendar arithmetic, no time zone). */
export function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

/** The YYYY-MM-DD date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Normalises a frontmatter date: YAML parsers such as js-yaml turn an unquoted
 * `2026-01-15` into a Date at UTC midnight; we take its UTC calendar day back.
 */
export function toCalendarDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  return undefined;
}

/**
 * "Today" for the whole build: WAYFINDER_TODAY=YYYY-MM-DD when set (reproducible builds
 * and tests), else the local calendar date of the machine that builds.
 */
export function today(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const forced = env.WAYFINDER_TODAY;
  if (forced) {
    if (!isCalendarDate(forced)) {
      throw new Error(
        `WAYFINDER_TODAY="${forced}" is not a calendar date (write YYYY-MM-DD, e.g. 2026-01-15)`,
      );
    }
    return forced;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
