/**
 * Small typed readers for the fields of a positioned YAML map: each finds a key, checks
 * that its value has the right shape, and reports what is wrong at the value's
 * `file:line:col`. They work on any input read by source.ts (catalog entities, doc and
 * announcement frontmatter, onboarding paths, the policy file): the context says which
 * file, which document, where missing fields are reported and how codes are prefixed.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Severity } from '../model/diagnostics.ts';
import { isCalendarDate } from '../dates.ts';
import { parseEntityRef, type EntityRef } from '../model/refs.ts';
import { didYouMean } from '../suggest.ts';
import { deref, describeNode, findPair, keyText, nodePosition, type Located, type SourcePosition, type YamlFile } from './source.ts';

export type { Located, SourcePosition } from './source.ts';

/** Where a YAML map is being read and how to report its problems. */
export interface ReadContext {
  file: YamlFile;
  doc: Document.Parsed;
  /** Where missing fields are reported: the start of what is being read. */
  start: SourcePosition;
  diagnostics: Diagnostic[];
  /** The first part of diagnostic codes: `catalog` gives `catalog/wrong-type`. */
  area: string;
}

/** A context for reading `doc` of `file`; missing fields are reported at `start` (default: the document's first node). */
export function readContext(
  file: YamlFile,
  doc: Document.Parsed,
  diagnostics: Diagnostic[],
  area: string,
  start?: SourcePosition,
): ReadContext {
  return { file, doc, diagnostics, area, start: start ?? nodePosition(file, doc.contents as Node | null) };
}

/** `<area>/<code>`, unless `code` already has an area. */
function codeOf(ctx: ReadContext, code: string): string {
  return code.includes('/') ? code : `${ctx.area}/${code}`;
}

/** Records a diagnostic at `pos`; a code without `/` gets the context's area in front. */
export function report(
  ctx: ReadContext,
  severity: Severity,
  code: string,
  pos: SourcePosition,
  message: string,
  hint?: string,
): void {
  const d: Diagnostic = { file: pos.file, line: pos.line, column: pos.column, severity, code: codeOf(ctx, code), message };
  if (hint) d.hint = hint;
  ctx.diagnostics.push(d);
}

/** The position of a node in the context's file (the context's start when it has none). */
export function at(ctx: ReadContext, node: Node | null | undefined): SourcePosition {
  if (node?.range) return nodePosition(ctx.file, node);
  return ctx.start;
}

/** A field of a map: its key node and its value (aliases followed). */
export interface Field {
  pair: Pair<unknown, unknown>;
  key: Node;
  value: Node | null;
}

/** Looks `key` up in `map`. */
export function field(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string): Field | undefined {
  const pair = findPair(map, key);
  if (!pair) return undefined;
  return { pair, key: pair.key as Node, value: deref(ctx.doc, pair.value) };
}

/** Position of a field's value, or of its key when it has no value. */
export function fieldPos(ctx: ReadContext, f: Field): SourcePosition {
  return isEmptyValue(f.value) ? at(ctx, f.key) : at(ctx, f.value);
}

/** True when a field is present but has no value (`key:` with nothing after it). */
export function isEmptyValue(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/**
 * Reports the keys of `map` that are not in `known` (with "did you mean") and returns
 * the pairs whose keys are. `message` and `otherwise` word the report; severity and code
 * default to an `unknown-field` error.
 */
export function checkKeys(
  ctx: ReadContext,
  map: YAMLMap<unknown, unknown>,
  known: readonly string[],
  opts: {
    message: (key: string) => string;
    /** The hint when no known key is close, e.g. "the fields are ...". */
    otherwise: string | ((key: string) => string);
    /** Formats a suggested key in the hint (default: as is). */
    format?: (key: string) => string;
    severity?: Severity;
    code?: string;
  },
): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const pair of map.items) {
    const key = keyText(pair);
    if (known.includes(key)) {
      out.set(key, { pair, key: pair.key as Node, value: deref(ctx.doc, pair.value) });
      continue;
    }
    const otherwise = typeof opts.otherwise === 'string' ? opts.otherwise : opts.otherwise(key);
    report(
      ctx,
      opts.severity ?? 'error',
      opts.code ?? 'unknown-field',
      at(ctx, pair.key as Node),
      opts.message(key),
      didYouMean(key, known, opts.format) ?? otherwise,
    );
  }
  return out;
}

/** What every field reader takes. */
export interface FieldOptions {
  /** The field's name in messages, e.g. `spec.owner` (default: the key). */
  path?: string;
  required?: boolean;
  /** Where to report a missing required field (default: the context's start). */
  missingAt?: SourcePosition;
  /** How to fix a wrong value. */
  hint?: string;
  /** The message (and code) for a missing required field, instead of "required field `x` is missing". */
  missing?: { message: string; code?: string; hint?: string };
  /** What the field belongs to, for messages: "`id` of this step must be text". */
  of?: string;
}

/** How a field is named in messages: `` `id` `` or `` `id` of this step ``. */
function named(path: string, opts: FieldOptions): string {
  return `\`${path}\`${opts.of ? ` of ${opts.of}` : ''}`;
}

/** Options for reading one text field. */
export interface TextOptions extends FieldOptions {
  /** Accept `""` (read as absent) instead of reporting it. */
  allowEmpty?: boolean;
  /** Read `key:` with no value, and `""`, as if the key were absent (missing when required, else nothing). */
  emptyIsAbsent?: boolean;
}

/** Reports a missing required field (or one with no value, when `present`). */
export function missing(ctx: ReadContext, path: string, pos: SourcePosition, hint?: string, present = false, custom?: FieldOptions['missing']): void {
  if (custom) {
    report(ctx, 'error', custom.code ?? 'missing-field', pos, custom.message, custom.hint ?? hint);
    return;
  }
  report(ctx, 'error', 'missing-field', pos, present ? `required field \`${path}\` has no value` : `required field \`${path}\` is missing`, hint);
}

/** Reports a value of the wrong type. */
export function wrongType(ctx: ReadContext, pos: SourcePosition, message: string, hint?: string): void {
  report(ctx, 'error', 'wrong-type', pos, message, hint);
}

/**
 * Looks a field up and handles absence and `key:` with no value the same way for every
 * reader: reported when required, else silently absent. Returns the field when it has a value.
 */
function present(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string, opts: FieldOptions, emptyHint?: string): Field | undefined {
  const path = opts.path ?? key;
  const f = field(ctx, map, key);
  if (!f) {
    if (opts.required) missing(ctx, path, opts.missingAt ?? ctx.start, opts.hint, false, opts.missing);
    return undefined;
  }
  if (isEmptyValue(f.value)) {
    if (opts.required) missing(ctx, path, fieldPos(ctx, f), emptyHint ?? opts.hint, true, opts.missing);
    else wrongType(ctx, fieldPos(ctx, f), `\`${path}\` has no value`, emptyHint ?? opts.hint ?? `give it a value or remove the \`${key}:\` line`);
    return undefined;
  }
  return f;
}

/** Reads a non-empty text field; reports missing, empty and wrong-type values. */
export function readText(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string, opts: TextOptions = {}): Located<string> | undefined {
  const f = field(ctx, map, key);
  if (!f) {
    if (opts.required) missing(ctx, opts.path ?? key, opts.missingAt ?? ctx.start, opts.hint, false, opts.missing);
    return undefined;
  }
  return textValue(ctx, f, opts);
}

/** Checks that a present field holds non-empty text. */
export function textValue(ctx: ReadContext, f: Field, opts: TextOptions = {}): Located<string> | undefined {
  const path = opts.path ?? keyText(f.pair);
  const pos = fieldPos(ctx, f);
  if (isEmptyValue(f.value) || (opts.emptyIsAbsent && isScalar(f.value) && f.value.value === '')) {
    if (opts.required) missing(ctx, path, opts.emptyIsAbsent ? at(ctx, f.key) : pos, opts.hint, true, opts.missing);
    else if (!opts.emptyIsAbsent) wrongType(ctx, pos, `${named(path, opts)} has no value`, opts.hint ?? `give it a value or remove the \`${keyText(f.pair)}:\` line`);
    return undefined;
  }
  const v = f.value;
  if (!isScalar(v) || typeof v.value !== 'string') {
    const quoteHint = isScalar(v) && (typeof v.value === 'number' || typeof v.value === 'boolean')
      ? `quote it: ${keyText(f.pair)}: "${String(v.source ?? v.value)}"`
      : opts.hint;
    wrongType(ctx, pos, `${named(path, opts)} must be text, not ${describeNode(v)}`, quoteHint);
    return undefined;
  }
  if (v.value.trim() === '') {
    if (opts.allowEmpty) return undefined;
    wrongType(ctx, pos, `${named(path, opts)} must not be empty`, opts.hint);
    return undefined;
  }
  return { value: v.value, pos };
}

/** Reads a list of non-empty text items; reports a non-list and each bad item. */
export function readTextList(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string, opts: FieldOptions = {}): Located<string>[] | undefined {
  const path = opts.path ?? key;
  const f = field(ctx, map, key);
  if (!f) {
    if (opts.required) missing(ctx, path, opts.missingAt ?? ctx.start, opts.hint ?? `add \`${key}: []\` (the list may be empty)`, false, opts.missing);
    return undefined;
  }
  const pos = fieldPos(ctx, f);
  if (isEmptyValue(f.value)) {
    if (opts.required) missing(ctx, path, pos, opts.hint ?? `write \`${key}: []\` for an empty list`, true, opts.missing);
    else wrongType(ctx, pos, `\`${path}\` has no value`, `write \`${key}: []\` for an empty list, or remove the line`);
    return undefined;
  }
  if (!isSeq(f.value)) {
    wrongType(ctx, pos, `\`${path}\` must be a list, not ${describeNode(f.value)}`, opts.hint ?? `write \`${key}: [a, b]\` or one \`- item\` per line`);
    return undefined;
  }
  const out: Located<string>[] = [];
  f.value.items.forEach((raw, i) => {
    const item = deref(ctx.doc, raw);
    const ipos = at(ctx, item ?? f.value);
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
      wrongType(ctx, ipos, `\`${path}[${i}]\` must be non-empty text, not ${describeNode(item)}`, opts.hint);
      return;
    }
    out.push({ value: item.value, pos: ipos });
  });
  return out;
}

/** Reads an optional map field; reports anything that is not a map. */
export function readMap(
  ctx: ReadContext,
  map: YAMLMap<unknown, unknown>,
  key: string,
  path: string = key,
): { map: YAMLMap<unknown, unknown>; field: Field } | undefined {
  const f = field(ctx, map, key);
  if (!f) return undefined;
  if (isEmptyValue(f.value)) return undefined;
  if (!isMap(f.value)) {
    wrongType(ctx, fieldPos(ctx, f), `\`${path}\` must be a map of \`key: value\` lines, not ${describeNode(f.value)}`);
    return undefined;
  }
  return { map: f.value, field: f };
}

/**
 * Reads a calendar date written `YYYY-MM-DD` (quoted or not; YAML timestamps with a time
 * are not dates). A bad value is an `invalid-date` error.
 */
export function readDate(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string, opts: FieldOptions = {}): Located<string> | undefined {
  const path = opts.path ?? key;
  const f = field(ctx, map, key);
  if (!f) {
    if (opts.required) missing(ctx, path, opts.missingAt ?? ctx.start, opts.hint ?? `add \`${key}: 2026-12-01\``, false, opts.missing);
    return undefined;
  }
  const v = isScalar(f.value) ? f.value.value : undefined;
  const s = v === null || v === undefined ? '' : String(v);
  if (!isScalar(f.value) || !isCalendarDate(s)) {
    report(ctx, 'error', 'invalid-date', fieldPos(ctx, f), `${path} "${isScalar(f.value) ? s : describeNode(f.value)}" is not a calendar date`, opts.hint ?? 'write a real date as YYYY-MM-DD, e.g. 2026-12-01');
    return undefined;
  }
  return { value: s, pos: fieldPos(ctx, f) };
}

/** Options for reading a number. */
export interface NumberOptions extends FieldOptions {
  /** Only whole numbers (default false). */
  integer?: boolean;
  /** The smallest value allowed (inclusive). */
  min?: number;
  /** Only values greater than zero. */
  positive?: boolean;
  /** The code of a value that is not such a number (default `wrong-type`). */
  code?: string;
  /** What the value must be, for the message (default "a number", or "a positive whole number"). */
  what?: string;
}

/** Reads a number; reports text, and numbers outside what `opts` allows, at the value. */
export function readNumber(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string, opts: NumberOptions = {}): Located<number> | undefined {
  const f = present(ctx, map, key, opts);
  if (!f) return undefined;
  const v = isScalar(f.value) ? f.value.value : undefined;
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!opts.integer || Number.isInteger(v)) &&
    (!opts.positive || v > 0) &&
    (opts.min === undefined || v >= opts.min);
  if (!ok) {
    const what = opts.what ?? `${opts.positive ? 'a positive ' : 'a '}${opts.integer ? 'whole number' : 'number'}${opts.min !== undefined ? ` of at least ${opts.min}` : ''}`;
    const shown = isScalar(f.value) ? String(f.value.source ?? v) : describeNode(f.value);
    report(ctx, 'error', opts.code ?? 'wrong-type', fieldPos(ctx, f), `${opts.path ?? key} "${shown}" is not ${what}`, opts.hint);
    return undefined;
  }
  return { value: v, pos: fieldPos(ctx, f) };
}

/** Reads `true` or `false`. */
export function readBoolean(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string, opts: FieldOptions = {}): Located<boolean> | undefined {
  const f = present(ctx, map, key, opts);
  if (!f) return undefined;
  const v = isScalar(f.value) ? f.value.value : undefined;
  if (typeof v !== 'boolean') {
    const shown = isScalar(f.value) && typeof v === 'number' ? `a number (${String(v)})` : describeNode(f.value);
    wrongType(ctx, fieldPos(ctx, f), `${named(opts.path ?? key, opts)} must be true or false, not ${shown}`, opts.hint ?? `e.g. ${key}: true`);
    return undefined;
  }
  return { value: v, pos: fieldPos(ctx, f) };
}

/** Options for reading one of a fixed set of words. */
export interface EnumOptions extends FieldOptions {
  /** The code of a value that is not one of them (default `invalid-value`). */
  code?: string;
}

/** Reads one of `values`; anything else is reported with "did you mean". */
export function readEnum<T extends string>(
  ctx: ReadContext,
  map: YAMLMap<unknown, unknown>,
  key: string,
  values: readonly T[],
  opts: EnumOptions = {},
): Located<T> | undefined {
  const f = present(ctx, map, key, { hint: `write one of ${values.join(', ')}`, ...opts });
  if (!f) return undefined;
  const v = isScalar(f.value) ? String(f.value.value) : '';
  if ((values as readonly string[]).includes(v)) return { value: v as T, pos: fieldPos(ctx, f) };
  report(
    ctx,
    'error',
    opts.code ?? 'invalid-value',
    fieldPos(ctx, f),
    `${opts.path ?? key} "${isScalar(f.value) ? v : describeNode(f.value)}" is not one of ${values.join(', ')}`,
    didYouMean(v, values) ?? opts.hint,
  );
  return undefined;
}

/** Options for reading an entity reference. */
export interface RefOptions extends FieldOptions {
  /** The kind of a ref written without one, e.g. `group` for owners. */
  defaultKind?: string;
  /** The kinds the field takes (lower-case); none: any kind. */
  kinds?: readonly string[];
  /** An example for hints, e.g. `owner: group:platform-team`. */
  example?: string;
}

/** A reference read from YAML: the text as written, its parts, and where it was. */
export interface LocatedRef extends Located<string> {
  ref: EntityRef;
}

/** "a group", "an api". */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/**
 * Checks that the text is an entity reference (`[kind:][namespace/]name`) of an allowed
 * kind; reports `invalid-ref` at it. Whether the entity exists is the caller's question.
 */
export function checkRef(ctx: ReadContext, text: Located<string>, path: string, opts: RefOptions = {}): LocatedRef | undefined {
  const hint = opts.hint ?? (opts.example ? `e.g. ${opts.example}` : undefined);
  const { ref, error } = parseEntityRef(text.value, opts.defaultKind ? { defaultKind: opts.defaultKind } : {});
  if (!ref) {
    report(ctx, 'error', 'invalid-ref', text.pos, `${path} "${text.value}": ${error ?? 'not an entity reference'}`, hint);
    return undefined;
  }
  if (opts.kinds && !opts.kinds.includes(ref.kind)) {
    report(ctx, 'error', 'invalid-ref', text.pos, `${path} "${text.value}" is ${withArticle(ref.kind)}; it must be ${withArticle(opts.kinds.join(' or '))}`, hint);
    return undefined;
  }
  return { ...text, ref };
}

/** Checks that `node` holds text that is an entity reference (see `checkRef`); reports `wrong-type` otherwise. */
export function refValue(ctx: ReadContext, node: Node | null, path: string, opts: RefOptions = {}): LocatedRef | undefined {
  const pos = at(ctx, node);
  const v = isScalar(node) ? node.value : undefined;
  if (typeof v !== 'string') {
    wrongType(ctx, pos, `${path} must be an entity reference, not ${describeNode(node)}`, opts.hint ?? (opts.example ? `e.g. ${opts.example}` : undefined));
    return undefined;
  }
  return checkRef(ctx, { value: v, pos }, path, opts);
}

/** Reads a field holding one entity reference (see `checkRef`). */
export function readRef(ctx: ReadContext, map: YAMLMap<unknown, unknown>, key: string, opts: RefOptions = {}): LocatedRef | undefined {
  const f = present(ctx, map, key, opts);
  if (!f) return undefined;
  return refValue(ctx, f.value, opts.path ?? key, opts);
}
