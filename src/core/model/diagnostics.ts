/**
 * The one error/warning type of the whole project. Every input problem (catalog YAML,
 * doc frontmatter, lifecycle announcements, onboarding paths) is reported as a
 * Diagnostic so the CLI and the build print them the same way (format-diagnostics.ts
 * writes them out). Part of the model: imports nothing.
 */
export type Severity = 'error' | 'warning';

/** A place in a file: its display path and 1-based line and column. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic {
  /** Path of the file, relative to the content folder's parent, with forward slashes. */
  file: string;
  /** 1-based line; 0 only when the problem has no position in a file. */
  line: number;
  /** 1-based column; 0 only when the problem has no position in a file. */
  column: number;
  severity: Severity;
  /** Stable machine-readable code, e.g. `catalog/missing-field`. */
  code: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** How to fix it, when we can say. */
  hint?: string;
}

/** Orders diagnostics by file, then line, then column, so output is deterministic. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** True when any diagnostic in the list is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** Converts a 0-based character offset in `text` to a 1-based line and column. */
export function offsetToPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
