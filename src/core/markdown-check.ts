/**
 * Checks the body of a Markdown or MDX file (a doc or a lifecycle announcement) the way
 * the build will read it, with Sätteri, the parser Astro uses: MDX syntax errors, script
 * URLs in links, images, link definitions and raw HTML, and local images that would be
 * read from outside the content folder. Every problem is reported at file:line:col.
 * MDX is trusted code (JSX and expressions are not inspected); its plain Markdown links
 * are checked like any other.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Diagnostic } from './model/diagnostics.ts';
import { resolveInside, type ReadScope } from './content-fs.ts';
import { isRelativeFileRef, scriptUrlProblem, SCRIPT_URL_HINT } from './safe-url.ts';

/** A URL written in Markdown, with where it was written (1-based). */
export interface MarkdownUrl {
  url: string;
  line: number;
  column: number;
  /** An image source (`data:image/` allowed) rather than a link. */
  image: boolean;
}

/** The parts of an mdast node read here. */
interface MdNode {
  type: string;
  url?: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: MdNode[];
}

/** Attributes of raw HTML that hold a URL. */
const URL_ATTR = /\b(href|src|action|formaction|xlink:href|poster|background|cite|data|srcset)\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;

/** Every URL in raw HTML `html`, positioned from where the HTML starts. */
export function htmlUrls(html: string, line: number, column: number, tagIsImage = /<img\b/i): MarkdownUrl[] {
  const out: MarkdownUrl[] = [];
  for (const m of html.matchAll(URL_ATTR)) {
    const raw = m[2] as string;
    const value = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
    const offset = (m.index ?? 0) + (m[0].length - raw.length);
    const before = html.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    const l = line + (before.match(/\n/g)?.length ?? 0);
    const c = nl === -1 ? column + offset : offset - nl;
    const tagStart = html.lastIndexOf('<', m.index ?? 0);
    const image = tagStart !== -1 && tagIsImage.test(html.slice(tagStart, tagStart + 5)) && (m[1] ?? '').toLowerCase() === 'src';
    const values = (m[1] ?? '').toLowerCase() === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
    for (const v of values) out.push({ url: v, line: l, column: c, image: image || (m[1] ?? '').toLowerCase() === 'srcset' });
  }
  return out;
}

/** A syntax error Sätteri found, with its position. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  message: string;
}

/** Parses an error Sätteri threw (`7:1: Expected a closing tag ... (7:1) (mdx-jsx:...)`). */
export function parseSatteriError(e: unknown): MdxSyntaxError {
  const text = e instanceof Error ? e.message : String(e);
  const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\(\d+:\d+\))?(?:\s*\([\w:-]+\))?\s*$/.exec(text);
  if (!m) return { line: 1, column: 1, message: text.split('\n')[0] ?? text };
  return { line: Number(m[1]), column: Number(m[2]), message: (m[3] ?? '').trim() };
}

/** A module an MDX file imports (`import x from 'source'`), with where the source is written. */
export interface MdxImport {
  source: string;
  line: number;
  column: number;
}

/** The sources of the `import … from '…'` / `export … from '…'` / `import '…'` statements of an MDX ESM block. */
export function esmImports(esm: string, line: number, column: number): MdxImport[] {
  const out: MdxImport[] = [];
  for (const m of esm.matchAll(/\b(?:import|export)\b(?:[^'";]*?\bfrom)?\s*(['"])([^'"\n]+)\1/g)) {
    const offset = (m.index ?? 0) + m[0].length - (m[2] as string).length - 1;
    const before = esm.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    out.push({ source: m[2] as string, line: line + (before.match(/\n/g)?.length ?? 0), column: nl === -1 ? column + offset : offset - nl });
  }
  return out;
}

/** Every URL in a Markdown or MDX text (and an MDX file's imports), or the syntax error that stops it being read. */
export function markdownUrls(text: string, mdx: boolean): { urls: MarkdownUrl[]; imports?: MdxImport[]; syntaxError?: MdxSyntaxError } {
  let tree: MdNode;
  try {
    tree = (mdx ? mdxToMdast(text) : markdownToMdast(text)) as unknown as MdNode;
  } catch (e) {
    return { urls: [], syntaxError: parseSatteriError(e) };
  }
  const urls: MarkdownUrl[] = [];
  const imports: MdxImport[] = [];
  // Iterative: deeply nested Markdown (5,000 `>` in a row) must not overflow the stack.
  const stack: MdNode[] = [tree];
  while (stack.length) {
    const node = stack.pop() as MdNode;
    const p = node.position?.start ?? { line: 1, column: 1 };
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image' || node.type === 'imageReference') && typeof node.url === 'string') {
      urls.push({ url: node.url, line: p.line, column: p.column, image: node.type === 'image' });
    } else if (node.type === 'html' && typeof node.value === 'string') {
      urls.push(...htmlUrls(node.value, p.line, p.column));
    } else if (node.type === 'mdxjsEsm' && typeof node.value === 'string') {
      imports.push(...esmImports(node.value, p.line, p.column));
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as MdNode);
  }
  return { urls, imports };
}

/** The script-URL problem of each link and image in Markdown text that comes from YAML (a description). */
export function markdownScriptUrls(markdown: string): string[] {
  if (!/script|data/i.test(markdown) && !/&#|%/.test(markdown)) return [];
  return markdownUrls(markdown, false)
    .urls.map((u) => scriptUrlProblem(u.url, u.image))
    .filter((p): p is string => p !== undefined);
}

/** Options of checkMarkdownBody. */
export interface MarkdownCheckOptions {
  /** Absolute path of the file (relative images are resolved from it). */
  abs: string;
  /** The file's name in messages. */
  display: string;
  /** Parse as MDX (syntax errors are reported). */
  mdx: boolean;
  /** Where local images may be read from. */
  scope: ReadScope;
  /** Prefix of the diagnostic codes, e.g. `docs` or `lifecycle`. */
  area: string;
}

/** Checks one Markdown/MDX file's body: MDX syntax, script URLs, images read from outside. */
export function checkMarkdownBody(text: string, o: MarkdownCheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (line: number, column: number, code: string, message: string, hint?: string): void => {
    const d: Diagnostic = { file: o.display, line, column, severity: 'error', code, message };
    if (hint) d.hint = hint;
    out.push(d);
  };
  const { urls, imports, syntaxError } = markdownUrls(text, o.mdx);
  if (syntaxError) {
    push(syntaxError.line, syntaxError.column, `${o.area}/mdx-syntax`, `MDX syntax error: ${syntaxError.message}`, 'fix the MDX here; write \\{ and \\< for a literal brace or angle bracket');
    return out;
  }
  // A package (a bare name) resolves against the project, wherever the content folder is;
  // a file path must stay in the content folder, like every file content reads.
  for (const i of imports ?? []) {
    if (!/^[./]/.test(i.source)) continue;
    const r = resolveInside(o.scope, o.abs, i.source);
    if (!r.ok) push(i.line, i.column, r.code, `import ${r.problem}`, 'an MDX file may import packages the project provides (e.g. @astrojs/starlight/components) and files inside the content folder');
  }
  for (const u of urls) {
    const problem = scriptUrlProblem(u.url, u.image);
    if (problem) {
      push(u.line, u.column, 'content/script-url', problem, SCRIPT_URL_HINT);
      continue;
    }
    if (u.image && isRelativeFileRef(u.url)) {
      let ref = u.url.trim().split(/[?#]/)[0] ?? '';
      try {
        ref = decodeURIComponent(ref);
      } catch {
        // keep it as written
      }
      const r = resolveInside(o.scope, o.abs, ref);
      if (!r.ok) push(u.line, u.column, r.code, `image ${r.problem}`, r.hint);
    }
  }
  return out;
}
