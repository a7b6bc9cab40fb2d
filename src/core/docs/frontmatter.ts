/**
 * Reads and checks the Wayfinder fields of doc frontmatter with real positions, without
 * Astro, so the CLI and the build report `file:line:col` for every bad value.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { isCalendarDate } from '../dates.ts';
import { parseEntityRef } from '../catalog/refs.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { listContentFiles, readContentText, readScope, type ReadScope } from '../content-fs.ts';

/** A value from frontmatter with where it was written. */
export interface Positioned<T> {
  value: T;
  line: number;
  column: number;
}

/** What Wayfinder knows about one doc after reading its frontmatter. */
export interface DocMeta {
  /** Absolute path. */
  file: string;
  /** Path relative to the content folder's parent, for messages. */
  display: string;
  /** Path relative to content/docs, with forward slashes. */
  relative: string;
  title?: string;
  owner?: Positioned<string>;
  lastReviewed?: Positioned<string>;
  reviewEvery?: Positioned<number>;
  audience: Positioned<string>[];
  services: Positioned<string>[];
  /** Starlight's `sidebar.order`, when set. */
  order?: number;
  /** Starlight's `sidebar.hidden`. */
  hidden: boolean;
  /** Starlight's `sidebar.label`, when set. */
  label?: string;
  /** Starlight's `template: splash` pages (the home page) stay out of the sidebar. */
  splash: boolean;
  /** Frontmatter `slug`, when set (it replaces the path-based URL). */
  slug?: string;
}

const DOC_EXTENSIONS = /\.(md|mdx|markdown|mdown|mkdn|mkd|mdwn)$/i;
/** Role names: lower-case words joined by hyphens. */
export const ROLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lists every doc file under `dir` the way the build's glob loader (pattern `[^_]*.md` and
 * friends, at any depth) does: files whose name starts with `_` are skipped, folders are not; dot-names are
 * skipped; symbolic links are followed once (see content-fs.ts, which also reports loops).
 */
export function listDocFiles(dir: string, scope: ReadScope = { roots: [dir], allowed: [], display: (f) => f }): string[] {
  return listContentFiles(scope, dir, isDocFileName).files;
}

/** True for a file name the docs and lifecycle loaders read. */
export function isDocFileName(name: string): boolean {
  return !name.startsWith('_') && DOC_EXTENSIONS.test(name);
}

/** Problem text for an owner ref, or undefined when its shape is right. */
export function ownerRefProblem(value: string): string | undefined {
  const { ref, error } = parseEntityRef(value, { defaultKind: 'group' });
  if (error) return error;
  if (ref && ref.kind !== 'group' && ref.kind !== 'user') {
    return `an owner must be a group or a user, not a ${ref.kind}`;
  }
  return undefined;
}

/** Problem text for an entity ref in `services`, or undefined when its shape is right. */
export function serviceRefProblem(value: string): string | undefined {
  return parseEntityRef(value, { defaultKind: 'component' }).error;
}

/** Checks one doc's frontmatter text; `display` names the file in diagnostics. */
export function checkDocText(
  text: string,
  file: string,
  display: string,
  relative: string,
): { meta: DocMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const meta: DocMeta = { file, display, relative, audience: [], services: [], hidden: false, splash: false };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(body);
  const report = (line: number, column: number, code: string, message: string, hint?: string) =>
    diagnostics.push({ file: display, line, column, severity: 'error', code, message, hint });
  if (!fm) {
    report(1, 1, 'docs/no-frontmatter', 'this doc has no frontmatter', 'start the file with a --- block that sets at least `title:`');
    return { meta, diagnostics };
  }
  const yamlText = fm[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // LineCounter lines are 1-based within the YAML block, which starts on file line 2.
  const pos = (node: Node | null | undefined): { line: number; column: number } => {
    const offset = node?.range?.[0] ?? 0;
    const p = lineCounter.linePos(offset);
    return { line: p.line + 1, column: p.col };
  };
  for (const err of doc.errors) {
    const p = lineCounter.linePos(err.pos[0]);
    report(p.line + 1, p.col, 'docs/yaml-syntax', `frontmatter is not valid YAML: ${err.message.split('\n')[0]}`);
  }
  if (doc.errors.length > 0) return { meta, diagnostics };
  const root = doc.contents;
  if (!isMap(root)) {
    report(2, 1, 'docs/frontmatter-shape', 'frontmatter must be a map of `key: value` lines');
    return { meta, diagnostics };
  }
  const field = (key: string) => {
    const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
    return pair ? { keyNode: pair.key as Node, value: pair.value as Node | null } : undefined;
  };

  const title = field('title');
  if (!title) report(1, 1, 'docs/missing-title', 'this doc has no `title`', 'add `title: ...` to its frontmatter');
  else if (isScalar(title.value) && typeof title.value.value === 'string') meta.title = title.value.value;
  else report(pos(title.value ?? title.keyNode).line, pos(title.value ?? title.keyNode).column, 'docs/wrong-type', '`title` must be text');

  const owner = field('owner');
  if (owner) {
    const p = pos(owner.value ?? owner.keyNode);
    const v = isScalar(owner.value) ? owner.value.value : undefined;
    if (typeof v !== 'string') report(p.line, p.column, 'docs/wrong-type', '`owner` must be an entity reference such as group:platform-team');
    else {
      const problem = ownerRefProblem(v);
      if (problem) report(p.line, p.column, 'docs/invalid-ref', `owner "${v}": ${problem}`, 'write group:<team> or user:<name>, e.g. group:platform-team');
      else meta.owner = { value: v, ...p };
    }
  }

  const reviewed = field('lastReviewed');
  if (reviewed) {
    const p = pos(reviewed.value ?? reviewed.keyNode);
    const v = isScalar(reviewed.value) ? reviewed.value.value : undefined;
    const s = typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
    if (!isCalendarDate(s)) {
      report(p.line, p.column, 'docs/invalid-date', `lastReviewed "${s}" is not a calendar date`, 'write a real date as YYYY-MM-DD, e.g. 2026-01-31');
    } else meta.lastReviewed = { value: s, ...p };
  }

  const every = field('reviewEvery');
  if (every) {
    const p = pos(every.value ?? every.keyNode);
    const v = isScalar(every.value) ? every.value.value : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
      report(p.line, p.column, 'docs/invalid-review-every', `reviewEvery "${String(v)}" is not a positive whole number of days`, 'e.g. reviewEvery: 180');
    } else meta.reviewEvery = { value: v, ...p };
  }

  const list = (key: string, check: (s: string) => string | undefined, hint: string): Positioned<string>[] => {
    const f = field(key);
    if (!f) return [];
    if (!isSeq(f.value)) {
      const p = pos(f.value ?? f.keyNode);
      report(p.line, p.column, 'docs/wrong-type', `\`${key}\` must be a list`, hint);
      return [];
    }
    const out: Positioned<string>[] = [];
    for (const item of f.value.items) {
      const p = pos(item as Node);
      const v = isScalar(item) ? item.value : undefined;
      const problem = typeof v === 'string' ? check(v) : 'it must be text';
      if (problem) report(p.line, p.column, key === 'audience' ? 'docs/invalid-role' : 'docs/invalid-ref', `${key} item "${String(v)}": ${problem}`, hint);
      else out.push({ value: v as string, ...p });
    }
    return out;
  };
  meta.audience = list(
    'audience',
    (s) => (ROLE_PATTERN.test(s) ? undefined : 'a role is lower-case words joined by hyphens'),
    'e.g. audience: [new-hire, backend]',
  );
  meta.services = list('services', serviceRefProblem, 'e.g. services: [component:launchpad, resource:orders-db]');

  const sidebar = field('sidebar');
  if (sidebar && isMap(sidebar.value)) {
    const order = sidebar.value.get('order');
    if (typeof order === 'number') meta.order = order;
    meta.hidden = sidebar.value.get('hidden') === true;
    const label = sidebar.value.get('label');
    if (typeof label === 'string') meta.label = label;
  }
  const template = field('template');
  meta.splash = isScalar(template?.value) && template.value.value === 'splash';
  const slug = field('slug');
  if (slug && isScalar(slug.value) && typeof slug.value.value === 'string') meta.slug = slug.value.value;

  return { meta, diagnostics };
}

/** Reads and checks every doc under the content folder's docs/. */
export function checkDocs(paths: ContentPaths): { docs: DocMeta[]; diagnostics: Diagnostic[] } {
  const docs: DocMeta[] = [];
  const diagnostics: Diagnostic[] = [];
  const scope = readScope(paths);
  const listing = listContentFiles(scope, paths.docs, isDocFileName);
  diagnostics.push(...listing.diagnostics);
  for (const file of listing.files) {
    const read = readContentText(file, displayPath(paths, file));
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const relative = path.relative(paths.docs, file).split(path.sep).join('/');
    const r = checkDocText(read.text, file, displayPath(paths, file), relative);
    docs.push(r.meta);
    diagnostics.push(...r.diagnostics);
  }
  return { docs, diagnostics };
}
