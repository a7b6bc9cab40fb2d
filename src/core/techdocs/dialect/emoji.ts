/**
 * pymdownx.emoji as Material for MkDocs configures it: `:smile:` is the emoji itself
 * (Unicode, from the gemoji shortcode list: no images, nothing remote), and icons are
 * inline SVG from local packages: `:octicons-mark-github-16:` (@primer/octicons) and
 * `:material-account-circle:` (@mdi/js, the set Material's `material-` icons come from).
 * Font Awesome and Simple Icons are not bundled (Font Awesome alone is 42 MB): they show
 * the icon's name as text, with a warning. An unknown shortcode stays as written, with a
 * warning. The icon sets are loaded on first use, so a page without icons never pays.
 */
import { createRequire } from 'node:module';
import { el, replaceInText, txt, type HNode } from './hast.ts';

const require = createRequire(import.meta.url);
const SHORTCODE = /(?<![\w:]):([a-z0-9_+-]+):(?![\w:])/g;

let emojiByName: Record<string, string> | undefined;
let octicons: Record<string, { heights: Record<string, { width: number; path: string }> }> | undefined;
let mdi: Record<string, string> | undefined;

/** What an icon shortcode could not become, for the caller's warning. */
export interface ShortcodeProblem {
  node: HNode;
  code: 'techdocs/icon-not-rendered' | 'techdocs/unknown-emoji';
  message: string;
  hint: string;
}

/** An inline SVG icon (trusted: drawn from the package's paths only). */
function svgIcon(viewBox: string, paths: string[], label: string): HNode {
  return el('svg', { className: ['wf-icon'], viewBox, width: '1.2em', height: '1.2em', fill: 'currentColor', ariaHidden: 'true', dataIcon: label }, paths.map((d) => el('path', { d }, [])));
}

/** The SVG of an octicon (`mark-github-16`), or undefined. */
function octicon(name: string): HNode | undefined {
  octicons ??= require('@primer/octicons/build/data.json') as typeof octicons;
  const m = /^(.*?)(?:-(12|16|24|32|48|96))?$/.exec(name);
  const icon = octicons?.[(m?.[1] ?? name) as string];
  if (!icon) return undefined;
  const height = m?.[2] ?? (icon.heights['16'] ? '16' : Object.keys(icon.heights)[0]);
  const h = height ? icon.heights[height] : undefined;
  if (!h) return undefined;
  const paths = [...h.path.matchAll(/\sd="([^"]*)"/g)].map((p) => p[1] as string);
  return svgIcon(`0 0 ${h.width} ${height}`, paths, `octicons-${name}`);
}

/** The SVG of a Material Design icon (`account-circle`), or undefined. */
function material(name: string): HNode | undefined {
  mdi ??= require('@mdi/js') as Record<string, string>;
  const key = `mdi${name.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase())}`;
  const d = mdi[key];
  return d ? svgIcon('0 0 24 24', [d], `material-${name}`) : undefined;
}

/** `:shortcode:` emoji and icons in `kids`' text; `problems` collects what could not be drawn. */
export function emoji(kids: readonly HNode[], problems: ShortcodeProblem[]): HNode[] {
  if (!kids.some((k) => k.type === 'text' && (k.value ?? '').includes(':'))) return kids as HNode[];
  return replaceInText(kids, SHORTCODE, (m, node) => {
    const name = m[1] as string;
    const set = /^(octicons|material|fontawesome|simple)-(.+)$/.exec(name);
    if (set) {
      const icon = set[1] === 'octicons' ? octicon(set[2] as string) : set[1] === 'material' ? material(set[2] as string) : undefined;
      if (icon) return [icon];
      const bundled = set[1] === 'octicons' || set[1] === 'material';
      problems.push({
        node,
        code: 'techdocs/icon-not-rendered',
        message: bundled ? `":${name}:" is not an icon of the ${set[1]} set Wayfinder bundles; its name is shown instead` : `":${name}:" is a ${set[1] === 'simple' ? 'Simple Icons' : 'Font Awesome'} icon, which Wayfinder does not bundle; its name is shown instead`,
        hint: bundled ? 'check the icon name and size' : 'use an octicons- or material- icon, which are drawn, or an emoji',
      });
      const words = (set[2] as string).replace(/^(brands|solid|regular)-/, '').replace(/-/g, ' ');
      return [el('span', { className: ['wf-icon-name'], title: name }, [txt(words)])];
    }
    emojiByName ??= (require('gemoji') as { nameToEmoji: Record<string, string> }).nameToEmoji;
    const e = emojiByName[name];
    if (e) return [el('span', { className: ['wf-emoji'], role: 'img', ariaLabel: name.replace(/_/g, ' ') }, [txt(e)])];
    problems.push({ node, code: 'techdocs/unknown-emoji', message: `":${name}:" is not an emoji shortcode Wayfinder knows; it is shown as written`, hint: 'use a GitHub emoji shortcode (gemoji), or write the emoji itself' });
    return undefined;
  });
}
