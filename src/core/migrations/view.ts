/**
 * What an announcement page, a team page and the calendar show of a migration, as pure
 * functions of the migration (migration.ts): counts, one row per team with its contacts,
 * the consumers still to move (bounded: a widely used API has thousands), the burn-down's
 * geometry with the deadline on it, and whether the plans fit. No page's weight grows with
 * the number of consumers: at most TEAM_ROWS team rows and DETAIL_ROWS consumers; the rest
 * are counted, and when some are left out the full list, by team, is paged at
 * /lifecycle/<id>/consumers/ (CONSUMERS_PAGE_SIZE a page), as every team's page lists its own.
 */
import type { CatalogEntity } from '../model/entity.ts';
import { urlProblem } from '../catalog/read/url-check.ts';
import { displayName } from '../names.ts';
import { emptyCounts, MIGRATION_STATES, STATE_LABELS, type Migration, type MigrationConsumer, type MigrationState, type StateCounts } from './migration.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** Team rows on an announcement page. */
export const TEAM_ROWS = 50;
/** Consumers listed on an announcement page. */
export const DETAIL_ROWS = 100;
/** Consumers on each page of a migration's full consumer list. */
export const CONSUMERS_PAGE_SIZE = 100;

/** One team's share of a migration. */
export interface TeamRow {
  /** refKey of the team; undefined for consumers without an owner in the catalog. */
  ref?: string;
  name: string;
  chat?: string;
  chatUrl?: string;
  oncall?: string;
  counts: StateCounts;
  /** Not started plus planned. */
  left: number;
  /** The latest planned date of its consumers with a plan. */
  lastBy?: string;
  /** Any plan after the deadline. */
  late: boolean;
  /** The page of the full consumer list where its consumers start, when the list is paged. */
  listPage?: number;
}

/** One consumer row. */
export interface ConsumerRow {
  ref: string;
  name: string;
  kindLabel: string;
  team?: string;
  state: MigrationState;
  stateLabel: string;
  indirect: boolean;
  by?: string;
  late?: boolean;
  /** Where the work is tracked: a link when it is a usable URL, else text. */
  tracker?: { text: string; href?: string };
  exempt?: { until: string; reason: string };
}

/** The burn-down's picture: consumers left (and planned) at weekly points, the deadline as a vertical line. */
export interface BurnChart {
  width: number;
  height: number;
  /** SVG path of consumers left, and of those with a plan. */
  left: string;
  planned: string;
  dots: { x: number; y: number; date: string; left: number; planned: number }[];
  /** The deadline's x, when it falls in the drawn span (the span reaches the deadline when it is ahead). */
  deadline: { x: number; date: string };
  max: number;
  first: string;
  last: string;
}

/** The whole announcement-page view. */
export interface MigrationView {
  id: string;
  deadline: string;
  total: number;
  counts: StateCounts;
  left: number;
  /** Done or exempt, 0-100. */
  percent: number;
  status: 'done' | 'on-track' | 'at-risk' | 'overdue';
  /** One sentence: whether the plans fit before the deadline. */
  verdict: string;
  teams: TeamRow[];
  moreTeams: number;
  /** Consumers not done: not started first, then planned (latest first is not useful: soonest plan first), then exempt. */
  detail: ConsumerRow[];
  moreDetail: number;
  /** Pages of the full consumer list (0: the announcement page lists every team and every consumer left). */
  consumerPages: number;
  chart?: BurnChart;
}

/** One page of a migration's full consumer list. */
export interface ConsumerPage {
  id: string;
  page: number;
  pages: number;
  total: number;
  /** Index of the first row of this page in the whole list (0-based). */
  start: number;
  /** The page's consumers by team (a team may start on an earlier page: `continued`). */
  teams: { ref?: string; name: string; continued: boolean; rows: ConsumerRow[] }[];
}

/** A tracker as a link when it is a usable URL, else as text. */
function trackerOf(text: string): { text: string; href?: string } {
  return /^https?:\/\//i.test(text) && !urlProblem(text) ? { text, href: text } : { text };
}

/** One consumer as a row. */
export function consumerRow(c: MigrationConsumer, nameOf: (ref: string) => string): ConsumerRow {
  return {
    ref: c.entity.ref,
    name: displayName(c.entity),
    kindLabel: c.entity.kindLabel,
    ...(c.owner ? { team: nameOf(c.owner) } : {}),
    state: c.state,
    stateLabel: STATE_LABELS[c.state],
    indirect: c.indirect,
    ...(c.by ? { by: c.by } : {}),
    ...(c.late ? { late: true } : {}),
    ...(c.tracker ? { tracker: trackerOf(c.tracker) } : {}),
    ...(c.exempt ? { exempt: c.exempt } : {}),
  };
}

/** Rows per team, most left first, then by name. */
export function teamRows(m: Migration, lookup: Lookup, nameOf: (ref: string) => string): TeamRow[] {
  const rows = new Map<string, TeamRow>();
  for (const c of m.consumers) {
    const key = c.owner ?? '';
    let row = rows.get(key);
    if (!row) {
      const team = c.owner ? lookup(c.owner) : undefined;
      row = { name: c.owner ? nameOf(c.owner) : 'No owner in the catalog', counts: emptyCounts(), left: 0, late: false, ...(c.owner ? { ref: c.owner } : {}) };
      if (team?.chat) row.chat = team.chat;
      if (team?.chatUrl) row.chatUrl = team.chatUrl;
      if (team?.oncall) row.oncall = team.oncall;
      rows.set(key, row);
    }
    row.counts[c.state]++;
    if (c.state === 'not-started' || c.state === 'planned') row.left++;
    if (c.late) row.late = true;
  }
  for (const row of rows.values()) {
    const key = row.ref ?? '';
    if (row.counts.planned > 0) {
      const dates = m.consumers.filter((c) => (c.owner ?? '') === key && c.by).map((c) => c.by as string).sort();
      const last = dates.at(-1);
      if (last) row.lastBy = last;
    }
  }
  return [...rows.values()].sort((x, y) => y.left - x.left || (x.name.toLowerCase() < y.name.toLowerCase() ? -1 : x.name.toLowerCase() > y.name.toLowerCase() ? 1 : 0));
}

/** The burn-down's geometry, or undefined with fewer than two points. */
export function burnChart(m: Migration, size = { width: 360, height: 120 }): BurnChart | undefined {
  const points = m.burnDown;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || points.length < 2) return undefined;
  const PAD = { l: 30, r: 8, t: 8, b: 18 };
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
  const start = day(first.date);
  const end = Math.max(day(last.date), day(m.deadline));
  const max = Math.max(1, ...points.map((p) => p.left));
  const x = (d: string) => PAD.l + ((day(d) - start) / Math.max(1, end - start)) * (size.width - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - v / max) * (size.height - PAD.t - PAD.b);
  const path = (v: (p: (typeof points)[number]) => number) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)},${y(v(p)).toFixed(1)}`).join(' ');
  return {
    ...size,
    left: path((p) => p.left),
    planned: path((p) => p.planned),
    dots: points.map((p) => ({ x: Number(x(p.date).toFixed(1)), y: Number(y(p.left).toFixed(1)), date: p.date, left: p.left, planned: p.planned })),
    deadline: { x: Number(Math.min(x(m.deadline), size.width - PAD.r).toFixed(1)), date: m.deadline },
    max,
    first: first.date,
    last: last.date,
  };
}

/** The view of one migration for its announcement page. */
export function migrationView(m: Migration, lookup: Lookup, nameOf: (ref: string) => string): MigrationView {
  const total = m.consumers.length;
  const percent = total === 0 ? 100 : Math.floor(((m.counts.done + m.counts.exempt) * 100) / total);
  const teams = teamRows(m, lookup, nameOf);
  const open = m.consumers.filter((c) => c.state !== 'done');
  const order = (c: MigrationConsumer) => MIGRATION_STATES.indexOf(c.state);
  open.sort((a, b) => order(a) - order(b) || (a.by ?? '').localeCompare(b.by ?? ''));
  const status: MigrationView['status'] = m.left === 0 ? 'done' : m.overdue ? 'overdue' : m.fits ? 'on-track' : 'at-risk';
  const late = m.consumers.filter((c) => c.late).length;
  const verdict =
    status === 'done'
      ? total === 0
        ? 'Nothing in the catalog uses it.'
        : `Every consumer has moved${m.counts.exempt ? ` or is exempt (${m.counts.exempt})` : ''}.`
      : status === 'overdue'
        ? `The deadline ${m.deadline} has passed and ${m.left} still use it.`
        : status === 'on-track'
          ? `Every consumer left has a plan by ${m.deadline}.`
          : [m.counts['not-started'] ? `${m.counts['not-started']} without a plan` : '', late ? `${late} planned after ${m.deadline}` : ''].filter(Boolean).join('; ') + ': the remaining plans do not fit before the deadline.';
  const chart = burnChart(m);
  const consumerPages = teams.length > TEAM_ROWS || open.length > DETAIL_ROWS ? Math.ceil(total / CONSUMERS_PAGE_SIZE) : 0;
  const shown = teams.slice(0, TEAM_ROWS);
  if (consumerPages > 0) {
    const starts = teamStartPages(m, nameOf);
    for (const t of shown) {
      const p = starts.get(t.ref ?? '');
      if (p) t.listPage = p;
    }
  }
  return {
    id: m.announcement.id,
    deadline: m.deadline,
    total,
    counts: m.counts,
    left: m.left,
    percent,
    status,
    verdict: verdict.charAt(0).toUpperCase() + verdict.slice(1),
    teams: shown,
    moreTeams: Math.max(0, teams.length - TEAM_ROWS),
    detail: open.slice(0, DETAIL_ROWS).map((c) => consumerRow(c, nameOf)),
    moreDetail: Math.max(0, open.length - DETAIL_ROWS),
    consumerPages,
    ...(chart ? { chart } : {}),
  };
}

/** Every consumer, by team (by name, no owner last), then state, then name: the order of the paged full list. */
function consumersByTeam(m: Migration, nameOf: (ref: string) => string): { c: MigrationConsumer; team: string }[] {
  const rows = m.consumers.map((c, i) => ({ c, i, team: c.owner ? nameOf(c.owner) : '' }));
  // m.consumers is by state then name already: a stable sort by team keeps that within a team.
  const key = (t: string) => (t === '' ? '\uffff' : t.toLowerCase());
  rows.sort((a, b) => (key(a.team) < key(b.team) ? -1 : key(a.team) > key(b.team) ? 1 : (a.c.owner ?? '') < (b.c.owner ?? '') ? -1 : (a.c.owner ?? '') > (b.c.owner ?? '') ? 1 : a.i - b.i));
  return rows;
}

/** Page `page` (1-based) of a migration's full consumer list; undefined past the last page. */
export function consumerPage(m: Migration, page: number, nameOf: (ref: string) => string): ConsumerPage | undefined {
  const all = consumersByTeam(m, nameOf);
  const pages = Math.max(1, Math.ceil(all.length / CONSUMERS_PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const start = (page - 1) * CONSUMERS_PAGE_SIZE;
  const teams: ConsumerPage['teams'] = [];
  all.slice(start, start + CONSUMERS_PAGE_SIZE).forEach(({ c }, i) => {
    const last = teams.at(-1);
    if (last && last.ref === c.owner) {
      last.rows.push(consumerRow(c, nameOf));
      return;
    }
    const before = all[start + i - 1];
    teams.push({
      ...(c.owner ? { ref: c.owner } : {}),
      name: c.owner ? nameOf(c.owner) : 'No owner in the catalog',
      continued: i === 0 && before !== undefined && before.c.owner === c.owner,
      rows: [consumerRow(c, nameOf)],
    });
  });
  return { id: m.announcement.id, page, pages, total: all.length, start, teams };
}

/** The page of the full consumer list on which each team's consumers start, by team refKey ('' for no owner). */
export function teamStartPages(m: Migration, nameOf: (ref: string) => string): Map<string, number> {
  const out = new Map<string, number>();
  consumersByTeam(m, nameOf).forEach(({ c }, i) => {
    const key = c.owner ?? '';
    if (!out.has(key)) out.set(key, Math.floor(i / CONSUMERS_PAGE_SIZE) + 1);
  });
  return out;
}

/** One migration a team owes: its consumers still to move (or exempt), with dates. */
export interface Owed {
  id: string;
  title: string;
  deadline: string;
  overdue: boolean;
  consumers: ConsumerRow[];
}

/** The migrations `team` owes (consumers it owns not done), soonest deadline first. */
export function owedBy(list: readonly Migration[], team: string, nameOf: (ref: string) => string): Owed[] {
  return list
    .map((m) => ({ m, mine: m.consumers.filter((c) => c.owner === team && c.state !== 'done') }))
    .filter((x) => x.mine.length > 0)
    .sort((a, b) => (a.m.deadline < b.m.deadline ? -1 : a.m.deadline > b.m.deadline ? 1 : 0))
    .map(({ m, mine }) => ({ id: m.announcement.id, title: m.announcement.title, deadline: m.deadline, overdue: m.overdue, consumers: mine.map((c) => consumerRow(c, nameOf)) }));
}

/** By announcement id, its deadline and how many consumers are left without a plan (only migrations that have some): the calendar marks them. */
export function unplanned(list: readonly Migration[]): Map<string, { deadline: string; count: number }> {
  return new Map(list.filter((m) => m.counts['not-started'] > 0).map((m) => [m.announcement.id, { deadline: m.deadline, count: m.counts['not-started'] }]));
}
