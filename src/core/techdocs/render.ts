/**
 * Renders one TechDocs page (MkDocs Markdown, as techdocs-core enables it) to safe HTML in
 * Starlight's look: remark (GFM, footnotes, definition lists) → rehype, raw HTML reparsed
 * and then sanitised (content is untrusted), then Wayfinder's own trusted decorations:
 * admonitions and GitHub alerts as Starlight asides, collapsible blocks as <details>,
 * content tabs without JavaScript, code blocks with titles and highlighted lines,
 * abbreviations, MkDocs heading ids (with GitHub-style aliases) and links rewritten
 * to the site's URLs. Links to files that do not exist are warnings at file:line.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Preprocessed } from './preprocess.ts';
import { scriptUrlProblem, SCRIPT_URL_HINT } from '../safe-url.ts';
import { attrList } from './dialect/attr-list.ts';
import { delimiters } from './dialect/delimiters.ts';
import { emoji, type ShortcodeProblem } from './dialect/emoji.ts';
import { keys } from './dialect/keys.ts';
import { smartSymbols } from './dialect/smart-symbols.ts';
import { MAX_HL_RANGES, MAX_PAGE_BYTES, MAX_TREE_DEPTH, megabytes } from './limits.ts';
import { mkdocsSlug, uniqueSlugger } from './urls.ts';
import { headingSlugger } from '../urls.ts';
import { drawTechDocsDiagrams, mermaidDivsToFences } from './diagrams.ts';

/** The parts of an mdast / hast node this module reads and writes. */
interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  depth?: number;
  lang?: string | null;
  meta?: string | null;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
  data?: Record<string, unknown>;
  position?: { start: { line: number; column: number } };
}

/** A heading of the rendered page, for Starlight's table of contents. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What one page links to: the site URLs of the folder's pages and files. */
export interface RenderLinks {
  /** The page's file, relative to docs_dir (`ops/runbook.md`). */
  file: string;
  /** Site URL (with base) of every Markdown file, by its path relative to docs_dir. */
  pages: ReadonlyMap<string, string>;
  /** Site URL (with base) of every other file (images, PDFs), by its path relative to docs_dir. */
  assets: ReadonlyMap<string, string>;
}

/** A code block of a page, for a syntax highlighter to replace (its figure carries data-code-block="<index>"). */
export interface CodeBlock {
  code: string;
  lang?: string;
  title?: string;
  /** 1-based lines to highlight. */
  lines: number[];
}

/** A rendered page. */
export interface RenderedPage {
  html: string;
  /** Every code block, in order; the HTML holds a plain rendering of each. */
  codeBlocks: CodeBlock[];
  /** The text of the page's leading `# heading`, which is taken out of the body (the page title shows it). */
  title?: string;
  headings: PageHeading[];
  diagnostics: Diagnostic[];
}

/** MkDocs / Material admonition types → Starlight's four aside variants. */
const VARIANTS: Record<string, 'note' | 'tip' | 'caution' | 'danger'> = {
  note: 'note',
  abstract: 'note',
  summary: 'note',
  tldr: 'note',
  info: 'note',
  todo: 'note',
  question: 'note',
  help: 'note',
  faq: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  seealso: 'note',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  warning: 'caution',
  caution: 'caution',
  attention: 'caution',
  failure: 'danger',
  fail: 'danger',
  missing: 'danger',
  danger: 'danger',
  error: 'danger',
  bug: 'danger',
};

/** GitHub alert types (`> [!NOTE]`) → admonition type. */
const ALERTS: Record<string, string> = { NOTE: 'note', TIP: 'tip', IMPORTANT: 'important', WARNING: 'warning', CAUTION: 'danger' };

const MARKER = /^<!--wf:(open|close)(?: (.*))?-->$/;

/** A remark step: groups the preprocessor's marker comments, GitHub alerts, heading attributes and code meta. */
function mkdocsBlocks() {
  const group = (parent: TreeNode): void => {
    const kids = parent.children;
    if (!kids) return;
    const root: TreeNode[] = [];
    const stack: TreeNode[][] = [root];
    for (const child of kids) {
      const m = child.type === 'html' && typeof child.value === 'string' ? MARKER.exec(child.value.trim()) : null;
      if (m && m[1] === 'open') {
        let payload: Record<string, unknown> = {};
        try {
          payload = JSON.parse(m[2] ?? '{}') as Record<string, unknown>;
        } catch {
          payload = {};
        }
        const props: Record<string, string> = { dataWf: String(payload.t ?? '') };
        if (typeof payload.type === 'string') props.dataWfType = payload.type;
        if (typeof payload.title === 'string') props.dataWfTitle = payload.title;
        if (payload.open === true) props.dataWfOpen = 'true';
        if (typeof payload.what === 'string') props.dataWfWhat = payload.what;
        if (typeof payload.tag === 'string') props.dataWfTag = payload.tag;
        if (typeof payload.cls === 'string' && payload.cls) props.dataWfClass = payload.cls;
        const node: TreeNode = { type: 'wfContainer', children: [], data: { hName: 'div', hProperties: props } };
        (stack[stack.length - 1] as TreeNode[]).push(node);
        stack.push(node.children as TreeNode[]);
      } else if (m && m[1] === 'close') {
        if (stack.length > 1) stack.pop();
      } else {
        (stack[stack.length - 1] as TreeNode[]).push(child);
      }
    }
    parent.children = root;
    for (const child of root) group(child);
  };
  const alerts = (node: TreeNode): void => {
    for (const child of node.children ?? []) {
      alerts(child);
      if (child.type !== 'blockquote') continue;
      const para = child.children?.[0];
      const text = para?.type === 'paragraph' ? para.children?.[0] : undefined;
      const m = text?.type === 'text' ? /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/.exec(text.value ?? '') : null;
      if (!m || !text || !para) continue;
      text.value = (text.value ?? '').slice(m[0].length);
      if (!text.value) para.children?.shift();
      if (para.children?.length === 0) child.children?.shift();
      const type = ALERTS[m[1] as string] as string;
      child.type = 'wfContainer';
      child.data = { hName: 'div', hProperties: { dataWf: 'admonition', dataWfType: type, dataWfTitle: (m[1] as string).charAt(0) + (m[1] as string).slice(1).toLowerCase() } };
    }
  };
  // unist's Node is narrower in `data` than this module's TreeNode; the shapes match at runtime.
  return (tree: unknown): void => {
    if (!tree || typeof tree !== 'object') return;
    const t = tree as TreeNode;
    group(t);
    alerts(t);
    attrList(t);
  };
}
/** Reads MkDocs code-fence options: ```` ```py title="app.py" hl_lines="2 4-5" ```` or ```` ``` { .py title="x" } ````. */
export function codeFenceOptions(
  lang: string | null | undefined,
  meta: string | null | undefined,
  lineCount = Number.MAX_SAFE_INTEGER,
): { lang?: string; title?: string; lines: number[]; cut?: boolean } {
  let info = `${lang ?? ''} ${meta ?? ''}`.trim();
  let language: string | undefined;
  if (info.startsWith('{')) {
    info = info.replace(/^\{|\}$/g, ' ');
    language = /(?:^|\s)\.([\w+#-]+)/.exec(info)?.[1];
  } else {
    language = lang ?? undefined;
  }
  const title = /\btitle=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(info);
  const hl = /\bhl_lines=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(info);
  // Ranges are clipped to the block and merged, so the work is bounded by the block, not by what hl_lines names.
  const ranges: [number, number][] = [];
  let cut = false;
  let named = 0;
  for (const part of (hl ? (hl[1] ?? hl[2] ?? hl[3] ?? '') : '').split(/[\s,]+/)) {
    const r = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!r) continue;
    if (named++ >= MAX_HL_RANGES) {
      cut = true;
      break;
    }
    const a = Math.max(1, Number(r[1]));
    const b = Math.min(Number(r[2] ?? r[1]), lineCount);
    if (a <= b) ranges.push([a, b]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const lines: number[] = [];
  let next = 1;
  for (const [a, b] of ranges) for (let n = Math.max(a, next); n <= b; n++, next = n) lines.push(n);
  const out: { lang?: string; title?: string; lines: number[]; cut?: boolean } = { lines };
  if (cut) out.cut = true;
  if (language) out.lang = language;
  const t = title ? (title[1] ?? title[2] ?? title[3]) : undefined;
  if (t) out.title = t;
  return out;
}

/** The hast of a code block, before sanitising: a marked div around pre > code. */
function codeHandler(_state: unknown, node: TreeNode): TreeNode {
  const value = node.value ?? '';
  let lineCount = 1;
  for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) lineCount++;
  const o = codeFenceOptions(node.lang, node.meta, lineCount);
  const props: Record<string, string> = { dataWf: 'code' };
  if (o.cut) props.dataWfCut = 'true';
  if (o.title) props.dataWfTitle = o.title;
  if (o.lines.length > 0) props.dataWfLines = o.lines.join(' ');
  const code: TreeNode = { type: 'element', tagName: 'code', properties: o.lang ? { className: [`language-${o.lang}`] } : {}, children: [{ type: 'text', value: node.value ?? '' }] };
  const out: TreeNode = { type: 'element', tagName: 'div', properties: props, children: [{ type: 'element', tagName: 'pre', properties: {}, children: [code] }] };
  if (node.position) out.position = node.position;
  return out;
}

const WF_ATTRIBUTES = ['dataWf', 'dataWfType', 'dataWfTitle', 'dataWfOpen', 'dataWfWhat', 'dataWfLines', 'dataWfTag', 'dataWfCut'];

/** An element of the page's own HTML that sanitising removes, or a script URL. */
interface Dropped {
  tagName: string;
  line?: number;
  /** Why the element's URL may not be published (the element itself may stay). */
  scriptUrl?: string;
}
// The renderer is synchronous, so one slot collects what the current page loses.
let dropped: Dropped[] = [];

/** hast properties that hold a URL. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'cite', 'data', 'srcSet'];

/** A rehype step before sanitising: notes each element that will be removed and each script URL (iteratively). */
function noteDropped(allowed: ReadonlySet<string>) {
  return () => (tree: unknown): void => {
    const stack: TreeNode[] = [tree as TreeNode];
    while (stack.length > 0) {
      const node = stack.pop() as TreeNode;
      for (const child of node.children ?? []) {
        if (child.type === 'element' && child.tagName) {
          const line = child.position?.start.line;
          if (!allowed.has(child.tagName)) dropped.push({ tagName: child.tagName, ...(line !== undefined ? { line } : {}) });
          for (const prop of URL_PROPERTIES) {
            const v = child.properties?.[prop];
            const values = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? (prop === 'srcSet' ? v.split(',').map((x) => x.trim().split(/\s+/)[0] ?? '') : [v]) : [];
            for (const url of values) {
              const problem = scriptUrlProblem(url, child.tagName === 'img' || prop === 'srcSet');
              if (problem) dropped.push({ tagName: child.tagName, scriptUrl: problem, ...(line !== undefined ? { line } : {}) });
            }
          }
        }
        stack.push(child);
      }
    }
  };
}

const require = createRequire(import.meta.url);
/** The unified pipeline (parse and sanitise) and the HTML stringifier. */
interface Pipeline {
  processor: import('unified').Processor;
  stringifier: import('unified').Processor;
}
let pipeline: Pipeline | undefined;
/**
 * The pipeline, built on first use: remark and rehype take about a quarter of a second to
 * load, which a content folder without TechDocs (and `npm run check` on it) never pays.
 */
function renderer(): Pipeline {
  if (pipeline) return pipeline;
  const { unified } = require('unified') as typeof import('unified');
  const { defaultSchema } = require('rehype-sanitize') as typeof import('rehype-sanitize');
  const { defListHastHandlers, remarkDefinitionList } = require('remark-definition-list') as typeof import('remark-definition-list');
  const schema: SanitizeSchema = {
    ...defaultSchema,
    // Removed with their content: a <style>'s rules must not show up as text.
    strip: [...(defaultSchema.strip ?? []), 'style'],
    tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'mark', 'figure', 'figcaption'],
    attributes: {
      ...defaultSchema.attributes,
      // attr_list classes (dialect/attr-list.ts) and CriticMarkup's (dialect/critic.ts).
      '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataWfClass'],
      ins: [...(defaultSchema.attributes?.ins ?? []), ['className', 'critic']],
      del: [...(defaultSchema.attributes?.del ?? []), ['className', 'critic']],
      mark: [['className', 'critic']],
      span: [...(defaultSchema.attributes?.span ?? []), ['className', 'critic', 'comment']],
      div: [...(defaultSchema.attributes?.div ?? []), ...WF_ATTRIBUTES],
      abbr: ['title'],
      ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, [...(defaultSchema.attributes?.[h] ?? []), 'dataWfId']])),
    },
  };
  const processor = unified()
    .use((require('remark-parse') as typeof import('remark-parse')).default)
    .use((require('remark-gfm') as typeof import('remark-gfm')).default, { singleTilde: false }) // `~x~` is pymdown's subscript
    .use(remarkDefinitionList)
    .use(mkdocsBlocks)
    // Footnote ids get their `user-content-` prefix from rehype-sanitize, as in core/markdown.ts.
    .use((require('remark-rehype') as typeof import('remark-rehype')).default, { allowDangerousHtml: true, clobberPrefix: '', handlers: { ...defListHastHandlers, code: codeHandler } as never })
    .use((require('rehype-raw') as typeof import('rehype-raw')).default)
    .use(noteDropped(new Set(schema.tagNames ?? [])))
    .use((require('rehype-sanitize') as typeof import('rehype-sanitize')).default, schema)
    .freeze() as unknown as import('unified').Processor;
  const stringifier = unified().use((require('rehype-stringify') as typeof import('rehype-stringify')).default).freeze() as unknown as import('unified').Processor;
  pipeline = { processor, stringifier };
  return pipeline;
}

const el = (tagName: string, properties: Record<string, unknown>, children: TreeNode[]): TreeNode => ({ type: 'element', tagName, properties, children });
const txt = (value: string): TreeNode => ({ type: 'text', value });

/** The plain text of a hast node. */
function textOf(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const titleCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Strips inline code's mock shebang (`#!tex $x$` → `$x$`, class language-tex), as pymdownx.inlinehilite does. */
function inlineHilite(code: TreeNode): void {
  const first = code.children?.[0];
  const m = first?.type === 'text' ? /^(?:#!|:::)([\w+-]+) /.exec(first.value ?? '') : null;
  if (!m || !first) return;
  first.value = (first.value ?? '').slice(m[0].length);
  (code.properties ??= {}).className = [`language-${(m[1] as string).toLowerCase()}`];
}

/**
 * An admonition's or collapsible block's title as Python-Markdown renders it: inline
 * Markdown (`[RFC 2616](https://…)`, `` `code` ``, emphasis), through the same sanitising
 * pipeline as the page. The caller decorates the result like the rest of the page (links
 * rewritten, emoji, keys).
 */
function titleContent(title: string): TreeNode[] {
  if (!/[`*_[<&\\]/.test(title)) return [txt(title)];
  const { processor } = renderer();
  const root = processor.runSync(processor.parse(title) as never) as unknown as TreeNode;
  const p = (root.children ?? []).find((c) => c.type === 'element');
  return p?.tagName === 'p' && p.children ? p.children : [txt(title)];
}

/** The body of a page that is not built, saying why. */
function notRendered(why: string): string {
  return `<aside aria-label="Not rendered" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true">Not rendered</p><div class="starlight-aside__content"><p>${why}</p></div></aside>`;
}

/** The first node deeper than MAX_TREE_DEPTH in an mdast tree, found without recursion. */
function tooDeep(tree: TreeNode): TreeNode | undefined {
  const stack: [TreeNode, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [TreeNode, number];
    if (depth > MAX_TREE_DEPTH) return node;
    for (const c of node.children ?? []) stack.push([c, depth + 1]);
  }
  return undefined;
}

/** Renders a preprocessed page. `sourceLine` maps output lines back to where they were written. */
export function renderPage(pre: Preprocessed, links: RenderLinks, pageIndex = 0, diagrams = true): RenderedPage {
  const diagnostics: Diagnostic[] = [];
  const where = (node: TreeNode): { file: string; line: number; column: number } => {
    const p = node.position?.start;
    const src = p ? pre.lines[p.line - 1] : undefined;
    return src ? { file: src.file, line: src.line, column: 1 } : { file: pre.lines[0]?.file ?? links.file, line: 0, column: 0 };
  };
  dropped = [];
  const { processor } = renderer();
  const mdast = processor.parse(mermaidDivsToFences(pre.markdown)) as unknown as TreeNode;
  const deep = tooDeep(mdast);
  if (deep) {
    const src = deep.position ? pre.lines[deep.position.start.line - 1] : undefined;
    diagnostics.push({ file: src?.file ?? links.file, line: src?.line ?? 0, column: src ? 1 : 0, severity: 'warning', code: 'techdocs/too-deep', message: `this page nests lists, quotes or blocks more than ${MAX_TREE_DEPTH} levels deep, so it is not rendered`, hint: 'flatten the page; a few levels of nesting are plenty' });
    return { html: notRendered('This page nests too deeply to be built into this site.'), codeBlocks: [], headings: [], diagnostics };
  }
  const tree = processor.runSync(mdast as never) as unknown as TreeNode;
  for (const d of dropped) {
    const src = d.line !== undefined ? pre.lines[d.line - 1] : undefined;
    if (d.scriptUrl) {
      diagnostics.push({ file: src?.file ?? pre.lines[0]?.file ?? links.file, line: src?.line ?? 0, column: src ? 1 : 0, severity: 'error', code: 'content/script-url', message: d.scriptUrl, hint: SCRIPT_URL_HINT });
      continue;
    }
    diagnostics.push({
      file: src?.file ?? pre.lines[0]?.file ?? links.file,
      line: src?.line ?? 0,
      column: src ? 1 : 0,
      severity: 'warning',
      code: 'techdocs/html-removed',
      message: `<${d.tagName}> is not allowed in docs on this site and is left out${d.tagName === 'script' || d.tagName === 'style' ? ' with its content' : '; its text is kept'}`,
      hint: d.tagName === 'iframe' ? 'link to the embedded page instead' : 'write it in Markdown, or link to it',
    });
  }

  // The leading h1 is the page title (Starlight shows it), as MkDocs takes it.
  let title: string | undefined;
  const first = (tree.children ?? []).find((c) => !(c.type === 'text' && !(c.value ?? '').trim()));
  if (first?.type === 'element' && first.tagName === 'h1') {
    title = textOf(first).trim();
    tree.children = (tree.children ?? []).filter((c) => c !== first);
  }

  const headings: PageHeading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const mkdocsIds = uniqueSlugger();
  const githubSlug = headingSlugger();
  let tabSet = 0;
  const abbrs = [...pre.abbreviations.keys()].sort((a, b) => b.length - a.length);
  const abbrPattern = abbrs.length > 0 ? new RegExp(`(?<![\\w])(${abbrs.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w])`, 'g') : undefined;
  const fileDir = path.posix.dirname(links.file);

  const rewrite = (node: TreeNode, attr: 'href' | 'src'): void => {
    const value = node.properties?.[attr];
    if (typeof value !== 'string' || value === '' || value.startsWith('#') || value.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return;
    const hashAt = value.indexOf('#');
    const rawPath = hashAt >= 0 ? value.slice(0, hashAt) : value;
    const hash = hashAt >= 0 ? value.slice(hashAt) : '';
    const pathPart = rawPath.replace(/\?.*$/, '');
    let decoded = pathPart;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      // keep it as written
    }
    const target = path.posix.normalize(path.posix.join(fileDir === '.' ? '' : fileDir, decoded));
    if (target.startsWith('../') || target === '..') {
      diagnostics.push({ ...where(node), severity: 'warning', code: 'techdocs/link-outside', message: `"${value}" points outside the docs folder, so it does not work on the site`, hint: 'link to the page on its own site with a full URL, or copy the file into the docs folder' });
      return;
    }
    const page = links.pages.get(target);
    const asset = links.assets.get(target);
    if (page !== undefined) (node.properties as Record<string, unknown>)[attr] = page + hash;
    else if (asset !== undefined) (node.properties as Record<string, unknown>)[attr] = asset;
    else if (/\/$/.test(decoded) || !/\.[a-z0-9]+$/i.test(decoded)) {
      // An MkDocs-style URL link (`../other-page/`): the site keeps MkDocs' URL layout, so it resolves as written.
      const asPage = [...links.pages.entries()].find(([f]) => f.replace(/(^|\/)(index|readme)\.md$/i, '$1').replace(/\.md$/i, '/') === `${target.replace(/\/$/, '')}/`.replace(/^\.\/$/, ''));
      if (!asPage) diagnostics.push({ ...where(node), severity: 'warning', code: 'techdocs/broken-link', message: `"${value}" does not name a page of these docs`, hint: 'link to the Markdown file, e.g. ../guide.md' });
    } else {
      diagnostics.push({ ...where(node), severity: 'warning', code: 'techdocs/broken-link', message: `"${value}" does not exist in the docs folder (looked for ${target})`, hint: 'links are relative to the page that holds them' });
    }
  };

  const shortcodes: ShortcodeProblem[] = [];
  const decorate = (node: TreeNode, inCode: boolean): void => {
    // pymdown's inline markup: keys, caret/mark/tilde, emoji and icons, smart symbols.
    if (!inCode && node.children && node.tagName !== 'kbd' && node.tagName !== 'svg') node.children = smartSymbols(emoji(delimiters(keys(node.children)), shortcodes)) as TreeNode[];
    const kids = node.children ?? [];
    for (let i = 0; i < kids.length; i++) {
      let child = kids[i] as TreeNode;
      if (child.type === 'text' && abbrPattern && !inCode) {
        const parts = (child.value ?? '').split(abbrPattern);
        if (parts.length > 1) {
          const nodes = parts.map((p, k) => (k % 2 === 1 ? el('abbr', { title: pre.abbreviations.get(p) ?? '' }, [txt(p)]) : txt(p))).filter((n) => n.type !== 'text' || n.value);
          kids.splice(i, 1, ...nodes);
          i += nodes.length - 1;
        }
        continue;
      }
      if (child.type !== 'element') continue;
      const props = (child.properties ??= {});
      if (typeof props.dataWfClass === 'string') {
        const own = props.dataWfClass.split(/\s+/).filter((c) => /^[A-Za-z_][\w-]*$/.test(c));
        const had = Array.isArray(props.className) ? (props.className as string[]) : [];
        if (own.length > 0) props.className = [...had, ...own];
        delete props.dataWfClass;
      }
      if (child.tagName === 'svg') continue; // an icon, drawn by Wayfinder
      if (props.dataWf === 'caption') {
        // `/// caption` captions the block before it: both become one figure.
        let p = i - 1;
        while (p >= 0 && (kids[p] as TreeNode).type === 'text' && !((kids[p] as TreeNode).value ?? '').trim()) p--;
        const target = p >= 0 ? (kids[p] as TreeNode) : undefined;
        const caption = el('figcaption', {}, child.children ?? []);
        decorate(caption, false);
        if (target?.type === 'element') {
          kids.splice(p, i - p + 1, el('figure', { className: ['wf-figure'] }, [target, caption]));
          i = p;
        } else kids[i] = el('figure', { className: ['wf-figure'] }, [caption]);
        continue;
      }
      // Ids from the page's own HTML keep rehype-sanitize's prefix; Wayfinder's are added below.
      if (child.tagName === 'a') rewrite(child, 'href');
      if (child.tagName === 'img' || child.tagName === 'source') rewrite(child, 'src');
      // pymdownx.inlinehilite: `#!python x = 1` (or `:::python …`) is inline code in that language.
      if (child.tagName === 'code' && !inCode) inlineHilite(child);
      // A task list's checkbox has no label of its own: say what its state means.
      if (child.tagName === 'input' && props.type === 'checkbox') props.ariaLabel = props.checked ? 'Done' : 'To do';
      const wf = props.dataWf;
      if (typeof wf === 'string') {
        child = kids[i] = container(child, wf, props);
      } else if (child.tagName && /^h[1-6]$/.test(child.tagName) && typeof props.id !== 'string') {
        const text = textOf(child).trim();
        const own = typeof props.dataWfId === 'string' ? props.dataWfId : undefined;
        delete props.dataWfId;
        const id = own ? mkdocsIds(own) : mkdocsIds(mkdocsSlug(text));
        props.id = id;
        const gh = githubSlug(text);
        // MkDocs and GitHub slug headings differently: both anchors lead here.
        if (gh !== id) child.children = [el('span', { id: gh, className: ['wf-anchor-alias'] }, []), ...(child.children ?? [])];
        const depth = Number(child.tagName.slice(1));
        if (depth >= 2 && depth <= 4) headings.push({ depth, slug: id, text });
      }
      decorate(child, inCode || child.tagName === 'code' || child.tagName === 'pre');
    }
  };

  /** Wayfinder's trusted markup for a marked container. */
  const container = (node: TreeNode, wf: string, props: Record<string, unknown>): TreeNode => {
    const kids = node.children ?? [];
    const type = typeof props.dataWfType === 'string' ? props.dataWfType : 'note';
    const variant = VARIANTS[type] ?? 'note';
    const title = typeof props.dataWfTitle === 'string' ? props.dataWfTitle : titleCase(type);
    if (wf === 'admonition') {
      const inline = title ? titleContent(title) : [];
      const head = title ? [el('p', { className: ['starlight-aside__title'], ariaHidden: 'true' }, inline)] : [];
      return el('aside', { ariaLabel: (title && textOf(el('p', {}, inline)).trim()) || titleCase(type), className: ['starlight-aside', `starlight-aside--${variant}`, `wf-admonition-${type}`] }, [...head, el('div', { className: ['starlight-aside__content'] }, kids)]);
    }
    if (wf === 'details') {
      return el('details', { className: ['starlight-aside', `starlight-aside--${variant}`, 'wf-collapsible'], open: props.dataWfOpen === 'true' }, [
        el('summary', { className: ['starlight-aside__title'] }, title ? titleContent(title) : [txt(titleCase(type))]),
        el('div', { className: ['starlight-aside__content'] }, kids),
      ]);
    }
    if (wf === 'tabs') {
      const set = `wf-tabs-${pageIndex}-${tabSet++}`;
      const out: TreeNode[] = [];
      kids
        .filter((k) => k.type === 'element' && k.properties?.dataWf === 'tab')
        .forEach((tab, n) => {
          const id = `${set}-${n}`;
          out.push(
            el('input', { type: 'radio', name: set, id, className: ['wf-tab-input'], checked: n === 0 }, []),
            el('label', { htmlFor: id, className: ['wf-tab-label'] }, [txt(String(tab.properties?.dataWfTitle ?? `Tab ${n + 1}`))]),
            el('div', { className: ['wf-tab-panel'] }, tab.children ?? []),
          );
        });
      return el('div', { className: ['wf-tabs', 'not-content-tabs'] }, out);
    }
    if (wf === 'code') {
      const pre = kids.find((k) => k.tagName === 'pre');
      const code = pre?.children?.find((k) => k.tagName === 'code');
      const marked = new Set(String(props.dataWfLines ?? '').split(' ').filter(Boolean).map(Number));
      const plain = code ? textOf(code) : '';
      if (code && marked.size > 0) {
        const lines = textOf(code).replace(/\n$/, '').split('\n');
        // A marked line is a block: it ends its own line, so no newline follows it.
        code.children = lines.flatMap((l, n) => {
          if (marked.has(n + 1)) return [el('mark', { className: ['wf-hl'] }, [txt(l || ' ')])];
          return n < lines.length - 1 ? [txt(l), txt('\n')] : [txt(l)];
        });
      }
      if (pre) pre.properties = { ...pre.properties, tabIndex: 0 };
      const caption = typeof props.dataWfTitle === 'string' ? [el('figcaption', { className: ['wf-code-title'] }, [txt(props.dataWfTitle)])] : [];
      const block: CodeBlock = { code: plain.replace(/\n$/, ''), lines: [...marked].sort((a, b) => a - b) };
      const lang = (code?.properties?.className as string[] | undefined)?.find((c) => c.startsWith('language-'))?.slice('language-'.length);
      if (lang) block.lang = lang;
      if (typeof props.dataWfTitle === 'string') block.title = props.dataWfTitle;
      if (props.dataWfCut === 'true') diagnostics.push({ ...where(node), severity: 'warning', code: 'techdocs/hl-lines-limit', message: `hl_lines names more than ${MAX_HL_RANGES} ranges; only the first ${MAX_HL_RANGES} are highlighted`, hint: 'highlight a few ranges: hl_lines="2 4-6"' });
      codeBlocks.push(block);
      return el('figure', { className: ['wf-code'], dataCodeBlock: String(codeBlocks.length - 1) }, [...caption, ...(pre ? [pre] : [])]);
    }
    if (wf === 'missing') {
      return el('aside', { ariaLabel: 'Not rendered', className: ['starlight-aside', 'starlight-aside--caution'] }, [
        el('p', { className: ['starlight-aside__title'], ariaHidden: 'true' }, [txt('Not rendered')]),
        el('div', { className: ['starlight-aside__content'] }, [el('p', {}, [txt(`This part of the page (${String(props.dataWfWhat ?? 'an include')}) could not be built into this site.`)])]),
      ]);
    }
    if (wf === 'define') {
      const items: TreeNode[] = [];
      for (const k of kids) {
        if (k.type !== 'element') continue;
        if (k.tagName === 'ul' || k.tagName === 'ol') {
          for (const li of k.children ?? []) if (li.tagName === 'li') items.push(el('dd', {}, li.children ?? []));
        } else items.push(el('dt', {}, k.tagName === 'p' ? (k.children ?? []) : [k]));
      }
      return el('dl', {}, items);
    }
    if (wf === 'html') {
      const tag = typeof props.dataWfTag === 'string' ? props.dataWfTag : 'div';
      return el(tag, Array.isArray(props.className) ? { className: props.className } : {}, kids);
    }
    // A tab outside a tab set, a block Wayfinder does not draw, or a marker written by hand: keep the content, drop the marker.
    return el('div', {}, kids);
  };

  decorate(tree, false);
  if (diagrams) diagnostics.push(...drawTechDocsDiagrams(tree, pre, links.file, pageIndex, codeBlocks)); // off (features.diagrams): mermaid stays code
  // Footnote links: rehype-sanitize prefixed the ids, so point the hrefs at them.
  const ids = new Set<string>();
  const collect = (n: TreeNode): void => {
    if (typeof n.properties?.id === 'string') ids.add(n.properties.id);
    for (const c of n.children ?? []) collect(c);
  };
  collect(tree);
  const fixHashes = (n: TreeNode): void => {
    const h = n.properties?.href;
    if (n.tagName === 'a' && typeof h === 'string' && h.startsWith('#') && !ids.has(h.slice(1)) && ids.has(`user-content-${h.slice(1)}`)) (n.properties as Record<string, unknown>).href = `#user-content-${h.slice(1)}`;
    for (const c of n.children ?? []) fixHashes(c);
  };
  fixHashes(tree);
  for (const p of shortcodes) diagnostics.push({ ...where(p.node), severity: 'warning', code: p.code, message: p.message, hint: p.hint });
  let html = String(renderer().stringifier.stringify(tree as never));
  if (html.length > MAX_PAGE_BYTES) {
    diagnostics.push({ file: pre.lines[0]?.file ?? links.file, line: 1, column: 1, severity: 'warning', code: 'techdocs/page-too-large', message: `this page is larger than ${megabytes(MAX_PAGE_BYTES)} once rendered, so it is not published`, hint: 'split it into several pages' });
    html = notRendered(`This page is larger than ${megabytes(MAX_PAGE_BYTES)} and could not be built into this site.`);
    codeBlocks.length = 0;
  }
  const out: RenderedPage = { html, codeBlocks, headings, diagnostics };
  if (title) out.title = title;
  return out;
}
