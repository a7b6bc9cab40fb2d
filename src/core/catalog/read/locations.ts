/**
 * Follows a Location entity's targets the way Backstage's file reader does: each target
 * is a path relative to the Location's file (or absolute), globs included; a missing file
 * is an error unless `spec.presence: optional`, and a glob that matches nothing a warning.
 * Remote URLs are not fetched (warning). Loops are found on the whole target graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Diagnostic } from '../../model/diagnostics.ts';
import { resolveInside, type ReadScope } from '../../content-fs.ts';
import { findCycles } from '../resolve/cycles.ts';
import type { LocationTarget } from './parsed-entity.ts';
import type { SourcePosition } from '../../model/entity.ts';
import { isRemoteUrl } from './url-check.ts';

/** One followed target: the Location's file, a file it names, and where it was named. */
export interface LocationEdge {
  from: string;
  to: string;
  pos: SourcePosition;
}

/** The files one target names (absolute, sorted), with any problem found. */
export function resolveLocationTarget(
  fromFile: string,
  target: LocationTarget,
  optional: boolean,
  display: (abs: string) => string,
  scope?: ReadScope,
): { files: string[]; glob: boolean; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = (severity: Diagnostic['severity'], code: string, message: string, hint?: string): void => {
    const d: Diagnostic = { file: target.pos.file, line: target.pos.line, column: target.pos.column, severity, code, message };
    if (hint) d.hint = hint;
    diagnostics.push(d);
  };
  const text = target.text.trim();
  if (isRemoteUrl(text) && !/^file:/i.test(text)) {
    problem(
      'warning',
      'catalog/location-remote',
      `Location target "${text}" is remote; Wayfinder builds offline and does not fetch it`,
      'copy the files into the content folder and point at them with a relative path',
    );
    return { files: [], glob: false, diagnostics };
  }
  const local = text.replace(/^file:(\/\/)?/i, '');
  const base = path.dirname(fromFile);
  let files: string[];
  // Every target must stay in the content folder (after following symbolic links).
  const contained = (abs: string, named: string): boolean => {
    if (!scope) return true;
    const r = resolveInside(scope, fromFile, abs);
    if (r.ok) return true;
    problem('error', r.code, `Location target ${r.problem.replace(/^"[^"]*"/, `"${named}"`)}`, r.hint);
    return false;
  };
  // For a glob, its fixed part (`../shared/` of `../shared/**/*.yaml`) must stay inside too,
  // so that nothing outside is even listed.
  const fixed = isDynamicPattern(local) ? local.split('/').filter((_, i, all) => !all.slice(0, i + 1).some((seg) => isDynamicPattern(seg))).join('/') : local;
  if (!contained(path.resolve(base, fixed || '.'), text)) return { files: [], glob: isDynamicPattern(local), diagnostics };
  if (isDynamicPattern(local)) {
    files = globSync([local], { cwd: base, absolute: true, onlyFiles: true, expandDirectories: false })
      .map((f) => path.resolve(f))
      .sort()
      .filter((f) => contained(f, `${text}` + ` (${display(f)})`));
  } else {
    const abs = path.resolve(base, local);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      problem('error', 'catalog/location-missing', `Location target "${text}" is a folder (${display(abs)}), not a file`, `to read every file in it, write ${local.replace(/\/$/, '')}/**/*.yaml`);
      return { files: [], glob: false, diagnostics };
    }
    files = stat ? [abs] : [];
  }
  if (files.length === 0 && !optional) {
    // Like Backstage, a glob that matches nothing is logged and the rest is read: a warning.
    problem(
      isDynamicPattern(local) ? 'warning' : 'error',
      'catalog/location-missing',
      isDynamicPattern(local)
        ? `Location target "${text}" matches no file (looked for ${display(path.resolve(base, local))})`
        : `Location target "${text}" does not exist (looked for ${display(path.resolve(base, local))})`,
      'targets are relative to the folder of the Location file; add spec.presence: optional if it may be missing',
    );
  }
  return { files, glob: isDynamicPattern(local), diagnostics };
}

/** A warning for each loop in the Location target graph (a file that leads back to itself). */
export function findLocationLoops(edges: readonly LocationEdge[], display: (abs: string) => string): Diagnostic[] {
  const next = new Map<string, string[]>();
  const pos = new Map<string, SourcePosition>();
  for (const e of edges) {
    const list = next.get(e.from);
    if (list) list.push(e.to);
    else next.set(e.from, [e.to]);
    const k = `${e.from}\u0000${e.to}`;
    if (!pos.has(k)) pos.set(k, e.pos);
  }
  const nodes = [...next.keys()].sort();
  return findCycles(nodes, (n) => next.get(n) ?? []).map((cycle) => {
    const p = pos.get(`${cycle[0]}\u0000${cycle[1]}`) as SourcePosition;
    return {
      file: p.file,
      line: p.line,
      column: p.column,
      severity: 'warning' as const,
      code: 'catalog/location-loop',
      message: `Location targets form a loop: ${cycle.map(display).join(' → ')}`,
      hint: 'each file is read once, so nothing is lost; remove the target that points back',
    };
  });
}
