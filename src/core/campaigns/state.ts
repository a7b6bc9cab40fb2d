/**
 * Where a campaign stands on a date, shared by the build and the browser script (so it
 * imports nothing but calendar arithmetic): the browser's date decides "overdue".
 */
import { daysBetween } from '../dates.ts';

/** `done`, `overdue` (deadline passed with work left), `behind` (less done than time gone), `on-track`, `not-started`. */
export type CampaignState = 'done' | 'overdue' | 'behind' | 'on-track' | 'not-started';

/** Where a campaign stands on `today`: the share of time gone against the share done. */
export function campaignState(c: { start: string; deadline: string }, todo: number, percent: number, today: string): CampaignState {
  if (todo === 0) return 'done';
  if (today > c.deadline) return 'overdue';
  if (today < c.start) return 'not-started';
  const span = Math.max(1, daysBetween(c.start, c.deadline));
  const gone = (daysBetween(c.start, today) / span) * 100;
  return percent + 1e-9 >= gone ? 'on-track' : 'behind';
}

/** Words for a campaign state. */
export const STATE_LABELS: Record<CampaignState, string> = {
  done: 'Done',
  overdue: 'Overdue',
  behind: 'Behind',
  'on-track': 'On track',
  'not-started': 'Not started',
};
