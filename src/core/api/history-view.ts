/**
 * What an API's page and its Markdown twin say about its history: the newest changes (at
 * most MAX_SHOWN_CHANGES, the rest counted), each in one line of words, and since when
 * each operation exists, by the operation's anchor. One function, so the HTML and the
 * twin say the same thing.
 */
import { addDays } from '../dates.ts';
import { operationName } from './diff/index.ts';
import { MAX_SHOWN_CHANGES, type ApiHistory, type ApiHistoryChange, type OperationSince } from './history.ts';
import type { ApiReference } from './model.ts';

/** One change as the page shows it. */
export interface ApiChangeRow extends ApiHistoryChange {
  /** `2 breaking, 1 deprecation, 3 non-breaking` / `added with 4 operations` / `descriptions only`. */
  summary: string;
  /** The breaking (or deprecating) kind, for styling: `breaking` | `deprecation` | `non-breaking`. */
  level: 'breaking' | 'deprecation' | 'non-breaking';
}

/** The "Changes" section of an API's page. */
export interface ApiHistoryView {
  /** Newest first, at most MAX_SHOWN_CHANGES. */
  rows: ApiChangeRow[];
  /** Changes read but not listed (older than the rows). */
  older: number;
  /** True when the history read does not reach the API's first commit. */
  partial: boolean;
  /** Why there is no history. */
  reason?: string;
  /** Since when, by operation anchor (operations of the current reference only). */
  sinceByAnchor: Record<string, OperationSince>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One change in words. */
export function changeSummary(c: ApiHistoryChange): string {
  if (c.removed) return 'the definition was removed';
  if (c.added) return `added with ${plural(c.nonBreaking, 'operation')}`;
  if (c.unreadable) return 'the definition did not parse: not compared';
  if (c.editorial) return 'descriptions or formatting only: nothing changes for consumers';
  const parts = [c.breaking ? `${c.breaking} breaking` : '', c.deprecations ? plural(c.deprecations, 'deprecation') : '', c.nonBreaking ? `${c.nonBreaking} non-breaking` : ''].filter(Boolean);
  return parts.join(', ');
}

/** "added 2026-03-02 · deprecated since 2026-04-01" (with "on or before" when the history read starts there). */
export function sinceText(s: OperationSince): string {
  const added = `added ${s.addedOrBefore ? 'on or before ' : ''}${s.added}`;
  return s.deprecated ? `${added} · deprecated since ${s.deprecatedOrBefore ? 'on or before ' : ''}${s.deprecated}` : added;
}

/** The view of `history` for the API whose current reference is `reference`. */
export function apiHistoryView(history: ApiHistory | undefined, reference: ApiReference | undefined): ApiHistoryView {
  if (!history) return { rows: [], older: 0, partial: false, reason: 'the history of this API was not read', sinceByAnchor: {} };
  const rows = history.changes.slice(0, MAX_SHOWN_CHANGES).map((c) => ({
    ...c,
    summary: changeSummary(c),
    level: c.breaking || c.removed ? ('breaking' as const) : c.deprecations ? ('deprecation' as const) : ('non-breaking' as const),
  }));
  const sinceByAnchor: Record<string, OperationSince> = {};
  if (reference && !reference.error) {
    for (const g of reference.groups) for (const op of g.operations) {
      const s = history.since[operationName(reference, op)];
      if (s) sinceByAnchor[op.anchor] = s;
    }
  }
  return { rows, older: Math.max(0, history.changes.length - rows.length), partial: history.partial, ...(history.reason ? { reason: history.reason } : {}), sinceByAnchor };
}

/** One operation or field an announcement covers, from the API's history. */
export interface CoveredChange {
  /** The API (refKey). */
  api: string;
  target: string;
  level: 'breaking' | 'deprecation' | 'non-breaking';
  message: string;
  /** The commit's date and id. */
  date: string;
  commit: string;
}

/** How long before its `announced` date a change still counts as the one an announcement is about (the change is often committed a few days before the announcement is published). */
export const COVER_DAYS_BEFORE = 14;
/** Most changes an announcement lists. */
export const MAX_COVERED = 20;

/**
 * The breaking changes and deprecations a deprecation or breaking-change announcement covers:
 * those its subject APIs' histories record from COVER_DAYS_BEFORE days before it was
 * announced to its last date (sunset, else effective), newest first. Git history is the
 * reliable source: it says what the definition did, where a hand-written list may be stale.
 */
export function coveredChanges(
  a: { type: string; subjects: readonly string[]; announced: string; effective: string; sunset?: string },
  histories: ReadonlyMap<string, ApiHistory>,
): { changes: CoveredChange[]; omitted: number } {
  if (a.type !== 'deprecation' && a.type !== 'breaking-change') return { changes: [], omitted: 0 };
  const from = addDays(a.announced, -COVER_DAYS_BEFORE);
  const to = a.sunset ?? a.effective;
  const out: CoveredChange[] = [];
  for (const api of a.subjects) {
    for (const c of histories.get(api)?.changes ?? []) {
      if (c.date < from || c.date > to) continue;
      for (const n of c.notable) out.push({ api, target: n.target, level: n.level, message: n.message, date: c.date, commit: c.commit });
    }
  }
  out.sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
  return { changes: out.slice(0, MAX_COVERED), omitted: Math.max(0, out.length - MAX_COVERED) };
}
