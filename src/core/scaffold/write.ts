/**
 * Writing the new file safely: exclusive create (never overwrites), then the project's own
 * checkContent() over the content folder; when the new file brings a new error, the file
 * (and any folder made for it) is removed again and the errors are returned. So a file
 * that `new` leaves behind always checks clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkContent, type CheckContentOptions, type ContentCheck } from '../check-content.ts';
import type { ContentPaths } from '../content-dir.ts';
import { type Diagnostic } from '../model/diagnostics.ts';
import { formatDiagnostic } from '../format-diagnostics.ts';

/** What writing gave: the new problems (errors remove the file), warnings kept. */
export interface WriteResult {
  written: boolean;
  /** Absolute path of the file. */
  file: string;
  /** New errors the file brought (the file was removed), formatted `file:line:col: ...`. */
  errors: Diagnostic[];
  /** New warnings the file brought (the file stays). */
  warnings: Diagnostic[];
  /** Set when the file could not be created at all (it exists, a folder is in the way). */
  failure?: string;
}

const key = (d: Diagnostic): string => formatDiagnostic(d);

/**
 * Creates `relative` (under the content folder) with `text`, exclusively, and checks the
 * content folder again against `before` (the check made before writing).
 */
export function writeChecked(
  paths: ContentPaths,
  relative: string,
  text: string,
  before: ContentCheck,
  options: CheckContentOptions = {},
): WriteResult {
  const file = path.join(paths.root, ...relative.split('/'));
  const made: string[] = [];
  // Make missing folders one by one, so that removing the file can remove them too.
  for (let dir = path.dirname(file); !fs.existsSync(dir); dir = path.dirname(dir)) made.unshift(dir);
  try {
    for (const dir of made) fs.mkdirSync(dir);
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (e) {
    for (const dir of [...made].reverse()) fs.rmSync(dir, { recursive: false, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const failure = code === 'EEXIST' ? `${relative} already exists; new never overwrites a file` : `cannot write ${relative}: ${(e as Error).message}`;
    return { written: false, file, errors: [], warnings: [], failure };
  }
  const seen = new Set(before.diagnostics.map(key));
  const after = checkContent(paths, options);
  const fresh = after.diagnostics.filter((d) => !seen.has(key(d)));
  const errors = fresh.filter((d) => d.severity === 'error');
  const warnings = fresh.filter((d) => d.severity !== 'error');
  if (errors.length) {
    fs.rmSync(file, { force: true });
    for (const dir of [...made].reverse()) fs.rmdirSync(dir);
    return { written: false, file, errors, warnings };
  }
  return { written: true, file, errors, warnings };
}
