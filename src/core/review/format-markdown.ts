/**
 * The change review as a pull-request comment (GitHub-flavoured Markdown): a hidden
 * marker (so a workflow finds and updates its one comment), a one-paragraph summary that
 * names the teams and their contacts, then each kind of change in a collapsible
 * <details>. Capped in length, with a count of what was left out. Everything from
 * content is one line of inert text (src/core/inert-text.ts): names, titles and file names
 * cannot add blocks, headings, links, mentions or HTML to the comment.
 */
import { shortRef } from '../names.ts';
import { codeSpan as code, escapeMarkdown } from '../inert-text.ts';

export { escapeMarkdown };
import { urlProblem } from '../catalog/read/url-check.ts';
import { reachedTeams, summaryParagraph, type ReachedTeam } from './outcome.ts';
import { apiMarkdownItems } from './format-api.ts';
import type { AffectedTeam, ChangeSet, EntityMention, TeamContact } from './types.ts';
import { migrationChangeText } from './migrations.ts';
import { campaignChangeText } from './campaigns.ts';

/** The hidden first line a workflow looks for to update its comment instead of adding one. */
export const REVIEW_MARKER = '<!-- wayfinder-change-review -->';

/** GitHub refuses comments over 65,536 characters; stay well under. */
export const DEFAULT_MAX_CHARS = 60_000;

/** A link when the URL is one the catalog accepts, else the text alone. */
function link(text: string, url: string | undefined): string {
  if (!url || urlProblem(url)) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${encodeURI(decodeSafe(url)).replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

function decodeSafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** A team's name and how to reach it, with links. */
export function teamMarkdown(t: TeamContact | undefined): string {
  if (!t) return '_no owner_';
  const contacts = [
    t.chat ? link(t.chat, t.chatUrl) : t.chatUrl ? link('chat', t.chatUrl) : undefined,
    t.email ? link(t.email, `mailto:${t.email}`) : undefined,
    t.oncall ? link('on-call', t.oncall) : undefined,
  ].filter((c): c is string => c !== undefined);
  return `**${escapeMarkdown(t.name)}**${contacts.length ? ` (${contacts.join(', ')})` : ' (no contact in the catalog)'}`;
}

const entity = (m: EntityMention): string => `${escapeMarkdown(m.name)} ${code(shortRef(m.ref))}`;

/** One list item per team: its contacts and the consumers it owns. */
function teamItems(teams: readonly AffectedTeam[], indent: string): string[] {
  return teams.map((t) => {
    const direct = t.consumers.filter((c) => !c.indirect).map((c) => escapeMarkdown(c.name));
    const indirect = t.consumers.filter((c) => c.indirect).map((c) => escapeMarkdown(c.name));
    const uses = [direct.join(', '), indirect.length ? `indirectly ${indirect.join(', ')}` : ''].filter(Boolean).join('; ');
    return `${indent}- ${teamMarkdown(t)}: ${uses}`;
  });
}

/** A section of the comment: a summary line and its items (each item one or more lines). */
interface Section {
  title: string;
  items: string[];
  open?: boolean;
}

/** Options of the Markdown formatter. */
export interface MarkdownOptions {
  /** The longest comment to write, in characters (default DEFAULT_MAX_CHARS). */
  maxChars?: number;
  /** The command that shows the whole review, named when items are left out. */
  command?: string;
}

/** The sections of the review, in the order a reviewer needs them. */
function sections(cs: ChangeSet, teams: ReachedTeam[]): Section[] {
  const api = apiMarkdownItems(cs.apis ?? [], { text: escapeMarkdown, code, teams: teamItems });
  return [
    { title: `Breaking API changes (${api.breaking.length})`, open: true, items: api.breaking },
    {
      title: `Teams this change reaches (${teams.length})`,
      open: true,
      items: teams.map((t) => `- ${teamMarkdown(t)}: ${t.reasons.map(escapeMarkdown).join('; ')}`),
    },
    {
      title: `Problems this change introduces (${cs.problems.introduced.length})`,
      open: cs.problems.introduced.length > 0,
      items: cs.problems.introduced.map((d) => `- **${d.severity}** ${code(`${d.file}${d.line ? `:${d.line}:${d.column}` : ''}`)} ${escapeMarkdown(d.message)}${d.hint ? ` _(${escapeMarkdown(d.hint)})_` : ''}`),
    },
    {
      title: `Removed (${cs.removed.length})`,
      items: cs.removed.map((r) => [`- ${entity(r)}${r.breaks.length ? ', still used by:' : ''}`, ...teamItems(r.breaks, '  ')].join('\n')),
    },
    {
      title: `Renamed (${cs.renamed.length})`,
      items: cs.renamed.map((r) =>
        [
          `- ${code(shortRef(r.from))} → ${entity(r.to)} (${r.redirect ? 'the old page redirects' : 'detected; list the old name in `wayfinder.dev/previous-names` so old links keep working'})${r.breaks.length ? ', old name still used by:' : ''}`,
          ...teamItems(r.breaks, '  '),
        ].join('\n'),
      ),
    },
    {
      title: `Owner changes (${cs.owners.length})`,
      items: cs.owners.map((o) => `- ${entity(o.entity)}: from ${teamMarkdown(o.from)} to ${teamMarkdown(o.to)}`),
    },
    {
      title: `Lifecycle changes (${cs.lifecycles.length})`,
      items: cs.lifecycles.map((l) =>
        [`- ${entity(l.entity)}: ${escapeMarkdown(l.from ?? 'none')} → **${escapeMarkdown(l.to ?? 'none')}**${l.affected.length ? ', used by:' : ', nothing in the catalog uses it'}`, ...teamItems(l.affected, '  ')].join('\n'),
      ),
    },
    {
      title: `Lifecycle announcements (${cs.announcements.length})`,
      items: cs.announcements.map((a) =>
        [
          `- ${a.status}: **${escapeMarkdown(a.title)}** (${escapeMarkdown(a.type)}, effective ${escapeMarkdown(a.effective)}${a.sunset ? `, sunset ${escapeMarkdown(a.sunset)}` : ''}) ${code(a.file)}${a.changes.length ? `: ${a.changes.map(escapeMarkdown).join('; ')}` : ''}${a.affected.length ? '. Who must act:' : ''}`,
          ...teamItems(a.affected, '  '),
        ].join('\n'),
      ),
    },
    {
      title: `Campaigns (${cs.campaigns?.length ?? 0})`,
      items: (cs.campaigns ?? []).map((c) => [`- ${escapeMarkdown(campaignChangeText(c))} ${code(c.file)}${c.teams.length ? '. Teams it reaches:' : ''}`, ...teamItems(c.teams, '  ')].join('\n')),
    },
    {
      title: `Migrations (${cs.migrations?.length ?? 0})`,
      items: (cs.migrations ?? []).map((m) => `- ${entity(m.consumer)} on ${code(m.announcement)}: ${escapeMarkdown(migrationChangeText(m))}`),
    },
    { title: `Added (${cs.added.length})`, items: cs.added.map((a) => `- ${entity(a)}`) },
    { title: `Other API changes (${api.other.length})`, items: api.other },
    { title: `Other entity changes (${cs.modified.length})`, items: cs.modified.map((m) => `- ${entity(m.entity)}: ${m.fields.map(escapeMarkdown).join(', ')}`) },
    {
      title: `Docs that need a new review (${cs.docs.length})`,
      items: cs.docs.map((d) => `- ${escapeMarkdown(d.title)} ${code(d.file)}, about ${d.services.map((s) => code(shortRef(s))).join(', ')}`),
    },
    {
      title: `Onboarding paths (${cs.paths.length})`,
      items: cs.paths.map((p) =>
        [
          `- **${escapeMarkdown(p.title)}** ${code(p.file)} (${p.status})`,
          ...p.added.map((s) => `  - added: ${escapeMarkdown(s.title)} in ${escapeMarkdown(s.milestone)}`),
          ...p.removed.map((s) => `  - removed: ${escapeMarkdown(s.title)} from ${escapeMarkdown(s.milestone)}`),
          ...p.moved.map((s) => `  - moved: ${escapeMarkdown(s.title)} from ${escapeMarkdown(s.fromMilestone)} (step ${s.fromPosition}) to ${escapeMarkdown(s.milestone)} (step ${s.position})`),
        ].join('\n'),
      ),
    },
  ].filter((s) => s.items.length > 0);
}

/** The review as a pull-request comment. */
export function formatReviewMarkdown(cs: ChangeSet, options: MarkdownOptions = {}): string {
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  const command = options.command ?? `npm run check -- --diff ${cs.base}`;
  const head = [REVIEW_MARKER, '### Wayfinder change review', '', summaryParagraph(cs, { team: teamMarkdown, text: escapeMarkdown }), ''];
  const already = cs.problems.unchanged === 1 ? '1 problem was' : `${cs.problems.unchanged} problems were`;
  const foot = [`<sub>Compared ${code(cs.base)} with ${escapeMarkdown(cs.head)}. ${already} already there (those do not block a change); ${cs.problems.fixed} fixed by it.</sub>`];
  let out = head.join('\n');
  // Room for the note on what was left out and the footer.
  const budget = max - foot.join('\n').length - 400;
  let leftOut = 0;
  // Once something does not fit, everything after it is counted, not shown: no gaps.
  let full = false;
  for (const s of sections(cs, reachedTeams(cs))) {
    const open = `\n<details${s.open ? ' open' : ''}><summary>${s.title}</summary>\n\n`;
    const close = '\n</details>\n';
    let body = '';
    for (const item of s.items) {
      if (full || out.length + open.length + body.length + item.length + 1 + close.length >= budget) {
        full = true;
        leftOut++;
        continue;
      }
      body += `${item}\n`;
    }
    if (body) out += `${open}${body}${close}`;
  }
  if (leftOut) out += `\n_${leftOut} more ${leftOut === 1 ? 'item was' : 'items were'} left out to keep this comment short: run ${code(command)} to see all of them._\n`;
  return `${out}\n${foot.join('\n')}\n`;
}
