/**
 * A consumer's team says what it will do about a deprecation in its own descriptor, so the
 * statement is reviewed by the people who own it:
 *
 *     wayfinder.dev/migration-legacy-deployer-deprecation: "by 2027-01-15: https://tracker.example.com/PAY-123"
 *     wayfinder.dev/migration-legacy-deployer-deprecation: "exempt until 2027-06-01: runs once a year, moves with the Q2 rebuild"
 *     wayfinder.dev/migration-launchpad-team-field: "done"   (adapted to a breaking change; still uses it)
 *
 * This module reads one such value (at catalog read time, before announcements are known);
 * check.ts then checks the announcement id and the dates against the announcements.
 */
import { isCalendarDate } from '../../dates.ts';
import { urlProblem } from './url-check.ts';
import type { MigrationPlan } from '../../model/entity.ts';

/** The annotation prefix after `wayfinder.dev/`. */
export const MIGRATION_PREFIX = 'migration-';

const PLANNED = /^\s*by\s+(\S+)\s*:\s*(\S[\s\S]*?)\s*$/i;
const DONE = /^\s*done\s*(?::.*)?$/is;
const EXEMPT = /^\s*exempt\s+until\s+(\S+)\s*:\s*(\S[\s\S]*?)\s*$/i;

/** The hint every malformed plan gets. */
export const PLAN_HINT = 'write "by YYYY-MM-DD: <where the work is tracked>", "exempt until YYYY-MM-DD: <why>" or "done"';

/**
 * The announcement id an annotation key names: the part after `migration-`, with `.` standing
 * for `/` (annotation names cannot hold a slash), lower-cased as announcement ids are.
 */
export function announcementIdOfKey(name: string): string {
  return name.slice(MIGRATION_PREFIX.length).replace(/\./g, '/').toLowerCase();
}

/** Reads one plan's value; a problem (one sentence) when it is not one of the two forms or a date is not real. */
export function parsePlanValue(value: string): { plan: Omit<MigrationPlan, 'announcement' | 'pos'> } | { problem: string } {
  if (DONE.test(value)) return { plan: { done: true } };
  const exempt = EXEMPT.exec(value);
  if (exempt) {
    const until = exempt[1] as string;
    if (!isCalendarDate(until)) return { problem: `"${until}" is not a calendar date (YYYY-MM-DD)` };
    return { plan: { exempt: { until, reason: exempt[2] as string } } };
  }
  const planned = PLANNED.exec(value);
  if (planned) {
    const by = planned[1] as string;
    if (!isCalendarDate(by)) return { problem: `"${by}" is not a calendar date (YYYY-MM-DD)` };
    const tracker = planned[2] as string;
    if (/^[a-z][a-z0-9+.-]*:/i.test(tracker)) {
      const problem = urlProblem(tracker);
      if (problem) return { problem: `"${tracker}" is not a usable link: ${problem}` };
    }
    return { plan: { by, tracker } };
  }
  return { problem: `"${value}" does not say by when and where the work is tracked` };
}
