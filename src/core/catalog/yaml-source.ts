/**
 * Reads one catalog YAML file into its documents, keeping positions: every node knows
 * the file line and column it was written at, so diagnostics can point at it.
 */
import {
  isAlias,
  isMap,
  isScalar,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { fastParseAllDocuments } from './fast-yaml.ts';
import type { SourcePosition } from './types.ts';

/** One parsed YAML file. */
export interface YamlFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the content folder's parent, for messages. */
  display: string;
  /** The text without a leading byte-order mark. */
  text: string;
  lineCounter: LineCounter;
  /** Lines in the file (a final newline does not start another line); at least 1. */
  lineCount: number;
  documents: Document.Parsed[];
}

/** Hints for the YAML error codes people meet most. */
const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs for indentation',
  DUPLICATE_KEY: 'a key may appear only once in a map; remove or rename one of them',
  BAD_INDENT: 'line the key up with the other keys of its map',
  MISSING_CHAR: 'a quote or bracket is not closed',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation and that each `key:` has a space after the colon',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing `:` or a stray quote',
  UNEXPECTED_TOKEN: 'check for a stray character such as `-`, `:` or a quote',
  BAD_SCALAR_START: 'quote the value, e.g. key: "@value"',
};

/** Sets `lc` to the start of every line of `text` (after each \n). */
export function fillLineStarts(lc: LineCounter, text: string): void {
  lc.lineStarts.length = 0;
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
}

/** Counts the lines of `text` the way editors do (a final newline ends the last line). */
export function countLines(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  if (text.length > 0 && text.charCodeAt(text.length - 1) === 10) n--;
  return Math.max(1, n);
}

/** Parses `raw` (the file's text) into documents; YAML errors and warnings become diagnostics. */
export function parseYamlFile(
  abs: string,
  display: string,
  raw: string,
): { file: YamlFile; diagnostics: Diagnostic[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lineCounter = new LineCounter();
  // The fast reader handles the plain YAML descriptors are usually written in; anything
  // else (and every file with a problem) goes through the full parser.
  const documents: Document.Parsed[] =
    fastParseAllDocuments(text, lineCounter) ?? Array.from(parseAllDocuments(text, { prettyErrors: false }));
  // Line starts from the text itself: yaml's own counter can miss lines while it recovers from errors.
  fillLineStarts(lineCounter, text);
  const file: YamlFile = { abs, display, text, lineCounter, lineCount: countLines(text), documents };
  const diagnostics: Diagnostic[] = [];
  for (const doc of documents) {
    for (const err of doc.errors) {
      const p = positionAt(file, err.pos[0]);
      diagnostics.push({
        file: display,
        ...p,
        severity: 'error',
        code: 'catalog/yaml-syntax',
        message: `YAML syntax error: ${firstLine(err.message)}`,
        hint: YAML_HINTS[err.code] ?? 'fix the YAML at this position; an online YAML linter shows the structure',
      });
    }
    for (const warn of doc.warnings) {
      const p = positionAt(file, warn.pos[0]);
      diagnostics.push({
        file: display,
        ...p,
        severity: 'warning',
        code: 'catalog/yaml-warning',
        message: `YAML: ${firstLine(warn.message)}`,
      });
    }
  }
  return { file, diagnostics };
}

function firstLine(s: string): string {
  const line = s.split('\n')[0] ?? s;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** The 1-based line and column of a character offset, kept inside the file. */
export function positionAt(file: YamlFile, offset: number): { line: number; column: number } {
  const o = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, file.text.length));
  const p = file.lineCounter.linePos(o);
  if (p.line > file.lineCount) {
    // Past the final newline: point at the end of the last line instead.
    const lastStart = file.lineCounter.lineStarts[file.lineCount - 1] ?? 0;
    const lastLine = file.text.slice(lastStart).replace(/\r?\n$/, '');
    return { line: file.lineCount, column: lastLine.length + 1 };
  }
  return { line: Math.max(1, p.line), column: Math.max(1, p.col) };
}

/** Where `node` starts, as a source position (the file start when it has no range). */
export function nodePosition(file: YamlFile, node: Node | null | undefined, fallback = 0): SourcePosition {
  const offset = node?.range?.[0] ?? fallback;
  return { file: file.display, ...positionAt(file, offset) };
}

/** Follows an alias to the node it names; other nodes come back unchanged. */
export function deref(doc: Document, node: unknown): Node | null {
  if (isAlias(node)) {
    const target = node.resolve(doc);
    return (target as Node | undefined) ?? null;
  }
  return (node as Node | null | undefined) ?? null;
}

/** The pair of `map` whose key is the text `key` (YAML keys are case-sensitive). */
export function findPair(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair;
  }
  return undefined;
}

/** The text form of a pair's key (`?` for keys that are not scalars). */
export function keyText(pair: Pair<unknown, unknown>): string {
  if (isScalar(pair.key)) return String(pair.key.value);
  return '?';
}

/** True when `node` is a map node. */
export function isMapNode(node: unknown): node is YAMLMap<unknown, unknown> {
  return isMap(node);
}

/** A short name for what a YAML value is, for "must be text, not a list" messages. */
export function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a map';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'number') return 'a number';
    if (typeof v === 'boolean') return 'true/false';
    if (typeof v === 'string') return 'text';
    return typeof v;
  }
  return 'a list';
}
