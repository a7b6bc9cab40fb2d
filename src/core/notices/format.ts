/**
 * Team notices (notices.ts) as Markdown, as Slack Block Kit messages and as plain text for
 * email. Content is untrusted: names and titles are quoted as inert text in each format, and
 * a Slack message always keeps within Slack's published limits (50 blocks a message, 3,000
 * characters a section, 150 a header): a team with hundreds of items gets a summary and a
 * link, never a payload Slack rejects.
 */
import { escapeMarkdown, oneLine as inertLine } from '../inert-text.ts';
import type { Contact, NoticeItem, TeamNotice } from './notices.ts';

/** Slack's limits (https://api.slack.com/reference/block-kit/blocks). */
export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, contextElements: 10 } as const;

/** Turns a site path into the link people follow. */
export type Absolute = (path: string) => string;

const oneLine = (s: string) => inertLine(s).replace(/\s+/g, ' ').trim();
const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** Slack mrkdwn text: &, < and > escaped (https://api.slack.com/reference/surfaces/formatting#escaping), on one line. */
export function slackText(s: string): string {
  return oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A Slack link; the URL is one of ours (site links) or a catalog chat URL, checked by the catalog. */
const slackLink = (text: string, url: string) => `<${url.replace(/[<>|]/g, encodeURIComponent)}|${slackText(text).replace(/\|/g, '¦')}>`;

function askText(c: Contact | undefined, link: (text: string, url: string) => string, text: (s: string) => string, absolute: Absolute): string {
  if (!c) return '';
  const parts = [c.path ? link(c.name, absolute(c.path)) : text(c.name)];
  if (c.chat) parts.push(c.chatUrl ? link(c.chat, c.chatUrl) : text(c.chat));
  if (c.email) parts.push(link(c.email, `mailto:${c.email}`));
  return parts.join(', ');
}

/** The headline of one item: `2027-01-29 · Sunset: title`. */
const headline = (i: NoticeItem) => `${i.date} · ${i.label}${i.overdue ? ' (passed)' : ''}: ${oneLine(i.title)}`;

/** One team's notice as Markdown (chat tools that take Markdown, a wiki, an issue). */
export function noticeMarkdown(n: TeamNotice, absolute: Absolute): string {
  const md = (s: string) => escapeMarkdown(oneLine(s));
  const link = (text: string, url: string) => `[${md(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
  const lines = [`## ${md(n.team.name)}: what to do soon`, ''];
  for (const i of n.items) {
    lines.push(`- **${md(i.date)}** · ${md(i.label)}${i.overdue ? ' (passed)' : ''}: ${link(i.title, absolute(i.path))}. ${md(i.action)}`);
    for (const e of i.entities) lines.push(`  - ${link(e.name, absolute(e.path))}${e.detail ? `: ${md(e.detail)}` : ''}`);
    if (i.more) lines.push(`  - and ${i.more} more: ${link('see the page', absolute(i.path))}`);
    if (i.ask) lines.push(`  - Ask: ${askText(i.ask, link, md, absolute)}`);
  }
  return lines.join('\n') + '\n';
}

/** A Slack Block Kit section. */
interface Block {
  type: string;
  text?: { type: 'mrkdwn' | 'plain_text'; text: string; emoji?: boolean };
  elements?: { type: 'mrkdwn'; text: string }[];
}

/** One team's notice as a Slack message payload (`{ text, blocks }`) for an incoming webhook. */
export function noticeSlack(n: TeamNotice, absolute: Absolute, teamPage?: string): { text: string; blocks: Block[] } {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: cut(oneLine(`${n.team.name}: what to do soon`), SLACK_LIMITS.headerText), emoji: false } }];
  const page = teamPage ?? (n.team.path ? absolute(n.team.path) : undefined);
  // Room for the header, one section per item, and a last context block when some are left out.
  const room = SLACK_LIMITS.blocks - 2;
  const shown = n.items.slice(0, room);
  for (const i of shown) {
    const lines = [`*${slackText(headline(i))}*`, slackText(i.action), `${slackLink('Open the page', absolute(i.path))}${i.ask ? ` · Ask: ${askText(i.ask, slackLink, slackText, absolute)}` : ''}`];
    const list = i.entities.map((e) => `• ${slackLink(e.name, absolute(e.path))}${e.detail ? `: ${slackText(e.detail)}` : ''}`);
    let text = lines.join('\n');
    // The entity list goes in as far as it fits; what does not is counted, with the link.
    let listed = 0;
    for (const l of list) {
      if (text.length + l.length + 200 > SLACK_LIMITS.sectionText) break;
      text += `\n${l}`;
      listed++;
    }
    const more = i.more + (i.entities.length - listed);
    if (more) text += `\n…and ${more} more on ${slackLink('the page', absolute(i.path))}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cut(text, SLACK_LIMITS.sectionText) } });
  }
  if (n.items.length > shown.length) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: slackText(`and ${n.items.length - shown.length} more items`) + (page ? `: ${slackLink(`${n.team.name}'s page`, page)}` : '') }] });
  }
  return { text: cut(oneLine(`${n.team.name}: ${n.items.length} ${n.items.length === 1 ? 'thing' : 'things'} to do soon`), SLACK_LIMITS.sectionText), blocks };
}

/** One team's notice as plain text (the email's text part). */
export function noticeText(n: TeamNotice, absolute: Absolute): string {
  const lines = [`${oneLine(n.team.name)}: what to do soon`, ''];
  for (const i of n.items) {
    lines.push(headline(i), `  ${oneLine(i.action)}`, `  ${absolute(i.path)}`);
    for (const e of i.entities) lines.push(`  - ${oneLine(e.name)}${e.detail ? `: ${oneLine(e.detail)}` : ''}`);
    if (i.more) lines.push(`  - and ${i.more} more`);
    if (i.ask) lines.push(`  Ask: ${[i.ask.name, i.ask.chat, i.ask.email].filter(Boolean).map((s) => oneLine(s as string)).join(', ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
