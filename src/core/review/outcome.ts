/**
 * What a change set adds up to: the teams it reaches, what breaks, the one-paragraph
 * summary every format opens with, and the exit status of `npm run check -- --diff`.
 */
import { shortRef } from '../names.ts';
import type { AffectedTeam, ChangeSet, TeamContact } from './types.ts';

/** A team the change reaches, its contacts, and why (e.g. `uses Orders API, deprecated`). */
export interface ReachedTeam extends TeamContact {
  reasons: string[];
}

/** Every team the change reaches: owners that gain or lose something, and teams whose consumers are affected; in order of first mention. */
export function reachedTeams(cs: ChangeSet): ReachedTeam[] {
  const teams = new Map<string, ReachedTeam>();
  const add = (t: TeamContact | undefined, reason: string) => {
    if (!t) return;
    const key = t.ref ?? `\u0000${t.name}`;
    let entry = teams.get(key);
    if (!entry) {
      const { ref, name, chat, chatUrl, email, oncall } = t;
      entry = { name, reasons: [], ...(ref ? { ref } : {}), ...(chat ? { chat } : {}), ...(chatUrl ? { chatUrl } : {}), ...(email ? { email } : {}), ...(oncall ? { oncall } : {}) };
      teams.set(key, entry);
    }
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
  };
  const consumers = (list: readonly AffectedTeam[], what: string) => {
    for (const t of list) add(t, what);
  };
  for (const o of cs.owners) {
    add(o.from, `hands over ${o.entity.name}`);
    add(o.to, `takes over ${o.entity.name}`);
  }
  for (const l of cs.lifecycles) for (const t of l.affected) add(t, `${usesPhrase(t, l.entity.ref, l.entity.name)} (now ${l.to ?? 'no lifecycle'})`);
  for (const a of cs.announcements) if (a.status !== 'removed') consumers(a.affected, `affected by “${a.title}”`);
  for (const a of cs.apis ?? []) if (a.breaking.length) for (const t of a.consumers) add(t, `${usesPhrase(t, a.api.ref, a.api.name)}, which has breaking changes`);
  for (const r of cs.removed) for (const t of r.breaks) add(t, `${usesPhrase(t, r.ref, r.name)}, which is removed`);
  for (const r of cs.renamed) consumers(r.breaks, `still names ${shortRef(r.from)}, renamed to ${r.to.name}`);
  for (const c of cs.campaigns ?? []) consumers(c.teams, campaignReason(c));
  return [...teams.values()];
}

/** Why a campaign change reaches a team: `new campaign “Runbooks” (deadline 2026-11-13)`. */
function campaignReason(c: NonNullable<ChangeSet['campaigns']>[number]): string {
  if (c.status === 'added') return `new campaign “${c.title}” (deadline ${c.deadline})`;
  if (c.status === 'removed') return `campaign “${c.title}” is removed`;
  return `campaign “${c.title}” changed (${c.changes.filter((x) => x !== 'description').map((x) => x.split(' ')[0]).join(', ') || 'description'})`;
}

/**
 * How a team uses a changed entity, in the words of catalog/dependents.ts: `uses Ledger API`
 * when one of its entities uses it itself, else `uses Ledger API through Payments service`
 * (an API the entity provides, or an entity that uses it).
 */
function usesPhrase(team: AffectedTeam, ref: string, name: string): string {
  if (team.consumers.some((c) => c.via.includes(ref))) return `uses ${name}`;
  const through = [...new Set(team.consumers.flatMap((c) => c.viaNames))];
  return through.length ? `uses ${name} through ${through.join(', ')}` : `uses ${name}`;
}

/** Removals and renames that leave consumers pointing at nothing. */
export function breakingCount(cs: ChangeSet): number {
  return cs.removed.filter((r) => r.breaks.length > 0).length + cs.renamed.filter((r) => r.breaks.length > 0).length;
}

/** APIs with breaking changes that no deprecation or breaking-change announcement with a future date covers. */
export function unannouncedApis(cs: ChangeSet): number {
  return (cs.apis ?? []).filter((a) => a.breaking.length > 0 && !a.announcement).length;
}

/** Errors the change introduces (those already there do not count). */
export function introducedErrors(cs: ChangeSet): number {
  return cs.problems.introduced.filter((d) => d.severity === 'error').length;
}

/** True when the change changes nothing the review reports. */
export function isEmpty(cs: ChangeSet): boolean {
  return (
    cs.added.length + cs.removed.length + cs.renamed.length + cs.owners.length + cs.lifecycles.length + cs.modified.length + cs.announcements.length + cs.docs.length + cs.paths.length + cs.problems.introduced.length + (cs.apis ?? []).length + (cs.campaigns ?? []).length === 0
  );
}

/** Options of the exit status. */
export interface ExitOptions {
  /** Also fail when a removal or rename leaves consumers pointing at nothing. */
  failOnBreaking?: boolean;
}

/** 1 when the change introduces errors (or, with failOnBreaking, breaks consumers), else 0. */
export function reviewExitCode(cs: ChangeSet, options: ExitOptions = {}): 0 | 1 {
  if (introducedErrors(cs) > 0) return 1;
  if (options.failOnBreaking && (breakingCount(cs) > 0 || unannouncedApis(cs) > 0)) return 1;
  return 0;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Joins phrases as `a, b and c`. */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** How to reach a team in a few words: `#payments, payments@x.example, on-call https://…`. */
export function contactText(t: TeamContact): string {
  const parts = [t.chat ?? t.chatUrl, t.email, t.oncall ? `on-call ${t.oncall}` : undefined].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : 'no contact in the catalog';
}

/** How the summary writes what comes from content: a team with its contacts, and any other text (names, lifecycle values). */
export interface SummaryStyle {
  team: (t: ReachedTeam) => string;
  text: (s: string) => string;
}

const PLAIN: SummaryStyle = { team: (t) => `${t.name} (${contactText(t)})`, text: (s) => s };

/**
 * The one-paragraph summary: what the change does, which teams it reaches with their
 * contacts, what it breaks, and the problems it brings. `style` writes what comes from
 * content (plain text by default; the Markdown comment escapes it).
 */
export function summaryParagraph(cs: ChangeSet, style: SummaryStyle = PLAIN, maxTeams = 8): string {
  const t = style.text;
  if (isEmpty(cs)) return `This change makes no difference to the catalog, lifecycle announcements, docs' services or onboarding paths, and introduces no problems.`;
  const did: string[] = [];
  if (cs.added.length) did.push(`adds ${plural(cs.added.length, 'entity', 'entities')}`);
  if (cs.removed.length) did.push(`removes ${plural(cs.removed.length, 'entity', 'entities')}`);
  if (cs.renamed.length) did.push(`renames ${plural(cs.renamed.length, 'entity', 'entities')}`);
  if (cs.owners.length > 3) did.push(`moves ${plural(cs.owners.length, 'entity', 'entities')} to another owner`);
  else for (const o of cs.owners) did.push(`moves ${t(o.entity.name)} from ${o.from ? t(o.from.name) : 'no owner'} to ${o.to ? t(o.to.name) : 'no owner'}`);
  if (cs.lifecycles.length) {
    did.push(`changes the lifecycle of ${listPhrase(cs.lifecycles.slice(0, 3).map((l) => `${t(l.entity.name)} (${t(l.from ?? 'none')} → ${t(l.to ?? 'none')})`))}${cs.lifecycles.length > 3 ? ` and ${cs.lifecycles.length - 3} more` : ''}`);
  }
  const ann = cs.announcements.filter((a) => a.status !== 'removed').length;
  if (ann) did.push(`adds or changes ${plural(ann, 'lifecycle announcement')}`);
  if (cs.modified.length) did.push(`edits ${plural(cs.modified.length, 'other entity', 'other entities')}`);
  if (cs.paths.length) did.push(`changes ${plural(cs.paths.length, 'onboarding path')}`);
  const campaigns = cs.campaigns ?? [];
  if (campaigns.length) did.push(`${listPhrase([...new Set(campaigns.map((c) => c.status === 'changed' ? 'changes' : c.status === 'added' ? 'starts' : 'removes'))])} ${plural(campaigns.length, 'campaign')}`);
  const apisChanged = cs.apis ?? [];
  if (apisChanged.length) did.push(`changes the definition of ${plural(apisChanged.length, 'API')}`);
  const sentences: string[] = [];
  sentences.push(did.length ? `This change ${listPhrase(did)}.` : 'This change touches no entity, announcement or onboarding path.');
  const teams = reachedTeams(cs);
  if (teams.length) {
    const shown = teams.slice(0, maxTeams).map(style.team);
    sentences.push(`It reaches ${plural(teams.length, 'team')}: ${listPhrase(shown)}${teams.length > maxTeams ? ` and ${teams.length - maxTeams} more (see below)` : ''}.`);
  }
  const breaking = breakingCount(cs);
  if (breaking) sentences.push(`${plural(breaking, 'removal or rename', 'removals or renames')} leave${breaking === 1 ? 's' : ''} consumers pointing at nothing.`);
  const apiBreaks = apisChanged.filter((a) => a.breaking.length > 0);
  if (apiBreaks.length) {
    const open = unannouncedApis(cs);
    sentences.push(`${listPhrase(apiBreaks.slice(0, 3).map((a) => t(a.api.name)))}${apiBreaks.length > 3 ? ` and ${apiBreaks.length - 3} more` : ''} ${apiBreaks.length === 1 ? 'has' : 'have'} breaking changes${open ? ` (${open === apiBreaks.length ? 'not announced' : `${open} not announced`}: their consumers must hear of it first)` : ', announced'}.`);
  }
  if (cs.docs.length) sentences.push(`${plural(cs.docs.length, 'doc')} about changed entities need${cs.docs.length === 1 ? 's' : ''} a new review.`);
  const errors = introducedErrors(cs);
  const warnings = cs.problems.introduced.length - errors;
  if (errors || warnings) sentences.push(`It introduces ${listPhrase([...(errors ? [plural(errors, 'error')] : []), ...(warnings ? [plural(warnings, 'warning')] : [])])}.`);
  else sentences.push('It introduces no problems.');
  return sentences.join(' ');
}
