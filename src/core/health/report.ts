/**
 * The health report: doc freshness and catalog completeness per team, worst first,
 * with totals. The /health/ page, team and entity pages and `check --health` read it.
 */
import path from 'node:path';
import type { CatalogEntity } from '../model/entity.ts';
import type { ContentPaths } from '../content-dir.ts';
import type { DocMeta } from '../docs/frontmatter.ts';
import { parseEntityRef, refKey } from '../model/refs.ts';
import { refDisplayName } from '../names.ts';
import type { UnresolvedRef } from '../model/ref-policy.ts';
import { readCodeowners, type Codeowners } from './codeowners.ts';
import { docFreshness, type DocHealth } from './freshness.ts';
import { gitInfo, lastCommitDate } from './git.ts';
import type { HealthRules, RuleContext } from './rules.ts';
import { DEFAULT_LEVELS, levelDistribution, levelsOf, scoreEntity, type Level, type Scorecard } from './levels.ts';
import { hasLocalTechDocs } from '../techdocs/ref.ts';
import { declaredOwner } from '../catalog/declared-owner.ts';
import type { NotPublished } from '../model/entity.ts';

/** Options of buildHealthReport. */
export interface HealthOptions {
  today: string;
  /** Default review interval in days (policy `reviewEvery` in wayfinder.yaml). */
  reviewEvery?: number;
  /** The maturity levels (policyLevels in policy.ts), or plain rules per kind; default DEFAULT_LEVELS. */
  rules?: HealthRules | readonly Level[];
  /** Use git history of catalog files (default true). */
  git?: boolean;
  /** References to entities not in the catalog, published under `onBrokenRefs: warn`. */
  unresolved?: readonly UnresolvedRef[];
  /** Descriptors left out under `onInvalidEntities: skip`, listed as "not published". */
  notPublished?: readonly NotPublished[];
}

/** One team's (or owner's) share of the report. */
export interface TeamHealth {
  /** refKey of the owner; '' for things nobody owns. */
  ref: string;
  name: string;
  /** False for an owner that descriptors name but the catalog does not describe (onBrokenRefs: warn). */
  inCatalog: boolean;
  /** The team's own scorecard (groups), when its kind has rules. */
  own?: Scorecard;
  staleDocs: DocHealth[];
  /** Owned entities that miss something, lowest score first. */
  incomplete: Scorecard[];
  /** Every owned entity's scorecard. */
  entityCount: number;
  missingCount: number;
  /** References to entities not in the catalog in what the team owns, by file and line. */
  unresolved: UnresolvedRef[];
  /** How many of the team's scored entities are at each level (`none` below the first), the team itself included. */
  levels: Record<string, number>;
}

/** The whole report. */
export interface HealthReport {
  today: string;
  reviewEvery: number;
  /** Whether the catalog's git history was used, and why not when it was not. */
  git: { used: boolean; reason?: string };
  codeowners?: string;
  docs: DocHealth[];
  /** The maturity levels, lowest first. */
  levels: Level[];
  scorecards: Scorecard[];
  teams: TeamHealth[];
  /** Every reference to an entity not in the catalog, by file and line. */
  unresolved: UnresolvedRef[];
  /** Descriptors left out under `onInvalidEntities: skip`, by file and line, with why. */
  notPublished: NotPublished[];
  totals: {
    docs: number;
    reviewed: number;
    stale: number;
    overdue: number;
    changed: number;
    scored: number;
    complete: number;
    missing: number;
    averageScore: number;
    unresolved: number;
    /** Teams and people that own entities (declared owners, in the catalog or not). */
    owners: number;
    /** Of those, how many are not in the catalog. */
    ownersNotInCatalog: number;
    notPublished: number;
    /** Scored entities at each level (`none` below the first). */
    levels: Record<string, number>;
  };
}

/** The anchor of an owner that is not in the catalog on /health/unowned/, e.g. `owner-group-maintainers`. */
export function ownerAnchor(ref: string): string {
  return `owner-${ref.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
}

/** Default review interval when neither the doc nor the plugin sets one. */
export const DEFAULT_REVIEW_EVERY = 180;

/** Builds the health report from checked docs and the resolved catalog. */
export function buildHealthReport(
  docs: readonly DocMeta[],
  entities: readonly CatalogEntity[],
  paths: ContentPaths,
  options: HealthOptions,
): HealthReport {
  const reviewEvery = options.reviewEvery ?? DEFAULT_REVIEW_EVERY;
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const git = options.git === false ? { reason: 'git history is turned off' } : gitInfo(paths.root);
  const repoRoot = git.root ?? paths.parent;
  const codeowners: Codeowners | undefined = readCodeowners(repoRoot);
  // One `git log` per catalog file, on demand, cached.
  const fileDates = new Map<string, string | undefined>();
  const changedOn = git.root
    ? (ref: string) => {
        const e = byRef.get(ref);
        if (!e) return undefined;
        const file = e.source.file;
        if (!fileDates.has(file)) fileDates.set(file, lastCommitDate(path.join(paths.parent, file)));
        const date = fileDates.get(file);
        return date ? { date, file } : undefined;
      }
    : undefined;
  const docHealth = docs
    .filter((d) => !d.splash && !d.manual && d.relative !== '404.md')
    .map((d) =>
      docFreshness(d, {
        today: options.today,
        reviewEvery,
        changedOn,
        codeowners,
        repoPath: (doc) => path.relative(repoRoot, doc.file).split(path.sep).join('/'),
      }),
    );

  const levels = [...levelsOf(options.rules ?? DEFAULT_LEVELS)];
  const scorecards = scoreCatalog(entities, docs, levels, options.today, byRef);

  const teams = new Map<string, TeamHealth>();
  const team = (ref: string): TeamHealth => {
    let t = teams.get(ref);
    if (!t) {
      t = {
        ref,
        name: ref === '' ? 'No owner' : refDisplayName(ref, (r) => byRef.get(r)),
        inCatalog: ref === '' || byRef.has(ref),
        staleDocs: [],
        incomplete: [],
        entityCount: 0,
        missingCount: 0,
        unresolved: [],
        levels: levelDistribution(levels, []),
      };
      teams.set(ref, t);
    }
    return t;
  };
  for (const e of entities) if (e.kind === 'group') team(e.ref);
  // Declared owners own, in the catalog or not: a GitHub team named by spec.owner is a team here.
  const owners = new Set<string>();
  for (const e of entities) {
    const o = e.kind === 'group' || e.kind === 'user' ? undefined : declaredOwner(e);
    if (o) owners.add(o);
  }
  for (const card of scorecards) {
    if (card.kind === 'group') team(card.ref).own = card;
    const entity = byRef.get(card.ref);
    const declared = card.kind !== 'group' && entity ? declaredOwner(entity) : undefined;
    const t = team(card.owner && byRef.has(card.owner) ? card.owner : (declared ?? ''));
    if (card.kind === 'group' && t.ref === '') {
      team(card.ref).levels[card.level ?? 'none']! += 1; // a team without a parent owner counts in its own distribution
      continue; // and is scored on its own page
    }
    t.entityCount++;
    t.levels[card.level ?? 'none']! += 1;
    if (card.missing.length) {
      t.incomplete.push(card);
      t.missingCount += card.missing.length;
    }
  }
  for (const d of docHealth) if (d.stale) team(d.owner && byRef.has(d.owner.ref) ? d.owner.ref : '').staleDocs.push(d);
  const unresolved = [...(options.unresolved ?? [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
  for (const u of unresolved) team(u.owner && byRef.has(u.owner) ? u.owner : '').unresolved.push(u);
  for (const t of teams.values()) {
    if (t.own && t.own.missing.length && !t.incomplete.includes(t.own)) t.missingCount += t.own.missing.length;
    t.incomplete.sort((a, b) => a.score - b.score || b.missing.length - a.missing.length || (a.ref < b.ref ? -1 : 1));
    t.staleDocs.sort((a, b) => (a.dueOn ?? '') .localeCompare(b.dueOn ?? '') || a.relative.localeCompare(b.relative));
  }
  const teamList = [...teams.values()]
    .filter((t) => t.ref !== '' || t.staleDocs.length || t.incomplete.length || t.unresolved.length)
    .sort(
      (a, b) =>
        b.staleDocs.length + b.missingCount + b.unresolved.length - (a.staleDocs.length + a.missingCount + a.unresolved.length) || (a.ref < b.ref ? -1 : 1),
    );

  const reviewed = docHealth.filter((d) => d.lastReviewed).length;
  const complete = scorecards.filter((c) => c.missing.length === 0).length;
  return {
    today: options.today,
    reviewEvery,
    git: git.root ? { used: true } : { used: false, reason: git.reason },
    codeowners: codeowners?.file,
    docs: docHealth,
    levels,
    scorecards,
    teams: teamList,
    unresolved,
    notPublished: [...(options.notPublished ?? [])],
    totals: {
      docs: docHealth.length,
      reviewed,
      stale: docHealth.filter((d) => d.stale).length,
      overdue: docHealth.filter((d) => d.overdue).length,
      changed: docHealth.filter((d) => d.changed.length > 0).length,
      scored: scorecards.length,
      complete,
      missing: scorecards.reduce((n, c) => n + c.missing.length, 0),
      averageScore: scorecards.length ? Math.round(scorecards.reduce((n, c) => n + c.score, 0) / scorecards.length) : 100,
      unresolved: unresolved.length,
      owners: owners.size,
      ownersNotInCatalog: [...owners].filter((o) => !byRef.has(o)).length,
      notPublished: options.notPublished?.length ?? 0,
      levels: levelDistribution(levels, scorecards),
    },
  };
}

/** The rule context of each entity: the catalog, and the docs about it (its own TechDocs count) with their review dates. */
export function ruleContexts(
  entities: readonly CatalogEntity[],
  docs: readonly DocMeta[],
  today: string,
  byRef: ReadonlyMap<string, CatalogEntity> = new Map(entities.map((e) => [e.ref, e])),
): (e: CatalogEntity) => RuleContext {
  const docCounts = new Map<string, number>();
  const reviews = new Map<string, string[]>();
  for (const d of docs) {
    for (const s of new Set(d.services.map((x) => x.value))) {
      const { ref } = parseEntityRef(s, { defaultKind: 'component' });
      if (!ref) continue;
      const key = refKey(ref);
      docCounts.set(key, (docCounts.get(key) ?? 0) + 1);
      if (d.lastReviewed) {
        const list = reviews.get(key);
        if (list) list.push(d.lastReviewed.value);
        else reviews.set(key, [d.lastReviewed.value]);
      }
    }
  }
  const docReviews = (r: string) => reviews.get(r) ?? [];
  return (e) => {
    const ownDocs = hasLocalTechDocs(e.annotations) ? 1 : 0;
    return { byRef, today, docReviews, docCount: (r) => (docCounts.get(r) ?? 0) + (r === e.ref ? ownDocs : 0) };
  };
}

/** Scores every entity against the levels (see ruleContexts for what the rules see). */
export function scoreCatalog(
  entities: readonly CatalogEntity[],
  docs: readonly DocMeta[],
  levels: readonly Level[],
  today: string,
  byRef: ReadonlyMap<string, CatalogEntity> = new Map(entities.map((e) => [e.ref, e])),
): Scorecard[] {
  const ctxOf = ruleContexts(entities, docs, today, byRef);
  const scorecards: Scorecard[] = [];
  for (const e of entities) {
    const card = scoreEntity(e, levels, ctxOf(e));
    if (card) scorecards.push(card);
  }
  return scorecards;
}

/** Fills a report-a-problem URL template: {title}, {url}, {path}, {owner} are URL-encoded. */
export function reportProblemUrl(template: string, values: { title: string; url: string; path: string; owner?: string }): string {
  return template.replace(/\{(title|url|path|owner)\}/g, (_, key: string) => encodeURIComponent(values[key as keyof typeof values] ?? ''));
}
