/**
 * TechDocs code blocks drawn by the site's own Expressive Code (the renderer Starlight
 * configured: same themes, frames, titles, marked lines and copy button as every other
 * code block). Core renders each block as a plain <figure data-code-block="N">; this swaps
 * the figure for Expressive Code's markup. The renderer is created the way
 * astro-expressive-code's <Code> component creates it.
 */
import { astroConfig, ecConfigFileOptions, ecIntegrationOptions } from 'virtual:astro-expressive-code/config';
import { createAstroRenderer, mergeEcConfigOptions } from 'virtual:astro-expressive-code/api';
import preprocessEcConfig from 'virtual:astro-expressive-code/preprocess-config';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import type { CodeBlock } from '../../core/techdocs/index.ts';

type Renderer = Awaited<ReturnType<typeof createAstroRenderer>>;
let renderer: Promise<Renderer> | undefined;

function getRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    let ecConfig = mergeEcConfigOptions(ecIntegrationOptions, ecConfigFileOptions);
    ecConfig = (await preprocessEcConfig({ ecConfig, astroConfig })) || ecConfig;
    return createAstroRenderer({ astroConfig, ecConfig });
  })();
  return renderer;
}

/** Expressive Code's meta string for a block: `title="…" {2,4}`. */
function metaOf(block: CodeBlock): string {
  const parts: string[] = [];
  if (block.title) parts.push(`title="${block.title.replace(/"/g, "'")}"`);
  if (block.lines.length > 0) parts.push(`{${block.lines.join(',')}}`);
  return parts.join(' ');
}

const FIGURE = /<figure class="wf-code" data-code-block="(\d+)">[\s\S]*?<\/figure>/g;

/**
 * The page's HTML with every code block drawn by Expressive Code; `pageUrl` keys the page
 * (the first block on a page brings Expressive Code's stylesheet and script).
 */
export async function highlightCodeBlocks(html: string, blocks: readonly CodeBlock[], pageUrl: string): Promise<string> {
  if (blocks.length === 0) return html;
  const { ec } = await getRenderer();
  const rendered: string[] = [];
  for (const [groupIndex, block] of blocks.entries()) {
    const code = block.code.replace(/\t/g, '  ');
    if (!code.trim()) {
      rendered.push('');
      continue;
    }
    const { renderedGroupAst, styles } = await ec.render({
      code,
      language: block.lang ?? 'text',
      meta: metaOf(block),
      parentDocument: { sourceFilePath: pageUrl, positionInDocument: { groupIndex } },
    });
    let out = toHtml(renderedGroupAst);
    if (styles.size > 0) out = out.replace(/^(<div[^>]*>)/, `$1<style>${[...styles].join('')}</style>`);
    rendered.push(out);
  }
  // The figures are Wayfinder's own markup (rehype-sanitize removes such attributes from the page's HTML).
  return html.replace(FIGURE, (whole, n: string) => rendered[Number(n)] || whole);
}
