/**
 * `npm run notices`: for each team, what it must do soon — migrations it owes, campaign
 * deadlines, betas and breaking changes to what it uses, sunsets of what it depends on — with
 * dates, links into the site and whom to ask, as Markdown, Slack Block Kit payloads, email
 * messages (.eml) or JSON. It reads the content as `npm run check` does and sends nothing: a
 * scheduled CI job posts or mails what it writes (see manual/notices.md).
 *
 *   node scripts/notices.ts [--content DIR] [--team REF] [--within 30d] [--format markdown|slack|email|json] [--out DIR] [--site URL] [--from ADDRESS]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/core/check-content.ts';
import { resolveContentPaths } from '../src/core/content-dir.ts';
import { formatDiagnostic } from '../src/core/format-diagnostics.ts';
import { today as todayOf } from '../src/core/dates.ts';
import { policyLevels } from '../src/core/policy.ts';
import { envOverrides, openContent } from '../src/core/open-content.ts';
import { ruleContexts } from '../src/core/health/report.ts';
import { campaignProgress } from '../src/core/campaigns/progress.ts';
import { parseEntityRef, refKey } from '../src/core/model/refs.ts';
import { createRefIndex, danglingHint } from '../src/core/catalog/resolve/suggest.ts';
import { parseWithin, teamNotices } from '../src/core/notices/notices.ts';
import { noticeMarkdown, noticeSlack } from '../src/core/notices/format.ts';
import { noticeEmail } from '../src/core/notices/email.ts';

const FORMATS = ['markdown', 'slack', 'email', 'json'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: node scripts/notices.ts [options]

Prints, for each team, what it must do soon: migrations it owes, campaign deadlines, betas
and breaking changes to what it uses and sunsets of what it depends on, with the date, the
link into the site and whom to ask. Nothing is sent: a CI job posts or mails the output.

Options:
  --content DIR     the content folder (default: $WAYFINDER_CONTENT, else content/)
  --team REF        only this team (e.g. group:payments-team, or payments-team)
  --within SPAN     how far ahead to look: 30d (default), 6w, 2m, or a number of days;
                    what has passed and is still open is always included
  --format FORMAT   markdown (default), slack (one Block Kit payload per team), email
                    (one .eml per team, needs --out) or json
  --out DIR         write one file per team into DIR (<team>.md, .json or .eml) instead of
                    printing; teams without an email address get no .eml (listed on stderr)
  --site URL        the site's public address for links (default: $WAYFINDER_SITE, else
                    site.url in wayfinder.yaml)
  --base PATH       the site's base path (default: $WAYFINDER_BASE, else site.base, else /)
  --from ADDRESS    the email's From (default: "Platform handbook <handbook@<site host>>")
  -h, --help        show this help

Exit status: 0 when written (also when no team has anything to do), 1 when the content has
errors, 2 when the command is used wrongly.`;

function usageError(message: string): never {
  process.stderr.write(`wayfinder notices: ${message}\nRun "node scripts/notices.ts --help" for the options.\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let values: { content?: string; team?: string; within?: string; format?: string; out?: string; site?: string; base?: string; from?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        content: { type: 'string', short: 'c' },
        team: { type: 'string' },
        within: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string' },
        site: { type: 'string' },
        base: { type: 'string' },
        from: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    usageError((e instanceof Error ? e.message : String(e)).split('. To specify')[0] ?? 'bad options');
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = (values.format ?? 'markdown') as Format;
  if (!(FORMATS as readonly string[]).includes(format)) usageError(`unknown --format "${values.format}" (use ${FORMATS.join(', ')})`);
  const within = parseWithin(values.within ?? '30d');
  if (within === undefined) usageError(`--within "${values.within}" is not a span such as 30d, 6w or 2m`);
  if (format === 'email' && !values.out) usageError('--format email writes one .eml per team: give the folder with --out');
  const paths = resolveContentPaths(values.content);
  if (!fs.existsSync(paths.root)) usageError(`the content folder ${paths.root} does not exist`);
  const today = todayOf();
  // The one door every face opens the content by: the policy, the site's identity (its public address for links), the check's options.
  const opened = openContent(paths, { ...envOverrides(), ...(values.site ? { url: values.site } : {}), ...(values.base ? { base: values.base } : {}), today });
  let site: URL | undefined;
  if (opened.site.url) {
    try {
      site = new URL(opened.site.url);
    } catch {
      usageError(`the site address "${opened.site.url}" is not a URL`);
    }
  }
  if (!site && (format === 'slack' || format === 'email')) usageError(`--format ${format} needs the site's public address for its links: set site.url in wayfinder.yaml, or give --site https://handbook.example.com (or WAYFINDER_SITE)`);
  const base = opened.site.base;
  const absolute = (p: string): string => {
    const withBase = `${base.replace(/\/$/, '')}${p}`;
    return site ? new URL(withBase, site).href : withBase;
  };
  const checked = checkContent(paths, opened.checkOptions);
  const errors = [...opened.diagnostics, ...checked.diagnostics].filter((d) => d.severity === 'error');
  if (errors.length) {
    process.stderr.write(`${errors.map(formatDiagnostic).join('\n')}\nFix these errors first: notices need valid content.\n`);
    return 1;
  }
  const { entities, byRef } = checked.catalog;
  const lookup = (r: string) => byRef.get(r);
  let team: string | undefined;
  if (values.team !== undefined) {
    const { ref, error } = parseEntityRef(values.team, { defaultKind: 'group' });
    if (!ref) usageError(`--team "${values.team}": ${error ?? 'not an entity reference'}`);
    team = refKey(ref);
    if (!byRef.has(team)) usageError(`--team "${values.team}" names no team in the catalog${((h) => (h ? ` (${h})` : ''))(danglingHint(createRefIndex(entities), ref, ['group', 'user']))}`);
  }
  const levels = policyLevels(opened.policy);
  const ctxOf = ruleContexts(entities, checked.docs, today, byRef);
  const campaigns = checked.campaigns.map((c) => campaignProgress(c, entities, levels, ctxOf, today));
  const notices = teamNotices({ entities, announcements: checked.announcements, migrations: checked.migrations, campaigns }, lookup, { today, within, ...(team ? { team } : {}) });

  const fileName = (ref: string, ext: string) => `${ref.replace(/^[a-z]+:/, '').replace(/^default\//, '').replace(/[^a-z0-9._-]+/gi, '-')}.${ext}`;
  const write = (name: string, body: string | Buffer) => {
    fs.mkdirSync(values.out as string, { recursive: true });
    fs.writeFileSync(path.join(values.out as string, name), body);
  };
  if (format === 'json') {
    const body = JSON.stringify({ today, within, teams: notices }, null, 2) + '\n';
    if (values.out) for (const n of notices) write(fileName(n.ref, 'json'), JSON.stringify(n, null, 2) + '\n');
    else process.stdout.write(body);
  } else if (format === 'markdown') {
    if (values.out) for (const n of notices) write(fileName(n.ref, 'md'), noticeMarkdown(n, absolute));
    else process.stdout.write(notices.map((n) => noticeMarkdown(n, absolute)).join('\n'));
  } else if (format === 'slack') {
    const payloads = notices.map((n) => ({ team: n.ref, channel: n.team.chat ?? null, payload: noticeSlack(n, absolute) }));
    if (values.out) for (const p of payloads) write(fileName(p.team, 'json'), JSON.stringify(p.payload) + '\n');
    else process.stdout.write(JSON.stringify(payloads, null, 2) + '\n');
  } else {
    const from = values.from ?? `Platform handbook <handbook@${(site as URL).hostname}>`;
    const without: string[] = [];
    for (const n of notices) {
      const eml = await noticeEmail(n, { from, today, absolute });
      if (eml) write(fileName(n.ref, 'eml'), eml);
      else without.push(n.team.name);
    }
    if (without.length) process.stderr.write(`No email address in the catalog (spec.profile.email) for: ${without.join(', ')}; no message written for them.\n`);
  }
  process.stderr.write(`${notices.length} ${notices.length === 1 ? 'team has' : 'teams have'} something to do in the next ${within} days (${today}).\n`);
  return 0;
}

process.exitCode = await main();
