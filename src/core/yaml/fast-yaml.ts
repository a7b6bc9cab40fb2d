/**
 * A fast reader for the plain subset of YAML that catalog descriptors are written in:
 * block maps and sequences, flow collections (on one line or over several, so JSON
 * documents too), plain scalars, quoted scalars and keys (on one line or over several),
 * `|` and `>` block scalars, comments and `---`. It builds the same `yaml` nodes
 * (YAMLMap, YAMLSeq, Pair, Scalar, with the same values, source text, scalar style and
 * all three range offsets) that `parseAllDocuments` builds, about ten times faster, so
 * 10,000 entities check in well under two seconds whether they are written as block
 * YAML, flow YAML or JSON. On anything outside the subset (anchors, tags, tabs,
 * multi-line plain scalars, comments inside flow collections, odd indentation, duplicate
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
    const schema = DOCUMENT.schema as unknown as { tags: ScalarTag[] };
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

/*
 * The reader's nodes are made from templates: each is an object whose prototype is a node
 * `yaml` made (so `isScalar`, `isMap`, `instanceof` and every method work, and yaml's
 * node-type mark is inherited) with the fields `yaml` sets on a parsed node of its own.
 * yaml's constructors mark each node with Object.defineProperty, and a Document sets up
 * its schema and directives: that was a third of the reader's time. A document's schema,
 * directives and options are shared, read-only, as every parsed document's are alike.
 */
const SCALAR = new Scalar(null);
const MAP = new YAMLMap();
const SEQ = new YAMLSeq();
const PAIR = new Pair(null);
const DOCUMENT = new Document();

/** A scalar node as `yaml` composes it: value, source text (plain) or string (quoted), style and range. */
function scalar(value: unknown, start: number, end: number, source: string, type: Scalar.Type = Scalar.PLAIN): Scalar {
  const s = Object.create(SCALAR) as Scalar;
  s.value = value;
  s.source = source;
  s.type = type;
  s.range = [start, end, end];
  return s;
}

/** An empty block or flow map. */
function newMap(): YAMLMap {
  const m = Object.create(MAP) as YAMLMap;
  m.items = [];
  return m;
}

/** An empty block or flow sequence. */
function newSeq(): YAMLSeq {
  const q = Object.create(SEQ) as YAMLSeq;
  q.items = [];
  return q;
}

/** A map entry. */
function pair(key: Node, value: Node): Pair {
  const p = Object.create(PAIR) as Pair;
  p.key = key;
  p.value = value;
  return p;
}

/** A document holding `contents` over `range`, with no errors or warnings. */
function newDocument(contents: Node, range: [number, number, number]): Document.Parsed {
  const d = Object.create(DOCUMENT) as Document.Parsed;
  d.commentBefore = null;
  d.comment = null;
  d.errors = [];
  d.warnings = [];
  d.contents = contents as Document.Parsed['contents'];
  d.range = range;
  return d;
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
      // As `yaml` does: from the `---` marker (or the content), to the content's end, to the next document.
      const start = marker ?? (this.starts[li0] as number);
      const end = li < this.n ? (this.starts[li] as number) : this.text.length;
      docs.push(newDocument(node, [start, node.range?.[1] ?? end, end]));
    }
    return docs;
  }

  /** A block map or sequence starting on line `li`, more indented than `parent`. */
  blockNode(li: number, parent: number): [Node, number] {
    const ind = this.indents[li] as number;
    if (ind <= parent || this.kinds[li] !== CONTENT) throw BAIL;
    const at = (this.starts[li] as number) + ind;
    if (this.isDash(at, this.ends[li] as number)) return this.blockSeq(li, ind);
    // A flow collection on a line of its own (a JSON document, or `key:` then `{` below it).
    const c = this.text.charCodeAt(at);
    if (c === 123 /* { */ || c === 91 /* [ */) return this.inlineValue(li, at, parent);
    return this.blockMap(li, ind);
  }

  /** True when a `-` at `at` starts a sequence item (followed by a space or the line end). */
  isDash(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 45 && (at + 1 === end || this.text.charCodeAt(at + 1) === 32);
  }

  /** The key of a `key: value` line starting at `at` (plain, or quoted on one line), or undefined when it is not one. */
  key(at: number, end: number): { keyEnd: number; colon: number } | undefined {
    const t = this.text;
    const q = t.charCodeAt(at);
    if (q === 34 /* " */ || q === 39 /* ' */) {
      const close = this.quotedEnd(at);
      if (close > end) return undefined; // a key over several lines is an error in yaml
      let i = close;
      while (i < end && t.charCodeAt(i) === 32) i++;
      if (t.charCodeAt(i) !== 58 || (i + 1 < end && t.charCodeAt(i + 1) !== 32)) return undefined;
      if (close - at > 1000) throw BAIL;
      return { keyEnd: close, colon: i };
    }
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
    const map = newMap();
    const seen = new Set<unknown>();
    const first = (this.starts[li] as number) + col;
    let last = first;
    for (;;) {
      const lineEnd = this.ends[li] as number;
      const at = (this.starts[li] as number) + col;
      const k = this.key(at, lineEnd);
      if (!k) throw BAIL;
      const q = this.text.charCodeAt(at);
      let key: Scalar;
      if (q === 34 || q === 39) key = this.quoted(at, col)[0];
      else {
        const keyText = this.text.slice(at, k.keyEnd);
        key = scalar(resolvePlain(keyText), at, k.keyEnd, keyText);
      }
      const keyValue = key.value;
      if (seen.has(keyValue)) throw BAIL;
      seen.add(keyValue);
      let v = k.colon + 1;
      while (v < lineEnd && this.text.charCodeAt(v) === 32) v++;
      let value: Node;
      let after: number;
      if (v === lineEnd || this.text.charCodeAt(v) === 35) {
        [value, after] = this.nestedValue(li, col, v);
      } else {
        [value, after] = this.inlineValue(li, v, col);
      }
      map.items.push(pair(key, value));
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
    const seq = newSeq();
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
    if (c === '"' || c === "'" || c === '[' || c === '{') {
      const [node, end] = c === '"' || c === "'" ? this.quoted(v, parent) : this.flow(v, parent, 0);
      // It may have gone on over several lines: it ends on the line of its closing quote or bracket.
      const last = end <= lineEnd ? li : this.lineOf(end);
      this.expectLineEnd(end, this.ends[last] as number);
      node.range = [v, end, last + 1 < this.n ? (this.starts[last + 1] as number) : t.length];
      return [node, last + 1];
    }
    const nextLine = li + 1 < this.n ? (this.starts[li + 1] as number) : t.length;
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

  /** The line that holds offset `at`. */
  lineOf(at: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The offset just after the closing quote of the quoted scalar at `v` (which may span lines). */
  quotedEnd(v: number): number {
    const t = this.text;
    let i = v + 1;
    if (t.charCodeAt(v) === 39) {
      for (;;) {
        const j = t.indexOf("'", i);
        if (j === -1) throw BAIL;
        if (t.charCodeAt(j + 1) !== 39) return j + 1;
        i = j + 2;
      }
    }
    for (;; i++) {
      if (i >= t.length) throw BAIL;
      const c = t.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 34) return i + 1;
    }
  }

  /**
   * Checks the lines a scalar or flow collection goes on to, from offset `from` to `to`:
   * each that is not blank must be indented past the block collection it is in (column
   * `parent`), and none may look like a document marker.
   */
  continuation(from: number, to: number, parent: number): void {
    const t = this.text;
    for (let nl = t.indexOf('\n', from); nl !== -1 && nl < to; nl = t.indexOf('\n', nl + 1)) {
      let j = nl + 1;
      while (t.charCodeAt(j) === 32) j++;
      const c = t.charCodeAt(j);
      if (c === 10 || c === 13) continue; // a blank line
      if (j - nl - 1 <= parent) throw BAIL;
      if (j === nl + 1 && (t.startsWith('---', j) || t.startsWith('...', j))) throw BAIL;
    }
  }

  /** A quoted scalar at `v`, on one line or folded over several; returns it and the offset after the closing quote. */
  quoted(v: number, parent: number): [Scalar, number] {
    const t = this.text;
    const single = t.charCodeAt(v) === 39;
    const end = this.quotedEnd(v);
    let inner = t.slice(v + 1, end - 1);
    const lines = inner.includes('\n');
    if (lines) {
      this.continuation(v, end, parent);
      inner = inner.replace(/\r\n/g, '\n'); // lone CRs never get here
    }
    let out: string;
    if (single) {
      out = lines ? unfoldLines(inner) : inner;
      if (out.includes("'")) out = out.replace(/''/g, "'");
    } else out = inner.includes('\\') || lines ? doubleQuoted(inner) : inner;
    return [scalar(out, v, end, out, single ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE), end];
  }

  /**
   * The first offset at or after `i` that is not a space or line break, inside a flow
   * collection whose lines must be indented past column `parent`. Gives up on comments
   * (yaml keeps them in nodes' ranges by rules this reader does not copy) and at the end
   * of the text (an unclosed collection).
   */
  flowSpace(i: number, parent: number): number {
    const t = this.text;
    const from = i;
    let lines = false;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 13) i++; // a CR is always before a LF here
      else if (c === 10) {
        lines = true;
        i++;
      } else if (c === 35 || i >= t.length) throw BAIL;
      else break;
    }
    if (lines) this.continuation(from, i, parent);
    return i;
  }

  /** Where yaml ends a value in a flow map: after the spaces that follow it and the line break, if one comes next. */
  lineEndAfter(i: number): number {
    const t = this.text;
    while (t.charCodeAt(i) === 32) i++;
    if (t.charCodeAt(i) === 13 && t.charCodeAt(i + 1) === 10) return i + 2;
    return t.charCodeAt(i) === 10 ? i + 1 : i;
  }

  /** A flow collection at `v` (over any number of lines); returns it and the offset after its closing bracket. */
  flow(v: number, parent: number, depth: number): [Node, number] {
    if (depth > 20) throw BAIL;
    const t = this.text;
    const isMap = t.charCodeAt(v) === 123;
    const close = isMap ? 125 : 93;
    const node = isMap ? newMap() : newSeq();
    node.flow = true;
    const seen = new Set<unknown>();
    let i = this.flowSpace(v + 1, parent);
    let needComma = false;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === close) {
        i++;
        break;
      }
      if (needComma) {
        if (c !== 44 /* , */) throw BAIL;
        i = this.flowSpace(i + 1, parent);
        needComma = false;
        continue;
      }
      if (isMap) {
        let key: Node;
        [key, i] = this.flowItem(i, parent, true, depth);
        const quotedKey = c === 34 || c === 39;
        // The `:` on the key's line; after a quoted key (JSON's "key":value) no space is needed.
        while (t.charCodeAt(i) === 32) i++;
        if (t.charCodeAt(i) !== 58) throw BAIL;
        const after = t.charCodeAt(i + 1);
        if (!quotedKey && after !== 32 && after !== 10 && after !== 13) throw BAIL;
        const keyValue = (key as Scalar).value;
        if (seen.has(keyValue)) throw BAIL;
        seen.add(keyValue);
        i = this.flowSpace(i + 1, parent);
        const vc = t.charCodeAt(i);
        if (vc === 44 || vc === 125) throw BAIL; // a key with no value
        let value: Node;
        [value, i] = this.flowItem(i, parent, false, depth);
        (value.range as [number, number, number])[2] = this.lineEndAfter(i);
        (node as YAMLMap).items.push(pair(key, value));
      } else {
        let item: Node;
        [item, i] = this.flowItem(i, parent, false, depth);
        // yaml ends an item of a flow sequence where the next token starts.
        i = this.flowSpace(i, parent);
        if (t.charCodeAt(i) === 58) throw BAIL; // `[a: b]`, a pair in a sequence
        (item.range as [number, number, number])[2] = i;
        (node as YAMLSeq).items.push(item);
      }
      i = this.flowSpace(i, parent);
      needComma = true;
    }
    node.range = [v, i, i];
    return [node, i];
  }

  /** One item of a flow collection at `i`: a nested collection, a quoted or a plain scalar; returns it and the offset after it. */
  flowItem(i: number, parent: number, asKey: boolean, depth: number): [Node, number] {
    const t = this.text;
    const c = t[i] as string;
    if (c === '[' || c === '{') {
      if (asKey) throw BAIL;
      return this.flow(i, parent, depth + 1);
    }
    if (c === '"' || c === "'") {
      const [s, end] = this.quoted(i, parent);
      if (asKey && t.slice(i, end).includes('\n')) throw BAIL;
      return [s, end];
    }
    if (INDICATOR.has(c)) {
      // `-`, `?` and `:` may start a plain scalar when what follows is not a space, a line break or a flow indicator.
      const next = t[i + 1];
      if (!SOFT_INDICATOR.has(c) || next === undefined || next === '\n' || next === '\r' || FLOW_BREAK.has(next)) throw BAIL;
    }
    let end = i;
    for (; end < t.length; end++) {
      const ch = t[end];
      if (ch === ',' || ch === ']' || ch === '}' || ch === '\n' || ch === '\r') break;
      if (ch === '[' || ch === '{') throw BAIL;
      if (ch === '#' && t[end - 1] === ' ') throw BAIL;
      if (ch === ':') {
        const nx = t[end + 1];
        if (nx === undefined || nx === ' ' || nx === '\n' || nx === '\r' || nx === ',' || nx === ']' || nx === '}' || nx === '[' || nx === '{') {
          if (asKey) break;
          throw BAIL;
        }
      }
    }
    let stop = end;
    while (stop > i && t.charCodeAt(stop - 1) === 32) stop--;
    if (stop === i) throw BAIL;
    // A plain scalar goes on at the next line unless a flow indicator comes first there.
    let k = end;
    while (t.charCodeAt(k) === 32) k++;
    const kc = t.charCodeAt(k);
    if (kc === 10 || kc === 13) {
      k = this.flowSpace(k, parent);
      const nc = t.charCodeAt(k);
      if (nc !== 44 && nc !== 93 && nc !== 125) throw BAIL;
    }
    const raw = t.slice(i, stop);
    return [scalar(resolvePlain(raw), i, stop, raw), stop];
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

/**
 * The value of a double-quoted scalar from the text between its quotes (line breaks as
 * LF), as `yaml` reads it: escapes, and line breaks folded (one break is a space, each
 * blank line a newline, spaces around a break dropped, `\` at a line end joins the lines).
 */
function doubleQuoted(src: string): string {
  let res = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === '\n') {
      let fold = '';
      while (src[i + 1] === ' ' || src[i + 1] === '\n') {
        if (src[i + 1] === '\n') fold += '\n';
        i++;
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      const e = src[++i];
      const simple = e === undefined ? undefined : ESCAPES[e];
      if (simple !== undefined) res += simple;
      else if (e === '\n') {
        while (src[i + 1] === ' ') i++;
      } else {
        const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        const hex = src.slice(i + 1, i + 1 + hexLen);
        if (!hexLen || hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) throw BAIL;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw BAIL;
        res += String.fromCodePoint(code);
        i += hexLen;
      }
    } else if (ch === ' ') {
      // Spaces before a line break are dropped.
      const from = i;
      while (src[i + 1] === ' ') i++;
      if (src[i + 1] !== '\n') res += src.slice(from, i + 1);
    } else res += ch;
  }
  return res;
}

/** A single-quoted scalar's lines folded as `yaml` folds them (line breaks as LF): one break is a space, each blank line a newline. */
function unfoldLines(src: string): string {
  const lines = src.split('\n');
  let res = (lines[0] as string).replace(/ +$/, '');
  let sep = ' ';
  for (let l = 1; l < lines.length - 1; l++) {
    const line = (lines[l] as string).replace(/^ +| +$/g, '');
    if (line === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + line;
      sep = ' ';
    }
  }
  return res + sep + (lines[lines.length - 1] as string).replace(/^ +/, '');
}
