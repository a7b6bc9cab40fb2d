/**
 * Reads a catalog exported from a running Backstage as JSON: the body of
 * GET /api/catalog/entities (an array of entities), the `{ "items": [...] }` pages of
 * /api/catalog/entities/by-query (several pages may be concatenated in one file), or one
 * entity. JSON is parsed strictly by jsonc-parser, with offsets; its tree becomes YAML nodes
 * with the same offsets, so entities go through the same reader, with the same checks and
 * file:line:col positions, as descriptor YAML. Fields the server writes (metadata.uid,
 * etag, generation, relations, status) are dropped before reading.
 */
import { createScanner, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { Document, isMap, isScalar, isSeq, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Diagnostic } from '../../model/diagnostics.ts';
import { countLines, fillLineStarts, positionAt, type YamlFile } from '../../yaml/source.ts';

/** An entity inside an export: its node and the parsed page it belongs to. */
export interface ExportedEntity {
  doc: Document.Parsed;
  node: Node;
}

/** Top-level fields Backstage's server adds to every entity. */
const SERVER_FIELDS = ['relations', 'status'];
/** metadata fields Backstage's server adds. */
const SERVER_METADATA = ['uid', 'etag', 'generation'];

/** jsonc-parser's SyntaxKind values (a const enum, so not importable at run time). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, lineBreak: 14, trivia: 15, eof: 17 } as const;

/** How each JSON error reads, for people. */
const JSON_ERRORS: Record<string, [string, string]> = {
  InvalidSymbol: ['unexpected character', 'check for a stray character or a missing quote'],
  InvalidNumberFormat: ['this number is not valid JSON', 'write numbers as 12 or 1.5'],
  PropertyNameExpected: ['a property name in double quotes is expected here', 'JSON keys are quoted, and a trailing comma is not allowed'],
  ValueExpected: ['a value is expected here', 'a trailing comma is not allowed in JSON'],
  ColonExpected: ['`:` is expected after the property name', 'write "key": value'],
  CommaExpected: ['`,` is expected here', 'separate items and properties with commas'],
  CloseBraceExpected: ['`}` is expected here', 'a `{` is not closed'],
  CloseBracketExpected: ['`]` is expected here', 'a `[` is not closed'],
  UnexpectedEndOfString: ['a string is not closed', 'close it with a double quote'],
  InvalidEscapeCharacter: ['invalid escape in a string', 'JSON escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX'],
  InvalidCharacter: ['invalid character in a string', 'control characters in strings must be escaped'],
  InvalidCommentToken: ['comments are not allowed in JSON', 'remove the comment'],
};

/** True for file names read as a Backstage JSON export. */
export function isJsonExport(file: string): boolean {
  return /\.json$/i.test(file);
}

/** Parses an export file into its entities; JSON problems are diagnostics at file:line:col. */
export function parseJsonExport(
  abs: string,
  display: string,
  raw: string,
): { file: YamlFile; entities: ExportedEntity[]; diagnostics: Diagnostic[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lineCounter = new LineCounter();
  fillLineStarts(lineCounter, text);
  const file: YamlFile = { abs, display, text, lineCounter, lineCount: countLines(text), documents: [], fast: false };
  const diagnostics: Diagnostic[] = [];
  const error = (offset: number, code: string, message: string, hint?: string): void => {
    diagnostics.push({ file: display, ...positionAt(file, offset), severity: 'error', code, message, ...(hint ? { hint } : {}) });
  };
  const hint = 'export the catalog with GET /api/catalog/entities (a JSON array of entities) or /api/catalog/entities/by-query ({ "items": [...] })';

  // Split the file into its top-level values: one array or page, or several concatenated.
  const values: { start: number; end: number }[] = [];
  const scanner = createScanner(text, false);
  let depth = 0;
  let start = -1;
  for (let t = scanner.scan(); t !== TOKEN.eof; t = scanner.scan()) {
    if (t === TOKEN.trivia || t === TOKEN.lineBreak) continue;
    const at = scanner.getTokenOffset();
    if (depth === 0) {
      if (t !== TOKEN.openBracket && t !== TOKEN.openBrace) {
        error(at, 'catalog/json-syntax', 'this is not JSON from a Backstage catalog: expected `[` or `{` here', hint);
        return { file, entities: [], diagnostics };
      }
      start = at;
    }
    if (t === TOKEN.openBracket || t === TOKEN.openBrace) depth++;
    else if (t === TOKEN.closeBracket || t === TOKEN.closeBrace) {
      depth--;
      if (depth === 0) values.push({ start, end: at + 1 });
      if (depth < 0) {
        error(at, 'catalog/json-syntax', 'JSON syntax error: unexpected closing bracket', 'a `]` or `}` has no opening partner');
        return { file, entities: [], diagnostics };
      }
    }
  }
  if (depth > 0) values.push({ start, end: text.length }); // unclosed: the strict check below says where

  const entities: ExportedEntity[] = [];
  for (const v of values) {
    const errors: ParseError[] = [];
    const tree = parseTree(text.slice(v.start, v.end), errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first || !tree) {
      // The first error explains; the rest follow from it.
      const name = first ? printParseErrorCode(first.error) : 'ValueExpected';
      const [message, why] = JSON_ERRORS[name] ?? [name, 'fix the JSON at this position'];
      error(v.start + (first?.offset ?? 0), 'catalog/json-syntax', `JSON syntax error: ${message}`, why);
      continue;
    }
    // The JSON tree as YAML nodes with the file's own offsets, for the entity reader.
    const doc = new Document() as unknown as Document.Parsed;
    const duplicate = (offset: number, key: string): void =>
      error(offset, 'catalog/json-syntax', `"${key}" appears twice in this object`, 'a key may appear only once in an object; remove or rename one of them');
    doc.contents = toYaml(tree, v.start, duplicate) as Document.Parsed['contents'];
    file.documents.push(doc);
    const root = doc.contents as Node | null;
    let list: Node[] | undefined;
    if (isSeq(root)) list = root.items as Node[];
    else if (isMap(root)) {
      const items = root.items.find((p) => isScalar(p.key) && p.key.value === 'items');
      if (items && isSeq(items.value)) list = items.value.items as Node[];
      // One entity (GET /api/catalog/entities/by-name/...), or an API definition that the
      // entity reader recognises and skips with a warning, as it does in YAML.
      else if (root.items.some((p) => isScalar(p.key) && ['apiVersion', 'kind', 'openapi', 'asyncapi', 'swagger'].includes(String(p.key.value)))) list = [root];
    }
    if (!list) {
      error(v.start, 'catalog/not-an-export', 'this JSON is not a Backstage catalog export: no array of entities and no `items`', hint);
      continue;
    }
    for (const node of list) {
      if (isMap(node)) stripServerFields(node);
      entities.push({ doc, node });
    }
  }
  return { file, entities, diagnostics };
}

/** Removes what the server writes (uid, etag, relations, status): Wayfinder computes its own. */
function stripServerFields(entity: YAMLMap): void {
  entity.items = entity.items.filter((p) => !(isScalar(p.key) && SERVER_FIELDS.includes(String(p.key.value))));
  const metadata = entity.items.find((p) => isScalar(p.key) && p.key.value === 'metadata')?.value;
  if (isMap(metadata)) metadata.items = metadata.items.filter((p) => !(isScalar(p.key) && SERVER_METADATA.includes(String(p.key.value))));
}

/** A jsonc-parser node as the YAML node the entity reader takes, its range shifted by `base`. */
function toYaml(node: JsonNode, base: number, duplicate: (offset: number, key: string) => void): Node {
  const start = base + node.offset;
  const end = start + node.length;
  let out: Node;
  if (node.type === 'object') {
    const map = new YAMLMap();
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k) continue;
      const key = String(k.value);
      if (seen.has(key)) duplicate(base + k.offset, key);
      seen.add(key);
      map.items.push(new Pair(toYaml(k, base, duplicate), v ? toYaml(v, base, duplicate) : null));
    }
    out = map;
  } else if (node.type === 'array') {
    const seq = new YAMLSeq();
    for (const item of node.children ?? []) seq.items.push(toYaml(item, base, duplicate));
    out = seq;
  } else {
    const scalar = new Scalar(node.value as unknown);
    if (node.type === 'string') scalar.type = Scalar.QUOTE_DOUBLE;
    out = scalar;
  }
  out.range = [start, end, end];
  return out;
}
