/**
 * Reads every path in content/paths/ and checks them together: each file on its own
 * (read-path.ts), then the prerequisites across files (they exist, no cycle).
 */
import fs from 'node:fs';
import type { RefPolicy } from '../model/ref-policy.ts';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../model/diagnostics.ts';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { readContentText, readScope, resolveInside } from '../content-fs.ts';
import type { DocMeta } from '../docs/frontmatter.ts';
import { createRefIndex, danglingHint, type NamedEntity } from '../catalog/resolve/suggest.ts';
import { formatRef, parseEntityRef, refKey } from '../model/refs.ts';
import { ID_PATTERN, indexDocs, readPathText, type PrerequisiteRef } from './read-path.ts';
import { suggest } from '../suggest.ts';
import type { OnboardingPath } from './types.ts';

const PATH_FILE = /\.ya?ml$/i;

/** Everything checking the paths gives: the paths (sorted by id) and every problem found. */
export interface PathsResult {
  paths: OnboardingPath[];
  diagnostics: Diagnostic[];
}

/** A path file's text with its id and display name, for checking without a disk. */
export interface PathSource {
  id: string;
  display: string;
  text: string;
}

/**
 * Reads and checks every path in `paths.paths` (content/paths/) against the docs and,
 * when given, an owner resolver (it returns a problem message or undefined).
 */
export function checkPaths(
  paths: ContentPaths,
  docs: DocMeta[],
  resolveOwner?: (ref: string) => string | undefined,
  onBrokenRefs?: RefPolicy,
): PathsResult {
  const diagnostics: Diagnostic[] = [];
  const sources: PathSource[] = [];
  const dir = paths.paths;
  let entries: fs.Dirent[] = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    // No paths folder: the site has no onboarding paths, which is fine.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      diagnostics.push(problem(displayPath(paths, dir), 'unreadable', `cannot read the paths folder: ${errorText(e)}`));
    }
  }
  const seen = new Map<string, string>();
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
    const full = path.join(dir, e.name);
    const display = displayPath(paths, full);
    if (e.isDirectory()) {
      diagnostics.push(problem(display, 'not-read', 'folders inside the paths folder are not read', `move its paths up into ${displayPath(paths, dir)}/`, 'warning'));
      continue;
    }
    if (!PATH_FILE.test(e.name)) {
      diagnostics.push(problem(display, 'not-read', 'this file is not read: paths are .yaml or .yml files', 'rename it, or start its name with _ to keep it here unread', 'warning'));
      continue;
    }
    const id = e.name.replace(PATH_FILE, '');
    if (!ID_PATTERN.test(id)) {
      diagnostics.push(problem(display, 'invalid-id', `"${id}" cannot be a path id: the file name is the id and the URL`, 'name the file in lower-case words joined by hyphens, e.g. backend.yaml'));
      continue;
    }
    const other = seen.get(id);
    if (other) {
      diagnostics.push(problem(display, 'duplicate-path', `there is already a path "${id}" (${other})`, 'keep one of the two files'));
      continue;
    }
    seen.set(id, display);
    // A symbolic link here must not read from outside the content folder.
    const inside = resolveInside(readScope(paths), full, full);
    if (!inside.ok) {
      diagnostics.push({ file: display, line: 0, column: 0, severity: 'error', code: inside.code, message: `this file ${inside.problem.replace(/^"[^"]*" /, '')}`, hint: inside.hint });
      continue;
    }
    const read = readContentText(full, display);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const text = read.text;
    sources.push({ id, display, text });
  }
  const result = checkPathSources(sources, docs, resolveOwner, onBrokenRefs);
  return { paths: result.paths, diagnostics: sortDiagnostics([...diagnostics, ...result.diagnostics]) };
}

/** Checks path files given as text (the core of `checkPaths`, without the disk). */
export function checkPathSources(
  sources: readonly PathSource[],
  docs: DocMeta[],
  resolveOwner?: (ref: string) => string | undefined,
  onBrokenRefs?: RefPolicy,
): PathsResult {
  const diagnostics: Diagnostic[] = [];
  const ctx = { docs: indexDocs(docs), resolveOwner, onBrokenRefs };
  const read: { path: OnboardingPath; prerequisites: PrerequisiteRef[] }[] = [];
  for (const s of sources) {
    const r = readPathText(s.text, s.id, s.display, ctx);
    diagnostics.push(...r.diagnostics);
    if (r.path) read.push({ path: r.path, prerequisites: r.prerequisites });
  }
  read.sort((a, b) => (a.path.id < b.path.id ? -1 : a.path.id > b.path.id ? 1 : 0));
  const byId = new Map(read.map((r) => [r.path.id, r]));
  const ids = [...byId.keys()];

  // Prerequisites name paths that exist.
  const edges = new Map<string, PrerequisiteRef[]>();
  for (const r of read) {
    const ok: PrerequisiteRef[] = [];
    for (const p of r.prerequisites) {
      if (byId.has(p.id)) ok.push(p);
      else {
        const others = ids.filter((x) => x !== r.path.id);
        const near = suggest(p.id, others);
        diagnostics.push({
          file: r.path.file,
          line: p.line,
          column: p.column,
          severity: 'error',
          code: 'onboarding/unknown-prerequisite',
          message: `prerequisite "${p.id}" is not a path`,
          hint: near
            ? `did you mean ${near}?`
            : others.length
              ? `the other paths are ${others.join(', ')}`
              : 'a prerequisite is the file name of another path, without .yaml, and there is no other path yet',
        });
      }
    }
    edges.set(r.path.id, ok);
  }

  // No cycles: every edge that closes one is reported where it is written, and dropped.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const dropped = new Set<PrerequisiteRef>();
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const edge of edges.get(id) ?? []) {
      const s = state.get(edge.id);
      if (s === 'open') {
        const cycle = [...stack.slice(stack.indexOf(edge.id)), edge.id];
        const file = byId.get(id)?.path.file ?? '';
        diagnostics.push({
          file,
          line: edge.line,
          column: edge.column,
          severity: 'error',
          code: 'onboarding/prerequisite-cycle',
          message:
            edge.id === id
              ? `path "${id}" lists itself as a prerequisite`
              : `prerequisites go round in a cycle: ${cycle.join(' → ')}`,
          hint: 'a path can only require paths that do not require it back; remove one prerequisite of the cycle',
        });
        dropped.add(edge);
      } else if (s === undefined) visit(edge.id);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  for (const r of read) r.path.prerequisites = (edges.get(r.path.id) ?? []).filter((e) => !dropped.has(e)).map((e) => e.id);

  return { paths: read.map((r) => r.path), diagnostics: sortDiagnostics(diagnostics) };
}

/** An owner resolver over the catalog's entities: a problem message when the group is not there. */
export function catalogOwnerResolver(entities: Iterable<NamedEntity>): (ref: string) => string | undefined {
  const index = createRefIndex(entities);
  return (text) => {
    const { ref } = parseEntityRef(text, { defaultKind: 'group' });
    if (!ref || index.has(refKey(ref))) return undefined;
    return `there is no ${formatRef(ref)} in the catalog; ${danglingHint(index, ref, ['group'])}`;
  };
}

function problem(file: string, code: string, message: string, hint?: string, severity: 'error' | 'warning' = 'error'): Diagnostic {
  return { file, line: 0, column: 0, severity, code: `onboarding/${code}`, message, ...(hint ? { hint } : {}) };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
