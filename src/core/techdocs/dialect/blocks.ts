/**
 * pymdownx.blocks, the fenced generic blocks: `/// name | argument`, options as indented
 * YAML right below the header, the body, and a closing `///` with as many slashes. This
 * module reads a header and turns a block's name, argument and options into the marker
 * payload render.ts draws (admonition, details, tab, html, caption, define); the preprocessor finds
 * the block's extent.
 */
import { parseYamlValue } from '../../yaml/value.ts';
import type { BlockTypes } from '../../mkdocs-config.ts';
import type { MarkerPayload } from '../markers.ts';

/** A block's opening line, read. */
export interface BlockHeader {
  indent: number;
  slashes: number;
  name: string;
  argument: string;
}

const OPEN = /^([ \t]*)(\/{3,})[ \t]*([A-Za-z][\w-]*)[ \t]*(?:\|[ \t]*(.*?))?[ \t]*$/;
const CLOSE = /^[ \t]*(\/{3,})[ \t]*$/;

/** The header on `text`, or undefined when the line does not open a block. */
export function blockHeader(text: string): BlockHeader | undefined {
  const m = OPEN.exec(text);
  if (!m) return undefined;
  return { indent: (m[1] as string).replace(/\t/g, '    ').length, slashes: (m[2] as string).length, name: (m[3] as string).toLowerCase(), argument: m[4] ?? '' };
}

/** The number of slashes when `text` closes a block, else 0. */
export function blockClose(text: string): number {
  const m = CLOSE.exec(text);
  return m ? (m[1] as string).length : 0;
}

/** Admonition types that are blocks of their own (`/// note | Title`), as pymdown and Material register them. */
const ADMONITIONS = new Set(['note', 'attention', 'caution', 'danger', 'error', 'tip', 'hint', 'warning', 'important', 'info', 'success', 'question', 'failure', 'bug', 'example', 'quote', 'abstract', 'tldr', 'summary', 'todo', 'check', 'done', 'fail', 'missing', 'help', 'faq', 'cite', 'seealso', 'attention']);
/** Elements `/// html | tag` may make; anything else is a div. */
const HTML_TAGS = new Set(['div', 'section', 'article', 'aside', 'span', 'p', 'blockquote', 'figure', 'figcaption', 'details', 'summary', 'header', 'footer', 'nav', 'main']);

/** Options written below a header, read as YAML (an object; anything else is no options). */
export function blockOptions(yaml: string): Record<string, unknown> {
  if (!yaml.trim()) return {};
  try {
    const v: unknown = parseYamlValue(yaml);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `.class` and `#id` parts of a selector such as `div.grid.cards#top`. */
function selector(s: string): { tag: string; classes: string[] } {
  const tag = /^[a-z][a-z0-9]*/i.exec(s)?.[0]?.toLowerCase() ?? 'div';
  const classes = [...s.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1] as string);
  return { tag, classes };
}

/** The marker payload of a block, or undefined for a block type Wayfinder does not render. */
export function blockPayload(h: BlockHeader, options: Record<string, unknown>, types?: BlockTypes): MarkerPayload | undefined {
  const type = typeof options.type === 'string' && /^[\w-]+$/.test(options.type) ? options.type.toLowerCase() : undefined;
  const title = h.argument.trim();
  const custom = types?.admonition.get(h.name);
  if (h.name === 'admonition' || ADMONITIONS.has(h.name) || custom) {
    const t = h.name === 'admonition' ? (type ?? 'note') : (custom ?? h.name);
    return title ? { t: 'admonition', type: t, title } : { t: 'admonition', type: t };
  }
  const customDetails = types?.details.get(h.name);
  if (h.name === 'details' || customDetails) {
    const p: MarkerPayload = { t: 'details', type: type ?? customDetails ?? 'note', title: title || 'Details' };
    if (options.open === true) p.open = true;
    return p;
  }
  if (h.name === 'tab') return { t: 'tab', title: title || 'Tab', ...(options.new === true ? { new: true } : {}) };
  if (h.name === 'html') {
    const s = selector(title || 'div');
    return { t: 'html', tag: HTML_TAGS.has(s.tag) ? s.tag : 'div', cls: s.classes.join(' ') };
  }
  if (h.name === 'caption' || h.name === 'figure-caption' || h.name === 'table-caption') return { t: 'caption' };
  // pymdownx.blocks.definition: paragraphs are terms, list items their definitions.
  if (h.name === 'define') return { t: 'define' };
  return undefined;
}
