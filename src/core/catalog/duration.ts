/**
 * Durations of the escalation ladder's `after`: `0m`, `15m`, `1h`, `1d`, `1h30m`.
 */

const DURATION = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/;

/** Minutes in a duration such as `15m`, `1h`, `1d` or `1h30m`; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase().replace(/\s+/g, '');
  if (!s) return undefined;
  const m = DURATION.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return Number.isSafeInteger(minutes) ? minutes : undefined;
}

/** Formats minutes back as the shortest `1d2h30m` form (`0m` for zero). */
export function formatDuration(minutes: number): string {
  if (minutes <= 0) return '0m';
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}`;
}
