/**
 * Which entities a campaign covers, and how far it has got: each covered entity is done
 * (passes every rule), exempt (fails only rules it has an active exemption from) or to
 * do; totals overall and by owning team, and whether it is on track for its deadline.
 */
import type { CatalogEntity } from '../model/entity.ts';
import { campaignState, type CampaignState } from './state.ts';
import { ruleFix, ruleLabel, rulePasses, type RuleContext, type RuleId } from '../health/rules.ts';
import { rulesOfKind, type Level, type RuleCheck } from '../health/levels.ts';
import type { Campaign, CampaignFilter } from './read.ts';

/** True when an entity is one a campaign's filter covers (every given field matches; a list matches any value). */
export function matchesFilter(e: CatalogEntity, f: CampaignFilter): boolean {
  const any = (list: string[] | undefined, value: string | undefined) => list === undefined || (value !== undefined && list.includes(value));
  if (!any(f.kind, e.kind)) return false;
  if (!any(f.type, e.type)) return false;
  if (!any(f.system, e.system)) return false;
  if (!any(f.lifecycle, e.lifecycle)) return false;
  if (!any(f.owner, e.owner)) return false;
  if (f.tag !== undefined && !f.tag.some((t) => e.tags.includes(t))) return false;
  return true;
}

/** The rules a campaign asks of one entity: its `rules`, and every rule up to its `level` for the entity's kind. */
export function campaignChecks(c: Campaign, e: Pick<CatalogEntity, 'kind'>, levels: readonly Level[]): RuleCheck[] {
  const out = [...c.rules];
  if (c.level) {
    const upTo = levels.slice(0, levels.findIndex((l) => l.id === c.level) + 1);
    for (const { check } of rulesOfKind(upTo, e.kind)) if (!out.some((x) => x.rule === check.rule)) out.push(check);
  }
  return out;
}

/** Where one covered entity stands. */
export type CampaignStatus = 'done' | 'todo' | 'exempt';

/** One covered entity and what it still misses. */
export interface CampaignEntity {
  ref: string;
  owner?: string;
  status: CampaignStatus;
  missing: { rule: RuleId; label: string; fix: string }[];
  /** Rules it is exempt from, with the last day. */
  exempt: { rule: RuleId; until: string; reason: string }[];
  file: string;
}

/** Done, to do and exempt counts. */
export interface Counts {
  done: number;
  todo: number;
  exempt: number;
}

/** A team's share of a campaign. */
export interface TeamProgress extends Counts {
  /** refKey of the owner, '' for entities nobody owns. */
  ref: string;
}

/** How a campaign is going on a date. */
export interface CampaignProgress extends Counts {
  campaign: Campaign;
  total: number;
  /** Share done or exempt, 0-100. */
  percent: number;
  /** The build's view: `done`, `overdue` (deadline passed with work left), `behind` (less done than time gone), `on-track`, `not-started` (before the start). */
  state: CampaignState;
  /** Teams with covered entities, most to do first. */
  teams: TeamProgress[];
  /** Every covered entity: to do first (by owner, then ref), then exempt, then done. */
  entities: CampaignEntity[];
}

/** Evaluates one entity against a campaign's checks on `ctx.today`. */
export function campaignEntity(c: Campaign, e: CatalogEntity, levels: readonly Level[], ctx: RuleContext): CampaignEntity {
  const today = ctx.today;
  const missing: CampaignEntity['missing'] = [];
  const exempt: CampaignEntity['exempt'] = [];
  for (const check of campaignChecks(c, e, levels)) {
    if (rulePasses(check.rule, e, ctx, check)) continue;
    const x = (e.exemptions ?? []).find((y) => y.rule === check.rule && (!today || y.until >= today));
    if (x) exempt.push({ rule: check.rule, until: x.until, reason: x.reason });
    else missing.push({ rule: check.rule, label: ruleLabel(check.rule, check), fix: ruleFix(check.rule, e, check) });
  }
  const status: CampaignStatus = missing.length ? 'todo' : exempt.length ? 'exempt' : 'done';
  const out: CampaignEntity = { ref: e.ref, status, missing, exempt, file: e.source.file };
  if (e.owner) out.owner = e.owner;
  return out;
}

const ORDER: Record<CampaignStatus, number> = { todo: 0, exempt: 1, done: 2 };

/** A campaign's progress over the catalog on `today` (what the rules see comes from `ctxOf`). */
export function campaignProgress(
  c: Campaign,
  entities: readonly CatalogEntity[],
  levels: readonly Level[],
  ctxOf: (e: CatalogEntity) => RuleContext,
  today: string,
): CampaignProgress {
  const covered = entities.filter((e) => matchesFilter(e, c.filter)).map((e) => campaignEntity(c, e, levels, ctxOf(e)));
  covered.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.owner ?? '').localeCompare(b.owner ?? '') || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const counts = countOf(covered);
  const teams = new Map<string, TeamProgress>();
  for (const x of covered) {
    const key = x.owner ?? '';
    let t = teams.get(key);
    if (!t) teams.set(key, (t = { ref: key, done: 0, todo: 0, exempt: 0 }));
    t[x.status]++;
  }
  const total = covered.length;
  const percent = total === 0 ? 100 : Math.floor(((counts.done + counts.exempt) / total) * 100);
  return {
    campaign: c,
    ...counts,
    total,
    percent,
    state: campaignState(c, counts.todo, percent, today),
    teams: [...teams.values()].sort((a, b) => b.todo - a.todo || (a.ref < b.ref ? -1 : 1)),
    entities: covered,
  };
}

/** Counts of done, to do and exempt. */
export function countOf(list: readonly { status: CampaignStatus }[]): Counts {
  const out: Counts = { done: 0, todo: 0, exempt: 0 };
  for (const x of list) out[x.status]++;
  return out;
}
