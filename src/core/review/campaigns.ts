/**
 * What a change does to campaigns (content/campaigns/), for the change review: a campaign
 * added, removed, or changed (deadline moved, filter widened or narrowed, rules, owner), and
 * the teams it reaches: the owners of the entities it covers (for a changed filter, those
 * it now covers and did not before, or no longer covers). A campaign asks work of every team
 * it covers, so a pull request that starts one or moves its deadline should name them.
 */
import type { Campaign, CampaignFilter } from '../campaigns/read.ts';
import { FILTER_KEYS } from '../campaigns/read.ts';
import { matchesFilter } from '../campaigns/progress.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { shortRef } from '../names.ts';
import type { AffectedTeam, CampaignChange, TeamContact } from './types.ts';

/** One side of the comparison. */
export interface CampaignSide {
  campaigns: readonly Campaign[];
  entities: readonly CatalogEntity[];
}

type Lookup = (ref: string) => CatalogEntity | undefined;
/** The review's teams (contacts, consumers) from entities grouped by their owner. */
export type TeamsOf = (entities: readonly CatalogEntity[], lookup: Lookup) => AffectedTeam[];

const filterText = (f: CampaignFilter): string => {
  const parts = FILTER_KEYS.flatMap((k) => (f[k] && f[k].length ? [`${k}: ${f[k].join(', ')}`] : []));
  return parts.length ? `{ ${parts.join('; ')} }` : 'every entity';
};

/** What differs between two versions of a campaign, as `field old → new`. */
function campaignDiffs(a: Campaign, b: Campaign): string[] {
  const out: string[] = [];
  for (const f of ['title', 'owner', 'start', 'deadline', 'level', 'howTo'] as const) {
    const x = a[f];
    const y = b[f];
    if (x === y) continue;
    const show = (v: string | undefined) => (v === undefined ? '(none)' : f === 'owner' ? shortRef(v) : v);
    out.push(`${f} ${show(x)} → ${show(y)}`);
  }
  const rules = (c: Campaign) => c.rules.map((r) => r.rule).sort().join(', ') || '(none)';
  if (rules(a) !== rules(b)) out.push(`rules ${rules(a)} → ${rules(b)}`);
  if (filterText(a.filter) !== filterText(b.filter)) out.push(`filter ${filterText(a.filter)} → ${filterText(b.filter)}`);
  if ((a.description ?? '') !== (b.description ?? '')) out.push('description');
  return out;
}

/** Campaigns added, changed and removed, each with the teams it reaches, sorted by id. */
export function campaignChanges(base: CampaignSide, head: CampaignSide, teamsOf: TeamsOf, owner: (ref: string, lookup: Lookup) => TeamContact | undefined): CampaignChange[] {
  const baseBy = new Map(base.entities.map((e) => [e.ref, e]));
  const headBy = new Map(head.entities.map((e) => [e.ref, e]));
  const baseLookup: Lookup = (r) => baseBy.get(r);
  const headLookup: Lookup = (r) => headBy.get(r) ?? baseBy.get(r);
  const covered = (c: Campaign, entities: readonly CatalogEntity[]) => entities.filter((e) => matchesFilter(e, c.filter));
  const old = new Map(base.campaigns.map((c) => [c.id, c]));
  const now = new Map(head.campaigns.map((c) => [c.id, c]));
  const out: CampaignChange[] = [];
  const entry = (c: Campaign, status: CampaignChange['status'], lookup: Lookup, cover: readonly CatalogEntity[], reached: readonly CatalogEntity[], changes: string[] = []): CampaignChange => {
    const o = owner(c.owner, lookup);
    return { id: c.id, status, title: c.title, file: c.file, deadline: c.deadline, ...(o ? { owner: o } : {}), changes, covers: cover.length, teams: teamsOf(reached, lookup) };
  };
  for (const c of head.campaigns) {
    const was = old.get(c.id);
    const cover = covered(c, head.entities);
    if (!was) {
      out.push(entry(c, 'added', headLookup, cover, cover));
      continue;
    }
    const changes = campaignDiffs(was, c);
    if (!changes.length) continue;
    if (filterText(was.filter) === filterText(c.filter)) {
      out.push(entry(c, 'changed', headLookup, cover, cover, changes));
      continue;
    }
    // A filter widened or narrowed: the teams whose entities came in or went out.
    const before = new Set(covered(was, base.entities).map((e) => e.ref));
    const after = new Set(cover.map((e) => e.ref));
    const gained = cover.filter((e) => !before.has(e.ref));
    const lost = [...before].filter((r) => !after.has(r)).map(headLookup).filter((e): e is CatalogEntity => e !== undefined);
    out.push({ ...entry(c, 'changed', headLookup, cover, [...gained, ...lost], changes), coverage: { gained: gained.length, lost: lost.length } });
  }
  for (const c of base.campaigns) if (!now.has(c.id)) out.push(entry(c, 'removed', baseLookup, covered(c, base.entities), covered(c, base.entities)));
  return out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** A campaign change in one line of plain text: `added: Runbooks before peak (deadline 2026-11-13, covers 24 entities)`, then what changed. */
export function campaignChangeText(c: CampaignChange): string {
  const coverage = c.coverage ? `; now covers ${c.coverage.gained} more and ${c.coverage.lost} fewer` : '';
  const changes = c.changes.length ? `: ${c.changes.join('; ')}` : '';
  return `${c.status}: ${c.title} (deadline ${c.deadline}, covers ${c.covers} ${c.covers === 1 ? 'entity' : 'entities'}${coverage})${changes}`;
}
