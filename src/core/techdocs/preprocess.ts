/**
 * MkDocs' block syntax, made readable to remark. First every include is expanded
 * (includes.ts: snippets, markdown-include, auto_append). Then Python-Markdown's
 * admonitions (`!!! note "Title"`, `!!! "Title"`), collapsible blocks (`???`, `???+`),
 * content tabs (`=== "Tab"`) and pymdown's fenced blocks (`/// note | Title` … `///`) are
 * turned into a pair of marker comments around their body, which render.ts groups into one
 * node; CriticMarkup becomes HTML. It also collects abbreviations (`*[HTML]: …`), strips
 * the meta frontmatter, and reports what cannot be rendered (macros, unknown blocks,
 * includes from outside the folder) at the line where it is written. Fenced code is never
 * touched. Blocks nest at most MAX_BLOCK_DEPTH deep, so no page can deepen the recursion.
 */
import path from 'node:path';
import { parseYamlValue } from '../yaml/value.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { ReadScope } from '../content-fs.ts';
import { blockClose, blockHeader, blockOptions, blockPayload, type BlockHeader } from './dialect/blocks.ts';
import type { BlockTypes } from '../mkdocs-config.ts';
import { criticToHtml } from './dialect/critic.ts';
import { expandIncludes, type AutoAppend } from './includes.ts';
import { MAX_BLOCK_DEPTH, MAX_PAGE_LINES } from './limits.ts';
import { wrapLines, type MarkerPayload, type SourceLine } from './markers.ts';

export { CLOSE_MARKER, openMarker } from './markers.ts';

type Line = SourceLine;

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
  /** Where includes may be read from (default: the TechDocs folder). */
  scope?: ReadScope;
  /** Folders snippet paths are relative to, absolute (default: the TechDocs folder). */
  snippetBases?: readonly string[];
  /** The folder markdown-include paths are relative to, absolute (default: the TechDocs folder). */
  includeBase?: string;
  /** Files appended to every page (pymdownx.snippets auto_append). */
  autoAppend?: readonly AutoAppend[];
  /** Block names mkdocs.yml registers (pymdownx.blocks.admonition / details `types`). */
  blockTypes?: BlockTypes;
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

const FENCE = /^(\s*)(`{3,}|~{3,})/;
/**
 * A line with pymdownx.arithmatex math outside inline code: a `$$` or `\\[` block, a
 * `\\begin{…}` environment, `\\(…\\)`, or `$…$` as its smart_dollar reads it (no space
 * inside the dollars, no digit after: "$2.00 and $10.00" is money).
 */
function isMath(text: string): boolean {
  const t = text.replace(/`+[^`]*`+/g, '');
  return /^\s*(\$\$|\\\[|\\begin\{[A-Za-z*]+\})/.test(t) || /\\\(.+?\\\)/.test(t) || /(?<![\\\w$])\$(?=\S)[^$\n]*?[^\s\\]\$(?![\d$])/.test(t);
}

/** pymdownx.progressbar: `[=85% "85%"]`, optionally with attributes after it. */
const PROGRESS_BAR = /^\s*(\[=\s*[\d.]+%(?:\s+"[^"]*")?\s*\])(?:\{[^}]*\})?\s*$/;
/** Where Python-Markdown's footnotes extension puts the footnotes (its PLACE_MARKER); Wayfinder puts them at the end. */
const FOOTNOTES_PLACE = /^\s*\/\/\/Footnotes Go Here\/\/\/\s*$/;
// `!!! type "Title"`, `!!! type`, `!!! "Title"` (no type: a note); `???` and `???+` are collapsible.
const ADMONITION = /^(\s*)(!!!|\?\?\?\+?)[ \t]*(?:([\w-]+)((?:[ \t]+[\w-]+)*))?[ \t]*(?:"(.*)")?[ \t]*$/;
const TAB = /^(\s*)===(!?)[ \t]+"(.*)"[ \t]*$/;
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
      const meta: unknown = parseYamlValue(front[1] as string);
      if (meta && typeof meta === 'object' && 'title' in meta && typeof meta.title === 'string') metaTitle = meta.title;
    } catch {
      // Not YAML: MkDocs would show it as text; we leave it out like a frontmatter block.
    }
    firstLine += (front[0].match(/\n/g) ?? []).length;
    source = source.slice(front[0].length);
  }
  const page: Line[] = source.split('\n').map((t, i) => ({ text: t, file: ctx.display, line: firstLine + i }));
  const root = path.resolve(ctx.root);
  const expanded = expandIncludes(
    page,
    {
      abs: ctx.abs,
      root,
      snippetBases: ctx.snippetBases ?? [root],
      includeBase: ctx.includeBase ?? root,
      scope: ctx.scope ?? { roots: [root], allowed: [], display: ctx.displayOf },
      displayOf: ctx.displayOf,
    },
    ctx.autoAppend ?? [],
  );
  diagnostics.push(...expanded.diagnostics);
  const warn = (l: Line, column: number, code: string, message: string, hint: string): void => {
    diagnostics.push({ file: l.file, line: l.line, column, severity: 'warning', code, message, hint });
  };
  let deepWarned = false;
  let mathWarned = false;
  let lines = expanded.lines;
  if (lines.length > MAX_PAGE_LINES) {
    const cut = lines[MAX_PAGE_LINES] as Line;
    warn(cut, 1, 'techdocs/page-too-large', `this page has ${lines.length.toLocaleString('en')} lines with its includes; lines after ${MAX_PAGE_LINES.toLocaleString('en')} are not rendered`, 'split it into several pages');
    lines = [...lines.slice(0, MAX_PAGE_LINES), ...wrapLines('', { t: 'missing', what: `the rest of the page, after ${MAX_PAGE_LINES.toLocaleString('en')} lines` }, [], cut)];
  }
  const out = transform(lines, 0);
  // Includes are read before blocks: report in the order of the page.
  diagnostics.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : 0));
  return {
    markdown: out.map((l) => l.text).join('\n'),
    lines: out.map((l) => ({ file: l.file, line: l.line })),
    abbreviations,
    ...(metaTitle !== undefined ? { metaTitle } : {}),
    diagnostics,
  };

  /** The body of a block that starts after line `start`: blank lines and lines indented ≥ `min`. */
  function blockBody(ls: readonly Line[], start: number, min: number): number {
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

  /** Lines `from`..`to` of `ls`, dedented by `n` columns. */
  function dedented(ls: readonly Line[], from: number, to: number, n: number): Line[] {
    const body: Line[] = [];
    for (let k = from; k < to; k++) {
      const b = ls[k] as Line;
      body.push({ ...b, text: isBlank(b) ? '' : dedent(b.text, n) });
    }
    return body;
  }

  /** True (and a warning, once) when a block at `depth` would nest deeper than the budget. */
  function tooDeep(l: Line, depth: number): boolean {
    if (depth < MAX_BLOCK_DEPTH) return false;
    if (!deepWarned) warn(l, 1, 'techdocs/too-deep', `blocks nest more than ${MAX_BLOCK_DEPTH} levels deep here; the deeper ones are shown as text`, 'flatten the page: admonitions, tabs and /// blocks a few levels deep are plenty');
    deepWarned = true;
    return true;
  }

  /** The extent of a `///` block opened at `i`: the index of its closing line (or ls.length when unclosed). */
  function blockEnd(ls: readonly Line[], i: number, h: BlockHeader): number {
    let nested = 0;
    let fence: RegExp | undefined;
    for (let j = i + 1; j < ls.length; j++) {
      const t = (ls[j] as Line).text;
      if (fence) {
        if (fence.test(t)) fence = undefined;
        continue;
      }
      const f = FENCE.exec(t);
      if (f) {
        fence = new RegExp(`^\\s*${(f[2] as string)[0] === '`' ? '`' : '~'}{${(f[2] as string).length},}\\s*$`);
        continue;
      }
      const open = blockHeader(t);
      if (open && open.slashes === h.slashes) nested++;
      else if (blockClose(t) === h.slashes) {
        if (nested === 0) return j;
        nested--;
      }
    }
    return ls.length;
  }

  /** A `///` block at `i`: its marker lines and the index after it. */
  function fencedBlock(ls: readonly Line[], i: number, h: BlockHeader, depth: number): { lines: Line[]; next: number; payload?: MarkerPayload } {
    const l = ls[i] as Line;
    const end = blockEnd(ls, i, h);
    // Options: the lines indented by four right below the header, up to a blank line.
    let k = i + 1;
    const yaml: string[] = [];
    while (k < end && !isBlank(ls[k] as Line) && indentOf((ls[k] as Line).text) >= h.indent + 4) yaml.push(dedent((ls[k] as Line).text, h.indent + 4)), k++;
    const options = blockOptions(yaml.join('\n'));
    const body = transform(dedented(ls, k, end, h.indent), depth + 1);
    const payload = blockPayload(h, options, ctx.blockTypes);
    const indent = ' '.repeat(h.indent);
    if (end === ls.length) warn(l, h.indent + 1, 'techdocs/block-unclosed', `the block "/// ${h.name}" is not closed; it runs to the end of the page`, `close it with a line of ${'/'.repeat(h.slashes)}`);
    if (!payload) {
      warn(l, h.indent + 1, 'techdocs/block-not-rendered', `"/// ${h.name}" blocks are not rendered by Wayfinder; their content is shown as plain text`, 'use an admonition (/// note), details, tab, html or caption block, or plain Markdown');
      return { lines: wrapLines(indent, { t: 'plain' }, body, l), next: Math.min(end + 1, ls.length) };
    }
    return { lines: wrapLines(indent, payload, body, l), next: Math.min(end + 1, ls.length), payload };
  }

  function transform(ls: readonly Line[], depth: number): Line[] {
    const result: Line[] = [];
    const push = (lines: readonly Line[]): void => {
      for (const x of lines) result.push(x);
    };
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
      if (!mathWarned && isMath(l.text)) {
        mathWarned = true;
        warn(l, 1, 'techdocs/math-not-rendered', 'math (pymdownx.arithmatex) is shown as its TeX source on this page; Wayfinder does not typeset it', 'write the formula in words or as an image; as with TechDocs without MathJax, readers see the TeX');
      }
      const bar = PROGRESS_BAR.exec(l.text);
      if (bar) warn(l, indentOf(l.text) + 1, 'techdocs/progressbar-not-rendered', `the progress bar "${bar[1]}" (pymdownx.progressbar) is not drawn by Wayfinder; it is shown as text`, 'write the figure in words or a table, or use an image');
      if (FOOTNOTES_PLACE.test(l.text)) {
        // Python-Markdown's footnotes marker: the footnotes are rendered at the page's end.
        result.push({ ...l, text: '' });
        i++;
        continue;
      }
      const adm = ADMONITION.exec(l.text);
      if (adm && (adm[3] !== undefined || adm[5] !== undefined) && !tooDeep(l, depth)) {
        const base = indentOf(l.text);
        const end = blockBody(ls, i + 1, base + 4);
        const kind = adm[2] as string;
        const payload: MarkerPayload = { t: kind === '!!!' ? 'admonition' : 'details', type: (adm[3] ?? 'note').toLowerCase() };
        if (adm[5] !== undefined) payload.title = adm[5];
        if (kind === '???+') payload.open = true;
        push(wrapLines(' '.repeat(base), payload, transform(dedented(ls, i + 1, end, base + 4), depth + 1), l));
        i = end;
        continue;
      }
      const tab = TAB.exec(l.text);
      if (tab && !tooDeep(l, depth)) {
        const base = indentOf(l.text);
        const tabs: Line[] = [];
        let j = i;
        // Consecutive `=== "Tab"` blocks at the same indent are one set; `===!` starts a new one.
        for (;;) {
          const t = TAB.exec((ls[j] as Line).text) as RegExpExecArray;
          const end = blockBody(ls, j + 1, base + 4);
          for (const x of wrapLines('', { t: 'tab', title: t[3] as string }, transform(dedented(ls, j + 1, end, base + 4), depth + 1), ls[j] as Line)) tabs.push(x);
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
        push(wrapLines(' '.repeat(base), { t: 'tabs' }, tabs, l));
        i = j;
        continue;
      }
      const header = blockHeader(l.text);
      if (header && !tooDeep(l, depth)) {
        const first = fencedBlock(ls, i, header, depth);
        if (first.payload?.t !== 'tab') {
          push(first.lines);
          i = first.next;
          continue;
        }
        // Consecutive `/// tab` blocks are one set; `new: true` starts another.
        const tabs: Line[] = [...first.lines];
        let j = first.next;
        for (;;) {
          let k = j;
          while (k < ls.length && isBlank(ls[k] as Line)) k++;
          const h = k < ls.length ? blockHeader((ls[k] as Line).text) : undefined;
          if (!h || h.name !== 'tab' || h.slashes !== header.slashes || h.indent !== header.indent) break;
          const next = fencedBlock(ls, k, h, depth);
          if (next.payload?.new === true) break;
          for (const x of next.lines) tabs.push(x);
          j = next.next;
        }
        push(wrapLines(' '.repeat(header.indent), { t: 'tabs' }, tabs, l));
        i = j;
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
      result.push(l.text.includes('{') ? { ...l, text: criticToHtml(l.text) } : l);
      i++;
    }
    return result;
  }
}
