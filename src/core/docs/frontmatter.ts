/**
 * Reads and checks the Wayfinder fields of doc frontmatter with real positions (through
 * the shared reader in ../yaml/), without Astro, so the CLI and the build report
 * `file:line:col` for every bad value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, YAMLMap } from 'yaml';
import type { Diagnostic } from '../model/diagnostics.ts';
import { parseEntityRef } from '../model/refs.ts';
import { checkRef, field, fieldPos, readContext, readDate, readNumber, readRef, readText, readTextList, report, type Located } from '../yaml/fields.ts';
import { parseFrontmatter } from '../yaml/source.ts';
import { MANUAL_SECTION, type ContentPaths } from '../content-dir.ts';
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
  /** Where `slug:` is written (a URL collision is reported there: the line the contributor chose the URL on). */
  slugAt?: { line: number; column: number };
  /** A page of Wayfinder's own manual (manual/), not of the organisation's docs: health leaves it out. */
  manual?: boolean;
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

/** A located value as DocMeta keeps it. */
function positioned<T>(v: Located<T>): Positioned<T> {
  return { value: v.value, line: v.pos.line, column: v.pos.column };
}

/** Checks one doc's frontmatter text; `display` names the file in diagnostics. */
export function checkDocText(
  text: string,
  file: string,
  display: string,
  relative: string,
): { meta: DocMeta; diagnostics: Diagnostic[] } {
  const meta: DocMeta = { file, display, relative, audience: [], services: [], hidden: false, splash: false };
  const top = { file: display, line: 1, column: 1 };
  const { frontmatter: fm, diagnostics } = parseFrontmatter(file, display, text, { area: 'docs', syntaxMessage: 'frontmatter is not valid YAML' });
  if (!fm) {
    diagnostics.push({ ...top, severity: 'error', code: 'docs/no-frontmatter', message: 'this doc has no frontmatter', hint: 'start the file with a --- block that sets at least `title:`' });
    return { meta, diagnostics };
  }
  if (diagnostics.length > 0) return { meta, diagnostics };
  const root = fm.map ?? new YAMLMap<unknown, unknown>();
  const ctx = readContext(fm.file, fm.doc ?? new Document() as Document.Parsed, diagnostics, 'docs', top);

  const title = readText(ctx, root, 'title', {
    required: true,
    allowEmpty: true,
    missing: { code: 'missing-title', message: 'this doc has no `title`', hint: 'add `title: ...` to its frontmatter' },
  });
  if (title) meta.title = title.value;

  const owner = readRef(ctx, root, 'owner', { defaultKind: 'group', kinds: ['group', 'user'], hint: 'write group:<team> or user:<name>, e.g. group:platform-team' });
  if (owner) meta.owner = positioned(owner);

  const reviewed = readDate(ctx, root, 'lastReviewed', { hint: 'write a real date as YYYY-MM-DD, e.g. 2026-01-31' });
  if (reviewed) meta.lastReviewed = positioned(reviewed);

  const every = readNumber(ctx, root, 'reviewEvery', { integer: true, positive: true, code: 'invalid-review-every', what: 'a positive whole number of days', hint: 'e.g. reviewEvery: 180' });
  if (every) meta.reviewEvery = positioned(every);

  const audienceHint = 'e.g. audience: [new-hire, backend]';
  for (const role of readTextList(ctx, root, 'audience', { hint: audienceHint }) ?? []) {
    if (ROLE_PATTERN.test(role.value)) meta.audience.push(positioned(role));
    else report(ctx, 'error', 'invalid-role', role.pos, `audience item "${role.value}": a role is lower-case words joined by hyphens`, audienceHint);
  }
  const servicesHint = 'e.g. services: [component:launchpad, resource:orders-db]';
  for (const item of readTextList(ctx, root, 'services', { hint: servicesHint }) ?? []) {
    const ref = checkRef(ctx, item, 'services item', { defaultKind: 'component', hint: servicesHint });
    if (ref) meta.services.push(positioned(ref));
  }

  // Starlight's own fields: Starlight checks them; Wayfinder only needs their values.
  const sidebar = field(ctx, root, 'sidebar')?.value;
  if (isMap(sidebar)) {
    const order = sidebar.get('order');
    if (typeof order === 'number') meta.order = order;
    meta.hidden = sidebar.get('hidden') === true;
    const label = sidebar.get('label');
    if (typeof label === 'string') meta.label = label;
  }
  meta.splash = root.get('template') === 'splash';
  const slug = root.get('slug');
  if (typeof slug === 'string') {
    meta.slug = slug;
    const at = field(ctx, root, 'slug');
    if (at) {
      const pos = fieldPos(ctx, at);
      meta.slugAt = { line: pos.line, column: pos.column };
    }
  }

  return { meta, diagnostics };
}

/**
 * Reads and checks every doc under the content folder's docs/ and, when `paths.manual` is
 * set, the pages of Wayfinder's manual (docs under `wayfinder/`, named `manual/<file>` in
 * messages), so that a content doc claiming a manual page's URL is a collision.
 */
export function checkDocs(paths: ContentPaths): { docs: DocMeta[]; diagnostics: Diagnostic[] } {
  const docs: DocMeta[] = [];
  const diagnostics: Diagnostic[] = [];
  const read = (scope: ReadScope, dir: string, prefix: string, manual = false) => {
    const listing = listContentFiles(scope, dir, isDocFileName);
    diagnostics.push(...listing.diagnostics);
    for (const file of listing.files) {
      const display = scope.display(file);
      const text = readContentText(file, display);
      if (!text.ok) {
        diagnostics.push(text.diagnostic);
        continue;
      }
      const relative = prefix + path.relative(dir, file).split(path.sep).join('/');
      const r = checkDocText(text.text, file, display, relative);
      if (manual) r.meta.manual = true;
      docs.push(r.meta);
      diagnostics.push(...r.diagnostics);
    }
  };
  read(readScope(paths), paths.docs, '');
  const manual = paths.manual;
  if (manual && fs.existsSync(manual)) {
    const project = path.dirname(manual);
    read({ roots: [manual], allowed: [], display: (f) => path.relative(project, f).split(path.sep).join('/') }, manual, `${MANUAL_SECTION}/`, true);
  }
  return { docs, diagnostics };
}
