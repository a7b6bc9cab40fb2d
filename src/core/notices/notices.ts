/**
 * What each team must do soon, for notices where people work (chat, email): migrations it
 * owes, campaign deadlines where it has work left, betas, GA promotions and breaking changes
 * to what it uses, and sunsets of what it depends on — each with its date, the link into the
 * site and whom to ask. One pure function over the checked content, so `npm run notices`
 * says exactly what the site says. Nothing is sent from here.
 */
import type { CatalogEntity } from '../model/entity.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { TYPE_LABELS } from '../lifecycle/announcements.ts';
import { affectedEntities } from '../lifecycle/impact.ts';
import type { CampaignProgress } from '../campaigns/progress.ts';
import type { Migration } from '../migrations/migration.ts';
import { announcementPath, campaignPath, refPath } from '../urls.ts';
import { addDays } from '../dates.ts';
import { displayName } from '../names.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** Whom to ask, and how. */
export interface Contact {
  name: string;
  chat?: string;
  chatUrl?: string;
  email?: string;
  /** Site path of their page. */
  path?: string;
}

/** One thing a team must do, or know, by a date. */
export interface NoticeItem {
  kind: 'migration' | 'campaign' | 'change';
  date: string;
  /** `Sunset`, `Campaign deadline`, `Beta`, ... */
  label: string;
  title: string;
  /** Site path of the page that says more. */
  path: string;
  /** One sentence of what the team has to do. */
  action: string;
  /** The team's entities concerned (names), the first of them; `more` counts the rest. */
  entities: { name: string; path: string; detail?: string }[];
  more: number;
  ask?: Contact;
  /** The date has passed (an overdue migration or campaign). */
  overdue: boolean;
}

/** One team's notice. */
export interface TeamNotice {
  ref: string;
  team: Contact;
  items: NoticeItem[];
}

/** Entities listed in one item before "and N more". */
export const ENTITIES_PER_ITEM = 10;

/** Options of teamNotices. */
export interface NoticeOptions {
  today: string;
  /** Days ahead to look (dates from today to today + within). */
  within: number;
  /** Only this team (refKey). */
  team?: string;
}

function contactOf(ref: string | undefined, lookup: Lookup): Contact | undefined {
  if (!ref) return undefined;
  const e = lookup(ref);
  if (!e) return undefined;
  const c: Contact = { name: displayName(e), path: refPath(ref) };
  if (e.chat) c.chat = e.chat;
  if (e.chatUrl) c.chatUrl = e.chatUrl;
  if (e.profile?.email) c.email = e.profile.email;
  return c;
}

const firstN = <T>(list: readonly T[]): { shown: T[]; more: number } => ({ shown: list.slice(0, ENTITIES_PER_ITEM), more: Math.max(0, list.length - ENTITIES_PER_ITEM) });

/** Every team's notice, teams with nothing to do left out, by team name; items soonest first. */
export function teamNotices(
  input: { entities: readonly CatalogEntity[]; announcements: readonly Announcement[]; migrations: readonly Migration[]; campaigns: readonly CampaignProgress[] },
  lookup: Lookup,
  options: NoticeOptions,
): TeamNotice[] {
  const horizon = addDays(options.today, options.within);
  const byTeam = new Map<string, NoticeItem[]>();
  const add = (team: string | undefined, item: NoticeItem) => {
    if (!team || (options.team && team !== options.team) || !lookup(team)) return;
    const list = byTeam.get(team) ?? [];
    list.push(item);
    byTeam.set(team, list);
  };
  const migrationIds = new Set<string>();
  for (const m of input.migrations) {
    const a = m.announcement;
    const owing = new Map<string, typeof m.consumers>();
    for (const c of m.consumers) {
      if (c.state !== 'not-started' && c.state !== 'planned') continue;
      const key = c.owner ?? '';
      owing.set(key, [...(owing.get(key) ?? []), c]);
    }
    for (const [team, consumers] of owing) {
      // Soon: the deadline, or one of the team's own planned dates, falls before the horizon (passed ones too).
      const plans = consumers.map((c) => c.by).filter((d): d is string => d !== undefined).sort();
      const soonest = [m.deadline, ...plans].sort()[0] as string;
      if (soonest > horizon) continue;
      migrationIds.add(a.id);
      const notStarted = consumers.filter((c) => c.state === 'not-started').length;
      const subjects = a.subjects.map((s) => (lookup(s) ? displayName(lookup(s) as CatalogEntity) : s)).join(', ');
      const { shown, more } = firstN(consumers);
      add(team, {
        kind: 'migration',
        date: m.deadline,
        label: a.sunset || a.type === 'sunset' ? 'Sunset' : TYPE_LABELS[a.type],
        title: a.title,
        path: announcementPath(a.id),
        action: `${a.type === 'breaking-change' ? 'Adapt' : 'Move'} ${consumers.length} ${consumers.length === 1 ? 'service' : 'services'} ${a.type === 'breaking-change' ? 'to the change in' : 'off'} ${subjects} ${a.replacement && lookup(a.replacement) ? `to ${displayName(lookup(a.replacement) as CatalogEntity)} ` : ''}by ${m.deadline}${notStarted ? ` (${notStarted} without a plan)` : ''}.`,
        entities: shown.map((c) => ({ name: displayName(c.entity), path: refPath(c.entity.ref), detail: c.by ? `planned by ${c.by}${c.late ? ', after the deadline' : ''}` : 'no plan yet' })),
        more,
        ...(contactOf(a.contact, lookup) ? { ask: contactOf(a.contact, lookup) as Contact } : {}),
        overdue: m.deadline < options.today,
      });
    }
  }
  for (const p of input.campaigns) {
    const c = p.campaign;
    if (c.deadline > horizon || c.deadline < options.today) continue;
    const todoByTeam = new Map<string, typeof p.entities>();
    for (const e of p.entities) if (e.status === 'todo' && e.owner) todoByTeam.set(e.owner, [...(todoByTeam.get(e.owner) ?? []), e]);
    for (const [team, todo] of todoByTeam) {
      const { shown, more } = firstN(todo);
      add(team, {
        kind: 'campaign',
        date: c.deadline,
        label: 'Campaign deadline',
        title: c.title,
        path: campaignPath(c.id),
        action: `${todo.length} ${todo.length === 1 ? 'entity' : 'entities'} still to do by ${c.deadline}.`,
        entities: shown.map((e) => ({ name: lookup(e.ref) ? displayName(lookup(e.ref) as CatalogEntity) : e.ref, path: refPath(e.ref), detail: e.missing.map((x) => x.label).join(', ') })),
        more,
        ...(contactOf(c.owner, lookup) ? { ask: contactOf(c.owner, lookup) as Contact } : {}),
        overdue: false,
      });
    }
  }
  // Betas, GA promotions and breaking changes to what a team uses directly, taking effect soon.
  for (const a of input.announcements) {
    if (migrationIds.has(a.id) || a.type === 'deprecation' || a.type === 'sunset') continue;
    if (a.effective < options.today || a.effective > horizon) continue;
    const users = new Map<string, CatalogEntity[]>();
    for (const x of affectedEntities(a.subjects, lookup)) if (!x.indirect && x.entity.owner) users.set(x.entity.owner, [...(users.get(x.entity.owner) ?? []), x.entity]);
    for (const [team, list] of users) {
      const { shown, more } = firstN(list);
      add(team, {
        kind: 'change',
        date: a.effective,
        label: TYPE_LABELS[a.type],
        title: a.title,
        path: announcementPath(a.id),
        action: a.summary || `${TYPE_LABELS[a.type]} on ${a.effective}.`,
        entities: shown.map((e) => ({ name: displayName(e), path: refPath(e.ref) })),
        more,
        ...(contactOf(a.contact, lookup) ? { ask: contactOf(a.contact, lookup) as Contact } : {}),
        overdue: false,
      });
    }
  }
  return [...byTeam.entries()]
    .map(([ref, items]) => ({
      ref,
      team: contactOf(ref, lookup) as Contact,
      items: items.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.title < y.title ? -1 : 1)),
    }))
    .sort((x, y) => x.team.name.localeCompare(y.team.name));
}

/** `30d`, `4w`, `2m` (30-day months) or a number of days; undefined when it is none of these. */
export function parseWithin(text: string): number | undefined {
  const m = /^(\d{1,4})([dwm]?)$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === 'w' ? n * 7 : m[2] === 'm' ? n * 30 : n;
}
