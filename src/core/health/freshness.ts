/**
 * Doc freshness: when a doc was last reviewed, when it is due, whether an entity it is
 * about changed in git since, and who owns it (frontmatter, else CODEOWNERS).
 */
import { addDays, daysBetween } from '../dates.ts';
import type { DocMeta } from '../docs/frontmatter.ts';
import { docId, docPath } from '../urls.ts';
import { parseEntityRef, refKey } from '../model/refs.ts';
import { matchCodeowners, ownerToRef, type Codeowners } from './codeowners.ts';

/** Who owns a doc and how we know. */
export interface DocOwner {
  /** refKey, e.g. `group:default/platform-team`. */
  ref: string;
  source: 'frontmatter' | 'codeowners';
  /** For CODEOWNERS: `.github/CODEOWNERS:12 (docs/how-to/)`. */
  where?: string;
}

/** An entity a doc is about that changed after the doc's review. */
export interface ChangedService {
  ref: string;
  file: string;
  changedOn: string;
}

/** The freshness of one doc. */
export interface DocHealth {
  /** Path relative to content/docs. */
  relative: string;
  id: string;
  href: string;
  title: string;
  owner?: DocOwner;
  lastReviewed?: string;
  reviewEvery: number;
  /** lastReviewed + reviewEvery. */
  dueOn?: string;
  daysSinceReview?: number;
  /** today > dueOn. */
  overdue: boolean;
  changed: ChangedService[];
  stale: boolean;
  /** Why it is stale, in words. */
  reasons: string[];
}

/** What docFreshness needs besides the doc. */
export interface FreshnessContext {
  today: string;
  /** Default reviewEvery in days. */
  reviewEvery: number;
  /** The change date (YYYY-MM-DD) and file of an entity (refKey), when git knows it. */
  changedOn?: (ref: string) => { date: string; file: string } | undefined;
  codeowners?: Codeowners;
  /** The doc's path relative to the repository root (for CODEOWNERS). */
  repoPath?: (doc: DocMeta) => string;
}

/** Resolves a doc's owner: its frontmatter `owner`, else the CODEOWNERS line for its path. */
export function docOwner(doc: DocMeta, ctx: Pick<FreshnessContext, 'codeowners' | 'repoPath'>): DocOwner | undefined {
  if (doc.owner) {
    const { ref } = parseEntityRef(doc.owner.value, { defaultKind: 'group' });
    if (ref) return { ref: refKey(ref), source: 'frontmatter' };
  }
  if (!ctx.codeowners) return undefined;
  const rel = ctx.repoPath ? ctx.repoPath(doc) : doc.relative;
  const match = matchCodeowners(ctx.codeowners, rel);
  if (!match) return undefined;
  for (const o of match.owners) {
    const written = ownerToRef(o);
    const ref = written ? parseEntityRef(written).ref : undefined;
    if (ref) return { ref: refKey(ref), source: 'codeowners', where: `${match.file}:${match.line} (${match.pattern})` };
  }
  return undefined;
}

/** Computes one doc's freshness on `ctx.today`. */
export function docFreshness(doc: DocMeta, ctx: FreshnessContext): DocHealth {
  const id = docId(doc.relative, doc.slug);
  const reviewEvery = doc.reviewEvery?.value ?? ctx.reviewEvery;
  const lastReviewed = doc.lastReviewed?.value;
  const out: DocHealth = {
    relative: doc.relative,
    id,
    href: docPath(id),
    title: doc.title ?? doc.relative,
    owner: docOwner(doc, ctx),
    lastReviewed,
    reviewEvery,
    overdue: false,
    changed: [],
    stale: false,
    reasons: [],
  };
  if (!lastReviewed) return out;
  out.dueOn = addDays(lastReviewed, reviewEvery);
  out.daysSinceReview = daysBetween(lastReviewed, ctx.today);
  out.overdue = ctx.today > out.dueOn;
  if (out.overdue) out.reasons.push(`review was due on ${out.dueOn} (every ${reviewEvery} days)`);
  const seen = new Set<string>();
  for (const s of doc.services) {
    const { ref } = parseEntityRef(s.value, { defaultKind: 'component' });
    if (!ref) continue;
    const key = refKey(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    const change = ctx.changedOn?.(key);
    if (change && change.date > lastReviewed) {
      out.changed.push({ ref: key, file: change.file, changedOn: change.date });
    }
  }
  if (out.changed.length) {
    const names = out.changed.map((c) => `${c.ref.replace(/^([a-z]+):default\//, '$1:')} (${c.changedOn})`);
    out.reasons.push(`catalog changed after the review: ${names.join(', ')}`);
  }
  out.stale = out.overdue || out.changed.length > 0;
  return out;
}
