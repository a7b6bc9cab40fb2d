/**
 * Includes, expanded first as MkDocs' preprocessors do: pymdownx.snippets
 * (`--8<-- "file.md"`, a block of file names between two `--8<--` lines, line ranges
 * `file.md:3:5`, sections `file.md:name`, files `auto_append`ed to every page) and
 * markdown-include (`{!file.md!}`, anywhere in a line). Files are read through the content
 * reader and must stay inside the TechDocs folder. The walk is iterative (a stack of
 * files being read), so a file that includes itself cannot deepen the call stack, and it
 * has budgets: include depth, number of includes and the page's size. Whatever is not
 * included is a warning at the include's line and, where a whole line was the include, a
 * "Not rendered" box on the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostics.ts';
import { readContentText, resolveInside, type ReadScope } from '../content-fs.ts';
import { isInside } from './files.ts';
import { MAX_INCLUDE_DEPTH, MAX_INCLUDES, MAX_PAGE_BYTES, megabytes } from './limits.ts';
import { wrapLines, type SourceLine } from './markers.ts';

/** Where includes are read from. */
export interface IncludeContext {
  /** Absolute path of the page. */
  abs: string;
  /** The TechDocs folder (where mkdocs.yml is): includes must stay inside it. */
  root: string;
  /** Folders snippet paths are relative to (pymdownx.snippets `base_path`), absolute. */
  snippetBases: readonly string[];
  /** The folder markdown-include paths are relative to (its `base_path`), absolute. */
  includeBase: string;
  scope: ReadScope;
  displayOf: (abs: string) => string;
}

/** A file appended to every page (pymdownx.snippets `auto_append`), with where mkdocs.yml names it. */
export interface AutoAppend {
  name: string;
  at: { file: string; line: number };
}

const SNIPPET = /^(\s*)(;?)-{1,}8<-{1,}[ \t]+(?:"([^"]+)"|'([^']+)'|(\S+))[ \t]*$/;
const SNIPPET_BLOCK = /^(\s*)(;?)-{1,}8<-{1,}[ \t]*$/;
const SECTION = /^\s*-{1,}8<-{1,}[ \t]+\[(start|end):([\w-]+)\][ \t]*$/;
const INCLUDE = /\{!\s*([^!{}\n]+?)\s*!\}/;

/** True when `abs` is a file (a snippet base_path may name one). */
function isFile(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}

interface Frame {
  lines: readonly SourceLine[];
  i: number;
  depth: number;
}

/** The page's lines with every include expanded, and what could not be included. */
export function expandIncludes(page: readonly SourceLine[], ctx: IncludeContext, autoAppend: readonly AutoAppend[] = []): { lines: SourceLine[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const out: SourceLine[] = [];
  let includes = 0;
  let bytes = page.reduce((n, l) => n + l.text.length + 1, 0);
  let countWarned = false;
  let depthWarned = false;
  const warn = (at: { file: string; line: number }, column: number, code: string, message: string, hint: string): void => {
    diagnostics.push({ file: at.file, line: at.line, column, severity: 'warning', code, message, hint });
  };
  const box = (at: SourceLine, indent: string, what: string): SourceLine[] => wrapLines(indent, { t: 'missing', what }, [], at);

  /** The lines of the file `spec` names, or undefined (with a warning) when it is not included. */
  const read = (spec: string, at: SourceLine, column: number, depth: number, kind: 'snippet' | 'include'): SourceLine[] | undefined => {
    const what = `the ${kind} "${spec}"`;
    const notIncluded = (code: string, message: string, hint: string): undefined => {
      warn(at, column, code, message, hint);
      return undefined;
    };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) return notIncluded('techdocs/snippet-not-included', `${what} is remote; Wayfinder builds offline and does not fetch it`, 'copy the file into the TechDocs folder and include it by its path');
    if (depth >= MAX_INCLUDE_DEPTH) {
      if (depthWarned) return undefined;
      depthWarned = true;
      return notIncluded('techdocs/include-limit', `${what} is included ${MAX_INCLUDE_DEPTH} levels deep; it is not included (nor any other include that deep on this page)`, 'a snippet probably includes itself (or one that includes it)');
    }
    if (includes >= MAX_INCLUDES) {
      if (countWarned) return undefined;
      countWarned = true;
      return notIncluded('techdocs/include-limit', `this page includes more than ${MAX_INCLUDES} snippets; ${what} and every one after it are not included`, 'a snippet probably includes itself several times');
    }
    // `file.md:3:5` (lines 3 to 5), `file.md:name` (a section): only when the whole name is not a file.
    const m = /^(.*?):(?:(\d*)(?::(\d*))?|([A-Za-z_][\w-]*))$/.exec(spec);
    const names = m ? [spec, m[1] as string] : [spec];
    const bases = kind === 'snippet' ? [...ctx.snippetBases, path.dirname(ctx.abs)] : [ctx.includeBase, path.dirname(ctx.abs)];
    let found: string | undefined;
    let usedName = spec;
    let outside: string | undefined;
    for (const name of names) {
      for (const base of bases) {
        // A base_path that is a file (pymdownx.snippets allows it: `LICENSE.md`) is found by its name.
        const fileBase = isFile(base);
        if (fileBase && path.basename(base) !== name) continue;
        const r = fileBase ? resolveInside(ctx.scope, base, path.basename(base)) : resolveInside(ctx.scope, path.join(base, '_'), name);
        if (!r.ok) {
          outside ??= r.problem;
          continue;
        }
        if (!r.exists) continue;
        if (!isInside(ctx.root, r.abs)) {
          outside ??= `"${name}" is outside the TechDocs folder ${ctx.displayOf(ctx.root)}/`;
          continue;
        }
        found = r.abs;
        usedName = name;
        break;
      }
      if (found) break;
    }
    if (!found && outside) return notIncluded('techdocs/snippet-not-included', `${what} is not included: ${outside}`, 'copy the file into the TechDocs folder');
    if (!found) return notIncluded('techdocs/snippet-not-included', `${what} does not exist (looked in ${bases.map((b) => (isFile(b) ? ctx.displayOf(b) : `${ctx.displayOf(b)}/`)).join(', ')})`, 'snippet paths are relative to the folder of mkdocs.yml (or its base_path)');
    const shown = ctx.displayOf(found);
    const text = readContentText(found, shown);
    if (!text.ok) {
      diagnostics.push(text.diagnostic);
      return notIncluded('techdocs/snippet-not-included', `${what} cannot be read (${text.diagnostic.message})`, text.diagnostic.hint ?? 'save it as UTF-8 text');
    }
    if (bytes + text.text.length > MAX_PAGE_BYTES) {
      return notIncluded('techdocs/page-too-large', `${what} would make this page larger than ${megabytes(MAX_PAGE_BYTES)}; it is not included`, 'split the page, or include smaller parts');
    }
    includes++;
    bytes += text.text.length;
    let lines = text.text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((t, k) => ({ text: t, file: shown, line: k + 1 }));
    if (m && usedName !== spec) {
      if (m[4] !== undefined) {
        const start = lines.findIndex((l) => SECTION.exec(l.text)?.slice(1, 3).join(':') === `start:${m[4]}`);
        const end = lines.findIndex((l, k) => k > start && SECTION.exec(l.text)?.slice(1, 3).join(':') === `end:${m[4]}`);
        if (start < 0) return notIncluded('techdocs/snippet-not-included', `${what}: ${usedName} has no section "${m[4]}" (a line --8<-- [start:${m[4]}])`, 'mark the section in the file, or include the whole file');
        lines = lines.slice(start + 1, end < 0 ? undefined : end);
      } else {
        const from = m[2] ? Math.max(1, Number(m[2])) : 1;
        const to = m[3] ? Number(m[3]) : lines.length;
        lines = lines.slice(from - 1, to);
      }
    }
    return lines;
  };

  const frames: Frame[] = [];
  // A stack: the page is read first, then each auto_append file in order.
  for (let k = autoAppend.length - 1; k >= 0; k--) {
    const a = autoAppend[k] as AutoAppend;
    const at: SourceLine = { text: '', file: a.at.file, line: a.at.line };
    frames.push({ lines: [{ ...at, text: `--8<-- "${a.name}"` }], i: 0, depth: 0 });
  }
  frames.push({ lines: page, i: 0, depth: 0 });
  const indented = (lines: SourceLine[], indent: string): SourceLine[] => (indent ? lines.map((l) => ({ ...l, text: l.text === '' ? '' : indent + l.text })) : lines);

  while (frames.length > 0) {
    const f = frames[frames.length - 1] as Frame;
    if (f.i >= f.lines.length) {
      frames.pop();
      continue;
    }
    const l = f.lines[f.i++] as SourceLine;
    if (!l.text.includes('8<') && !l.text.includes('{!')) {
      out.push(l);
      continue;
    }
    if (SECTION.test(l.text)) continue; // section markers are not shown
    const block = SNIPPET_BLOCK.exec(l.text);
    if (block) {
      if (block[2]) {
        out.push({ ...l, text: l.text.replace(';', '') });
        continue;
      }
      const names: SourceLine[] = [];
      while (f.i < f.lines.length && !SNIPPET_BLOCK.test((f.lines[f.i] as SourceLine).text)) names.push(f.lines[f.i++] as SourceLine);
      f.i++;
      const bodies: SourceLine[][] = [];
      for (const n of names) {
        const name = n.text.trim();
        if (!name || name.startsWith(';')) continue;
        const body = read(name, n, 1, f.depth, 'snippet');
        bodies.push(body ? indented(body, block[1] as string) : box(n, block[1] as string, `snippet ${name}`));
      }
      for (let k = bodies.length - 1; k >= 0; k--) frames.push({ lines: bodies[k] as SourceLine[], i: 0, depth: f.depth + 1 });
      continue;
    }
    const snip = SNIPPET.exec(l.text);
    if (snip) {
      const indent = snip[1] as string;
      if (snip[2]) {
        out.push({ ...l, text: l.text.replace(';', '') });
        continue;
      }
      const name = (snip[3] ?? snip[4] ?? snip[5]) as string;
      const body = read(name, l, indent.length + 1, f.depth, 'snippet');
      if (body) frames.push({ lines: indented(body, indent), i: 0, depth: f.depth + 1 });
      else for (const b of box(l, indent, `snippet ${name}`)) out.push(b);
      continue;
    }
    const inc = INCLUDE.exec(l.text);
    if (inc) {
      const before = l.text.slice(0, inc.index);
      const after = l.text.slice(inc.index + inc[0].length);
      const body = read(inc[1] as string, l, inc.index + 1, f.depth, 'include');
      if (!body) {
        if (!before.trim() && !after.trim()) for (const b of box(l, before, `include ${inc[1] as string}`)) out.push(b);
        else frames.push({ lines: [{ ...l, text: before + after }], i: 0, depth: f.depth });
        continue;
      }
      // The included text takes the place of {!…!}: the line's text before it joins its first line, the text after its last.
      const joined = body.length > 0 ? body.slice() : [{ ...l, text: '' }];
      const first = joined[0] as SourceLine;
      joined[0] = { ...first, text: before + first.text };
      const last = joined[joined.length - 1] as SourceLine;
      joined[joined.length - 1] = { ...last, text: last.text + after };
      frames.push({ lines: joined, i: 0, depth: f.depth + 1 });
      continue;
    }
    out.push(l);
  }
  return { lines: out, diagnostics };
}
