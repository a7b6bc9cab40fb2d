/**
 * The files of one API definition and the `$ref`s between them. The definition and every
 * file a `$ref` reaches are read through content-fs (never outside the content folder, never
 * a URL) and parsed by the one positioned reader (src/core/yaml), so every value knows the
 * file and line it was written at. `$ref`s resolve lazily, each file is parsed once, and the
 * same target is always the same object, so callers can spot recursion by identity.
 * A `$ref` that cannot resolve is a warning at its own file:line; the caller gets `undefined`
 * and renders the rest.
 */
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostics.ts';
import { inScope, readContentText, resolveInside, type ReadScope } from '../content-fs.ts';
import { parseYamlFile, positionAt, type SourcePosition, type YamlFile } from '../yaml/index.ts';
import { remoteResourcesIn } from '../remote-resources.ts';

/** A JSON-like value read from a definition. Maps are plain objects; lists arrays. */
export type SpecValue = string | number | boolean | null | SpecValue[] | SpecObject;
/** A map of a definition. */
export interface SpecObject {
  [key: string]: SpecValue;
}

/** Where an object or list was written: its file and position. */
interface Origin {
  abs: string;
  pos: SourcePosition;
}

/** The parsed root of one file, or why it has none. */
type Loaded = { ok: true; root: SpecValue } | { ok: false };

/** Maps a position in a definition's text to where that text is written (an inline definition sits inside a descriptor). */
export type PositionMap = (line: number, column: number) => SourcePosition;

/** The first file of a definition: its text and where it is written. */
export interface DefinitionText {
  /** Absolute path of the file the text is in (the descriptor for an inline definition). */
  abs: string;
  text: string;
  /** Maps a line/column of `text` to the position in its file. */
  at: PositionMap;
}

const REMOTE = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/**
 * Where a definition's files are read from when not from disk: an old version from git
 * (src/core/api/history.ts). Gives a file's text by absolute path, or undefined when the
 * file did not exist then.
 */
export type SpecSource = (abs: string) => string | undefined;

/** The files of one definition and its $ref targets, read on demand. */
export class SpecFiles {
  readonly diagnostics: Diagnostic[] = [];
  /** Display paths of every file read besides the definition itself. */
  readonly included = new Set<string>();
  private readonly files = new Map<string, Loaded>();
  private readonly origins = new WeakMap<object, Origin>();
  private readonly warned = new Set<string>();
  /** Where each description that loads a remote resource was written (the loader warns there). */
  readonly remoteDescriptionsAt = new Map<string, SourcePosition>();

  private readonly scope: ReadScope;
  private readonly display: (abs: string) => string;
  private readonly source: SpecSource | undefined;

  constructor(scope: ReadScope, display: (abs: string) => string, source?: SpecSource) {
    this.scope = scope;
    this.display = display;
    this.source = source;
  }

  /**
   * Parses the definition's own text (YAML or JSON). Returns the root, or an error
   * diagnostic with the parser's message at the definition's file:line.
   */
  parseDefinition(def: DefinitionText): { root?: SpecValue; error?: Diagnostic } {
    const { file, diagnostics } = parseYamlFile(def.abs, this.display(def.abs), def.text, { area: 'api', syntaxMessage: 'the API definition does not parse' });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || file.documents.length === 0) {
      const first = errors[0];
      const where = first ? def.at(first.line, first.column) : def.at(1, 1);
      const error: Diagnostic = {
        ...where,
        severity: 'error',
        code: 'api/unparseable',
        message: first ? first.message : 'the API definition is empty',
        hint: first?.hint ?? 'write the OpenAPI or AsyncAPI document as YAML or JSON',
      };
      return { error };
    }
    const root = this.toValue(file, file.documents[0]?.contents ?? null, def.abs, def.at);
    this.files.set(def.abs, { ok: true, root });
    return { root };
  }

  /** Where `value` (an object or list read from a definition) was written, when known. */
  originOf(value: unknown): SourcePosition | undefined {
    return value !== null && typeof value === 'object' ? this.origins.get(value)?.pos : undefined;
  }

  /** `{ at }` with where `value` was written as file:line, or nothing (spread into a model object; the review's API diff names it). */
  atOf(value: unknown): { at?: { file: string; line: number } } {
    const p = this.originOf(value);
    return p ? { at: { file: p.file, line: p.line } } : {};
  }

  /** The `$ref` of an object, when it is a reference. */
  static refOf(value: unknown): string | undefined {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const ref = (value as SpecObject).$ref;
    return typeof ref === 'string' ? ref : undefined;
  }

  /**
   * Follows `value`'s `$ref` (and the target's, up to a chain of 32) and returns what it
   * points at; values without `$ref` come back unchanged. A `$ref` that cannot resolve is
   * reported once and gives `undefined`.
   */
  deref(value: SpecValue | undefined): SpecValue | undefined {
    let current = value;
    for (let hops = 0; hops < 32; hops++) {
      const ref = SpecFiles.refOf(current);
      if (ref === undefined) return current;
      current = this.follow(current as SpecObject, ref);
      if (current === undefined) return undefined;
    }
    this.warn(value as SpecObject, 'api/ref-loop', 'this $ref leads through a chain of more than 32 $refs (probably a loop)', 'point the $ref at the schema itself');
    return undefined;
  }

  /** The name a `$ref` gives its target (`Order` for `#/components/schemas/Order`, the file name for a whole file). */
  static refName(ref: string): string {
    const hash = ref.indexOf('#');
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    if (pointer) return decodePointerToken(pointer.split('/').pop() ?? '');
    const file = decodeFilePart(hash === -1 ? ref : ref.slice(0, hash));
    return path.basename(file).replace(/\.(ya?ml|json)$/i, '');
  }

  private follow(from: SpecObject, ref: string): SpecValue | undefined {
    const origin = this.origins.get(from);
    const base = origin?.abs;
    if (REMOTE.test(ref)) {
      this.warn(from, 'api/ref-remote', `$ref "${ref}" is remote; Wayfinder builds offline and does not fetch it, so this part is not shown`, 'copy the file into the content folder and write a relative $ref, e.g. $ref: ./schemas/order.yaml');
      return undefined;
    }
    const hash = ref.indexOf('#');
    const filePart = decodeFilePart(hash === -1 ? ref : ref.slice(0, hash));
    const pointer = hash === -1 ? '' : ref.slice(hash + 1);
    let target: string;
    if (filePart === '') {
      if (!base) return undefined;
      target = base;
    } else {
      if (!base) return undefined;
      const r = this.source ? this.resolveInSource(base, filePart) : resolveInside(this.scope, base, filePart);
      if (!r.ok) {
        this.warn(from, r.code, `$ref "${ref}": ${r.problem}`, r.hint);
        return undefined;
      }
      if (!r.exists) {
        this.warn(from, 'api/ref-missing', `$ref "${ref}" names a file that does not exist (looked for ${this.display(r.abs)})`, '$ref paths are relative to the file the $ref is written in');
        return undefined;
      }
      target = r.abs;
    }
    const loaded = this.load(target, from);
    if (!loaded.ok) return undefined;
    const found = resolvePointer(loaded.root, pointer);
    if (found === undefined) {
      this.warn(from, 'api/ref-missing', `$ref "${ref}" points at nothing: ${this.display(target)} has no ${pointer ? `"#${pointer}"` : 'content'}`, 'check the spelling of the path after #, e.g. #/components/schemas/Order');
      return undefined;
    }
    return found;
  }

  /** resolveInside for files read from `source` (an old version): in scope by name, there when the source has it. */
  private resolveInSource(base: string, ref: string): ReturnType<typeof resolveInside> {
    const abs = path.resolve(path.dirname(base), ref);
    if (!inScope(this.scope, abs)) return { ok: false, abs, code: 'content/outside', problem: `"${ref}" leads outside the content folder`, hint: 'keep $ref targets in the content folder' };
    return { ok: true, abs, exists: this.source?.(abs) !== undefined };
  }

  private load(abs: string, from: SpecObject): Loaded {
    const cached = this.files.get(abs);
    if (cached) return cached;
    const shown = this.display(abs);
    const fromSource = this.source?.(abs);
    const read = fromSource !== undefined ? { ok: true as const, text: fromSource } : readContentText(abs, shown);
    let loaded: Loaded = { ok: false };
    if (!read.ok) {
      this.warn(from, read.diagnostic.code, `$ref target ${shown}: ${read.diagnostic.message}`, read.diagnostic.hint);
    } else {
      const { file, diagnostics } = parseYamlFile(abs, shown, read.text, { area: 'api', syntaxMessage: 'a file this API definition $refs does not parse' });
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) this.diagnostics.push(...errors.slice(0, 1).map((d) => ({ ...d, severity: 'warning' as const })));
      else loaded = { ok: true, root: this.toValue(file, file.documents[0]?.contents ?? null, abs, (line, column) => ({ file: shown, line, column })) };
    }
    this.included.add(shown);
    this.files.set(abs, loaded);
    return loaded;
  }

  /** A warning at where `at` was written (once per place and message). */
  warn(at: SpecObject, code: string, message: string, hint?: string): void {
    const pos = this.origins.get(at)?.pos ?? { file: '', line: 0, column: 0 };
    const key = `${pos.file}:${pos.line}:${pos.column}:${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.diagnostics.push({ ...pos, severity: 'warning', code, message, ...(hint ? { hint } : {}) });
  }

  /** Turns a YAML node into plain values, remembering where each map and list was written. */
  private toValue(file: YamlFile, node: unknown, abs: string, at: PositionMap): SpecValue {
    const seen = new Map<unknown, SpecValue>();
    const walk = (n: unknown, depth: number): SpecValue => {
      if (depth > 200) return null;
      if (isScalar(n)) {
        const v = n.value;
        if (v === null || v === undefined) return null;
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
        if (typeof v === 'bigint') return Number(v);
        if (v instanceof Date) return v.toISOString().slice(0, 10);
        return String(v);
      }
      const done = seen.get(n);
      if (done !== undefined) return done; // an alias to a node already read
      const start = (n as Node | null)?.range?.[0];
      const p = start === undefined ? { line: 1, column: 1 } : positionAt(file, start);
      if (isMap(n)) {
        const obj: SpecObject = Object.create(null) as SpecObject;
        seen.set(n, obj);
        this.origins.set(obj, { abs, pos: at(p.line, p.column) });
        for (const pair of n.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          const value = walk(pair.value, depth + 1);
          obj[key] = value;
          if (key === 'description' && typeof value === 'string' && remoteResourcesIn(value).length > 0 && !this.remoteDescriptionsAt.has(value)) {
            const vs = (pair.value as Node | null)?.range?.[0];
            const vp = vs === undefined ? p : positionAt(file, vs);
            this.remoteDescriptionsAt.set(value, at(vp.line, vp.column));
          }
        }
        return obj;
      }
      if (isSeq(n)) {
        const list: SpecValue[] = [];
        seen.set(n, list);
        this.origins.set(list, { abs, pos: at(p.line, p.column) });
        for (const item of n.items) list.push(walk(item, depth + 1));
        return list;
      }
      if (isAlias(n)) {
        // An alias: resolve it against the document.
        const doc = file.documents[0];
        const target = doc ? n.resolve(doc) : undefined;
        return target === undefined ? null : walk(target, depth + 1);
      }
      return null;
    };
    return walk(node, 0);
  }
}

/** Percent-decodes the file part of a $ref (`payments_%7Bid%7D.yaml`), keeping it as written when it is not valid. */
function decodeFilePart(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Decodes one JSON Pointer token (RFC 6901: ~1 is /, ~0 is ~; $refs are URIs, so also percent-decoded). */
function decodePointerToken(token: string): string {
  return decodeFilePart(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Walks a JSON Pointer (`/components/schemas/Order`) from `root`. */
export function resolvePointer(root: SpecValue, pointer: string): SpecValue | undefined {
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let current: SpecValue | undefined = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = decodePointerToken(raw);
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current)) {
      const i = Number(token);
      current = Number.isInteger(i) ? current[i] : undefined;
    } else {
      current = Object.prototype.hasOwnProperty.call(current, token) ? current[token] : undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}
