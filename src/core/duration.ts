/**
 * Step durations: `30m`, `2h`, `1h30m` (a space between the parts is allowed), and
 * how totals are shown to readers ("4 h 30 min"). No Node imports: the browser uses it.
 */

const DURATION = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?$/;

/** Minutes in a step duration such as `30m`, `2h` or `1h30m`; undefined when malformed or zero. */
export function parseStepDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  const m = DURATION.exec(s);
  if (!s || !m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return Number.isSafeInteger(minutes) && minutes > 0 ? minutes : undefined;
}

/** Formats minutes for readers: `45 min`, `2 h`, `4 h 30 min` (`0 min` for none). */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
