/**
 * The CI gate on maturity levels (`npm run check -- --health --fail-under-level silver`):
 * every scored entity (or every one a team owns, the team included) must be at the level
 * or above. Shared by the CLI and its tests.
 */
import { atLeast, levelLabel, type Level } from './levels.ts';
import type { HealthReport } from './report.ts';

/** Entities listed in a failure message before "and N more". */
const SHOWN = 10;

/** The gate's failures in words (empty when every entity is at `level` or above); `team` limits it to what that team owns. */
export function levelGateFailures(report: Pick<HealthReport, 'scorecards' | 'levels'>, level: string, team?: string): string[] {
  const levels: readonly Level[] = report.levels;
  const cards = report.scorecards.filter((c) => !team || c.owner === team || c.ref === team);
  const below = cards.filter((c) => !atLeast(levels, c.level, level));
  if (below.length === 0) return [];
  const list = below
    .slice(0, SHOWN)
    .map((c) => `${c.ref} (${levelLabel(levels, c.level)}, ${c.file})`)
    .join(', ');
  const more = below.length > SHOWN ? ` and ${below.length - SHOWN} more` : '';
  return [`${below.length} of ${cards.length} entities${team ? ` of ${team}` : ''} are below ${levelLabel(levels, level)} (--fail-under-level ${level}): ${list}${more}`];
}
