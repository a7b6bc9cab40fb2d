/**
 * Teams' planned migration dates as calendar items (core/lifecycle/items.ts), for the
 * organisation's and each team's iCalendar feeds: one all-day event per team and planned
 * date of a migration, naming what the team moves by then and where the work is tracked.
 */
import type { CalendarItem } from '../lifecycle/items.ts';
import { announcementPath } from '../urls.ts';
import type { Migration } from './migration.ts';

/** Consumers named in one event's text before "and N more". */
const NAMED = 10;

/** One item per (migration, team, planned date), in date order within a migration. */
export function migrationPlanItems(list: readonly Migration[], ctx: { nameOf: (ref: string) => string }): CalendarItem[] {
  const items: CalendarItem[] = [];
  for (const m of list) {
    const a = m.announcement;
    const groups = new Map<string, { team: string; by: string; names: string[]; trackers: string[] }>();
    for (const c of m.consumers) {
      if (c.state !== 'planned' || !c.by || !c.owner) continue;
      const key = `${c.owner} ${c.by}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { team: c.owner, by: c.by, names: [], trackers: [] }));
      g.names.push(ctx.nameOf(c.entity.ref));
      if (c.tracker && !g.trackers.includes(c.tracker)) g.trackers.push(c.tracker);
    }
    for (const g of [...groups.values()].sort((x, y) => (x.by < y.by ? -1 : x.by > y.by ? 1 : x.team < y.team ? -1 : 1))) {
      const team = ctx.nameOf(g.team);
      const subjects = a.subjects.map(ctx.nameOf).join(', ');
      const more = g.names.length > NAMED ? `, and ${g.names.length - NAMED} more` : '';
      items.push({
        id: `${a.id.replace(/\//g, '-')}-plan-${g.team.replace(/[^a-z0-9]+/gi, '-')}-${g.by}`,
        kind: 'migration-plan',
        kindLabel: 'Planned migration',
        badge: 'note',
        date: g.by,
        what: 'Planned move',
        verb: 'is planned',
        title: `${team}: off ${subjects}`,
        url: announcementPath(a.id),
        owners: [g.team],
        subjects: a.subjects,
        ...(a.replacement ? { replacement: a.replacement } : {}),
        group: `migration-plan:${a.id}`,
        feed: {
          stamp: a.announced,
          summary: `Planned: ${team} moves off ${subjects}`,
          details: [
            `${team} plans to move ${g.names.slice(0, NAMED).join(', ')}${more} off ${subjects} by ${g.by}${a.replacement ? ` (to ${ctx.nameOf(a.replacement)})` : ''}.`,
            `Deadline: ${m.deadline}${g.by > m.deadline ? ' (this plan is after it)' : ''}.`,
            ...(g.trackers.length ? [`Tracked in: ${g.trackers.slice(0, NAMED).join(', ')}.`] : []),
          ],
          linkText: 'The migration and its guide',
          categories: ['Planned migration'],
        },
      });
    }
  }
  return items;
}
