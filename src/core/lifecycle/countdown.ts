/**
 * Countdown text, shared by the build and the browser script (so it imports nothing
 * but calendar arithmetic).
 */
import { daysBetween } from '../dates.ts';

const PAST_TENSE: Record<string, string> = { 'takes effect': 'took effect' };

/** `sunset in 23 days`, `takes effect tomorrow`, `sunset today`, `sunset 4 days ago`, `took effect yesterday`. */
export function countdown(verb: string, date: string, today: string): string {
  const n = daysBetween(today, date);
  if (n === 0) return `${verb} today`;
  if (n === 1) return `${verb} tomorrow`;
  const was = PAST_TENSE[verb] ?? verb;
  if (n === -1) return `${was} yesterday`;
  return n > 0 ? `${verb} in ${n} days` : `${was} ${-n} days ago`;
}

/** The browser's own calendar date as YYYY-MM-DD (its local day, which is what the reader calls today). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
