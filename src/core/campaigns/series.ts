/**
 * Progress over time: each campaign's and each team's score at the weekly points of the
 * catalog's history (history.ts), for the small static charts on campaign and team pages.
 */
import type { DocMeta } from '../docs/frontmatter.ts';
import type { Level } from '../health/levels.ts';
import { levelDistribution } from '../health/levels.ts';
import { ruleContexts, scoreCatalog } from '../health/report.ts';
import type { CatalogHistory } from './history.ts';
import { campaignProgress } from './progress.ts';
import type { Campaign } from './read.ts';

/** One point of a campaign's progress. */
export interface CampaignPoint {
  date: string;
  done: number;
  todo: number;
  exempt: number;
  total: number;
  /** Done or exempt, 0-100. */
  percent: number;
}

/** One point of a team's score. */
export interface TeamPoint {
  date: string;
  /** Average completeness of what the team owns, 0-100. */
  score: number;
  levels: Record<string, number>;
}

/** Every series, and why there are none when there is no history. */
export interface ProgressSeries {
  reason?: string;
  dates: string[];
  /** By campaign id: the points from the campaign's start on (and one before it). */
  campaigns: Map<string, CampaignPoint[]>;
  /** By team refKey. */
  teams: Map<string, TeamPoint[]>;
}

/** Scores every campaign and team at each point of `history`. */
export function progressSeries(history: CatalogHistory, campaigns: readonly Campaign[], levels: readonly Level[], docs: readonly DocMeta[]): ProgressSeries {
  const out: ProgressSeries = { dates: history.points.map((p) => p.date), campaigns: new Map(), teams: new Map() };
  if (history.reason) out.reason = history.reason;
  for (const point of history.points) {
    const byRef = new Map(point.entities.map((e) => [e.ref, e]));
    const ctxOf = ruleContexts(point.entities, docs, point.date, byRef);
    for (const c of campaigns) {
      if (point.date < c.start && history.points.some((p) => p.date > point.date && p.date < c.start)) continue; // one point before the start, as the baseline
      const p = campaignProgress(c, point.entities, levels, ctxOf, point.date);
      const list = out.campaigns.get(c.id) ?? [];
      list.push({ date: point.date, done: p.done, todo: p.todo, exempt: p.exempt, total: p.total, percent: p.percent });
      out.campaigns.set(c.id, list);
    }
    const byTeam = new Map<string, { sum: number; n: number; cards: { level?: string }[] }>();
    for (const card of scoreCatalog(point.entities, docs, levels, point.date, byRef)) {
      const team = card.kind === 'group' ? card.ref : card.owner;
      if (!team || !byRef.has(team)) continue;
      let t = byTeam.get(team);
      if (!t) byTeam.set(team, (t = { sum: 0, n: 0, cards: [] }));
      t.sum += card.score;
      t.n++;
      t.cards.push(card);
    }
    for (const [team, t] of byTeam) {
      const list = out.teams.get(team) ?? [];
      list.push({ date: point.date, score: Math.round(t.sum / t.n), levels: levelDistribution(levels, t.cards) });
      out.teams.set(team, list);
    }
  }
  return out;
}
