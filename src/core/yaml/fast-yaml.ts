/**
 * A fast reader for the plain subset of YAML that catalog descriptors are written in:
 * block maps and sequences, one-line flow collections, plain and one-line quoted scalars,
 * `|` and `>` block scalars, comments and `---`. It builds the same `yaml` nodes
 * (YAMLMap, YAMLSeq, Pair, Scalar, with the same values, source text, scalar style and
 * all three range offsets) that `parseAllDocuments` builds, about ten times faster, so
 * 10,000 entities check in well under two seconds. On anything outside the subset
 * (anchors, tags, tabs, multi-line plain or quoted scalars, odd indentation, duplicate
 * keys, comments yaml would fold into a node's range, anything `yaml` would report) it
 * gives up and returns undefined, and the caller parses with `yaml`.
 *
 * It relies on `yaml` internals (the core schema's tag objects, their `test` and
 * `resolve`), so package.json pins the exact `yaml` version; the differential test
 * (tests/unit/catalog/fast-yaml.test.ts) fails if an upgrade changes what they do.
 * WAYFINDER_FAST_YAML=0 turns it off (see source.ts), for benchmarks and bisecting.
 */
import { Document, isScalar, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/** Thrown inside the reader to give up; never escapes this module. */
const BAIL = Symbol('bail');

/** Characters that end the fast path: tabs, lone CR, control and special line-break characters. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]|\r(?!\n)/;
/** First characters a plain scalar or key may not start with here (YAML indicators). */
const INDICATOR = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
/** Indicators that may start a plain scalar when a non-space character follows (`-1`, `:x`). */
const SOFT_INDICATOR = new Set(['-', '?', ':']);
/** Characters that may not follow a soft indicator at the start of a plain scalar in a flow collection. */
const FLOW_BREAK = new Set([' ', ',', '[', ']', '{', '}']);

interface ScalarTag {
  test?: RegExp;
  default?: boolean | 'key';
  resolve: (str: string, onError: (msg: string) => void, options: object) => unknown;
}
let scalarTags: ScalarTag[] | undefined;
/** The core schema's scalar tags, in the order `yaml` tries them. */
function coreScalarTags(): ScalarTag[] {
  if (!scalarTags) {
    const schema = new Document().schema as unknown as { tags: ScalarTag[] };
    scalarTags = schema.tags.filter((t) => t.default === true && t.test instanceof RegExp);
  }
  return scalarTags;
}
const RESOLVE_OPTIONS = { intAsBigInt: false };

/** Resolves a plain scalar's text the way `yaml`'s core schema does (null, bool, int, float, str). */
function resolvePlain(text: string): unknown {
  // Every core-schema null, bool, int and float starts with one of these; most text does not.
  if (!/^[~nNtTfF0-9+.-]/.test(text)) return text;
  for (const tag of coreScalarTags()) {
    if (tag.test?.test(text)) {
      let failed = false;
      const value = tag.resolve(text, () => {
        failed = true;
      }, RESOLVE_OPTIONS);
      if (failed) throw BAIL;
      // Some tags (bool) resolve to a Scalar of their own; the value is inside.
      return isScalar(value) ? value.value : value;
    }
  }
  return text;
}

/** A scalar node as `yaml` composes it: value, source text (plain) or string (quoted), style and range. */
function scalar(value: unknown, start: number, end: number, source: string, type: Scalar.Type = Scalar.PLAIN): Scalar {
  const s = new Scalar(value);
  s.source = source;
  s.type = type;
  s.range = [start, end, end];
  return s;
}

/**
 * Reads `text` (no byte-order mark) into documents and fills `lineCounter`, or returns
 * undefined when the text uses YAML this reader does not handle.
 */
export function fastParseAllDocuments(text: string, lineCounter: LineCounter): Document.Parsed[] | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    const docs = new Reader(text).documents();
    lineCounter.lineStarts.length = 0;
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return docs;
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

/** Line kinds. */
const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;
const DOC_START = 3;

class Reader {
  readonly text: string;
  /** Offset of each line's first character. */
  readonly starts: number[] = [];
  /** Offset just past each line's last character (before \r\n or \n). */
  readonly ends: number[] = [];
  readonly indents: number[] = [];
  readonly kinds: number[] = [];
  readonly n: number;

  constructor(text: string) {
    this.text = text;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const rawEnd = nl === -1 ? text.length : nl;
      const end = rawEnd > start && text.charCodeAt(rawEnd - 1) === 13 ? rawEnd - 1 : rawEnd;
      let i = start;
      while (i < end && text.charCodeAt(i) === 32) i++;
      let kind: number;
      if (i === end) kind = BLANK;
      else if (text.charCodeAt(i) === 35) kind = COMMENT;
      else if (i === start && text.startsWith('---', start) && (end === start + 3 || text.charCodeAt(start + 3) === 32)) kind = DOC_START;
      else if (i === start && (text.startsWith('...', start) || text.charCodeAt(start) === 37)) throw BAIL; // document end or directive
      else kind = CONTENT;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(i - start);
      this.kinds.push(kind);
      if (nl === -1) break;
      start = nl + 1;
    }
    this.n = this.starts.length;
  }

  /** The next line at or after `li` that holds content or a document marker. */
  next(li: number): number {
    while (li < this.n && (this.kinds[li] === BLANK || this.kinds[li] === COMMENT)) li++;
    return li;
  }

  documents(): Document.Parsed[] {
    const docs: Document.Parsed[] = [];
    let li = this.next(0);
    while (li < this.n) {
      let marker: number | undefined;
      if (this.kinds[li] === DOC_START) {
        marker = this.starts[li] as number;
        const rest = this.text.slice(this.starts[li] as number + 3, this.ends[li]).trim();
        if (rest && !rest.startsWith('#')) throw BAIL;
        li = this.next(li + 1);
        if (li >= this.n || this.kinds[li] === DOC_START) continue; // an empty document
      }
      const li0 = li;
      const [node, after] = this.blockNode(li, -1);
      li = this.next(after);
      if (li < this.n && this.kinds[li] !== DOC_START) throw BAIL;
      const doc = new Document() as unknown as Document.Parsed;
      doc.contents = node as Document.Parsed['contents'];
      // As `yaml` does: from the `---` marker (or the content), to the content's end, to the next document.
      const start = marker ?? (this.starts[li0] as number);
      const end = li < this.n ? (this.starts[li] as number) : this.text.length;
      doc.range = [start, node.range?.[1] ?? end, end];
      docs.push(doc);
    }
    return docs;
  }

  /** A block map or sequence starting on line `li`, more indented than `parent`. */
  blockNode(li: number, parent: number): [Node, number] {
    const ind = this.indents[li] as number;
    if (ind <= parent || this.kinds[li] !== CONTENT) throw BAIL;
    const at = (this.starts[li] as number) + ind;
    if (this.isDash(at, this.ends[li] as number)) return this.blockSeq(li, ind);
    return this.blockMap(li, ind);
  }

  /** True when a `-` at `at` starts a sequence item (followed by a space or the line end). */
  isDash(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === end || this.text.charCodeAt(at + 1) === 32);
  }

  /** The key of a `key: value` line starting at `at`, or undefined when it is not one. */
  key(at: number, end: number): { keyEnd: number; colon: number } | undefined {
    const t = this.text;
    if (!this.plainStart(at, end, false)) return undefined;
    for (let i = at; i < end; i++) {
      const c = t.charCodeAt(i);
      if (c === 58 /* : */ && (i + 1 === end || t.charCodeAt(i + 1) === 32)) {
        let keyEnd = i;
        while (keyEnd > at && t.charCodeAt(keyEnd - 1) === 32) keyEnd--;
        if (keyEnd - at > 1000) throw BAIL;
        return { keyEnd, colon: i };
      }
      if (c === 35 /* # */ && t.charCodeAt(i - 1) === 32) return undefined;
    }
    return undefined;
  }

  /** True when a plain scalar may start at `at` (an indicator only when `-`, `?` or `:` is followed by a non-space). */
  plainStart(at: number, end: number, flow: boolean): boolean {
    const c = this.text[at] as string;
    if (!INDICATOR.has(c)) return true;
    if (!SOFT_INDICATOR.has(c) || at + 1 >= end) return false;
    const next = this.text[at + 1] as string;
    return flow ? !FLOW_BREAK.has(next) : next !== ' ';
  }

  blockMap(li: number, col: number): [Node, number] {
    const map = new YAMLMap();
    const seen = new Set<unknown>();
    const first = (this.starts[li] as number) + col;
    let last = first;
    for (;;) {
      const lineEnd = this.ends[li] as number;
      const at = (this.starts[li] as number) + col;
      const k = this.key(at, lineEnd);
      if (!k) throw BAIL;
      const keyText = this.text.slice(at, k.keyEnd);
      const keyValue = resolvePlain(keyText);
      if (seen.has(keyValue)) throw BAIL;
      seen.add(keyValue);
      const key = scalar(keyValue, at, k.keyEnd, keyText);
      let v = k.colon + 1;
      while (v < lineEnd && this.text.charCodeAt(v) === 32) v++;
      let value: Node;
      let after: number;
      if (v === lineEnd || this.text.charCodeAt(v) === 35) {
        [value, after] = this.nestedValue(li, col, v);
      } else {
        [value, after] = this.inlineValue(li, v, col);
      }
      map.items.push(new Pair(key, value));
      last = value.range?.[2] ?? lineEnd;
      li = this.next(after);
      if (li >= this.n || this.kinds[li] === DOC_START || (this.indents[li] as number) < col) {
        this.noTrailingComment(li, col);
        break;
      }
      if ((this.indents[li] as number) > col) throw BAIL;
    }
    map.range = [first, last, last];
    return [map, li];
  }

  /**
   * Gives up when a comment line indented into a block collection follows its last item
   * (the blank and comment lines just before line `to`): yaml counts such comments (and
   * some blank lines) into the collection's range by rules this reader does not copy.
   * Comments at column 0 belong to the document and do not matter.
   */
  noTrailingComment(to: number, col: number): void {
    for (let l = to - 1; l >= 0 && (this.kinds[l] === COMMENT || this.kinds[l] === BLANK); l--) {
      if (this.kinds[l] === COMMENT && (this.indents[l] as number) > 0 && (this.indents[l] as number) >= col) throw BAIL;
    }
  }

  /** The value of `key:` (or `-`) with nothing after it: a nested node below, or null. */
  nestedValue(li: number, col: number, v: number): [Node, number] {
    const nl = this.next(li + 1);
    if (nl < this.n && this.kinds[nl] === CONTENT) {
      const ind = this.indents[nl] as number;
      if (ind > col) return this.blockNode(nl, col);
      const at = (this.starts[nl] as number) + ind;
      // `key:` followed by a sequence at the key's own indentation.
      if (ind === col && col >= 0 && this.isDash(at, this.ends[nl] as number) && this.isMapKeyLine(li, col)) {
        return this.blockSeq(nl, ind);
      }
    }
    // yaml counts comment lines below an empty value into it; those are left to yaml.
    for (let l = li + 1; l < nl; l++) if (this.kinds[l] === COMMENT) throw BAIL;
    // A comment after `key:` belongs to the empty value, up to the next token.
    const end = this.text.charCodeAt(v) === 35 ? (nl < this.n ? (this.starts[nl] as number) + (this.indents[nl] as number) : this.text.length) : v;
    const s = scalar(null, v, v, '');
    s.range = [v, v, end];
    return [s, li + 1];
  }

  /** True when line `li` at `col` is a map entry (not a sequence item). */
  isMapKeyLine(li: number, col: number): boolean {
    return !this.isDash((this.starts[li] as number) + col, this.ends[li] as number);
  }

  blockSeq(li: number, col: number): [Node, number] {
    const seq = new YAMLSeq();
    const first = (this.starts[li] as number) + col;
    let last = first;
    for (;;) {
      const lineEnd = this.ends[li] as number;
      const dash = (this.starts[li] as number) + col;
      if (!this.isDash(dash, lineEnd)) throw BAIL;
      let v = dash + 1;
      while (v < lineEnd && this.text.charCodeAt(v) === 32) v++;
      let item: Node;
      let after: number;
      if (v === lineEnd || this.text.charCodeAt(v) === 35) {
        const nl = this.next(li + 1);
        if (nl < this.n && this.kinds[nl] === CONTENT && (this.indents[nl] as number) > col) {
          [item, after] = this.blockNode(nl, col);
        } else throw BAIL; // an empty item
      } else if (this.isDash(v, lineEnd)) {
        throw BAIL; // a compact nested sequence
      } else if (this.key(v, lineEnd)) {
        [item, after] = this.blockMap(li, v - (this.starts[li] as number));
      } else {
        [item, after] = this.inlineValue(li, v, col);
      }
      seq.items.push(item);
      last = item.range?.[2] ?? lineEnd;
      li = this.next(after);
      if (li >= this.n || this.kinds[li] === DOC_START || (this.indents[li] as number) < col) {
        this.noTrailingComment(li, col);
        break;
      }
      const ind = this.indents[li] as number;
      if (ind > col) throw BAIL;
      if (!this.isDash((this.starts[li] as number) + ind, this.ends[li] as number)) break;
    }
    seq.range = [first, last, last];
    return [seq, li];
  }

  /** A value that starts on the line at `v`: scalar, quoted, flow collection or block scalar. */
  inlineValue(li: number, v: number, parent: number): [Node, number] {
    const t = this.text;
    const lineEnd = this.ends[li] as number;
    const c = t[v] as string;
    if (c === '|' || c === '>') return this.blockScalar(li, v, parent);
    // yaml ends a value written on its line at the next line: trailing spaces, a comment
    // and the line break belong to the node (its range's third number).
    const nextLine = li + 1 < this.n ? (this.starts[li + 1] as number) : t.length;
    if (c === '"' || c === "'" || c === '[' || c === '{') {
      const [node, end] = c === '"' || c === "'" ? this.quoted(v, lineEnd) : this.flow(v, lineEnd);
      this.expectLineEnd(end, lineEnd);
      node.range = [v, end, nextLine];
      return [node, li + 1];
    }
    if (!this.plainStart(v, lineEnd, false)) throw BAIL;
    // A plain scalar: up to a comment or the line end.
    let end = lineEnd;
    for (let i = v; i < lineEnd; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 35 && t.charCodeAt(i - 1) === 32) {
        end = i;
        break;
      }
      if (ch === 58 && (i + 1 === lineEnd || t.charCodeAt(i + 1) === 32)) throw BAIL; // a nested map
    }
    while (end > v && t.charCodeAt(end - 1) === 32) end--;
    const raw = t.slice(v, end);
    const s = scalar(resolvePlain(raw), v, end, raw);
    s.range = [v, end, nextLine];
    return [s, li + 1];
  }

  /** After a quoted scalar or flow collection: only spaces and a comment may follow. */
  expectLineEnd(i: number, lineEnd: number): void {
    if (i === lineEnd) return;
    if (this.text.charCodeAt(i) !== 32) throw BAIL;
    while (i < lineEnd && this.text.charCodeAt(i) === 32) i++;
    if (i < lineEnd && this.text.charCodeAt(i) !== 35) throw BAIL;
  }

  /** A one-line quoted scalar at `v`; returns it and the offset after the closing quote. */
  quoted(v: number, lineEnd: number): [Scalar, number] {
    const t = this.text;
    const q = t[v];
    let out = '';
    let i = v + 1;
    if (q === "'") {
      for (;;) {
        const j = t.indexOf("'", i);
        if (j === -1 || j >= lineEnd) throw BAIL;
        out += t.slice(i, j);
        if (t[j + 1] === "'") {
          out += "'";
          i = j + 2;
          continue;
        }
        i = j + 1;
        break;
      }
    } else {
      for (;;) {
        if (i >= lineEnd) throw BAIL;
        const ch = t[i] as string;
        if (ch === '"') {
          i++;
          break;
        }
        if (ch === '\\') {
          const e = t[i + 1];
          const simple = e === undefined ? undefined : ESCAPES[e];
          if (simple !== undefined && i + 1 < lineEnd) {
            out += simple;
            i += 2;
            continue;
          }
          const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
          const hex = t.slice(i + 2, i + 2 + hexLen);
          if (!hexLen || i + 2 + hexLen > lineEnd || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
          const code = parseInt(hex, 16);
          if (code > 0x10ffff) throw BAIL;
          out += String.fromCodePoint(code);
          i += 2 + hexLen;
          continue;
        }
        out += ch;
        i++;
      }
    }
    return [scalar(out, v, i, out, q === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE), i];
  }

  /** A flow collection that opens and closes on this line. */
  flow(v: number, lineEnd: number, depth = 0): [Node, number] {
    if (depth > 20) throw BAIL;
    const t = this.text;
    const isMap = t[v] === '{';
    const close = isMap ? '}' : ']';
    const node = isMap ? new YAMLMap() : new YAMLSeq();
    node.flow = true;
    const seen = new Set<unknown>();
    let i = v + 1;
    const skip = (): void => {
      while (i < lineEnd && t.charCodeAt(i) === 32) i++;
    };
    skip();
    let needComma = false;
    for (;;) {
      if (i >= lineEnd) throw BAIL;
      if (t[i] === close) {
        i++;
        break;
      }
      if (needComma) {
        if (t[i] !== ',') throw BAIL;
        i++;
        skip();
        needComma = false;
        continue;
      }
      let item: Node;
      [item, i] = this.flowItem(i, lineEnd, isMap, depth);
      skip();
      // yaml ends an item (not a key) in a flow collection after the spaces that follow it.
      if (item.range && !isMap) item.range[2] = i;
      if (isMap) {
        if (t[i] !== ':' || (t[i + 1] !== ' ' && i + 1 < lineEnd)) throw BAIL;
        const keyValue = (item as Scalar).value;
        if (!isScalar(item) || seen.has(keyValue)) throw BAIL;
        seen.add(keyValue);
        i++;
        skip();
        if (i >= lineEnd || t[i] === ',' || t[i] === '}') throw BAIL; // a key with no value
        let value: Node;
        [value, i] = this.flowItem(i, lineEnd, false, depth);
        skip();
        if (value.range) value.range[2] = i;
        (node as YAMLMap).items.push(new Pair(item, value));
      } else (node as YAMLSeq).items.push(item);
      skip();
      needComma = true;
    }
    node.range = [v, i, i];
    return [node, i];
  }

  /** One item of a flow collection: nested collection, quoted or plain scalar. */
  flowItem(i: number, lineEnd: number, asKey: boolean, depth: number): [Node, number] {
    const t = this.text;
    const c = t[i] as string;
    if (c === '[' || c === '{') {
      if (asKey) throw BAIL;
      return this.flow(i, lineEnd, depth + 1);
    }
    if (c === '"' || c === "'") {
      if (asKey) throw BAIL;
      return this.quoted(i, lineEnd);
    }
    if (!this.plainStart(i, lineEnd, true)) throw BAIL;
    let end = i;
    for (; end < lineEnd; end++) {
      const ch = t[end];
      if (ch === ',' || ch === ']' || ch === '}') break;
      if (ch === '[' || ch === '{') throw BAIL;
      if (ch === '#' && t[end - 1] === ' ') throw BAIL;
      if (ch === ':') {
        const nx = t[end + 1];
        if (end + 1 >= lineEnd || nx === ' ' || nx === ',' || nx === ']' || nx === '}' || nx === '[' || nx === '{') {
          if (asKey) break;
          throw BAIL;
        }
      }
    }
    let stop = end;
    while (stop > i && t.charCodeAt(stop - 1) === 32) stop--;
    if (stop === i) throw BAIL;
    const raw = t.slice(i, stop);
    const s = scalar(resolvePlain(raw), i, stop, raw);
    return [s, stop];
  }

  /** A `|` or `>` block scalar whose header is at `v`; its lines are more indented than `parent`. */
  blockScalar(li: number, v: number, parent: number): [Node, number] {
    const t = this.text;
    const lineEnd = this.ends[li] as number;
    const folded = t[v] === '>';
    let i = v + 1;
    let strip = false;
    if (t[i] === '-') {
      strip = true;
      i++;
    } else if (t[i] === '+') throw BAIL;
    this.expectLineEnd(i, lineEnd);
    // Content: the following lines that are blank or more indented than the parent.
    let contentIndent = -1;
    const lines: string[] = [];
    let lj = li + 1;
    for (; lj < this.n; lj++) {
      const start = this.starts[lj] as number;
      const end = this.ends[lj] as number;
      const ind = this.indents[lj] as number;
      if (this.kinds[lj] === BLANK) {
        const spaces = end - start;
        if (spaces > 0 && (contentIndent === -1 || spaces > contentIndent)) throw BAIL;
        lines.push('');
        continue;
      }
      if (contentIndent === -1) {
        if (ind <= parent || this.kinds[lj] === DOC_START) break;
        contentIndent = ind;
      }
      if (ind < contentIndent) {
        if (this.kinds[lj] === CONTENT && ind > parent) throw BAIL;
        break;
      }
      const line = t.slice(start + contentIndent, end);
      if (folded && line.startsWith(' ')) throw BAIL; // more-indented lines fold differently
      lines.push(line);
    }
    if (contentIndent === -1) throw BAIL; // an empty block scalar
    // Blank lines after the content do not change a clipped or stripped value.
    let contentLines = lines.length;
    while (contentLines > 0 && lines[contentLines - 1] === '') contentLines--;
    lines.length = contentLines;
    let body: string;
    if (!folded) body = lines.join('\n');
    else {
      body = '';
      let blank = 0;
      let started = false;
      for (const line of lines) {
        if (line === '') {
          blank++;
          continue;
        }
        if (!started) body += '\n'.repeat(blank);
        else body += blank ? '\n'.repeat(blank) : ' ';
        body += line;
        blank = 0;
        started = true;
      }
    }
    const value = strip || body === '' ? body : `${body}\n`;
    // The node ends after its last content line.
    const lastLine = li + 1 + contentLines;
    const end = lastLine < this.n ? (this.starts[lastLine] as number) : t.length;
    const s = scalar(value, v, end, value, folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL);
    return [s, lj];
  }
}

/** Double-quoted escapes with a fixed meaning. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
