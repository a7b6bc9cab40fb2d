/**
 * The one duration grammar: `0m`, `30m`, `2h`, `1h30m`, `1d` (a space between a number and
 * its unit, or between the parts, is allowed). The escalation ladder's `after` and
 * onboarding step durations both read it; steps take hours and minutes only, and never
 * zero. Also how durations are written back. No Node imports: the browser uses it.
 */

const DURATION = /^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?$/;

/** The day, hour and minute parts of a duration, or undefined when it is not one. */
function durationParts(text: string): { days?: string; minutes: number } | undefined {
  const s = text.trim().toLowerCase();
  const m = DURATION.exec(s);
  if (!s || !m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return Number.isSafeInteger(minutes) ? { days: m[1], minutes } : undefined;
}

/** Minutes in a duration such as `15m`, `1h`, `1d` or `1h30m` (zero allowed); undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  return durationParts(text)?.minutes;
}

/** Minutes in a step duration such as `30m`, `2h` or `1h30m` (no days); undefined when malformed or zero. */
export function parseStepDuration(text: string): number | undefined {
  const parts = durationParts(text);
  return parts && parts.days === undefined && parts.minutes > 0 ? parts.minutes : undefined;
}

/** Formats minutes back as the shortest `1d2h30m` form (`0m` for zero). */
export function formatDuration(minutes: number): string {
  if (minutes <= 0) return '0m';
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
}

/** Formats minutes for readers: `45 min`, `2 h`, `4 h 30 min` (`0 min` for none). */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
