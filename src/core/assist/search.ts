/**
 * Search for the MCP server over the assistant index, with the site search's ranking idea
 * (src/core/search-weights.ts): an entity's name weighs most, a team's "who to contact"
 * sentence as much as its name and an entity's less, so "payments on-call" finds the team,
 * then its services, before prose that mentions them; a page's title weighs like Pagefind's
 * h1, headings like h2, body text 1. Words match whole or as a prefix ("deploy" finds
 * "deploys"), as Pagefind's prefix search does. Built once per index; a query costs the
 * postings of its words, never a scan of every page.
 */
import { REACH_SEARCH_WEIGHT, TEAM_REACH_SEARCH_WEIGHT } from '../search-weights.ts';
import type { AssistIndex } from './index-model.ts';

/** What a search result is. */
export type ResultType = 'entity' | 'team' | 'doc' | 'techdocs' | 'announcement' | 'path';
export const RESULT_TYPES: readonly ResultType[] = ['entity', 'team', 'doc', 'techdocs', 'announcement', 'path'];

/** Weight of an entity's name and title (the page's `<code>` name and h1 on the site). */
const NAME_WEIGHT = 10;
/** Weight of a page's title (Pagefind: h1 = 7). */
const TITLE_WEIGHT = 7;
/** Weight of a page's headings (Pagefind: h2 = 6, less further down). */
const HEADING_WEIGHT = 5;
/** Weight of a description or summary: above body text, below headings. */
const DESCRIPTION_WEIGHT = 2;
const BODY_WEIGHT = 1;
/** How much a prefix match counts against a whole-word match. */
const PREFIX_MATCH = 0.75;

/** Words a question is made of that say nothing about what is asked. */
const STOPWORDS = new Set(
  'a an and are as at be by can do does for from how i in is it me my of on or our the to us we what when where which who whom why will with you your'.split(' '),
);

/** One searchable item. */
export interface SearchItem {
  type: ResultType;
  title: string;
  path: string;
  /** A line to show under the title. */
  snippet: string;
  /** refKey of the owning team, when known. */
  owner?: string;
  /** Entity kind (entities and teams). */
  kind?: string;
}

/** A scored result. */
export interface SearchResult extends SearchItem {
  score: number;
}

interface Posting {
  item: number;
  weight: number;
}

/** The built search: items and an inverted index of their words. */
export interface SearchIndex {
  items: SearchItem[];
  postings: Map<string, Posting[]>;
  /** Every word, sorted, for prefix matches. */
  words: string[];
}

/** Lower-case words of `text`; a hyphenated or dotted word also gives its parts joined (`on-call` -> on, call, oncall). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}\-_.]+/u)) {
    const parts = raw.split(/[-_.]+/).filter(Boolean);
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

/** Builds the search over the index's entities, teams and pages. */
export function buildSearch(index: AssistIndex): SearchIndex {
  const items: SearchItem[] = [];
  const postings = new Map<string, Posting[]>();
  const add = (item: SearchItem, fields: [string | undefined, number][]) => {
    const i = items.push(item) - 1;
    const best = new Map<string, number>();
    for (const [text, weight] of fields) {
      if (!text) continue;
      for (const w of words(text)) if ((best.get(w) ?? 0) < weight) best.set(w, weight);
    }
    for (const [w, weight] of best) {
      const list = postings.get(w);
      if (list) list.push({ item: i, weight });
      else postings.set(w, [{ item: i, weight }]);
    }
  };
  for (const e of index.entities) {
    const team = e.kind === 'team';
    add(
      { type: team ? 'team' : 'entity', title: e.title === e.name ? e.name : `${e.title} (${e.name})`, path: e.path, snippet: e.reach, ...(e.owner ? { owner: e.owner } : team ? { owner: e.ref } : {}), kind: e.kind },
      [
        [`${e.name} ${e.title}`, NAME_WEIGHT],
        [e.reach, team ? TEAM_REACH_SEARCH_WEIGHT : REACH_SEARCH_WEIGHT],
        [e.description, BODY_WEIGHT],
        [e.tags.join(' '), BODY_WEIGHT],
      ],
    );
  }
  for (const p of index.pages) {
    add(
      { type: p.type, title: p.title, path: p.path, snippet: p.description ?? p.text.slice(0, 200), ...(p.owner ? { owner: p.owner } : {}) },
      [
        [p.title, TITLE_WEIGHT],
        [p.headings.join(' '), HEADING_WEIGHT],
        [p.description, DESCRIPTION_WEIGHT],
        [p.text, BODY_WEIGHT],
      ],
    );
  }
  return { items, postings, words: [...postings.keys()].sort() };
}

/** Filters a search may take. */
export interface SearchFilters {
  type?: ResultType;
  /** refKey of a team: only what it owns. */
  owner?: string;
  limit?: number;
}

/** The words of a query that carry meaning (all of them when every word is a stopword). */
export function queryTerms(query: string): string[] {
  const all = [...new Set(words(query))];
  const meaningful = all.filter((w) => !STOPWORDS.has(w));
  return meaningful.length ? meaningful : all;
}

/** The words of the index that `term` matches, with how well: whole word 1, prefix 0.75. */
function matches(s: SearchIndex, term: string): [string, number][] {
  const out: [string, number][] = [];
  if (s.postings.has(term)) out.push([term, 1]);
  if (term.length < 3) return out;
  // Binary search for the first word >= term, then walk while it is a prefix.
  let lo = 0;
  let hi = s.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s.words[mid] as string) < term) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < s.words.length && (s.words[i] as string).startsWith(term); i++) {
    if (s.words[i] !== term) out.push([s.words[i] as string, PREFIX_MATCH]);
  }
  return out;
}

/**
 * The best results for `query`: per query word, the heaviest field it matches in each item;
 * summed, and scaled by the share of the query's words the item matches, so an item that
 * answers the whole question beats one that repeats one word.
 */
export function search(s: SearchIndex, query: string, filters: SearchFilters = {}): SearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  // Typed arrays, not maps: "X on-call" touches every entity's reach sentence at 10,000 entities.
  const n = s.items.length;
  const sum = new Float64Array(n);
  const hits = new Uint16Array(n);
  const best = new Float64Array(n);
  const touched: number[] = [];
  for (const term of terms) {
    const seen: number[] = [];
    for (const [word, quality] of matches(s, term)) {
      for (const p of s.postings.get(word) ?? []) {
        const v = p.weight * quality;
        if (best[p.item] === 0) seen.push(p.item);
        if ((best[p.item] as number) < v) best[p.item] = v;
      }
    }
    for (const item of seen) {
      if (hits[item] === 0) touched.push(item);
      sum[item] = (sum[item] as number) + (best[item] as number);
      hits[item] = (hits[item] as number) + 1;
      best[item] = 0;
    }
  }
  const scored: [number, number][] = [];
  for (const i of touched) {
    const item = s.items[i] as SearchItem;
    if (filters.type && item.type !== filters.type) continue;
    if (filters.owner && item.owner !== filters.owner) continue;
    const coverage = (hits[i] as number) / terms.length;
    scored.push([i, Math.round((sum[i] as number) * coverage * coverage * 100) / 100]);
  }
  const title = (i: number) => (s.items[i] as SearchItem).title;
  scored.sort((a, b) => b[1] - a[1] || (title(a[0]) < title(b[0]) ? -1 : title(a[0]) > title(b[0]) ? 1 : 0));
  return scored.slice(0, Math.max(1, Math.min(filters.limit ?? 10, 25))).map(([i, score]) => ({ ...(s.items[i] as SearchItem), score }));
}
