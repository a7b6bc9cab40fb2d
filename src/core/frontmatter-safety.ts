/**
 * Starlight reads frontmatter that reaches the page as HTML or URLs: `head` adds tags to
 * <head> (a `<script>` among them), `banner.content` is raw HTML, `hero.actions[].link`
 * and `hero.image` are URLs. In untrusted content none of these may carry script: a
 * `script` tag or an `on...` handler in `head`, a script URL in any URL-valued field, or
 * script in an HTML-valued field is an error at its line and column.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Diagnostic } from './model/diagnostics.ts';
import { htmlUrls } from './markdown-check.ts';
import { scriptUrlProblem, SCRIPT_URL_HINT } from './safe-url.ts';
import { parseFrontmatter, positionAt } from './yaml/source.ts';

/** Keys whose string values are URLs. */
const URL_KEYS = new Set(['link', 'href', 'src', 'url', 'image', 'file', 'dark', 'light']);
/** Keys whose string values are HTML. */
const HTML_KEYS = new Set(['content', 'html']);
/** Keys of `hero` whose string values Starlight writes as HTML. */
const HERO_HTML_KEYS = new Set(['title', 'tagline']);

/** Script in an HTML string: a script element or an event-handler attribute. */
const HTML_SCRIPT = /<\s*script\b|\bon[a-z]+\s*=/i;

/** Safety problems in a Markdown file's frontmatter (`text` is the whole file). */
export function checkFrontmatterSafety(text: string, display: string): Diagnostic[] {
  const { frontmatter: fm, diagnostics } = parseFrontmatter(display, display, text, { area: 'content' });
  // No frontmatter, or broken YAML: the frontmatter check reports it.
  if (!fm?.doc || diagnostics.some((d) => d.severity === 'error')) return [];
  const out: Diagnostic[] = [];
  const pos = (n: Node): { line: number; column: number } => positionAt(fm.file, n.range?.[0] ?? 0);
  const push = (n: Node, code: string, message: string, hint: string): void => {
    out.push({ file: display, ...pos(n), severity: 'error', code, message, hint });
  };
  const walk = (node: unknown, key: string | undefined, inHead: boolean, depth: number, inHero = false): void => {
    if (depth > 50 || node === null || typeof node !== 'object') return;
    if (isScalar(node)) {
      if (typeof node.value !== 'string' || key === undefined) return;
      const k = key.toLowerCase();
      if (inHead && k === 'tag' && node.value.trim().toLowerCase() === 'script') {
        push(node, 'content/script-in-head', 'a `head` entry adds a <script> tag to the page', 'content may not add scripts; ask the site maintainers to add it in astro.config.mjs');
      } else if (inHead && /^on[a-z]+$/i.test(key)) {
        push(node, 'content/script-in-head', `a \`head\` entry sets the event handler \`${key}\``, 'remove the handler');
      } else if (URL_KEYS.has(k) || (inHead && (k === 'content' || k === 'href' || k === 'src'))) {
        const problem = scriptUrlProblem(node.value, k === 'src' || k === 'image' || k === 'dark' || k === 'light' || k === 'file');
        if (problem) push(node, 'content/script-url', `\`${key}\`: ${problem}`, SCRIPT_URL_HINT);
      }
      if ((HTML_KEYS.has(k) || (inHero && depth === 2 && HERO_HTML_KEYS.has(k))) && node.value.includes('<')) {
        if (HTML_SCRIPT.test(node.value)) push(node, 'content/script-in-html', `\`${key}\` is HTML with a <script> element or an on... event handler`, 'write plain HTML: links and formatting only');
        for (const u of htmlUrls(node.value, 1, 1)) {
          const problem = scriptUrlProblem(u.url, u.image);
          if (problem) push(node, 'content/script-url', `\`${key}\`: ${problem}`, SCRIPT_URL_HINT);
        }
      }
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        walk(pair.value, k, inHead || (depth === 0 && k === 'head'), depth + 1, inHero || (depth === 0 && k === 'hero'));
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item, key, inHead, depth + 1, inHero);
    }
  };
  walk(fm.doc.contents, undefined, false, 0);
  return out;
}
