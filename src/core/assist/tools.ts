/**
 * What the MCP server answers, as plain functions over a site reader, so they are tested
 * without stdio: find_owner, search_docs, whats_changing, get_page and the onboarding paths.
 * Each answer is Markdown with links into the site (the page and its Markdown twin). Bad
 * input gives an answer that says what is wrong (`isError`), never an exception.
 */
import { addDays, isCalendarDate, today as todayOf } from '../dates.ts';
import { TYPE_LABELS } from '../lifecycle/announcements.ts';
import { suggest } from '../suggest.ts';
import { absoluteUrl, ROUTES } from '../urls.ts';
import { ASSIST_INDEX_PATH, isAssistIndex, type AssistIndex, type IndexChange, type IndexEntity } from './index-model.ts';
import { mdLink, mdText } from './markdown-out.ts';
import { buildSearch, RESULT_TYPES, search, type ResultType, type SearchIndex } from './search.ts';
import { SiteReadError, sitePathSegments, type SiteReader } from './site-reader.ts';
import { twinPath } from './twin-url.ts';
import { stateLabel } from './migration-twins.ts';

/** An answer: Markdown text, and whether it reports a problem with the question. */
export interface Answer {
  text: string;
  isError?: boolean;
}

/** Longest query or name the tools take. */
export const QUERY_MAX_CHARS = 500;
/** Longest window whats_changing looks ahead. */
export const WITHIN_MAX_DAYS = 3660;
/** Most changes whats_changing lists. */
const CHANGES_MAX = 50;
/** Most consumers migrations_owed lists for one migration. */
const OWED_CONSUMERS_MAX = 50;

/** The assistant over one site: its index, loaded once, and the tools. */
export interface Assistant {
  index: AssistIndex;
  findOwner(name: unknown): Answer;
  searchDocs(query: unknown, filters?: { type?: unknown; owner?: unknown; limit?: unknown }): Answer;
  whatsChanging(target: unknown, withinDays?: unknown): Answer;
  /** The migrations a team (or one entity) owes: each deprecation, sunset or breaking change it must still move off, with each consumer's state and plan. */
  migrationsOwed(target: unknown): Answer;
  getPage(url: unknown): Promise<Answer>;
  /** The site's link for a site path (absolute when the site's address is known). */
  link(sitePath: string): string;
}

const problem = (text: string): Answer => ({ text, isError: true });

/** Checks a text argument: present, a string, not too long. */
function textArg(value: unknown, what: string): string | Answer {
  if (typeof value !== 'string' || value.trim() === '') return problem(`Give ${what} as text.`);
  if (value.length > QUERY_MAX_CHARS) return problem(`${what[0]?.toUpperCase()}${what.slice(1)} is ${value.length.toLocaleString('en')} characters; at most ${QUERY_MAX_CHARS} are read. Ask with a few words.`);
  return value.trim();
}

/** Loads the site's index through `reader` and returns the tools over it. */
export async function createAssistant(reader: SiteReader, env: NodeJS.ProcessEnv = process.env): Promise<Assistant> {
  let raw: string;
  try {
    raw = await reader.read(ASSIST_INDEX_PATH);
  } catch (e) {
    throw new SiteReadError(`${reader.describe} has no ${ASSIST_INDEX_PATH} (${e instanceof Error ? e.message : String(e)}); is it a site built by Wayfinder?`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new SiteReadError(`${ASSIST_INDEX_PATH} of ${reader.describe} is not JSON`);
  }
  if (!isAssistIndex(parsed)) throw new SiteReadError(`${ASSIST_INDEX_PATH} of ${reader.describe} is not an index this version of Wayfinder reads; rebuild the site`);
  return assistantOver(parsed, reader, env);
}

/** The tools over an index already loaded. */
export function assistantOver(index: AssistIndex, reader: SiteReader, env: NodeJS.ProcessEnv = process.env): Assistant {
  const byRef = new Map(index.entities.map((e) => [e.ref, e]));
  const byKey = new Map<string, IndexEntity[]>();
  const key = (k: string, e: IndexEntity) => {
    const list = byKey.get(k.toLowerCase());
    if (!list) byKey.set(k.toLowerCase(), [e]);
    else if (!list.includes(e)) list.push(e);
  };
  for (const e of index.entities) {
    const [kind, rest] = e.ref.split(':') as [string, string];
    key(e.ref, e);
    key(rest, e);
    key(e.name, e);
    key(e.title, e);
    if (rest.startsWith('default/')) key(`${kind}:${e.name}`, e);
  }
  const names = [...new Set(index.entities.map((e) => e.name))];
  const owned = new Map<string, string[]>();
  for (const e of index.entities) if (e.owner) owned.set(e.owner, [...(owned.get(e.owner) ?? []), e.ref]);
  // Built once, when the server starts, so no answer pays for it.
  const searchIndex: SearchIndex = buildSearch(index);
  const base = index.base || '/';

  const link = (sitePath: string): string => {
    if (reader.origin) return new URL(sitePath.replace(/^\/+/, ''), reader.origin).href;
    return absoluteUrl(sitePath, index.site, base);
  };
  const pageLinks = (title: string, sitePath: string) => `${mdLink(title, link(sitePath))} (${mdLink('Markdown', link(twinPath(sitePath)))})`;
  const nameOf = (ref: string) => byRef.get(ref)?.title ?? ref.replace(/^[a-z]+:(default\/)?/, '');
  const refLink = (ref: string) => {
    const e = byRef.get(ref);
    return e ? mdLink(e.title, link(e.path)) : `${mdText(ref)} (not in the catalog)`;
  };

  /** The entities a name means, or an answer that says none does. */
  const resolve = (name: string): IndexEntity[] | Answer => {
    const found = byKey.get(name.toLowerCase());
    if (found?.length) return found;
    const bare = name.replace(/^[a-z]+:/i, '').replace(/^default\//i, '');
    const near = suggest(bare, names);
    const hint = near ? ` Did you mean \`${near}\`?` : ' Search with search_docs, or list teams on the site.';
    return problem(`Nothing in the catalog is named \`${mdText(name)}\`.${hint}`);
  };

  const ownerAnswer = (e: IndexEntity): string => {
    const lines = [`## ${pageLinks(e.title, e.path)}`, '', `\`${e.ref}\` · ${e.kind}${e.type ? ` · ${mdText(e.type)}` : ''}${e.lifecycle ? ` · ${mdText(e.lifecycle)}` : ''}`, ''];
    if (e.kind !== 'team') lines.push(`- **Owner:** ${e.owner ? refLink(e.owner) : 'no owner in the catalog'}`);
    if (e.oncall) lines.push(`- **On-call:** ${mdLink(e.oncall, e.oncall)}`);
    if (e.chat) lines.push(`- **Chat:** ${mdLink(e.chat, e.chatUrl)}`);
    if (e.email) lines.push(`- **Email:** ${mdText(e.email)}`);
    if (!e.oncall && !e.chat && !e.email) lines.push('- No contacts in the catalog.');
    if (e.contactsFrom && e.contactsFrom !== e.ref) lines.push(`- Contacts are ${refLink(e.contactsFrom)}'s.`);
    if (e.stage) lines.push(`- **Stage:** ${mdText(e.stage.label)}: SLO ${mdText(e.slo ?? e.stage.slo)}; support ${mdText(e.stage.support)}`);
    else if (e.slo) lines.push(`- **SLO:** ${mdText(e.slo)}`);
    if (e.kind === 'team') lines.push(`- **Owns:** ${(owned.get(e.ref) ?? []).length} entities in the catalog`);
    if (e.escalation?.length) {
      lines.push('', 'Escalation ladder:', '');
      e.escalation.forEach((r, i) => lines.push(`${i + 1}. ${r.whoRef ? refLink(r.whoRef) : mdText(r.who)}: ${mdText(r.how)}${r.url ? ` (${mdLink(r.url, r.url)})` : ''}, ${r.after}`));
    }
    return lines.join('\n');
  };

  const today = (): string => todayOf(env);

  /** The changes that reach `targets` (refKeys) and the role they play. */
  const changesFor = (targets: Set<string>, from: string, to: string) => {
    const out: { date: string; what: string; change: IndexChange; how: string }[] = [];
    for (const c of index.changes) {
      const subjects = c.subjects.filter((s) => targets.has(s));
      const users = c.affected.filter((a) => targets.has(a.ref));
      if (subjects.length === 0 && users.length === 0) continue;
      const dates: [string, string][] = [[c.effective, c.type === 'sunset' ? 'sunset' : 'takes effect']];
      if (c.sunset) dates.push([c.sunset, 'sunset']);
      for (const [date, what] of dates) {
        if (date < from || date > to) continue;
        const how = subjects.length
          ? `about ${subjects.map(refLink).join(', ')}`
          : users
              .slice(0, 5)
              .map((u) => `${refLink(u.ref)} uses ${u.via.map(refLink).join(', ')}${u.indirect ? ' (indirectly)' : ''}`)
              .join('; ') + (users.length > 5 ? ` and ${users.length - 5} more` : '');
        out.push({ date, what, change: c, how });
      }
    }
    return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.change.id < b.change.id ? -1 : 1));
  };

  return {
    index,
    link,
    findOwner(nameArg) {
      const name = textArg(nameArg, 'a name');
      if (typeof name !== 'string') return name;
      const found = resolve(name);
      if (!Array.isArray(found)) return found;
      const shown = found.slice(0, 5);
      const more = found.length > shown.length ? `\n\n${found.length - shown.length} more match \`${mdText(name)}\`; give the full ref (kind:name).` : '';
      return { text: shown.map(ownerAnswer).join('\n\n') + more };
    },
    searchDocs(queryArg, filters = {}) {
      const query = textArg(queryArg, 'a query');
      if (typeof query !== 'string') return query;
      let type: ResultType | undefined;
      if (filters.type !== undefined && filters.type !== '') {
        if (typeof filters.type !== 'string' || !RESULT_TYPES.includes(filters.type as ResultType)) return problem(`type must be one of ${RESULT_TYPES.join(', ')}.`);
        type = filters.type as ResultType;
      }
      let owner: string | undefined;
      if (filters.owner !== undefined && filters.owner !== '') {
        const o = textArg(filters.owner, 'an owner');
        if (typeof o !== 'string') return o;
        const teams = resolve(o);
        if (!Array.isArray(teams)) return teams;
        owner = teams[0]?.ref;
      }
      const limit = typeof filters.limit === 'number' && Number.isFinite(filters.limit) ? Math.floor(filters.limit) : 10;
      const results = search(searchIndex, query, { ...(type ? { type } : {}), ...(owner ? { owner } : {}), limit });
      if (results.length === 0) return { text: `Nothing on the site matches "${mdText(query)}".` };
      return {
        text: results
          .map((r, i) => `${i + 1}. ${pageLinks(r.title, r.path)} · ${r.type}${r.owner ? ` · owner ${mdText(nameOf(r.owner))}` : ''}\n   ${mdText(r.snippet.slice(0, 240))}`)
          .join('\n'),
      };
    },
    whatsChanging(targetArg, withinArg = 90) {
      const target = textArg(targetArg, 'a team or entity name');
      if (typeof target !== 'string') return target;
      const within = typeof withinArg === 'string' ? Number(withinArg) : withinArg;
      if (typeof within !== 'number' || !Number.isInteger(within) || within < 0 || within > WITHIN_MAX_DAYS) return problem(`within is a number of days from 0 to ${WITHIN_MAX_DAYS}.`);
      const found = resolve(target);
      if (!Array.isArray(found)) return found;
      const who = found[0] as IndexEntity;
      const from = today();
      if (!isCalendarDate(from)) return problem(`WAYFINDER_TODAY is not a date (YYYY-MM-DD).`);
      const to = addDays(from, within);
      const targets = new Set(who.kind === 'team' ? [who.ref, ...(owned.get(who.ref) ?? [])] : [who.ref]);
      const changes = changesFor(targets, from, to);
      const campaigns = (index.campaigns ?? []).filter((c) => c.deadline >= from && c.deadline <= to && c.todo.some((r) => targets.has(r)));
      const head = `# What changes for ${pageLinks(who.title, who.path)} from ${from} to ${to}`;
      if (changes.length === 0 && campaigns.length === 0) return { text: `${head}\n\nNothing in the lifecycle calendar or the campaigns reaches it in the next ${within} days. ${mdLink('Lifecycle calendar', link(ROUTES.lifecycle))}` };
      const lines = changes.slice(0, CHANGES_MAX).map(({ date, what, change, how }) => {
        const replacement = change.replacement ? `; replacement: ${refLink(change.replacement)}` : '';
        return `- **${date}** (${what}) ${TYPE_LABELS[change.type]}: ${pageLinks(change.title, change.path)}: ${how}${replacement}`;
      });
      if (changes.length > CHANGES_MAX) lines.push(`- and ${changes.length - CHANGES_MAX} more on the ${mdLink('lifecycle calendar', link(ROUTES.lifecycle))}`);
      const campaignLines = campaigns.map((c) => {
        const todo = c.todo.filter((r) => targets.has(r));
        return `- **${c.deadline}** campaign deadline: ${mdLink(c.title, link(c.path))}: still to do: ${todo.slice(0, 10).map(refLink).join(', ')}${todo.length > 10 ? ` and ${todo.length - 10} more` : ''}`;
      });
      return { text: [head, '', ...lines, ...(campaignLines.length ? ['', '## Campaign deadlines', '', ...campaignLines] : [])].join('\n') };
    },
    migrationsOwed(targetArg) {
      const target = textArg(targetArg, 'a team or entity name');
      if (typeof target !== 'string') return target;
      const found = resolve(target);
      if (!Array.isArray(found)) return found;
      const who = found[0] as IndexEntity;
      const mine = (c: { ref: string; owner?: string }) => (who.kind === 'team' ? c.owner === who.ref : c.ref === who.ref);
      const owed = index.changes
        .map((change) => ({ change, consumers: (change.migration?.consumers ?? []).filter((c) => c.state !== 'done' && mine(c)) }))
        .filter((x) => x.consumers.length > 0 && x.change.migration)
        .sort((a, b) => ((a.change.migration?.deadline ?? '') < (b.change.migration?.deadline ?? '') ? -1 : 1));
      const head = `# Migrations ${pageLinks(who.title, who.path)} owes (as of ${index.built})`;
      if (owed.length === 0) return { text: `${head}

None: nothing it ${who.kind === 'team' ? 'owns' : 'is'} still uses a deprecated, sunset or breaking-changed subject. ${mdLink('Lifecycle calendar', link(ROUTES.lifecycle))}` };
      const sections = owed.slice(0, CHANGES_MAX).map(({ change, consumers }) => {
        const m = change.migration as NonNullable<IndexChange['migration']>;
        const facts = [`deadline ${m.deadline}${m.overdue ? ' (passed)' : ''}`, change.replacement ? `replacement ${refLink(change.replacement)}` : '', change.contact ? `ask ${refLink(change.contact)}` : ''].filter(Boolean).join('; ');
        const lines = consumers.slice(0, OWED_CONSUMERS_MAX).map((c) => {
          const plan = [c.by ? ` by ${c.by}${c.late ? ' (after the deadline)' : ''}` : '', c.tracker ? `, tracked in ${mdLink(c.tracker, /^https?:\/\//i.test(c.tracker) ? c.tracker : undefined)}` : '', c.exemptUntil ? ` until ${c.exemptUntil}: ${mdText(c.exemptReason)}` : ''].join('');
          return `- ${refLink(c.ref)}: ${stateLabel(c.state)}${plan}`;
        });
        if (consumers.length > OWED_CONSUMERS_MAX) lines.push(`- and ${consumers.length - OWED_CONSUMERS_MAX} more on ${mdLink('the page', link(change.path))}`);
        return [`## ${pageLinks(change.title, change.path)}`, '', `${TYPE_LABELS[change.type]}: ${facts}.`, '', ...lines].join('\n');
      });
      if (owed.length > CHANGES_MAX) sections.push(`and ${owed.length - CHANGES_MAX} more migrations on ${mdLink('the lifecycle calendar', link(ROUTES.lifecycle))}`);
      return { text: [head, ...sections].join('\n\n') };
    },
    async getPage(urlArg) {
      const url = textArg(urlArg, 'a page URL or path');
      if (typeof url !== 'string') return url;
      let p = url;
      try {
        if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
          const u = new URL(url);
          const known = [reader.origin, index.site && absoluteUrl('/', index.site, base)].filter((x): x is string => !!x);
          const root = known.find((k) => u.href.startsWith(k));
          if (!root) return problem(`${mdText(url)} is not a page of this site (${known.join(' or ') || 'give a path such as /docs/how-to/x/'}).`);
          p = `/${u.pathname.slice(new URL(root).pathname.length)}`;
        } else {
          p = url.split(/[?#]/)[0] ?? '';
          if (!p.startsWith('/')) p = `/${p}`;
          const prefix = base.replace(/\/+$/, '');
          if (prefix && (p === prefix || p.startsWith(`${prefix}/`))) p = p.slice(prefix.length) || '/';
        }
      } catch {
        return problem(`${mdText(url.slice(0, 100))} is not a URL or a site path.`);
      }
      if (p.endsWith('/')) p = twinPath(p);
      else if (!/\.(md|txt)$/.test(p)) p = twinPath(`${p}/`);
      try {
        // Checked here too, whatever the reader: a path that leaves the site is refused by name.
        sitePathSegments(p);
        return { text: await reader.read(p) };
      } catch (e) {
        if (e instanceof SiteReadError) return problem(`${e.message}. get_page reads the Markdown twin of a page of the site, e.g. /catalog/component/x/ or /docs/how-to/x/.`);
        throw e;
      }
    },
  };
}
