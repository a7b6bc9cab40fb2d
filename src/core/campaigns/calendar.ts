/**
 * Campaign deadlines on the lifecycle calendar: one all-day iCalendar event per campaign
 * (in the organisation's feed, and in the feed of each team with work left), written by
 * the same RFC 5545 writer as announcements (core/lifecycle/ics.ts).
 */
import type { IcsEvent } from '../lifecycle/ics.ts';
import type { CampaignProgress } from './progress.ts';

/** The deadline events of campaigns for a feed; `team` limits the text to that team's share. */
export function campaignEvents(
  progress: readonly CampaignProgress[],
  options: {
    /** Host for UIDs, e.g. `handbook.tidewater.example`. */
    host: string;
    /** The absolute URL of a campaign's page. */
    pageUrl: (id: string) => string;
    /** Display names for refKeys. */
    nameOf: (ref: string) => string;
    /** A team's refKey: the event says how much of the work is that team's. */
    team?: string;
  },
): IcsEvent[] {
  return progress.map((p) => {
    const c = p.campaign;
    const url = options.pageUrl(c.id);
    const mine = options.team ? p.teams.find((t) => t.ref === options.team) : undefined;
    const details = [
      c.description ? c.description.split(/\n\s*\n/)[0]?.trim() ?? '' : c.title,
      '',
      `Campaign run by ${options.nameOf(c.owner)}, from ${c.start} to ${c.deadline}.`,
      `Progress when the site was built: ${p.done + p.exempt} of ${p.total} done (${p.percent}%), ${p.todo} to do.`,
      ...(mine ? [`${options.nameOf(options.team as string)}: ${mine.todo} to do, ${mine.done + mine.exempt} done.`] : []),
      `What to do, and who has work left: ${url}`,
    ];
    return {
      uid: `campaign-${c.id.replace(/\//g, '-')}-deadline@${options.host}`,
      stamp: c.start,
      date: c.deadline,
      summary: `Campaign deadline: ${c.title}`,
      description: details.join('\n'),
      url,
      categories: ['Campaign'],
    };
  });
}
