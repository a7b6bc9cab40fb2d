/**
 * SVG files of a TechDocs folder are served from the site's own origin, where a script in
 * one would run when someone opens its URL. So each is parsed (as a browser parses SVG,
 * with parse5 through rehype-raw) and rebuilt from an allowlist of drawing elements:
 * scripts, foreignObject, animation (which can rewrite links), links, event handlers,
 * `javascript:` and external references (href, url(), @import) are removed, and what was
 * removed is reported so the author knows.
 */
import { createRequire } from 'node:module';

interface SNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: SNode[];
}

const require = createRequire(import.meta.url);

/** The drawing elements an SVG keeps (hast spells them in SVG's case). */
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath',
  'title', 'desc', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker', 'image', 'style', 'switch',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap',
  'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);
const LINK_PROPERTIES = new Set(['href', 'xLinkHref']);
const EXTERNAL_CSS = /@import|url\(\s*(?!['"]?#)|expression\(|javascript:/i;

/** A sanitised SVG, and what was taken out of it. */
export interface SanitisedSvg {
  svg: string;
  removed: string[];
}

/** `text` (an SVG file) rebuilt from safe parts only; undefined when it holds no <svg> element. */
export function sanitiseSvg(text: string): SanitisedSvg | undefined {
  const { unified } = require('unified') as typeof import('unified');
  const rehypeRaw = (require('rehype-raw') as typeof import('rehype-raw')).default;
  const rehypeStringify = (require('rehype-stringify') as typeof import('rehype-stringify')).default;
  const parsed = unified().use(rehypeRaw).runSync({ type: 'root', children: [{ type: 'raw', value: text }] } as never) as unknown as SNode;
  const removed = new Set<string>();
  let svg: SNode | undefined;
  const find: SNode[] = [parsed];
  while (find.length > 0 && !svg) {
    const n = find.shift() as SNode;
    if (n.type === 'element' && n.tagName === 'svg') svg = n;
    else for (const c of n.children ?? []) find.push(c);
  }
  if (!svg) return undefined;
  const stack: SNode[] = [svg];
  while (stack.length > 0) {
    const node = stack.pop() as SNode;
    const props = node.properties ?? {};
    for (const [key, value] of Object.entries(props)) {
      const v = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(key)) {
        removed.add(`the ${key.replace(/^on/i, 'on').toLowerCase()} event handler`);
        delete props[key];
      } else if (LINK_PROPERTIES.has(key) && !v.trim().startsWith('#') && !(node.tagName === 'image' && /^data:image\/(png|jpe?g|gif|webp);/i.test(v.trim()))) {
        removed.add(`a reference to ${v.length > 40 ? `${v.slice(0, 37)}...` : v}`);
        delete props[key];
      } else if ((key === 'style' && EXTERNAL_CSS.test(v)) || /javascript:/i.test(v)) {
        removed.add(`the ${key} attribute of <${node.tagName ?? '?'}>`);
        delete props[key];
      }
    }
    const kept: SNode[] = [];
    for (const c of node.children ?? []) {
      if (c.type === 'text') kept.push(c);
      else if (c.type === 'element' && c.tagName === 'a') {
        // A link's drawing stays; the link goes.
        removed.add('<a> links (their drawing is kept)');
        const g: SNode = { type: 'element', tagName: 'g', properties: {}, children: c.children ?? [] };
        kept.push(g);
        stack.push(g);
      }
      else if (c.type === 'element' && c.tagName && ELEMENTS.has(c.tagName)) {
        if (c.tagName === 'style' && EXTERNAL_CSS.test((c.children ?? []).map((t) => t.value ?? '').join(''))) {
          removed.add('a <style> that loads external resources');
          continue;
        }
        kept.push(c);
        stack.push(c);
      } else if (c.type === 'element') removed.add(`<${c.tagName ?? '?'}>`);
    }
    node.children = kept;
  }
  svg.properties = { ...svg.properties, xmlns: 'http://www.w3.org/2000/svg' };
  const out = String(unified().use(rehypeStringify, { space: 'svg', closeEmptyElements: true, characterReferences: { useNamedReferences: false } }).stringify({ type: 'root', children: [svg] } as never));
  return { svg: out, removed: [...removed] };
}
