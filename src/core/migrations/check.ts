/**
 * The migration checks `npm run check` and the build run once the announcements are read:
 * each `wayfinder.dev/migration-<id>` plan names a real deprecation, sunset or breaking change
 * (did you mean ...?), and is dated by its deadline; and a deadline that has passed with
 * consumers left is a warning (an error for CI under `--fail-on-overdue-migrations`).
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { endDate, type Announcement } from '../lifecycle/announcements.ts';
import { didYouMean } from '../suggest.ts';
import { shortRef } from '../names.ts';
import { WAYFINDER_PREFIX } from '../catalog/read/wayfinder-fields.ts';
import { MIGRATION_PREFIX } from '../catalog/read/migration-plans.ts';
import { isMigration, type Migration } from './migration.ts';

/** The annotation key of announcement `id`'s plan. */
export function planKey(id: string): string {
  return `${WAYFINDER_PREFIX}${MIGRATION_PREFIX}${id.replace(/\//g, '.')}`;
}

/** Problems with the plans entities wrote, at the annotation's file:line:col. */
export function checkMigrationPlans(entities: readonly CatalogEntity[], announcements: readonly Announcement[], today: string): Diagnostic[] {
  const byId = new Map(announcements.map((a) => [a.id, a]));
  const ids = announcements.filter(isMigration).map((a) => a.id);
  const out: Diagnostic[] = [];
  for (const e of entities) {
    for (const plan of e.migrationPlans ?? []) {
      const where = { file: plan.pos.file, line: plan.pos.line, column: plan.pos.column };
      const a = byId.get(plan.announcement);
      if (!a) {
        out.push({
          ...where,
          severity: 'warning',
          code: 'migration/unknown-announcement',
          message: `annotation ${planKey(plan.announcement)} names no announcement`,
          hint: didYouMean(plan.announcement, ids, planKey) ?? (ids.length ? `the announcements with a migration are ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}` : 'there is no deprecation, sunset or breaking change to plan for'),
        });
        continue;
      }
      if (!isMigration(a)) {
        out.push({ ...where, severity: 'warning', code: 'migration/not-a-migration', message: `${a.id} is a ${a.type} announcement: there is nothing to migrate`, hint: 'remove the annotation' });
        continue;
      }
      const deadline = endDate(a);
      if (plan.by && plan.by > deadline) {
        out.push({
          ...where,
          severity: 'warning',
          code: 'migration/plan-after-sunset',
          message: `${shortRef(e.ref)} plans to move by ${plan.by}, after ${a.id}'s ${a.sunset ? 'sunset' : 'effective date'} ${deadline}`,
          hint: `plan the work by ${deadline}, or agree an exemption with ${a.contact ? shortRef(a.contact) : 'the announcing team'} ("exempt until YYYY-MM-DD: why")`,
        });
      }
      if (plan.exempt && plan.exempt.until < today) {
        out.push({ ...where, severity: 'warning', code: 'migration/exemption-lapsed', message: `${shortRef(e.ref)}'s exemption from ${a.id} lapsed on ${plan.exempt.until}`, hint: 'plan the move ("by YYYY-MM-DD: tracker"), or renew the exemption' });
      }
    }
  }
  return out;
}

/**
 * A warning (or, with `fail`, an error) for each sunset that has passed with consumers left
 * (a deprecation's sunset, a sunset's effective date), at its announcement. A breaking change
 * has no sunset: its page shows it overdue, but the subject keeps working for those who adapt.
 */
export function overdueMigrations(list: readonly Migration[], fail = false): Diagnostic[] {
  return list
    .filter((m) => m.overdue && m.announcement.type !== 'breaking-change')
    .map((m) => ({
      // At the date the author wrote (the sunset, else the effective date), not at the file's top.
      ...(m.announcement.deadlinePos ?? { file: m.announcement.display, line: 1, column: 1 }),
      severity: fail ? ('error' as const) : ('warning' as const),
      code: 'migration/overdue',
      message: `the ${m.announcement.sunset ? 'sunset' : 'effective date'} ${m.deadline} has passed and ${m.left} consumer${m.left === 1 ? '' : 's'} still use${m.left === 1 ? 's' : ''} ${m.announcement.subjects.map(shortRef).join(', ')} (${m.counts.planned} planned, ${m.counts['not-started']} not started)`,
      hint: 'chase the teams on the announcement page, move the date, or retire the subject',
    }));
}
