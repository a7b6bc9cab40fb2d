/**
 * The HTML of a diagram in a page: the drawn SVG (role="img" with an accessible name made
 * of its kind and labels, sized to the column by its viewBox) and the source as a text
 * alternative in a <details>; or, when it was not drawn, the reason and the source in its
 * place. Also the per-page budget (size of one source, number of diagrams). One line of
 * HTML with no blank line, so it can be spliced into Markdown as one HTML block.
 */
import { escapeHtml } from '../names.ts';
import { renderMermaidCached } from './cache.ts';
import type { DiagramNote, DiagramResult } from './mermaid.ts';

/** Largest diagram source drawn, in characters. */
export const MAX_DIAGRAM_SOURCE = 20_000;
/** Most diagrams drawn on one page; later ones show their source. */
export const MAX_DIAGRAMS_PER_PAGE = 30;

/** What a page's diagrams said, positioned by the caller (line is 1-based within the source). */
export interface DiagramProblem extends DiagramNote {
  severity: 'warning';
}

/** The accessible name of a drawn diagram: its kind and its first labels. */
export function diagramName(kind: string, labels: readonly string[]): string {
  const shown = labels.slice(0, 8).join(', ');
  const more = labels.length > 8 ? `, and ${labels.length - 8} more` : '';
  return labels.length ? `${kind}: ${shown}${more}` : kind;
}

/** Gives every id in an SVG (and each `url(#id)`) a page-unique prefix, so two diagrams' markers never clash. */
export function prefixIds(svg: string, prefix: string): string {
  return svg.replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`).replace(/url\(#([\w-]+)\)/g, `url(#${prefix}-$1)`);
}

const sourceBlock = (source: string, summary: string, open: boolean): string =>
  `<details class="wf-diagram-source" data-pagefind-ignore${open ? ' open' : ''}><summary>${summary}</summary><pre tabindex="0"><code>${escapeHtml(source).replace(/\n/g, '&#10;')}</code></pre></details>`;

/** The figure of one drawn or failed diagram. */
export function figureHtml(source: string, result: DiagramResult, id: string, lang = 'mermaid'): string {
  if (!result.ok) {
    return `<figure class="wf-diagram wf-diagram--failed not-content" data-diagram="${lang}"><figcaption>This diagram could not be drawn: ${escapeHtml(result.message)}</figcaption>${sourceBlock(source, 'Diagram source', true)}</figure>`;
  }
  const name = diagramName(result.kind, result.labels);
  const svg = prefixIds(result.svg, id).replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(name)}"`);
  // Search does not read SVG text: the labels again, for the index only (not shown, not spoken: the SVG's name says them).
  const words = `<span class="sr-only" aria-hidden="true">${escapeHtml(result.labels.join(' · '))}</span>`;
  return `<figure class="wf-diagram not-content" data-diagram="${lang}"><div class="wf-diagram-svg">${svg}</div>${words}${sourceBlock(source, 'Diagram source', false)}</figure>`;
}

/** The figure of a diagram that is shown as source only, with the reason. */
export function sourceOnlyHtml(source: string, reason: string, lang: string): string {
  return `<figure class="wf-diagram wf-diagram--failed not-content" data-diagram="${lang}"><figcaption>${escapeHtml(reason)}</figcaption>${sourceBlock(source, `${lang} source`, true)}</figure>`;
}

/** Draws the diagrams of one page in order, applying the page budget. */
export class PageDiagrams {
  private count = 0;
  private readonly cacheDir: string | undefined;
  private readonly pageId: string;
  constructor(cacheDir: string | undefined, pageId: string) {
    this.cacheDir = cacheDir;
    this.pageId = pageId;
  }

  /** The figure for one ```mermaid block, and the problems to report (lines within the source). */
  mermaid(source: string): { html: string; problems: DiagramProblem[] } {
    this.count += 1;
    const id = `wf-dg-${this.pageId}-${this.count}`;
    if (source.length > MAX_DIAGRAM_SOURCE) {
      const message = `this diagram's source is ${source.length} characters, over the limit of ${MAX_DIAGRAM_SOURCE}; its source is shown instead`;
      return { html: sourceOnlyHtml(source, `Not drawn: ${message}.`, 'mermaid'), problems: [{ severity: 'warning', line: 1, code: 'diagram/too-large', message, hint: 'split it into smaller diagrams' }] };
    }
    if (this.count > MAX_DIAGRAMS_PER_PAGE) {
      const message = `more than ${MAX_DIAGRAMS_PER_PAGE} diagrams on one page; this one and later ones show their source`;
      return { html: sourceOnlyHtml(source, `Not drawn: ${message}.`, 'mermaid'), problems: [{ severity: 'warning', line: 1, code: 'diagram/too-many', message, hint: 'split the page' }] };
    }
    const result = renderMermaidCached(source, this.cacheDir);
    const problems: DiagramProblem[] = result.notes.map((n) => ({ ...n, severity: 'warning' }));
    if (!result.ok) problems.push({ severity: 'warning', line: result.line, code: 'diagram/not-drawn', message: `${result.kind === 'unknown' ? 'diagram' : result.kind} not drawn: ${result.message}`, hint: 'the page shows its source instead; check it at https://mermaid.live' });
    return { html: figureHtml(source, result, id), problems };
  }

  /** The figure for a PlantUML block: not drawn (it needs a PlantUML server), its source shown. */
  plantuml(source: string): { html: string; problems: DiagramProblem[] } {
    const message = 'PlantUML diagrams are not drawn on this site (drawing them needs a PlantUML server); the source is shown';
    return { html: sourceOnlyHtml(source, 'PlantUML diagram (not drawn on this site):', 'plantuml'), problems: [{ severity: 'warning', line: 1, code: 'diagram/plantuml', message, hint: 'rewrite it as a ```mermaid block' }] };
  }
}
