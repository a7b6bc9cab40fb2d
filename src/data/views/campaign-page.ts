/**
 * The view model of a campaign page (/campaigns/<id>/): what it asks and of which entities,
 * who runs it and until when, its progress overall, by team and over time, and the entities
 * still to do with their owners and how to reach them. Long lists are cut here (every
 * team's own list is on its team page), so the page stays small in a large organisation.
 */
import type { CampaignEntity, CampaignProgress } from '../../core/campaigns/progress.ts';
import type { EntityKind } from '../../core/model/entity.ts';
import { kindNoun } from '../../core/names.ts';
import { ruleLabel } from '../../core/health/rules.ts';
import { levelLabel } from '../../core/health/levels.ts';
import { mailtoHref } from '../../core/ownership/contacts.ts';
import { markdownToText, renderMarkdown, truncateText } from '../../core/markdown.ts';
import { pageSections, type PageSections } from '../../core/page-sections.ts';
import { countdown } from '../../core/lifecycle/countdown.ts';
import { howToHref, namedRef, type NamedRef } from './maturity.ts';
import { lookupIn, type SiteData } from './site-data.ts';

/** Rows of the team table; the rest is on team pages. */
export const CAMPAIGN_TEAM_ROWS = 50;
/** Rows of the lists of entities to do and exempt; the rest is on team pages. */
export const CAMPAIGN_ROWS_SHOWN = 50;

/** The ids of a campaign page's sections. */
export type CampaignSectionId = 'progress' | 'over-time' | 'teams' | 'todo' | 'exempt';

/** How to reach an owner, in one link or word. */
export interface ContactModel {
  text: string;
  href?: string;
}

/** Everything a campaign page shows. */
export interface CampaignPageModel {
  progress: CampaignProgress;
  title: string;
  metaDescription: string;
  today: string;
  sections: PageSections<CampaignSectionId>;
  owner: NamedRef;
  deadlineCountdown: string;
  descriptionHtml: string;
  /** `APIs of type openapi in production`: what the campaign covers, in words. */
  covers: string;
  /** What it asks, one phrase per check. */
  asks: string[];
  howTo?: string;
  series: { date: string; value: number }[];
  seriesReason?: string;
  /** The first CAMPAIGN_TEAM_ROWS teams, most to do first. */
  teams: { key: string; team?: NamedRef; href?: string; todo: number; done: number; exempt: number }[];
  moreTeams: number;
  todo: { entity: NamedRef; owner?: NamedRef; contact?: ContactModel; missing: string }[];
  moreTodo: number;
  exempt: { entity: NamedRef; text: string }[];
}

/** The view model of campaign `id`'s page. */
export function campaignPageModel(id: string, site: SiteData): CampaignPageModel {
  const p = site.campaigns.byId.get(id) as CampaignProgress;
  const c = p.campaign;
  const lookup = lookupIn(site);
  const nameOf = site.lifecycle.nameOf;
  const named = (ref: string) => namedRef(ref, site);
  const today = site.campaigns.today;
  const asks = [...(c.level ? [`everything ${levelLabel(site.campaigns.levels, c.level)} asks of its kind`] : []), ...c.rules.map((r) => ruleLabel(r.rule, r))];
  const covers = [
    c.filter.kind ? c.filter.kind.map((k) => (k === 'api' ? 'APIs' : kindNoun(k as EntityKind, true).toLowerCase())).join(' or ') : 'entities',
    c.filter.type ? `of type ${c.filter.type.join(' or ')}` : '',
    c.filter.lifecycle ? `in ${c.filter.lifecycle.join(' or ')}` : '',
    c.filter.system ? `in ${c.filter.system.map(nameOf).join(' or ')}` : '',
    c.filter.tag ? `tagged ${c.filter.tag.join(' or ')}` : '',
    c.filter.owner ? `owned by ${c.filter.owner.map(nameOf).join(' or ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const todo = p.entities.filter((e) => e.status === 'todo');
  const exempt = p.entities.filter((e) => e.status === 'exempt');
  const contactOf = (ref: string | undefined): ContactModel | undefined => {
    const o = ref ? lookup(ref) : undefined;
    if (!o) return undefined;
    if (o.chatUrl) return { text: o.chat ?? 'chat', href: o.chatUrl };
    if (o.chat) return { text: o.chat };
    if (o.profile?.email) return { text: o.profile.email, href: mailtoHref(o.profile.email) };
    if (o.oncall) return { text: 'on-call', href: o.oncall };
    return undefined;
  };
  const howTo = howToHref(c.howTo);
  const todoRow = (e: CampaignEntity) => {
    const contact = contactOf(e.owner);
    return { entity: named(e.ref), ...(e.owner ? { owner: named(e.owner) } : {}), ...(contact ? { contact } : {}), missing: e.missing.map((m) => m.label).join('; ') };
  };
  return {
    progress: p,
    title: c.title,
    metaDescription: truncateText(markdownToText(c.description) || `${c.title}: a campaign with a deadline of ${c.deadline}.`, 200),
    today,
    sections: pageSections<CampaignSectionId>([
      { id: 'progress', heading: 'Progress' },
      { id: 'over-time', heading: 'Over time' },
      { id: 'teams', heading: 'By team', shown: p.teams.length > 0 },
      { id: 'todo', heading: 'Still to do', shown: todo.length > 0 },
      { id: 'exempt', heading: 'Exempt', shown: exempt.length > 0 },
    ]),
    owner: named(c.owner),
    deadlineCountdown: countdown('due', c.deadline, today),
    descriptionHtml: c.description ? renderMarkdown(c.description) : '',
    covers,
    asks,
    ...(howTo ? { howTo } : {}),
    series: (site.campaigns.series.campaigns.get(c.id) ?? []).map((x) => ({ date: x.date, value: x.percent })),
    ...(site.campaigns.series.reason !== undefined ? { seriesReason: site.campaigns.series.reason } : {}),
    teams: p.teams.slice(0, CAMPAIGN_TEAM_ROWS).map((t) => ({
      key: t.ref || 'unowned',
      ...(t.ref ? { team: named(t.ref) } : {}),
      ...(t.ref && lookup(t.ref) ? { href: `${named(t.ref).href}#maturity` } : {}),
      todo: t.todo,
      done: t.done,
      exempt: t.exempt,
    })),
    moreTeams: Math.max(0, p.teams.length - CAMPAIGN_TEAM_ROWS),
    todo: todo.slice(0, CAMPAIGN_ROWS_SHOWN).map(todoRow),
    moreTodo: Math.max(0, todo.length - CAMPAIGN_ROWS_SHOWN),
    exempt: exempt.slice(0, CAMPAIGN_ROWS_SHOWN).map((e) => ({ entity: named(e.ref), text: e.exempt.map((x) => `${x.rule} until ${x.until} (${x.reason})`).join('; ') })),
  };
}
