/**
 * The one place that lists and reads content files. Content is untrusted input (a
 * content repository takes pull requests from every team and is built on a machine that
 * holds secrets), so:
 *
 * - every path content names is resolved and must stay inside the content folder (or a
 *   folder the site's `allowReadsFrom` option names), after following symbolic links;
 * - folders are walked following symbolic links once; a link that loops, dangles or
 *   leads outside is reported, never a crash;
 * - text is read as UTF-8 only: UTF-16, NUL bytes and invalid UTF-8 are reported with
 *   where they are; a UTF-8 byte-order mark is dropped; huge files are refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath, type ContentPaths } from './content-dir.ts';
import { offsetToPosition, type Diagnostic } from './model/diagnostics.ts';

/** The folders content may be read from. */
export interface ReadScope {
  /** The content folder, as given and after resolving symbolic links (absolute). */
  roots: string[];
  /** Folders the site's `allowReadsFrom` option adds, as given and resolved (absolute). */
  allowed: string[];
  /** Names files in messages (relative to the content folder's parent). */
  display: (abs: string) => string;
}

/** Decodes UTF-8 natively and throws on the first invalid byte (found again by firstInvalidUtf8). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Files bigger than this are refused rather than read into memory. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Both spellings of a folder: as given and with symbolic links resolved. */
function spellings(dir: string): string[] {
  const abs = path.resolve(dir);
  try {
    const real = fs.realpathSync(abs);
    return real === abs ? [abs] : [abs, real];
  } catch {
    return [abs];
  }
}

/** The read scope of a content folder: the folder itself plus `paths.allowReadsFrom`. */
export function readScope(paths: ContentPaths): ReadScope {
  return {
    roots: spellings(paths.root),
    allowed: (paths.allowReadsFrom ?? []).flatMap((d) => spellings(path.resolve(paths.root, d))),
    display: (abs) => displayPath(paths, abs),
  };
}

/** True when `abs` is `dir` or below it (both absolute and normalised). */
export function isInside(dir: string, abs: string): boolean {
  const rel = path.relative(dir, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** True when `abs` lies in the content folder or an allowed folder. */
export function inScope(scope: ReadScope, abs: string): boolean {
  return [...scope.roots, ...scope.allowed].some((d) => isInside(d, abs));
}

/** Where a path named in content leads, or why it may not be read. */
export type Resolved = { ok: true; abs: string; exists: boolean } | { ok: false; abs: string; code: string; problem: string; hint: string };

const OUTSIDE_HINT =
  'content may only read files inside the content folder; copy the file in, or (for a trusted folder) list it in the allowReadsFrom option';

/**
 * Resolves `ref` (relative to the folder of `fromFile`, or absolute) and checks that it,
 * and the file it is after following symbolic links, stay in scope. A missing file is
 * `ok` with `exists: false`: the caller says what it was looking for.
 */
export function resolveInside(scope: ReadScope, fromFile: string, ref: string): Resolved {
  const abs = path.resolve(path.dirname(fromFile), ref);
  if (!inScope(scope, abs)) {
    return { ok: false, abs, code: 'content/outside', problem: `"${ref}" leads outside the content folder (to ${abs})`, hint: OUTSIDE_HINT };
  }
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') {
      return { ok: false, abs, code: 'content/symlink-loop', problem: `"${ref}" goes through a symbolic link that points back to itself`, hint: 'replace the link with the file it should point to' };
    }
    return { ok: true, abs, exists: false };
  }
  if (!inScope(scope, real)) {
    return {
      ok: false,
      abs,
      code: 'content/outside',
      problem: `"${ref}" is (or goes through) a symbolic link that leads outside the content folder (to ${real})`,
      hint: OUTSIDE_HINT,
    };
  }
  return { ok: true, abs, exists: true };
}

/** What a folder walk found: the files (absolute, sorted by path) and every problem. */
export interface ContentListing {
  files: string[];
  diagnostics: Diagnostic[];
}

/**
 * Lists the files under `dir` whose name `accept`s, the way the build's loaders see them:
 * names starting with `.` are skipped at every level; symbolic links are followed once;
 * a link that loops (to itself or to a folder that contains it), and a link to a folder
 * or an accepted file that dangles or leads outside the scope, is an error naming the
 * link, and is not followed. Links to files the reader does not take are left alone.
 */
export function listContentFiles(scope: ReadScope, dir: string, accept: (name: string) => boolean): ContentListing {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = (abs: string, code: string, message: string, hint: string): void => {
    diagnostics.push({ file: scope.display(abs), line: 0, column: 0, severity: 'error', code, message, hint });
  };
  const walk = (d: string, here: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let real = full;
      if (e.isSymbolicLink()) {
        let target = '?';
        try {
          target = fs.readlinkSync(full);
          real = fs.realpathSync(full);
          const st = fs.statSync(real);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ELOOP') problem(full, 'content/symlink-loop', `this symbolic link (to ${target}) points back to itself`, 'replace the link with the file or folder it should point to');
          else if (accept(e.name)) problem(full, 'content/broken-symlink', `this symbolic link points to ${target}, which does not exist`, 'remove the link or make it point to a file in the content folder');
          continue;
        }
        if (isFile && !accept(e.name)) continue; // not a file this folder's reader takes
        if (!inScope(scope, real)) {
          problem(full, 'content/outside', `this symbolic link leads outside the content folder (to ${real})`, OUTSIDE_HINT);
          continue;
        }
        if (isDir && isInside(real, here)) {
          problem(full, 'content/symlink-loop', `this symbolic link points to ${scope.display(real)}, a folder that contains it, so following it would never end`, 'remove the link; every file is already read from its own folder');
          continue;
        }
      }
      if (isDir) {
        let realDir = real;
        try {
          realDir = fs.realpathSync(full);
        } catch {
          // read as it is
        }
        walk(full, realDir);
      } else if (isFile && accept(e.name)) files.push(full);
    }
  };
  let rootReal = dir;
  try {
    rootReal = fs.realpathSync(dir);
  } catch {
    return { files, diagnostics };
  }
  walk(dir, rootReal);
  const key = (p: string): string => p.split(path.sep).join('/');
  files.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { files, diagnostics };
}

/** A text read, or the one diagnostic saying why it cannot be. */
export type TextRead = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Byte offset of the first byte that is not valid UTF-8, or -1 when all of `buf` is. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Reads `abs` as UTF-8 text. UTF-16 (with or without a byte-order mark), NUL bytes,
 * invalid UTF-8 and files over MAX_FILE_BYTES are an error naming the file (and, for bad
 * bytes, the line and column); a UTF-8 byte-order mark is dropped.
 */
export function readContentText(abs: string, display: string, maxBytes = MAX_FILE_BYTES): TextRead {
  const fail = (code: string, message: string, hint: string, line = 0, column = 0): TextRead => ({
    ok: false,
    diagnostic: { file: display, line, column, severity: 'error', code, message, hint },
  });
  let buf: Buffer;
  try {
    const st = fs.statSync(abs);
    if (st.isDirectory()) return fail('content/unreadable', 'this is a folder, not a file', 'name a file');
    if (st.size > maxBytes) {
      return fail('content/too-large', `this file is ${(st.size / 1048576).toFixed(1)} MB; Wayfinder reads files up to ${maxBytes / 1048576} MB`, 'split it into smaller files');
    }
    buf = fs.readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return fail('content/symlink-loop', 'this file is a symbolic link that points back to itself', 'replace the link with the file it should point to');
    return fail('content/unreadable', `cannot read this file (${code ?? 'unknown error'})`, 'check that it exists and is readable');
  }
  const utf8Hint = 'save the file as UTF-8 (most editors offer "UTF-8" in their encoding menu)';
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    const which = buf[0] === 0xff ? 'UTF-16 LE' : 'UTF-16 BE';
    return fail('content/encoding', `this file is ${which} (it starts with a UTF-16 byte-order mark); Wayfinder reads UTF-8`, utf8Hint, 1, 1);
  }
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    const p = offsetToPosition(body.subarray(0, nul).toString('utf8'), Number.MAX_SAFE_INTEGER);
    return fail('content/encoding', 'this file contains NUL bytes: it is UTF-16 without a byte-order mark, or not a text file', utf8Hint, p.line, p.column);
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(body);
  } catch {
    text = '';
  }
  const bad = text === '' && body.length > 0 ? firstInvalidUtf8(body) : -1;
  if (bad !== -1) {
    const p = offsetToPosition(body.subarray(0, bad).toString('utf8'), Number.MAX_SAFE_INTEGER);
    const byte = (body[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    return fail(
      'content/encoding',
      `this file is not valid UTF-8: byte 0x${byte} at line ${p.line}, column ${p.column}${start ? ' (after a UTF-8 byte-order mark)' : ''}`,
      `${utf8Hint}; it is probably Latin-1 or Windows-1252`,
      p.line,
      p.column,
    );
  }
  return { ok: true, text };
}
