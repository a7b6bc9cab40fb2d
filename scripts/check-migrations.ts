/**
 * The migrations part of `npm run check`: `--fail-on-overdue-migrations` (a sunset that has
 * passed with consumers left fails CI instead of warning), and each migration's state per
 * team in `--health --format json`. Kept apart from scripts/check.ts, as check-maturity.ts is.
 */
import type { Diagnostic } from '../src/core/model/diagnostics.ts';
import { emptyCounts, type Migration, type StateCounts } from '../src/core/migrations/migration.ts';

/** The options this module adds to parseArgs. */
export const MIGRATION_OPTIONS = {
  'fail-on-overdue-migrations': { type: 'boolean' },
} as const;

/** The lines of the checker's usage text for these options. */
export const MIGRATION_USAGE = `  --fail-on-overdue-migrations
                    a sunset that has passed while consumers still use its subject is an
                    error (exit 1) instead of a warning`;

/** The values of these options as parseArgs returns them. */
export interface MigrationValues {
  'fail-on-overdue-migrations'?: boolean;
}

/** With the flag, overdue-migration warnings become errors. */
export function applyOverdueGate(diagnostics: readonly Diagnostic[], values: MigrationValues): Diagnostic[] {
  if (!values['fail-on-overdue-migrations']) return [...diagnostics];
  return diagnostics.map((d) => (d.code === 'migration/overdue' ? { ...d, severity: 'error' } : d));
}

/** One migration in `--health --format json`. */
export interface MigrationJson {
  announcement: string;
  type: string;
  deadline: string;
  counts: StateCounts;
  fits: boolean;
  overdue: boolean;
  teams: { team: string | null; counts: StateCounts; consumers: { ref: string; state: string; indirect: boolean; by?: string; tracker?: string; exemptUntil?: string }[] }[];
}

/** Every migration with its state per team, for tools (and for the notices a CI job sends). */
export function migrationsJson(list: readonly Migration[]): MigrationJson[] {
  return list.map((m) => {
    const teams = new Map<string, MigrationJson['teams'][number]>();
    for (const c of m.consumers) {
      const key = c.owner ?? '';
      let t = teams.get(key);
      if (!t) teams.set(key, (t = { team: c.owner ?? null, counts: emptyCounts(), consumers: [] }));
      t.counts[c.state]++;
      t.consumers.push({ ref: c.entity.ref, state: c.state, indirect: c.indirect, ...(c.by ? { by: c.by } : {}), ...(c.tracker ? { tracker: c.tracker } : {}), ...(c.exempt ? { exemptUntil: c.exempt.until } : {}) });
    }
    return {
      announcement: m.announcement.id,
      type: m.announcement.type,
      deadline: m.deadline,
      counts: m.counts,
      fits: m.fits,
      overdue: m.overdue,
      teams: [...teams.values()].sort((a, b) => ((a.team ?? '') < (b.team ?? '') ? -1 : 1)),
    };
  });
}
