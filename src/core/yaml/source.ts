/**
 * The one positioned reader for every YAML input: catalog descriptors, doc and
 * announcement frontmatter, onboarding paths, the policy file, and whatever comes next.
 * It parses a file (or a file's frontmatter block) into `yaml` documents in which every
 * node knows where it was written, turns YAML errors into diagnostics, and converts
 * offsets to 1-based `line:column` for parsed text (content-fs.ts uses diagnostics.ts's
 * offsetToPosition for files that fail to decode, before any parse).
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic, SourcePosition } from '../model/diagnostics.ts';
import { fastParseAllDocuments } from './fast-yaml.ts';

export type { SourcePosition } from '../model/diagnostics.ts';

/** A value read from YAML with where it was written. */
export interface Located<T> {
  value: T;
  pos: SourcePosition;
}

/** One parsed YAML file (or the YAML of a frontmatter block, with positions in the whole file). */
export interface YamlFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the content folder's parent, for messages. */
  display: string;
  /** The text that was parsed, without a leading byte-order mark. */
  text: string;
  lineCounter: LineCounter;
  /** Lines in the text (a final newline does not start another line); at least 1. */
  lineCount: number;
  /** The non-empty documents, in order. */
  documents: Document.Parsed[];
  /** True when the fast reader (fast-yaml.ts) parsed the text, false when `yaml` did. */
  fast: boolean;
}

/** How to read one kind of input. */
export interface ParseOptions {
  /** The first part of the diagnostic codes, e.g. `catalog` gives `catalog/yaml-syntax`. */
  area: string;
  /** The start of a syntax error's message (default `YAML syntax error`). */
  syntaxMessage?: string;
  /** Try the fast reader first (default true; WAYFINDER_FAST_YAML=0 turns it off everywhere). */
  fast?: boolean;
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

/** True unless the environment turns the fast reader off (for benchmarks and bisecting). */
function fastAllowed(): boolean {
  const v = process.env.WAYFINDER_FAST_YAML;
  return v === undefined || !['0', 'false', 'off', 'no'].includes(v.toLowerCase());
}

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

/** Strips a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A document with nothing in it (only comments, or `---` alone); the fast reader skips these too. */
const isEmptyDocument = (d: Document.Parsed): boolean =>
  d.errors.length === 0 && d.warnings.length === 0 && (d.contents === null || (isScalar(d.contents) && d.contents.value === null));

/**
 * Parses `raw` (a file's text) into documents with positions; YAML errors and warnings
 * become diagnostics coded `<area>/yaml-syntax` and `<area>/yaml-warning`.
 */
export function parseYamlFile(
  abs: string,
  display: string,
  raw: string,
  options: ParseOptions = { area: 'catalog' },
): { file: YamlFile; diagnostics: Diagnostic[] } {
  const text = stripBom(raw);
  const lineCounter = new LineCounter();
  // The fast reader handles the plain YAML descriptors are usually written in; anything
  // else (and every file with a problem) goes through the full parser.
  const fastDocs = options.fast !== false && fastAllowed() ? fastParseAllDocuments(text, lineCounter) : undefined;
  const documents: Document.Parsed[] =
    fastDocs ?? Array.from(parseAllDocuments(text, { prettyErrors: false })).filter((d) => !isEmptyDocument(d));
  // Line starts from the text itself: yaml's own counter can miss lines while it recovers from errors.
  fillLineStarts(lineCounter, text);
  const file: YamlFile = { abs, display, text, lineCounter, lineCount: countLines(text), documents, fast: fastDocs !== undefined };
  return { file, diagnostics: [...yamlDiagnostics(file, options), ...checkYamlLimits(file, options.area)] };
}

/** The YAML errors and warnings of a parsed file, as diagnostics. */
function yamlDiagnostics(file: YamlFile, options: ParseOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const doc of file.documents) {
    // A tab used as indentation makes the parser misread the rest of its line, and it
    // reports that as two more errors there ("Nested mappings…", "Implicit keys…"): the
    // tab is the one problem to fix, so its line's other errors are left out.
    const tabLines = new Set(doc.errors.filter((e) => e.code === 'TAB_AS_INDENT').map((e) => positionAt(file, e.pos[0]).line));
    for (const err of doc.errors) {
      if (err.code !== 'TAB_AS_INDENT' && tabLines.has(positionAt(file, err.pos[0]).line)) continue;
      diagnostics.push({
        file: file.display,
        ...positionAt(file, err.pos[0]),
        severity: 'error',
        code: `${options.area}/yaml-syntax`,
        message: `${options.syntaxMessage ?? 'YAML syntax error'}: ${firstLine(err.message)}`,
        hint: YAML_HINTS[err.code] ?? 'fix the YAML at this position; an online YAML linter shows the structure',
      });
    }
    for (const warn of doc.warnings) {
      diagnostics.push({
        file: file.display,
        ...positionAt(file, warn.pos[0]),
        severity: 'warning',
        code: `${options.area}/yaml-warning`,
        message: `YAML: ${firstLine(warn.message)}`,
      });
    }
  }
  return diagnostics;
}

/** A file that holds one YAML map (a policy file, a frontmatter block), parsed with positions. */
export interface YamlMapFile {
  file: YamlFile;
  /** The document, or undefined when the text is empty. */
  doc?: Document.Parsed;
  /** The top-level map, or undefined when the text is empty, broken or not a map. */
  map?: YAMLMap<unknown, unknown>;
}

/**
 * Parses a file that should hold one YAML map (e.g. a policy file). Reports YAML errors,
 * a second document (`<area>/yaml-syntax`) and a top level that is not a map
 * (`<area>/not-a-map`, or `options.shapeCode`). An empty file is no map and no error.
 */
export function parseYamlMap(
  abs: string,
  display: string,
  raw: string,
  options: ParseOptions & { shapeCode?: string; shapeMessage?: string },
): YamlMapFile & { diagnostics: Diagnostic[] } {
  const { file, diagnostics } = parseYamlFile(abs, display, raw, options);
  const doc = file.documents[0];
  const result: YamlMapFile & { diagnostics: Diagnostic[] } = { file, diagnostics, ...(doc ? { doc } : {}) };
  if (diagnostics.some((d) => d.severity === 'error')) return result;
  const second = file.documents[1];
  if (second) {
    diagnostics.push({
      file: display,
      ...positionAt(file, second.range[0]),
      severity: 'error',
      code: `${options.area}/yaml-syntax`,
      message: `${options.syntaxMessage ?? 'YAML syntax error'}: more than one YAML document where one map was expected`,
      hint: 'remove the extra --- line',
    });
    return result;
  }
  const root = doc?.contents ?? null;
  if (root !== null && !isMap(root)) {
    diagnostics.push({
      file: display,
      ...positionAt(file, root.range?.[0] ?? 0),
      severity: 'error',
      code: `${options.area}/${options.shapeCode ?? 'not-a-map'}`,
      message: options.shapeMessage ?? `this must be a map of \`key: value\` lines, not ${describeNode(root)}`,
    });
    return result;
  }
  if (root) result.map = root;
  return result;
}

/** The frontmatter block of a Markdown file: `---` on the first line, YAML, then `---`. */
export const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A Markdown file's frontmatter, parsed with positions in the whole file, and its body. */
export interface Frontmatter extends YamlMapFile {
  /** The text after the closing `---`. */
  body: string;
}

/**
 * Reads the frontmatter of a Markdown file. Returns no frontmatter when the file does not
 * start with a `---` block; otherwise the parsed block (lines and columns count from the
 * top of the file) with diagnostics: YAML errors, several documents, not a map
 * (`<area>/frontmatter-shape`).
 */
export function parseFrontmatter(
  abs: string,
  display: string,
  raw: string,
  options: ParseOptions,
): { frontmatter?: Frontmatter; diagnostics: Diagnostic[] } {
  const text = stripBom(raw);
  const fm = FRONTMATTER.exec(text);
  if (!fm) return { diagnostics: [] };
  // Parse the file up to the closing `---`: the opening `---` is a YAML document start,
  // so offsets (and so lines and columns) are the file's own.
  const yamlEnd = fm[0].indexOf('\n') + 1 + (fm[1]?.length ?? 0);
  const { diagnostics, ...parsed } = parseYamlMap(abs, display, text.slice(0, yamlEnd), {
    ...options,
    shapeCode: 'frontmatter-shape',
    shapeMessage: 'frontmatter must be a map of `key: value` lines',
  });
  return { frontmatter: { ...parsed, body: text.slice(fm[0].length) }, diagnostics };
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

/** Where `node` starts, as a source position (offset `fallback` when it has no range). */
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

/** A short name for what a YAML value is, for "must be text, not a list" messages. */
export function describeNode(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'number') return 'a number';
    if (typeof v === 'boolean') return 'true/false';
    if (typeof v === 'string') return 'text';
    return typeof v;
  }
  return 'something else';
}

/*
 * Limits on what one YAML file may make Wayfinder do. Aliases are capped the way
 * Backstage caps them (the `yaml` package's maxAliasCount of 100): an "alias bomb", a few
 * lines whose aliases expand to millions of nodes, is an error at its first alias
 * instead of exhausting the build machine's memory. Every YAML input gets this check:
 * parseYamlFile runs it.
 */

/** Backstage's (and the `yaml` package's) default alias expansion limit. */
export const MAX_ALIAS_COUNT = 100;

/** An error (`<area>/yaml-aliases`) for each document of `file` whose aliases expand past MAX_ALIAS_COUNT. */
export function checkYamlLimits(file: YamlFile, area = 'catalog'): Diagnostic[] {
  const out: Diagnostic[] = [];
  // The fast reader gives up on anchors and aliases, so what it read has none to count.
  if (file.fast) return out;
  for (const doc of file.documents) {
    if (doc.errors.length > 0) continue;
    let first: Node | undefined;
    visit(doc, {
      Alias(_, node) {
        first = node as unknown as Node;
        return visit.BREAK;
      },
    });
    if (!first || !isAlias(first)) continue;
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const why = e instanceof RangeError ? 'nested too deeply' : 'expanded past the limit';
      out.push({
        file: file.display,
        ...pick(nodePosition(file, first)),
        severity: 'error',
        code: `${area}/yaml-aliases`,
        message: `this document's aliases (*name) are ${why}: they would expand to more than ${MAX_ALIAS_COUNT} times their anchors, as in an "alias bomb"`,
        hint: 'write the values out, or use fewer aliases; Backstage refuses such a file too',
      });
    }
  }
  return out;
}

function pick(p: { line: number; column: number }): { line: number; column: number } {
  return { line: p.line, column: p.column };
}
