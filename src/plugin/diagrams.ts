/**
 * A Sätteri mdast plugin: each ```mermaid (and ```plantuml) fence in a doc or an
 * announcement becomes its figure (src/core/diagrams/figure.ts): static SVG drawn at
 * build time, or the source with the reason. Problems are reported by `npm run check`
 * and the build's check (src/core/diagrams/check.ts), at file:line, so this step is
 * silent. One PageDiagrams per document keeps the per-page budget and unique ids.
 */
import { createHash } from 'node:crypto';
import type { MdastPluginEntry } from 'satteri';
import { PageDiagrams } from '../core/diagrams/figure.ts';
import { decodeEntities } from '../core/diagrams/mermaid.ts';

/** The fence languages drawn (or shown as source) as diagrams. */
export const DIAGRAM_LANGS: ReadonlySet<string> = new Set(['mermaid', 'plantuml', 'puml']);

/** The mdast plugin entry (a factory: state per document). */
export function diagramsPlugin(cacheDir: string | undefined): MdastPluginEntry {
  return (ctx) => {
    if (!/(```|~~~)\s*(mermaid|plantuml|puml)\b/.test(ctx.source)) return null;
    const pageId = createHash('sha256').update(ctx.fileURL?.href ?? ctx.source).digest('hex').slice(0, 6);
    const page = new PageDiagrams(cacheDir, pageId);
    return {
      name: 'wayfinder-diagrams',
      code(node) {
        const lang = (node.lang ?? '').toLowerCase();
        if (!DIAGRAM_LANGS.has(lang)) return undefined;
        const { html } = lang === 'mermaid' ? page.mermaid(node.value) : page.plantuml(node.value);
        if (ctx.sourceFormat === 'mdx') return { raw: forMdx(html), mdxExpressions: true };
        return { raw: html, mdxExpressions: false };
      },
    };
  };
}

/**
 * A figure's HTML as MDX reads it: MDX treats text inside JSX as Markdown (it would trim
 * the source's indentation and turn `-->` into a dash), so every text becomes a string
 * expression, which MDX writes out exactly. The figure has no braces elsewhere.
 */
export function forMdx(html: string): string {
  return html.replace(/>([^<]+)</g, (m, text: string) => (text.trim() === '' ? m : `>{${JSON.stringify(decodeEntities(text))}}<`));
}
