/**
 * Markdown that comes from catalog YAML (descriptions), rendered to safe HTML: GitHub
 * Flavoured Markdown (tables, task lists, autolinks, strikethrough) through remark, then
 * rehype-sanitize with GitHub's schema. Raw HTML in the source is dropped, never passed
 * through, so `<script>`, `onerror=` and `javascript:` URLs cannot reach a page.
 * Headings become bold paragraphs: a description lives inside a page that has its own
 * heading outline, and an `# h1` in YAML must not break it.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { emojiOfUrl, isRemoteUrl } from './remote-resources.ts';

/** The parts of a hast / mdast node this module reads. */
interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
}

const HEADING = /^h[1-6]$/;

/** A rehype step: `<hN>text</hN>` becomes `<p><strong>text</strong></p>`. */
function flattenHeadings() {
  const visit = (node: TreeNode): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'element' && child.tagName && HEADING.test(child.tagName)) {
        const inner = child.children ?? [];
        child.tagName = 'p';
        const id = child.properties?.id;
        child.properties = id === undefined ? {} : { id };
        child.children = [{ type: 'element', tagName: 'strong', properties: {}, children: inner }];
      }
      visit(child);
    }
  };
  return (tree: TreeNode): void => visit(tree);
}

const RESOURCE_ATTRS = ['src', 'srcSet', 'poster', 'data'];

/**
 * A rehype step for an offline site: an element that would load something from another
 * host is replaced by what it stands for (an emoji image by its character, an image by its
 * alt text), so nothing on the page reaches the network. Runs after sanitising.
 */
function dropRemoteResources() {
  const visit = (node: TreeNode): void => {
    const children = node.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as TreeNode;
      if (child.type !== 'element') continue;
      const url = RESOURCE_ATTRS.map((a) => child.properties?.[a]).find((v) => typeof v === 'string' && isRemoteUrl(v.split(/[\s,]/)[0] ?? '')) as string | undefined;
      if (url !== undefined) {
        const alt = typeof child.properties?.alt === 'string' ? child.properties.alt : '';
        children[i] = { type: 'text', value: emojiOfUrl(url) ?? alt };
        continue;
      }
      visit(child);
    }
  };
  return (tree: TreeNode): void => visit(tree);
}

// One processor for the whole build: freezing it once is what makes each call cheap.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // allowDangerousHtml stays false: raw HTML nodes are dropped before sanitising.
  // rehype-sanitize adds the `user-content-` id prefix; remark-rehype must not add it too.
  .use(remarkRehype, { clobberPrefix: '' })
  .use(flattenHeadings)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

// The same, for text written as HTML (API definitions' descriptions): raw HTML is parsed and
// then sanitised like everything else, never passed through; remote resources are dropped.
const htmlProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { clobberPrefix: '', allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(flattenHeadings)
  .use(rehypeSanitize)
  .use(dropRemoteResources)
  .use(rehypeStringify)
  .freeze();

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * One line of words and plain punctuation, which Markdown renders as one paragraph of the same
 * text: no character that starts inline syntax, entities or HTML (`*_[]<>&\\` backtick `~|!#`),
 * no autolink (`://`, `www.`; `@` is not allowed), and no start that makes a list or a rule.
 * Most catalog descriptions are such sentences; they skip the unified pipeline.
 */
const PLAIN_LINE = /^[\p{L}\p{N} ,.;:'"?()%/=-]+$/u;
const BLOCK_START = /^(?:[-+=]|\d+[.)])/;

/** True when `text` (trimmed) is a plain sentence, which Markdown renders as `<p>text</p>` (nothing in it needs escaping). */
export function isPlainParagraph(text: string): boolean {
  return PLAIN_LINE.test(text) && !BLOCK_START.test(text) && !text.includes('://') && !/www\./i.test(text);
}

/** Rendered descriptions, by source: lists and references render the same text many times. */
const rendered = new Map<string, string>();
const MAX_REMEMBERED = 5000;

/** Renders Markdown from YAML to sanitised HTML (empty string for empty input). */
export function renderMarkdown(markdown: string | undefined): string {
  if (!markdown) return '';
  const text = markdown.trim();
  if (!text) return '';
  if (isPlainParagraph(text)) return `<p>${text}</p>`;
  const known = rendered.get(markdown);
  if (known !== undefined) return known;
  const html = renderWithPipeline(markdown);
  if (rendered.size >= MAX_REMEMBERED) rendered.clear();
  rendered.set(markdown, html);
  return html;
}

const renderedHtml = new Map<string, string>();

/**
 * Renders Markdown that may contain HTML (`<p>Creates a customer.</p>`, as API definitions
 * write it) to sanitised HTML: the HTML is kept as far as GitHub's sanitising schema allows
 * (no script, no event handler, no `javascript:` URL) and nothing loads from another host.
 */
export function renderMarkdownWithHtml(markdown: string | undefined): string {
  if (!markdown) return '';
  const text = markdown.trim();
  if (!text) return '';
  if (isPlainParagraph(text)) return `<p>${text}</p>`;
  const known = renderedHtml.get(markdown);
  if (known !== undefined) return known;
  const html = String(htmlProcessor.processSync(markdown)).trim();
  if (renderedHtml.size >= MAX_REMEMBERED) renderedHtml.clear();
  renderedHtml.set(markdown, html);
  return html;
}

/** Renders Markdown through the whole sanitising pipeline, with no shortcut (what renderMarkdown's shortcut must equal). */
export function renderWithPipeline(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}

/** The plain text of a Markdown string, whitespace collapsed (for meta descriptions). */
export function markdownToText(markdown: string | undefined): string {
  if (!markdown) return '';
  const text = markdown.trim();
  if (!text) return '';
  if (isPlainParagraph(text)) return text.replace(/ +/g, ' ');
  const out: string[] = [];
  const walk = (node: TreeNode): void => {
    if (node.type === 'html') return;
    if (typeof node.value === 'string') out.push(node.value);
    for (const child of node.children ?? []) walk(child);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') out.push(' ');
  };
  walk(parser.parse(markdown) as TreeNode);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
