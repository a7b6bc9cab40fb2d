/**
 * Every deprecation, sunset and breaking change is a migration over its subjects' consumers
 * (direct and one hop indirect, by lifecycle/impact.ts over the one "who uses this" rule).
 * Each consumer is:
 * - done: it was a consumer (at a point of the content's history since the announcement, or it
 *   wrote a plan for it) and no longer uses a subject; using the replacement is what is left.
 *   Or its descriptor says `done`: a breaking change it has adapted to, which it still uses;
 * - exempt: its descriptor says `exempt until <date>: <reason>` and the date has not passed;
 * - planned: its descriptor says `by <date>: <tracker>`;
 * - not started: it says nothing (or its exemption lapsed).
 * The burn-down counts, at each history point, the consumers left and how many had a plan.
 */
import type { CatalogEntity, MigrationPlan } from '../model/entity.ts';
import { affectedEntities } from '../lifecycle/impact.ts';
import { endDate, type Announcement } from '../lifecycle/announcements.ts';
import { addDays } from '../dates.ts';
import { sortByName } from '../names.ts';
import type { CatalogHistory } from '../campaigns/history.ts';
import { historyPointLookups } from './point-lookup.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** A consumer's state in a migration, in the order pages list them. */
export const MIGRATION_STATES = ['not-started', 'planned', 'exempt', 'done'] as const;
export type MigrationState = (typeof MIGRATION_STATES)[number];
/** How each state is written on pages and in notices. */
export const STATE_LABELS: Record<MigrationState, string> = { 'not-started': 'Not started', planned: 'Planned', exempt: 'Exempt', done: 'Done' };

/** One consumer of a migration. */
export interface MigrationConsumer {
  entity: CatalogEntity;
  state: MigrationState;
  /** Uses a subject only through another consumer. */
  indirect: boolean;
  /** refKey of its owner, when it has one. */
  owner?: string;
  /** Planned: by when, and where the work is tracked. */
  by?: string;
  tracker?: string;
  /** Planned after the deadline. */
  late?: boolean;
  /** Exempt: until when and why. */
  exempt?: { until: string; reason: string };
}

/** Counts of consumers by state. */
export type StateCounts = Record<MigrationState, number>;

/** One point of the burn-down. */
export interface BurnPoint {
  date: string;
  /** Consumers still using a subject then (not done). */
  left: number;
  /** Of those, with a plan then. */
  planned: number;
}

/** A migration: an announcement that asks consumers to move, and where each is. */
export interface Migration {
  announcement: Announcement;
  /** The day consumers must be done by: the sunset, else the effective date. */
  deadline: string;
  consumers: MigrationConsumer[];
  counts: StateCounts;
  /** Consumers not done nor exempt. */
  left: number;
  /** No consumer left without a plan, and every plan by the deadline. */
  fits: boolean;
  /** The deadline has passed with consumers left. */
  overdue: boolean;
  /** Oldest first, from a week before the announcement; empty without history. */
  burnDown: BurnPoint[];
}

/** Announcement types that ask consumers to move. */
export function isMigration(a: Pick<Announcement, 'type'>): boolean {
  return a.type === 'deprecation' || a.type === 'sunset' || a.type === 'breaking-change';
}

/** Zero counts. */
export function emptyCounts(): StateCounts {
  return { 'not-started': 0, planned: 0, exempt: 0, done: 0 };
}

/** The plan `entity` wrote for announcement `id`, if any. */
export function planFor(entity: Pick<CatalogEntity, 'migrationPlans'>, id: string): MigrationPlan | undefined {
  return entity.migrationPlans?.find((p) => p.announcement === id);
}

/** The state of a consumer still using a subject, from its plan and "today". */
function stateOf(plan: MigrationPlan | undefined, today: string): MigrationState {
  if (plan?.done) return 'done';
  if (plan?.exempt && plan.exempt.until >= today) return 'exempt';
  if (plan?.by) return 'planned';
  return 'not-started';
}

/** refKeys of the consumers of `a` in the catalog behind `lookup`. */
function consumersAt(a: Announcement, lookup: Lookup): Map<string, boolean> {
  return new Map(affectedEntities(a.subjects, lookup).map((x) => [x.entity.ref, x.indirect]));
}

/** Lookups for each history point, built once and shared by every migration. */
export function historyLookups(history: CatalogHistory | undefined): { date: string; lookup: Lookup; entities: readonly CatalogEntity[] }[] {
  const points = history?.points ?? [];
  const past = points.slice(0, -1);
  // The last point is today's catalog: the objects most past points are made of.
  const lookups = historyPointLookups(past, points.at(-1)?.entities ?? []);
  return past.map((p, i) => ({ date: p.date, lookup: lookups[i] as Lookup, entities: p.entities }));
}

/** The migration of one announcement over the current catalog, with its burn-down over `points` (historyLookups). */
export function migrationOf(
  a: Announcement,
  entities: readonly CatalogEntity[],
  lookup: Lookup,
  today: string,
  points: ReturnType<typeof historyLookups> = [],
): Migration {
  const deadline = endDate(a);
  const now = consumersAt(a, lookup);
  // Who was a consumer: now, at any point since a week before the announcement, or says so with a plan.
  const from = addDays(a.announced, -7);
  const usedPoints = points.filter((p) => p.date >= from && p.date < today);
  const past = usedPoints.map((p) => ({ date: p.date, consumers: consumersAt(a, p.lookup), lookup: p.lookup }));
  const tracked = new Map<string, boolean>(now);
  for (const p of past) for (const [ref, indirect] of p.consumers) if (!tracked.has(ref)) tracked.set(ref, indirect);
  for (const e of entities) if (!tracked.has(e.ref) && planFor(e, a.id) && !a.subjects.includes(e.ref)) tracked.set(e.ref, false);
  const consumers: MigrationConsumer[] = [];
  for (const ref of tracked.keys()) {
    const entity = lookup(ref);
    if (!entity) continue; // no longer in the catalog: nothing to chase
    const plan = planFor(entity, a.id);
    const state: MigrationState = now.has(ref) ? stateOf(plan, today) : 'done';
    const c: MigrationConsumer = { entity, state, indirect: now.get(ref) ?? tracked.get(ref) ?? false };
    if (entity.owner) c.owner = entity.owner;
    if (state === 'planned' && plan?.by) {
      c.by = plan.by;
      if (plan.tracker) c.tracker = plan.tracker;
      if (plan.by > deadline) c.late = true;
    }
    if (state === 'exempt' && plan?.exempt) c.exempt = plan.exempt;
    consumers.push(c);
  }
  const order = new Map(sortByName(consumers.map((c) => c.entity)).map((e, i) => [e.ref, i]));
  consumers.sort((x, y) => MIGRATION_STATES.indexOf(x.state) - MIGRATION_STATES.indexOf(y.state) || (order.get(x.entity.ref) ?? 0) - (order.get(y.entity.ref) ?? 0));
  const counts = emptyCounts();
  for (const c of consumers) counts[c.state]++;
  const left = counts['not-started'] + counts.planned;
  const burnDown: BurnPoint[] = past.map((p) => {
    let left = 0;
    let planned = 0;
    for (const ref of p.consumers.keys()) {
      const state = stateOf(planFor(p.lookup(ref) ?? {}, a.id), p.date);
      if (state === 'exempt' || state === 'done') continue;
      left++;
      if (state === 'planned') planned++;
    }
    return { date: p.date, left, planned };
  });
  if (burnDown.length) burnDown.push({ date: today, left, planned: counts.planned });
  return {
    announcement: a,
    deadline,
    consumers,
    counts,
    left,
    fits: counts['not-started'] === 0 && consumers.every((c) => !c.late),
    overdue: deadline < today && left > 0,
    burnDown,
  };
}

/** Every migration of `announcements` (deprecations, sunsets, breaking changes), in announcement order. */
export function migrations(
  announcements: readonly Announcement[],
  entities: readonly CatalogEntity[],
  lookup: Lookup,
  today: string,
  history?: CatalogHistory,
): Migration[] {
  const points = historyLookups(history);
  return announcements.filter(isMigration).map((a) => migrationOf(a, entities, lookup, today, points));
}
