/**
 * Team notices as RFC 5322 messages (`.eml`), one per team, built with nodemailer's
 * MailComposer (encoded headers for non-ASCII names, a text part and an HTML part). A CI job
 * hands the files to its mail relay; Wayfinder itself never sends anything.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { escapeHtml } from '../names.ts';
import { noticeText, type Absolute } from './format.ts';
import type { TeamNotice } from './notices.ts';

/** The HTML part: the same as the text part, with links. Everything from content is escaped. */
export function noticeHtml(n: TeamNotice, absolute: Absolute): string {
  const a = (text: string, url: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
  const items = n.items
    .map((i) => {
      const list = [
        ...i.entities.map((e) => `<li>${a(e.name, absolute(e.path))}${e.detail ? `: ${escapeHtml(e.detail)}` : ''}</li>`),
        ...(i.more ? [`<li>and ${i.more} more: ${a('see the page', absolute(i.path))}</li>`] : []),
      ];
      const ask = i.ask ? `<p>Ask: ${[i.ask.path ? a(i.ask.name, absolute(i.ask.path)) : escapeHtml(i.ask.name), i.ask.chat ? escapeHtml(i.ask.chat) : '', i.ask.email ? a(i.ask.email, `mailto:${i.ask.email}`) : ''].filter(Boolean).join(', ')}</p>` : '';
      return `<h2>${escapeHtml(i.date)} · ${escapeHtml(i.label)}${i.overdue ? ' (passed)' : ''}: ${a(i.title, absolute(i.path))}</h2>\n<p>${escapeHtml(i.action)}</p>\n${list.length ? `<ul>${list.join('')}</ul>` : ''}\n${ask}`;
    })
    .join('\n');
  return `<!doctype html>\n<html><body>\n<h1>${escapeHtml(n.team.name)}: what to do soon</h1>\n${items}\n</body></html>\n`;
}

/** Options of noticeEmail. */
export interface EmailOptions {
  /** `Platform handbook <handbook@tidewater.example>`. */
  from: string;
  /** The day the notices are for (the Date header, 09:00 UTC). */
  today: string;
  absolute: Absolute;
}

/** One team's notice as an RFC 5322 message; undefined when the team has no email address in the catalog. */
export async function noticeEmail(n: TeamNotice, options: EmailOptions): Promise<Buffer | undefined> {
  if (!n.team.email) return undefined;
  const mail = new MailComposer({
    from: options.from,
    to: { name: n.team.name, address: n.team.email },
    subject: `${n.team.name}: ${n.items.length} ${n.items.length === 1 ? 'thing' : 'things'} to do soon`,
    date: new Date(`${options.today}T09:00:00Z`),
    messageId: `<notices-${options.today}-${n.ref.replace(/[^a-z0-9.-]+/gi, '.')}@wayfinder.invalid>`,
    text: noticeText(n, options.absolute),
    html: noticeHtml(n, options.absolute),
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
  return mail.compile().build();
}
