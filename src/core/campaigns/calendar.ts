/**
 * Campaign deadlines on the lifecycle calendar: the adapter that turns campaigns into the
 * calendar's items (core/lifecycle/items.ts), so the calendar pages, their views and the
 * iCalendar feeds show each deadline without knowing about campaigns. An item belongs to
 * the teams that still have work in the campaign, so their team feeds carry it.
 */
import type { CalendarItem } from '../lifecycle/items.ts';
import { campaignPath } from '../urls.ts';
import type { CampaignProgress } from './progress.ts';

/** Teams named in a deadline's feed text before "and N more". */
const TEAMS_NAMED = 10;

/** The `group` of a campaign's item. */
export function campaignGroup(id: string): string {
  return `campaign:${id}`;
}

/** One calendar item per campaign, on its deadline. */
export function campaignItems(progress: readonly CampaignProgress[], ctx: { nameOf: (ref: string) => string }): CalendarItem[] {
  return progress.map((p) => {
    const c = p.campaign;
    const left = p.teams.filter((t) => t.todo > 0);
    const named = left.slice(0, TEAMS_NAMED).map((t) => `${t.ref ? ctx.nameOf(t.ref) : 'No owner'} (${t.todo} to do)`);
    const more = left.length > TEAMS_NAMED ? `, and ${left.length - TEAMS_NAMED} more` : '';
    return {
      id: `campaign-${c.id.replace(/\//g, '-')}-deadline`,
      kind: 'campaign',
      kindLabel: 'Campaign',
      badge: 'caution',
      date: c.deadline,
      what: 'Deadline',
      verb: 'is due',
      title: c.title,
      url: campaignPath(c.id),
      owners: left.map((t) => t.ref).filter(Boolean).sort(),
      subjects: [],
      group: campaignGroup(c.id),
      feed: {
        stamp: c.start,
        summary: `Campaign deadline: ${c.title}`,
        details: [
          c.description ? (c.description.split(/\n\s*\n/)[0] ?? '').trim() : c.title,
          '',
          `Campaign run by ${ctx.nameOf(c.owner)}, from ${c.start} to ${c.deadline}.`,
          `Progress when the site was built: ${p.done + p.exempt} of ${p.total} done (${p.percent}%), ${p.todo} to do.`,
          ...(named.length ? [`Teams with work left: ${named.join(', ')}${more}.`] : []),
        ],
        linkText: 'What to do, and who has work left',
        categories: ['Campaign'],
      },
    };
  });
}
