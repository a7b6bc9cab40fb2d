/**
 * MkDocs' block syntax, made readable to remark. Python-Markdown's admonitions
 * (`!!! note "Title"`), collapsible blocks (`???`, `???+`), content tabs (`=== "Tab"`) and
 * snippets (`--8<-- "file.md"`) are indented blocks that CommonMark does not know; this
 * line pass turns each into a pair of marker comments around its dedented body, which
 * render.ts groups into one node. It also collects abbreviations (`*[HTML]: …`), strips
 * the meta frontmatter, and reports what cannot be rendered (macros, snippets from outside
 * the folder) at the line where it is written. Fenced code is never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { isInside } from './files.ts';

/** A source line: its text and where it was written (file shown in diagnostics, 1-based line). */
interface Line {
  text: string;
  file: string;
  line: number;
}

/** Where the preprocessor reads from. */
export interface PreprocessContext {
  /** The file as shown in diagnostics. */
  display: string;
  /** Absolute path of the Markdown file. */
  abs: string;
  /** The TechDocs folder (where mkdocs.yml is): snippets must stay inside it. */
  root: string;
  /** Turns an absolute path into the form diagnostics show. */
  displayOf: (abs: string) => string;
}

/** The Markdown remark reads, with where each of its lines came from. */
export interface Preprocessed {
  markdown: string;
  /** For each output line (0-based), where it was written. */
  lines: { file: string; line: number }[];
  /** `*[HTML]: Hyper Text Markup Language` definitions: abbreviation → expansion. */
  abbreviations: Map<string, string>;
  /** `title:` of the page's meta frontmatter. */
  metaTitle?: string;
  diagnostics: Diagnostic[];
}

/** The marker comment that opens a container; the payload is JSON with `>` escaped. */
export function openMarker(payload: Record<string, string | boolean>): string {
  return `<!--wf:open ${JSON.stringify(payload).replace(/>/g, '\\u003e').replace(/-/g, '\\u002d')}-->`;
}
/** The marker comment that closes the innermost open container. */
export const CLOSE_MARKER = '<!--wf:close-->';

const FENCE = /^(\s*)(`{3,}|~{3,})/;
const ADMONITION = /^(\s*)(!!!|\?\?\?\+?)[ \t]*([\w-]+)((?:[ \t]+[\w-]+)*)[ \t]*(?:"(.*)")?[ \t]*$/;
const TAB = /^(\s*)===(!?)[ \t]+"(.*)"[ \t]*$/;
const SNIPPET = /^(\s*)-{1,}8<-{1,}[ \t]+(?:"([^"]+)"|'([^']+)'|(\S+))[ \t]*$/;
const SNIPPET_BLOCK = /^(\s*)-{1,}8<-{1,}[ \t]*$/;
const ABBREVIATION = /^\*\[([^\]]+)\]:[ \t]*(.*)$/;
const MACRO = /\{\{.*?\}\}|\{%.*?%\}/;

/** Width of a line's leading whitespace, tabs counted as 4. */
function indentOf(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

/** Removes `n` columns of leading whitespace. */
function dedent(text: string, n: number): string {
  let cols = 0;
  let i = 0;
  while (i < text.length && cols < n) {
    const ch = text[i];
    if (ch === ' ') cols++;
    else if (ch === '\t') cols += 4 - (cols % 4);
    else break;
    i++;
  }
  return ' '.repeat(Math.max(0, cols - n)) + text.slice(i);
}

const isBlank = (l: Line): boolean => l.text.trim() === '';

/** Turns one Markdown file's MkDocs block syntax into marker comments. */
export function preprocess(text: string, ctx: PreprocessContext): Preprocessed {
  const diagnostics: Diagnostic[] = [];
  const abbreviations = new Map<string, string>();
  let source = text.replace(/\r\n?/g, '\n');
  let metaTitle: string | undefined;
  let firstLine = 1;
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(source);
  if (front) {
    try {
      const meta: unknown = parseYaml(front[1] as string);
      if (meta && typeof meta === 'object' && 'title' in meta && typeof meta.title === 'string') metaTitle = meta.title;
    } catch {
      // Not YAML: MkDocs would show it as text; we leave it out like a frontmatter block.
    }
    firstLine += (front[0].match(/\n/g) ?? []).length;
    source = source.slice(front[0].length);
  }
  const lines: Line[] = source.split('\n').map((t, i) => ({ text: t, file: ctx.display, line: firstLine + i }));
  const warn = (l: Line, column: number, code: string, message: string, hint: string): void => {
    diagnostics.push({ file: l.file, line: l.line, column, severity: 'warning', code, message, hint });
  };
  const out = transform(lines, 0);
  return {
    markdown: out.map((l) => l.text).join('\n'),
    lines: out.map((l) => ({ file: l.file, line: l.line })),
    abbreviations,
    ...(metaTitle !== undefined ? { metaTitle } : {}),
    diagnostics,
  };

  /** The body of a block that starts after line `start`: blank lines and lines indented ≥ `min`. */
  function blockBody(ls: Line[], start: number, min: number): number {
    let end = start;
    let last = start;
    while (end < ls.length) {
      const l = ls[end] as Line;
      if (!isBlank(l) && indentOf(l.text) < min) break;
      end++;
      if (!isBlank(l)) last = end;
    }
    return last;
  }

  function wrap(indent: string, payload: Record<string, string | boolean>, body: Line[], at: Line): Line[] {
    const mk = (text: string): Line => ({ text, file: at.file, line: at.line });
    return [mk(''), mk(indent + openMarker(payload)), mk(''), ...body.map((l) => ({ ...l, text: isBlank(l) ? '' : indent + l.text })), mk(''), mk(indent + CLOSE_MARKER), mk('')];
  }

  function transform(ls: Line[], depth: number): Line[] {
    const result: Line[] = [];
    let i = 0;
    while (i < ls.length) {
      const l = ls[i] as Line;
      const fence = FENCE.exec(l.text);
      if (fence) {
        // Copy the fenced block untouched, up to its closing fence.
        const marker = fence[2] as string;
        const close = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
        result.push(l);
        i++;
        while (i < ls.length) {
          const c = ls[i] as Line;
          result.push(c);
          i++;
          if (close.test(c.text)) break;
        }
        continue;
      }
      const adm = ADMONITION.exec(l.text);
      if (adm) {
        const base = indentOf(l.text);
        const end = blockBody(ls, i + 1, base + 4);
        const body = ls.slice(i + 1, end).map((b) => ({ ...b, text: isBlank(b) ? '' : dedent(b.text, base + 4) }));
        const kind = adm[2] as string;
        const payload: Record<string, string | boolean> = { t: kind === '!!!' ? 'admonition' : 'details', type: (adm[3] as string).toLowerCase() };
        if (adm[5] !== undefined) payload.title = adm[5];
        if (kind === '???+') payload.open = true;
        result.push(...wrap(' '.repeat(base), payload, transform(body, depth + 1), l));
        i = end;
        continue;
      }
      const tab = TAB.exec(l.text);
      if (tab) {
        const base = indentOf(l.text);
        const tabs: Line[] = [];
        let j = i;
        // Consecutive `=== "Tab"` blocks at the same indent are one set; `===!` starts a new one.
        for (;;) {
          const t = TAB.exec((ls[j] as Line).text) as RegExpExecArray;
          const end = blockBody(ls, j + 1, base + 4);
          const body = ls.slice(j + 1, end).map((b) => ({ ...b, text: isBlank(b) ? '' : dedent(b.text, base + 4) }));
          tabs.push(...wrap('', { t: 'tab', title: t[3] as string }, transform(body, depth + 1), ls[j] as Line));
          let k = end;
          while (k < ls.length && isBlank(ls[k] as Line)) k++;
          const next = k < ls.length ? TAB.exec((ls[k] as Line).text) : null;
          if (next && indentOf((ls[k] as Line).text) === base && next[2] !== '!') {
            j = k;
            continue;
          }
          j = end;
          break;
        }
        result.push(...wrap(' '.repeat(base), { t: 'tabs' }, tabs, l));
        i = j;
        continue;
      }
      const snip = SNIPPET.exec(l.text);
      if (snip || SNIPPET_BLOCK.test(l.text)) {
        result.push(...snippet(l, snip, depth));
        i++;
        continue;
      }
      const abbr = ABBREVIATION.exec(l.text);
      if (abbr) {
        abbreviations.set((abbr[1] as string).trim(), (abbr[2] as string).trim());
        i++;
        continue;
      }
      const withoutCode = l.text.replace(/`+[^`]*`+/g, (m) => ' '.repeat(m.length));
      const macro = MACRO.exec(withoutCode);
      if (macro) {
        warn(
          l,
          macro.index + 1,
          'techdocs/macro-not-run',
          `"${macro[0]}" is an MkDocs macro; Wayfinder does not run macros, so it is shown as written`,
          'write the value into the page, or put the text in `code` if it is meant to be shown',
        );
      }
      result.push(l);
      i++;
    }
    return result;
  }

  /** A snippet line: the named file inlined when it is inside the folder, else a visible gap and a warning. */
  function snippet(l: Line, m: RegExpExecArray | null, depth: number): Line[] {
    const indent = ' '.repeat(indentOf(l.text));
    const name = m ? ((m[2] ?? m[3] ?? m[4]) as string) : '';
    const missing = (message: string, hint: string, what: string): Line[] => {
      warn(l, indent.length + 1, 'techdocs/snippet-not-included', message, hint);
      return wrap(indent, { t: 'missing', what }, [], l);
    };
    if (!m) return missing('a block of snippets (--8<-- on its own line) is not included by Wayfinder', 'write one --8<-- "file.md" line per file', 'snippets');
    if (/^[a-z][a-z0-9+.-]*:/i.test(name)) return missing(`the snippet "${name}" is remote; Wayfinder builds offline and does not fetch it`, 'copy the file into the TechDocs folder and include it by its path', `snippet ${name}`);
    const candidates = [path.resolve(ctx.root, name), path.resolve(path.dirname(ctx.abs), name)];
    const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
    if (!found && !isInside(ctx.root, candidates[0] as string)) return missing(`the snippet "${name}" is outside the TechDocs folder ${ctx.displayOf(ctx.root)}/ and is not included`, 'copy the file into the TechDocs folder', `snippet ${name}`);
    if (!found) return missing(`the snippet "${name}" does not exist (looked in ${ctx.displayOf(ctx.root)}/)`, 'snippet paths are relative to the folder of mkdocs.yml', `snippet ${name}`);
    if (!isInside(ctx.root, found)) return missing(`the snippet "${name}" is outside the TechDocs folder ${ctx.displayOf(ctx.root)}/ and is not included`, 'copy the file into the TechDocs folder', `snippet ${name}`);
    if (depth > 8) return missing(`snippets nest too deeply at "${name}"`, 'a snippet probably includes itself', `snippet ${name}`);
    const shown = ctx.displayOf(found);
    const body = fs
      .readFileSync(found, 'utf8')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((t, k) => ({ text: t === '' ? '' : indent + t, file: shown, line: k + 1 }));
    return transform(body, depth + 1);
  }
}
