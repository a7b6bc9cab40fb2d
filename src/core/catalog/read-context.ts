/**
 * The context an entity is read in (its file, document and where to report problems) and
 * typed readers for YAML values that report wrong types at the value's position.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { SourcePosition } from './types.ts';
import { deref, describeNode, findPair, keyText, nodePosition, type YamlFile } from './yaml-source.ts';

/** Where an entity is being read and how to report its problems. */
export interface ReadContext {
  file: YamlFile;
  doc: Document.Parsed;
  /** Position of the entity's first key: where missing fields are reported. */
  entityStart: SourcePosition;
  diagnostics: Diagnostic[];
}

/** A value read from YAML with where it was written. */
export interface Located<T> {
  value: T;
  pos: SourcePosition;
}

/** Records a diagnostic at `pos`. */
export function report(
  ctx: ReadContext,
  severity: Severity,
  code: string,
  pos: SourcePosition,
  message: string,
  hint?: string,
): void {
  const d: Diagnostic = { file: pos.file, line: pos.line, column: pos.column, severity, code, message };
  if (hint) d.hint = hint;
  ctx.diagnostics.push(d);
}

/** The position of a node in the context's file (the entity's start when it has none). */
export function at(ctx: ReadContext, node: Node | null | undefined): SourcePosition {
  if (node?.range) return nodePosition(ctx.file, node);
  return ctx.entityStart;
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

/** Options for reading one text field. */
export interface TextOptions {
  /** Dotted path for messages, e.g. `spec.owner`. */
  path: string;
  required?: boolean;
  /** Where to report a missing required field (defaults to the entity's start). */
  missingAt?: SourcePosition;
  hint?: string;
  /** Accept `""` (read as absent) instead of reporting it. */
  allowEmpty?: boolean;
}

/** Reads a non-empty text field; reports missing, empty and wrong-type values. */
export function readText(
  ctx: ReadContext,
  map: YAMLMap<unknown, unknown>,
  key: string,
  opts: TextOptions,
): Located<string> | undefined {
  const f = field(ctx, map, key);
  if (!f) {
    if (opts.required) missing(ctx, opts.path, opts.missingAt ?? ctx.entityStart, opts.hint);
    return undefined;
  }
  return textValue(ctx, f, opts);
}

/** Checks that a present field holds non-empty text. */
export function textValue(ctx: ReadContext, f: Field, opts: TextOptions): Located<string> | undefined {
  const pos = fieldPos(ctx, f);
  if (isEmptyValue(f.value)) {
    if (opts.required) missing(ctx, opts.path, pos, opts.hint, true);
    else wrongType(ctx, pos, `\`${opts.path}\` has no value`, opts.hint ?? `give it a value or remove the \`${keyText(f.pair)}:\` line`);
    return undefined;
  }
  const v = f.value;
  if (!isScalar(v) || typeof v.value !== 'string') {
    const quoteHint = isScalar(v) && (typeof v.value === 'number' || typeof v.value === 'boolean')
      ? `quote it: ${keyText(f.pair)}: "${String(v.source ?? v.value)}"`
      : opts.hint;
    wrongType(ctx, pos, `\`${opts.path}\` must be text, not ${describeNode(v)}`, quoteHint);
    return undefined;
  }
  if (v.value.trim() === '') {
    if (opts.allowEmpty) return undefined;
    wrongType(ctx, pos, `\`${opts.path}\` must not be empty`, opts.hint);
    return undefined;
  }
  return { value: v.value, pos };
}

/** Reads a list of non-empty text items; reports a non-list and each bad item. */
export function readTextList(
  ctx: ReadContext,
  map: YAMLMap<unknown, unknown>,
  key: string,
  opts: TextOptions,
): Located<string>[] | undefined {
  const f = field(ctx, map, key);
  if (!f) {
    if (opts.required) missing(ctx, opts.path, opts.missingAt ?? ctx.entityStart, opts.hint ?? `add \`${key}: []\` (the list may be empty)`);
    return undefined;
  }
  const pos = fieldPos(ctx, f);
  if (isEmptyValue(f.value)) {
    if (opts.required) missing(ctx, opts.path, pos, opts.hint ?? `write \`${key}: []\` for an empty list`, true);
    else wrongType(ctx, pos, `\`${opts.path}\` has no value`, `write \`${key}: []\` for an empty list, or remove the line`);
    return undefined;
  }
  if (!isSeq(f.value)) {
    wrongType(ctx, pos, `\`${opts.path}\` must be a list, not ${describeNode(f.value)}`, opts.hint ?? `write \`${key}: [a, b]\` or one \`- item\` per line`);
    return undefined;
  }
  const out: Located<string>[] = [];
  f.value.items.forEach((raw, i) => {
    const item = deref(ctx.doc, raw);
    const ipos = at(ctx, item ?? f.value);
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
      wrongType(ctx, ipos, `\`${opts.path}[${i}]\` must be non-empty text, not ${describeNode(item)}`, opts.hint);
      return;
    }
    out.push({ value: item.value, pos: ipos });
  });
  return out;
}

/** Reports a missing required field. */
export function missing(ctx: ReadContext, path: string, pos: SourcePosition, hint?: string, present = false): void {
  report(
    ctx,
    'error',
    'catalog/missing-field',
    pos,
    present ? `required field \`${path}\` has no value` : `required field \`${path}\` is missing`,
    hint,
  );
}

/** Reports a value of the wrong type. */
export function wrongType(ctx: ReadContext, pos: SourcePosition, message: string, hint?: string): void {
  report(ctx, 'error', 'catalog/wrong-type', pos, message, hint);
}

/** Reads an optional map field; reports anything that is not a map. */
export function readMap(
  ctx: ReadContext,
  map: YAMLMap<unknown, unknown>,
  key: string,
  path: string,
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
