/**
 * The printed forms of a Diagnostic: one line of text for terminals and pages, a GitHub
 * Actions workflow annotation for CI, and the build's refusal. Content quoted in them is
 * made inert by inert-text.ts, so a message can never start a workflow command.
 */
import { githubMessage, githubProperty, oneLine } from './inert-text.ts';
import { sortDiagnostics, type Diagnostic } from './model/diagnostics.ts';

/**
 * How a printed diagnostic names its file: `d.file` (relative to the content folder's
 * parent) turned into a path relative to where the command was run
 * (src/core/content-dir.ts pathsFromHere). Without one, `d.file` is printed as it is.
 */
export type FileNamer = (file: string) => string;

/**
 * Formats one diagnostic as `file:line:col: severity: message (hint)`, on one line (messages
 * quote content, and a line break could start a line GitHub Actions reads as a command): the one text form
 * of a problem, in the terminal (check, check --diff, new, the build) and on pages. In a
 * terminal, use diagnosticFormat(name) so the file is named from where the command ran.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return formatAt(d, d.file);
}

/** `formatDiagnostic` (or, with `github`, `formatGithubAnnotation`) that names files with `name`. */
export function diagnosticFormat(name: FileNamer, style: 'text' | 'github' = 'text'): (d: Diagnostic) => string {
  return (d) => (style === 'github' ? githubAt(d, name(d.file)) : formatAt(d, name(d.file)));
}

function formatAt(d: Diagnostic, file: string): string {
  const where = d.line > 0 ? `${oneLine(file)}:${d.line}:${d.column}` : oneLine(file);
  const hint = d.hint ? ` (${oneLine(d.hint)})` : '';
  return `${where}: ${d.severity}: ${oneLine(d.message)}${hint}`;
}

/** A GitHub Actions workflow command (`::notice file=…,line=…,title=…::message`), escaped. */
export function githubCommand(level: 'error' | 'warning' | 'notice', where: { file: string; line?: number; column?: number; title?: string }, message: string): string {
  const props = [`file=${githubProperty(where.file)}`];
  if (where.line && where.line > 0) props.push(`line=${where.line}`, ...(where.column && where.column > 0 ? [`col=${where.column}`] : []));
  if (where.title) props.push(`title=${githubProperty(where.title)}`);
  return `::${level} ${props.join(',')}::${githubMessage(message)}`;
}

/** Formats one diagnostic as a GitHub Actions workflow annotation. */
export function formatGithubAnnotation(d: Diagnostic): string {
  return githubAt(d, d.file);
}

function githubAt(d: Diagnostic, file: string): string {
  const hint = d.hint ? ` (${oneLine(d.hint)})` : '';
  return githubCommand(d.severity, { file, line: d.line, column: d.column, title: d.code }, oneLine(d.message) + hint);
}

/** `Wayfinder found N errors in the <what>:` and every diagnostic, one a line, sorted. */
export function formatRefusal(diagnostics: readonly Diagnostic[], what = 'content', name?: FileNamer): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = sortDiagnostics(diagnostics).map(name ? diagnosticFormat(name) : formatDiagnostic);
  return `Wayfinder found ${errors.length} error${errors.length === 1 ? '' : 's'} in the ${what}:\n${lines.join('\n')}`;
}

/** Error thrown by the build when input has errors; its message lists every diagnostic. */
export class WayfinderInputError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[], what = 'content', name?: FileNamer) {
    super(formatRefusal(diagnostics, what, name));
    this.name = 'WayfinderInputError';
    this.diagnostics = diagnostics;
    // The message says everything a person needs; a stack trace into Wayfinder would not help.
    this.stack = '';
  }
}
