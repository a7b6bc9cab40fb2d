/**
 * Each API's history from the content's git history: the commits that changed its
 * definition (its own file or the descriptor it is written in, and every file its `$ref`s
 * read), each with what it did to consumers (the change review's diff, src/core/api/diff/),
 * and since when each operation exists and is deprecated. It reads no git history of its
 * own: it takes the one content log that campaigns and migrations share
 * (src/core/campaigns/history.ts) and reads every old file it needs, for every API, with one
 * `git cat-file --batch`. Bounded: at most MAX_API_VERSIONS commits per API are read; the
 * page lists the newest MAX_SHOWN_CHANGES and counts the rest.
 */
import path from 'node:path';
import type { CatalogEntity } from '../model/entity.ts';
import { checkCatalogText } from '../catalog/load.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { readScope } from '../content-fs.ts';
import { readLogBlobs, type ContentLog, type ContentLogResult, type LogEntry } from '../campaigns/history.ts';
import { diffApi, operationName, type ApiChange } from './diff/index.ts';
import { loadApiReference } from './load.ts';
import type { ApiReference } from './model.ts';

/** How many commits that touched an API's files are read for its history, newest first. */
export const MAX_API_VERSIONS = 40;
/** How many changes the API's page (and its Markdown twin) lists; older ones are counted. */
export const MAX_SHOWN_CHANGES = 10;
/** How many operations one change names; the rest are counted. */
export const MAX_CHANGE_TARGETS = 8;

/** One commit that changed an API's definition. */
export interface ApiHistoryChange {
  /** Abbreviated commit id. */
  commit: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  /** The commit's subject line (inert text). */
  subject: string;
  /** True for the commit the API first appears in (or appears again after it was removed). */
  added?: boolean;
  /** True for a commit that removed the API's definition. */
  removed?: boolean;
  /** True when the definition's text changed but nothing a consumer sees (descriptions of the API, formatting). */
  editorial?: boolean;
  /** True when this version (or the one before) does not parse: nothing to compare. */
  unreadable?: boolean;
  breaking: number;
  deprecations: number;
  nonBreaking: number;
  /** The operations and fields it touched, breaking ones first, at most MAX_CHANGE_TARGETS. */
  targets: string[];
  /** Targets past MAX_CHANGE_TARGETS. */
  moreTargets: number;
  /** The breaking changes and deprecations in words (at most MAX_CHANGE_TARGETS), for announcements that cover them. */
  notable: Pick<ApiChange, 'level' | 'target' | 'message'>[];
}

/** Since when an operation exists and, when deprecated, since when. */
export interface OperationSince {
  added: string;
  /** True when the history read starts at `added`: the operation may be older. */
  addedOrBefore?: boolean;
  deprecated?: string;
  deprecatedOrBefore?: boolean;
}

/** One API's history. */
export interface ApiHistory {
  /** Newest first, at most MAX_API_VERSIONS. */
  changes: ApiHistoryChange[];
  /** By operation name (operationName: `GET /payments`, `QUERY orders`). */
  since: Record<string, OperationSince>;
  /** True when older commits than the ones read exist (or the log was cut): the oldest change is not the API's first. */
  partial: boolean;
  /** Why there is no history, when there is none. */
  reason?: string;
}

/** The files an API's definition is read from, absolute: the definition's own file (or the descriptor it is written in) first, then what its $refs read. */
export function apiDefinitionFiles(paths: ContentPaths, entity: CatalogEntity, reference?: ApiReference): string[] {
  const home = path.resolve(paths.parent, entity.definitionSource ?? entity.source.file);
  return [home, ...(reference?.included ?? []).map((d) => path.resolve(paths.parent, d))];
}

/** What one API's history needs. */
export interface ApiHistoryInput {
  entity: CatalogEntity;
  reference: ApiReference;
}

interface Version {
  entry: LogEntry;
  /** The definition at this commit, or undefined when the API was not there. */
  entity?: CatalogEntity;
  key: string;
}

/** Says why there is no history for any API. */
function without(reason: string): ApiHistory {
  return { changes: [], since: {}, partial: false, reason };
}

/**
 * The history of every API in `apis` from the content log (`log`, read once per build by
 * the campaigns' history pass). Without git, or in a shallow clone, each history says why.
 */
export function apiHistories(paths: ContentPaths, apis: readonly ApiHistoryInput[], read: ContentLogResult, options: { lifecycles?: readonly string[] } = {}): Map<string, ApiHistory> {
  const out = new Map<string, ApiHistory>();
  if (!read.log || read.log.shallow) {
    const reason = read.log ? 'the content is a shallow clone of its repository, so its history is cut short (in CI, check out with fetch-depth: 0)' : read.reason;
    for (const a of apis) out.set(a.entity.ref, without(reason));
    return out;
  }
  const log = read.log;
  const rel = (abs: string) => path.relative(log.root, abs).split(path.sep).join('/');
  // Which commits touched each API's files, newest first, capped.
  const plans = apis.map((a) => {
    const files = apiDefinitionFiles(paths, a.entity, a.reference).map(rel);
    const set = new Set(files);
    const touching = log.entries.filter((e) => e.files.some((f) => set.has(f)));
    return { api: a, files, commits: touching.slice(0, MAX_API_VERSIONS), capped: touching.length > MAX_API_VERSIONS };
  });
  const asked = [...new Set(plans.flatMap((p) => p.commits.flatMap((c) => p.files.map((f) => `${c.hash}:${f}`))))];
  let blobs: ReturnType<typeof readLogBlobs>;
  try {
    blobs = readLogBlobs(log, asked);
  } catch {
    for (const a of apis) out.set(a.entity.ref, without('git could not read old versions of the API definitions'));
    return out;
  }
  const descriptors = new Map<string, Map<string, CatalogEntity>>(); // by blob sha
  const scope = readScope(paths);
  for (const plan of plans) {
    out.set(plan.api.entity.ref, historyOf(paths, log, plan, blobs, descriptors, scope, options.lifecycles));
  }
  return out;
}

function historyOf(
  paths: ContentPaths,
  log: ContentLog,
  plan: { api: ApiHistoryInput; files: string[]; commits: LogEntry[]; capped: boolean },
  blobs: ReturnType<typeof readLogBlobs>,
  descriptors: Map<string, Map<string, CatalogEntity>>,
  scope: ReturnType<typeof readScope>,
  lifecycles: readonly string[] | undefined,
): ApiHistory {
  const { entity } = plan.api;
  const home = plan.files[0] as string;
  const homeDisplay = displayPath(paths, path.join(log.root, home));
  const inline = entity.definitionSource === undefined;
  // Each commit's version of the definition, oldest first; a commit that left it as it was is not a version.
  const versions: Version[] = [];
  for (const entry of [...plan.commits].reverse()) {
    const blob = blobs.get(`${entry.hash}:${home}`);
    let old: CatalogEntity | undefined;
    if (blob && inline) {
      let byRef = descriptors.get(blob.sha);
      if (!byRef) {
        let list: CatalogEntity[] = [];
        try {
          list = checkCatalogText(blob.text, homeDisplay, { onBrokenRefs: 'warn', ...(lifecycles ? { lifecycles } : {}) }).entities;
        } catch {
          list = [];
        }
        byRef = new Map(list.map((e) => [e.ref, e]));
        descriptors.set(blob.sha, byRef);
      }
      const found = byRef.get(entity.ref);
      if (found?.definition !== undefined) old = { ...entity, definition: found.definition, ...(found.definitionAt ? { definitionAt: { ...found.definitionAt, file: homeDisplay } } : {}) };
    } else if (blob) {
      old = { ...entity, definition: blob.text };
    }
    const rest = plan.files.slice(1).map((f) => blobs.get(`${entry.hash}:${f}`)?.sha ?? '-');
    const key = old ? [old.definition, ...rest].join('\u0000') : '';
    if (versions.length && versions[versions.length - 1]?.key === key) continue;
    if (!versions.length && !old) continue; // not there yet
    versions.push({ entry, ...(old ? { entity: old } : {}), key });
  }
  const partial = plan.capped || log.truncated;
  const changes: ApiHistoryChange[] = [];
  const since = new Map<string, OperationSince>();
  let prev: { reference: ApiReference; text: string } | undefined;
  versions.forEach((v, i) => {
    const head = { commit: v.entry.hash.slice(0, 10), date: v.entry.date, subject: oneLine(v.entry.subject) };
    if (!v.entity) {
      // Removed at this commit (and back later): what follows is added again.
      changes.push({ ...head, removed: true, breaking: 0, deprecations: 0, nonBreaking: 0, targets: [], moreTargets: 0, notable: [] });
      prev = undefined;
      since.clear();
      return;
    }
    const reference = loadApiReference(paths, v.entity, scope, (abs) => {
      const b = blobs.get(`${v.entry.hash}:${path.relative(log.root, abs).split(path.sep).join('/')}`);
      return b?.text;
    }).reference;
    if (!reference) return;
    const first = i === 0 && !partial;
    const ops = new Map<string, boolean>();
    if (!reference.error) for (const g of reference.groups) for (const op of g.operations) ops.set(operationName(reference, op), op.deprecated);
    const orBefore = i === 0 && partial;
    for (const key of [...since.keys()]) if (!ops.has(key) && !reference.error) since.delete(key);
    for (const [key, deprecated] of ops) {
      const was = since.get(key);
      const s: OperationSince = was ?? { added: v.entry.date, ...(orBefore ? { addedOrBefore: true } : {}) };
      if (deprecated && !s.deprecated) Object.assign(s, { deprecated: v.entry.date, ...(orBefore ? { deprecatedOrBefore: true } : {}) });
      if (!deprecated) {
        delete s.deprecated;
        delete s.deprecatedOrBefore;
      }
      since.set(key, s);
    }
    if (first || (i === 0 && partial)) {
      if (first) changes.push({ ...head, added: true, breaking: 0, deprecations: 0, nonBreaking: ops.size, targets: [...ops.keys()].slice(0, MAX_CHANGE_TARGETS), moreTargets: Math.max(0, ops.size - MAX_CHANGE_TARGETS), notable: [] });
      prev = { reference, text: v.entity.definition ?? '' };
      return;
    }
    const diff = prev ? diffApi(prev.reference, reference, { before: prev.text, after: v.entity.definition ?? '' }) : undefined;
    if (!diff) {
      changes.push({ ...head, ...(prev ? {} : { added: true }), unreadable: prev !== undefined, breaking: 0, deprecations: 0, nonBreaking: prev ? 0 : ops.size, targets: prev ? [] : [...ops.keys()].slice(0, MAX_CHANGE_TARGETS), moreTargets: prev ? 0 : Math.max(0, ops.size - MAX_CHANGE_TARGETS), notable: [] });
    } else if (!diff.changes.length && !diff.omitted) {
      changes.push({ ...head, editorial: true, breaking: 0, deprecations: 0, nonBreaking: 0, targets: [], moreTargets: 0, notable: [] });
    } else {
      const targets = [...new Set(diff.changes.map((c) => c.target))];
      const count = (level: ApiChange['level']) => diff.changes.filter((c) => c.level === level).length;
      changes.push({
        ...head,
        breaking: count('breaking'),
        deprecations: count('deprecation'),
        nonBreaking: count('non-breaking') + diff.omitted,
        targets: targets.slice(0, MAX_CHANGE_TARGETS),
        moreTargets: Math.max(0, targets.length - MAX_CHANGE_TARGETS),
        notable: diff.changes.filter((c) => c.level !== 'non-breaking').slice(0, MAX_CHANGE_TARGETS).map((c) => ({ level: c.level, target: c.target, message: c.message })),
      });
    }
    prev = { reference, text: v.entity.definition ?? '' };
  });
  return { changes: changes.reverse(), since: Object.fromEntries(since), partial };
}

/** Commit subjects are content: one line, bounded. */
function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}
