/**
 * Diagram source is untrusted content, and the SVG drawn from it goes into pages as it is:
 * this sanitiser keeps only the drawing (an allowlist of SVG elements and presentation
 * attributes) and drops everything that could run or fetch: <script>, <style> (the site's
 * stylesheet styles diagrams), <foreignObject>, <a>, <image>, on* attributes, every href,
 * and url() other than a same-document marker reference (`url(#id)`).
 */
import { createRequire } from 'node:module';
import type { Options as SanitizeSchema } from 'rehype-sanitize';

const require = createRequire(import.meta.url);

/** The SVG elements a diagram may contain. */
export const SVG_TAGS: readonly string[] = ['svg', 'g', 'defs', 'marker', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'title', 'desc'];

/** Attributes (hast property names) allowed on every kept element. */
const SVG_ATTRIBUTES: readonly string[] = [
  'className', 'id', 'role', 'ariaLabel', 'ariaHidden', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy',
  'd', 'points', 'transform', 'fill', 'fillOpacity', 'stroke', 'strokeWidth', 'strokeDasharray', 'strokeLinejoin', 'strokeLinecap', 'strokeOpacity', 'opacity',
  'markerEnd', 'markerStart', 'markerWidth', 'markerHeight', 'refX', 'refY', 'orient', 'textAnchor', 'dominantBaseline', 'fontSize', 'fontWeight', 'fontStyle',
  'preserveAspectRatio',
];

const URL_ATTRIBUTES = ['fill', 'stroke', 'markerEnd', 'markerStart'];

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** A value with no url() but `url(#local-id)`, and nothing that reads as a script scheme. */
export function safePaintValue(value: string): boolean {
  const urls = [...value.matchAll(/url\s*\(([^)]*)\)/gi)];
  if (urls.some((m) => !/^\s*['"]?#[\w-]+['"]?\s*$/.test(m[1] ?? ''))) return false;
  return !/(javascript|vbscript|data)\s*:|expression\s*\(|@import/i.test(value);
}

let pipeline: { run: (tree: HastNode) => HastNode; stringify: (tree: HastNode) => string } | undefined;

/** The parse, sanitise, stringify pipeline, built on first use. */
function sanitizer(): NonNullable<typeof pipeline> {
  if (pipeline) return pipeline;
  const { unified } = require('unified') as typeof import('unified');
  const schema: SanitizeSchema = {
    tagNames: [...SVG_TAGS],
    attributes: { '*': [...SVG_ATTRIBUTES] },
    // Ids stay as the renderer wrote them (markers are referenced by id); figure.ts makes them unique per page.
    clobber: [],
    clobberPrefix: '',
    strip: ['script', 'style', 'foreignObject', 'foreignobject'],
    protocols: {},
    ancestors: {},
    required: {},
  };
  const processor = unified()
    .use((require('rehype-raw') as typeof import('rehype-raw')).default)
    .use((require('rehype-sanitize') as typeof import('rehype-sanitize')).default, schema)
    .freeze();
  const stringifier = unified().use((require('rehype-stringify') as typeof import('rehype-stringify')).default, { space: 'svg' } as never).freeze();
  pipeline = {
    run: (tree) => processor.runSync(tree as never) as unknown as HastNode,
    stringify: (tree) => String(stringifier.stringify(tree as never)),
  };
  return pipeline;
}

/** Removes what is not drawing from the kept tree: url() to anything but a local id, and the root's style. */
function scrub(node: HastNode): void {
  const props = node.properties;
  if (props) {
    for (const attr of URL_ATTRIBUTES) {
      const v = props[attr];
      if (typeof v === 'string' && !safePaintValue(v)) delete props[attr];
    }
  }
  for (const c of node.children ?? []) scrub(c);
}

/** The SVG in `svg`, reduced to drawing: no script, style, foreign content, links, event handlers or external references. */
export function sanitizeSvg(svg: string): string {
  const s = sanitizer();
  const tree = s.run({ type: 'root', children: [{ type: 'raw', value: svg }] });
  scrub(tree);
  // One line: the SVG is spliced into Markdown as an HTML block, which a blank line would end.
  return s.stringify(tree).replace(/\n\s*/g, ' ').trim();
}

let rawParser: ((tree: HastNode) => HastNode) | undefined;

/** Parses HTML this project wrote (a diagram figure, already sanitised) into hast nodes, to splice into a hast tree. */
export function trustedHtmlToHast(html: string): HastNode[] {
  if (!rawParser) {
    const { unified } = require('unified') as typeof import('unified');
    const p = unified().use((require('rehype-raw') as typeof import('rehype-raw')).default).freeze();
    rawParser = (tree) => p.runSync(tree as never) as unknown as HastNode;
  }
  return rawParser({ type: 'root', children: [{ type: 'raw', value: html }] }).children ?? [];
}
