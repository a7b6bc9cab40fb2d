/**
 * Migrations in what assistants read: the "Migration progress" of an announcement's twin
 * (counts, verdict, burn-down ends, one line per team, each consumer still to move with its
 * plan) and the "Migrations it owes" of a team's twin, from the same views the HTML pages
 * render (core/migrations/view.ts), capped like every twin list; and the index record the
 * MCP server's migrations_owed answers from (every consumer's state, by refKey).
 */
import type { Migration } from '../migrations/migration.ts';
import { STATE_LABELS } from '../migrations/migration.ts';
import type { ConsumerRow, MigrationView, Owed } from '../migrations/view.ts';
import { announcementPath, href, migrationConsumersPath, refPath } from '../urls.ts';
import { capped, mdLink, mdText } from './markdown-out.ts';

/** Most consumers one twin list names before "and N more". */
export const TWIN_CONSUMERS_MAX = 50;

const STATUS = { done: 'Done', 'on-track': 'On track', 'at-risk': 'At risk', overdue: 'Overdue' } as const;

/** One consumer: its state, plan or exemption, with links. */
export function consumerLine(r: ConsumerRow, withTeam: boolean): string {
  const plan = [
    r.by ? ` by ${r.by}${r.late ? ' (after the deadline)' : ''}` : '',
    r.tracker ? `, tracked in ${r.tracker.href ? mdLink(r.tracker.text, r.tracker.href) : mdText(r.tracker.text)}` : '',
    r.exempt ? ` until ${r.exempt.until}: ${mdText(r.exempt.reason)}` : '',
  ].join('');
  const what = [r.kindLabel, withTeam && r.team ? r.team : '', r.indirect ? 'indirect' : ''].filter(Boolean).map(mdText).join(', ');
  return `- ${mdLink(r.name, href(refPath(r.ref)))} (${what}): ${r.stateLabel}${plan}`;
}

/** The "Migration progress" section of an announcement's twin. */
export function migrationProgressLines(v: MigrationView): string[] {
  const list = (page = 1) => href(migrationConsumersPath(v.id, page));
  const first = v.chart?.dots[0];
  const last = v.chart?.dots.at(-1);
  return [
    '## Migration progress',
    '',
    `**${STATUS[v.status]}.** ${mdText(v.verdict)}`,
    '',
    `- **Done:** ${v.counts.done} · **Planned:** ${v.counts.planned} · **Not started:** ${v.counts['not-started']} · **Exempt:** ${v.counts.exempt} (${v.percent}% of ${v.total} done or exempt)`,
    `- **Deadline:** ${v.deadline}`,
    ...(first && last ? [`- **Burn-down:** ${first.left} left on ${first.date}, ${last.left} on ${last.date} (${last.planned} of them with a plan)`] : []),
    ...(v.teams.length
      ? [
          '',
          '### By team',
          '',
          // At most TEAM_ROWS already (the view's bound).
          ...v.teams.map((t) => {
            const contacts = [t.chat ? mdLink(t.chat, t.chatUrl) : '', t.oncall ? mdLink('on-call', t.oncall) : ''].filter(Boolean).join(', ');
            const who = t.ref ? mdLink(t.name, href(refPath(t.ref))) : mdText(t.name);
            const planned = `${t.counts.planned} planned${t.lastBy ? ` (by ${t.lastBy}${t.late ? ', after the deadline' : ''})` : ''}`;
            return `- ${who}${contacts ? ` (${contacts})` : ''}: ${t.counts['not-started']} not started, ${planned}, ${t.counts.exempt} exempt, ${t.counts.done} done`;
          }),
          ...(v.moreTeams > 0 ? [`- and ${v.moreTeams} more teams: ${mdLink('every consumer by team', list())}`] : []),
        ]
      : []),
    ...(v.detail.length
      ? [
          '',
          '### Consumers still to move',
          '',
          ...capped(v.detail, TWIN_CONSUMERS_MAX, (r) => consumerLine(r, true), (n) => `- and ${n + v.moreDetail} more${v.consumerPages ? `: ${mdLink('every consumer by team', list())}` : ` on ${mdLink('the page', href(announcementPath(v.id)))}`}`),
          ...(v.detail.length <= TWIN_CONSUMERS_MAX && v.moreDetail > 0 ? [`- and ${v.moreDetail} more: ${mdLink('every consumer by team', list())}`] : []),
        ]
      : []),
  ];
}

/** The "Migrations it owes" section of a team's twin (`teamPage`: the team's page, which lists them all). */
export function owedLines(owed: readonly Owed[], teamPage: string): string[] {
  if (owed.length === 0) return [];
  return [
    '## Migrations it owes',
    '',
    ...owed.flatMap((o) => [
      `- ${mdLink(o.title, href(announcementPath(o.id)))}: deadline ${o.deadline}${o.overdue ? ' (passed)' : ''}`,
      ...capped(o.consumers, TWIN_CONSUMERS_MAX, (r) => `  ${consumerLine(r, false)}`, (n) => `  - and ${n} more on ${mdLink('the team page', href(teamPage))}`),
    ]),
  ];
}

/** A migration as the assistant index keeps it: the deadline, the counts and every consumer's state. */
export interface IndexMigration {
  deadline: string;
  overdue: boolean;
  counts: Migration['counts'];
  consumers: { ref: string; owner?: string; state: string; by?: string; late?: boolean; tracker?: string; exemptUntil?: string; exemptReason?: string }[];
}

/** The index record of a migration. */
export function indexMigration(m: Migration): IndexMigration {
  return {
    deadline: m.deadline,
    overdue: m.overdue,
    counts: m.counts,
    consumers: m.consumers.map((c) => ({
      ref: c.entity.ref,
      ...(c.owner ? { owner: c.owner } : {}),
      state: c.state,
      ...(c.by ? { by: c.by } : {}),
      ...(c.late ? { late: true } : {}),
      ...(c.tracker ? { tracker: c.tracker } : {}),
      ...(c.exempt ? { exemptUntil: c.exempt.until, exemptReason: c.exempt.reason } : {}),
    })),
  };
}

/** How the MCP server names a state from the index. */
export function stateLabel(state: string): string {
  return (STATE_LABELS as Record<string, string>)[state] ?? state;
}
