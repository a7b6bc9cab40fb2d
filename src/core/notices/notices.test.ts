/**
 * Notices: what each team must do soon, from a migration, a campaign and a breaking change;
 * Slack payloads within Slack's block limits even for a team with 300 consumers to chase;
 * .eml messages parsed back with a real mail parser (headers, text and HTML parts, a
 * non-ASCII team name); and a real SMTP round trip: nodemailer sends the written message to
 * a local smtp-server, which receives it intact.
 */
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';
import { testEntity } from '../model/test-entity.ts';
import type { Announcement } from '../lifecycle/announcements.ts';
import { migrationOf } from '../migrations/migration.ts';
import { teamNotices, parseWithin } from './notices.ts';
import { noticeMarkdown, noticeSlack, SLACK_LIMITS } from './format.ts';
import { noticeEmail } from './email.ts';

const absolute = (p: string) => `https://handbook.example.com${p}`;
const team = testEntity({ kind: 'group', name: 'zahlungen', title: 'Zahlungsverkehr & Buchhaltung — Müller’s team', chat: '#zahlungen', profile: { email: 'zahlungen@example.com' } });
const platform = testEntity({ kind: 'group', name: 'platform', title: 'Platform', chat: '#platform' });
const subject = testEntity({ kind: 'api', name: 'orders-api', title: 'Orders API', owner: 'group:default/platform', relations: { apiConsumedBy: Array.from({ length: 300 }, (_, i) => `component:default/svc-${i}`) } });
const consumers = Array.from({ length: 300 }, (_, i) =>
  testEntity({
    name: `svc-${i}`,
    title: i === 0 ? 'Kasse <script>alert(1)</script> & *bold*' : `Service ${i}`,
    owner: 'group:default/zahlungen',
    relations: { consumesApi: ['api:default/orders-api'] },
    ...(i === 1 ? { migrationPlans: [{ announcement: 'orders-v1', by: '2026-12-20', tracker: 'PAY-1', pos: { file: 'x', line: 1, column: 1 } }] } : {}),
  }),
);
const all = [team, platform, subject, ...consumers];
const byRef = new Map(all.map((e) => [e.ref, e]));
const lookup = (r: string) => byRef.get(r);
const a: Announcement = {
  id: 'orders-v1', file: 'x', display: 'content/lifecycle/orders-v1.md', title: 'Orders API v1 is deprecated', summary: '', type: 'deprecation',
  subjects: ['api:default/orders-api'], announced: '2026-09-01', effective: '2026-10-01', sunset: '2027-01-10', contact: 'group:default/platform',
};
const m = migrationOf(a, all, lookup, '2026-12-01');
const notices = teamNotices({ entities: all, announcements: [a], migrations: [m], campaigns: [] }, lookup, { today: '2026-12-01', within: 30 });
const [n] = notices;

describe('team notices', () => {
  it('name what the team owes, by when, and whom to ask', () => {
    expect(notices.map((x) => x.ref)).toEqual(['group:default/zahlungen']);
    expect(n!.items[0]).toMatchObject({ kind: 'migration', date: '2027-01-10', path: '/lifecycle/orders-v1/', more: 290, ask: { name: 'Platform', chat: '#platform' } });
    expect(n!.items[0]!.action).toBe('Move 300 services off Orders API by 2027-01-10 (299 without a plan).');
    // A deadline further than the window is left out, unless the team's own plan falls in it.
    expect(teamNotices({ entities: all, announcements: [a], migrations: [m], campaigns: [] }, lookup, { today: '2026-11-01', within: 30 })).toEqual([]);
    expect(parseWithin('30d')).toBe(30);
    expect(parseWithin('6w')).toBe(42);
    expect(parseWithin('soon')).toBeUndefined();
  });
  it('Markdown quotes names as inert text', () => {
    const md = noticeMarkdown(n!, absolute);
    expect(md).toContain('[Kasse &lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; \\*bold\\*](https://handbook.example.com/catalog/component/svc-0/)');
    expect(md).toContain('and 290 more');
  });
});

describe('Slack', () => {
  it('keeps within Block Kit limits with 300 consumers and 60 items: a summary and a link', () => {
    const many = { ...n!, items: Array.from({ length: 60 }, () => ({ ...n!.items[0]!, entities: consumers.map((c) => ({ name: `${c.title} ${'x'.repeat(40)}`, path: `/catalog/component/${c.name}/` })) })) };
    const payload = noticeSlack(many, absolute);
    expect(payload.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const header = payload.blocks[0]!;
    expect(header.type).toBe('header');
    expect(header.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    for (const b of payload.blocks.filter((x) => x.type === 'section')) expect(b.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    const last = payload.blocks.at(-1)!;
    expect(last.type).toBe('context');
    expect(last.elements![0]!.text).toContain('and 12 more items');
    expect(payload.blocks[1]!.text!.text).toMatch(/…and \d+ more on <https:\/\/handbook\.example\.com\/lifecycle\/orders-v1\/\|the page>$/);
  });
  it('escapes what Slack would read as markup or a link', () => {
    const text = noticeSlack(n!, absolute).blocks[1]!.text!.text;
    expect(text).toContain('Kasse &lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*');
    expect(text).not.toContain('<script>');
  });
});

describe('email', () => {
  it('writes an RFC 5322 message a mail parser reads back: encoded non-ASCII name, text and HTML parts', async () => {
    const eml = await noticeEmail(n!, { from: 'Platform handbook <handbook@example.com>', today: '2026-12-01', absolute });
    const raw = eml!.toString('utf8');
    expect(raw).toMatch(/^To: =\?UTF-8\?/m); // the name is encoded, not raw UTF-8 in a header
    const mail = await simpleParser(eml!);
    expect(mail.subject).toBe('Zahlungsverkehr & Buchhaltung — Müller’s team: 1 thing to do soon');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0] : undefined).toEqual({ name: 'Zahlungsverkehr & Buchhaltung — Müller’s team', address: 'zahlungen@example.com' });
    expect(mail.from?.value[0]?.address).toBe('handbook@example.com');
    expect(mail.date?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(mail.text).toContain('2027-01-10 · Sunset: Orders API v1 is deprecated');
    expect(mail.text).toContain('https://handbook.example.com/lifecycle/orders-v1/');
    expect(mail.html).toContain('<a href="https://handbook.example.com/lifecycle/orders-v1/">Orders API v1 is deprecated</a>');
    expect(mail.html).toContain('Kasse &lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  });
  it('a team without an email address gets no message', async () => {
    expect(await noticeEmail({ ...n!, team: { ...n!.team, email: undefined } }, { from: 'a@b.c', today: '2026-12-01', absolute })).toBeUndefined();
  });
  it('round trip: nodemailer sends the written message over SMTP to smtp-server, which receives it intact', async () => {
    const eml = (await noticeEmail(n!, { from: 'Platform handbook <handbook@example.com>', today: '2026-12-01', absolute }))!;
    const received: { from?: string; to: string[]; data: Buffer }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined, to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const port = (server.server.address() as AddressInfo).port;
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
      const info = await transport.sendMail({ envelope: { from: 'handbook@example.com', to: ['zahlungen@example.com'] }, raw: eml });
      expect(info.accepted).toEqual(['zahlungen@example.com']);
      transport.close();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'handbook@example.com', to: ['zahlungen@example.com'] });
    const mail = await simpleParser(received[0]!.data);
    expect(mail.subject).toBe('Zahlungsverkehr & Buchhaltung — Müller’s team: 1 thing to do soon');
    expect(mail.html).toContain('Orders API v1 is deprecated');
  });
});
