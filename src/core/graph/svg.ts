/**
 * Draws a laid-out dependency picture as a static, self-contained SVG string: no script,
 * every node a link, every name escaped. Colours come from `currentColor` and classes the
 * page styles with Starlight's --sl-color-* variables, so it reads in light and dark mode.
 */
import { GRAPH_METRICS, type GraphLayout, type PlacedNode } from './layout.ts';
import { escapeHtml } from '../names.ts';

/** Options of `renderGraphSvg`. */
export interface GraphSvgOptions {
  /** Prefix for ids inside the SVG (title, description, arrow marker); unique per page. */
  idPrefix: string;
  /** The accessible name, e.g. `Dependencies of Payments service`. */
  title: string;
  /** A sentence that says what the picture shows, read by screen readers. */
  description: string;
  /** The three column headings. */
  headings?: [string, string, string];
}

/** Shortens `text` to `max` characters with an ellipsis (whole code points). */
export function fitText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** The node's second line: kind and relations, e.g. `API · consumes`. */
export function nodeDetail(node: Pick<PlacedNode, 'kind' | 'relations'>): string {
  const relations = (node.relations ?? []).join(', ');
  return [node.kind, relations].filter(Boolean).join(' · ');
}

// Rough glyph widths of the system sans-serif at the sizes used, for truncation.
const LABEL_CHARS = Math.floor((GRAPH_METRICS.nodeWidth - 20) / 7.4);
const DETAIL_CHARS = Math.floor((GRAPH_METRICS.nodeWidth - 20) / 6.2);

const n = (v: number): string => String(Math.round(v * 10) / 10);

function nodeSvg(node: PlacedNode): string {
  const label = fitText(node.label, LABEL_CHARS);
  const detail = nodeDetail(node);
  const shortDetail = fitText(detail, DETAIL_CHARS);
  const cx = node.x + node.width / 2;
  const twoLines = detail !== '';
  const y1 = node.y + node.height / 2 + (twoLines ? -4 : 4.5);
  const y2 = node.y + node.height / 2 + 13;
  const spoken = [node.label, detail].filter(Boolean).join(', ');
  const box =
    `<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="6"` +
    ` fill="currentColor" fill-opacity="0.04" stroke="currentColor" stroke-opacity="0.45"/>` +
    `<text x="${n(cx)}" y="${n(y1)}" text-anchor="middle" class="wf-graph-label" fill="currentColor">${escapeHtml(label)}</text>` +
    (twoLines ? `<text x="${n(cx)}" y="${n(y2)}" text-anchor="middle" class="wf-graph-detail" fill="currentColor">${escapeHtml(shortDetail)}</text>` : '');
  const cls = `wf-graph-node wf-graph-node--${node.role}`;
  // The full text as a tooltip, since labels may be cut short.
  const tip = `<title>${escapeHtml(spoken)}</title>`;
  if (node.href) return `<a href="${escapeHtml(node.href)}" class="${cls}" aria-label="${escapeHtml(spoken)}">${tip}${box}</a>`;
  return `<g class="${cls}" role="img" aria-label="${escapeHtml(spoken)}">${tip}${box}</g>`;
}

/** Renders the layout as an SVG element (a string of markup, safe to inline). */
export function renderGraphSvg(layout: GraphLayout, options: GraphSvgOptions): string {
  const id = options.idPrefix.replace(/[^A-Za-z0-9_-]/g, '-');
  const headings = options.headings ?? ['Uses', 'This', 'Used by'];
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="wf-graph" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}"` +
      ` width="${n(layout.width)}" height="${n(layout.height)}" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(options.description)}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 8 8" refX="7.5" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
      `<path d="M0,0.5 L8,4 L0,7.5 z" fill="currentColor" fill-opacity="0.6"/></marker></defs>`,
  );
  const headingY = GRAPH_METRICS.pad + 15;
  layout.columnCenters.forEach((x, i) => {
    const text = headings[i] ?? '';
    if (text) parts.push(`<text x="${n(x)}" y="${n(headingY)}" text-anchor="middle" class="wf-graph-heading" fill="currentColor" aria-hidden="true">${escapeHtml(text)}</text>`);
  });
  parts.push('<g class="wf-graph-edges" fill="none" stroke="currentColor" stroke-opacity="0.45" stroke-width="1.25" aria-hidden="true">');
  for (const e of layout.edges) {
    const mx = (e.x1 + e.x2) / 2;
    parts.push(`<path d="M${n(e.x1)},${n(e.y1)} C${n(mx)},${n(e.y1)} ${n(mx)},${n(e.y2)} ${n(e.x2 - 1)},${n(e.y2)}" marker-end="url(#${id}-arrow)"/>`);
  }
  parts.push('</g>');
  for (const [column, empty] of [
    [0, 'Uses nothing listed'],
    [2, 'Nothing listed uses it'],
  ] as const) {
    if (!layout.nodes.some((node) => node.column === column)) {
      const x = layout.columnCenters[column];
      const y = layout.top + (layout.height - layout.top) / 2;
      parts.push(`<text x="${n(x)}" y="${n(y)}" text-anchor="middle" class="wf-graph-empty" fill="currentColor">${escapeHtml(empty)}</text>`);
    }
  }
  // Reading and tab order: upstream, centre, downstream, each top to bottom.
  const ordered = [...layout.nodes].sort((a, b) => a.column - b.column || a.y - b.y);
  for (const node of ordered) parts.push(nodeSvg(node));
  parts.push('</svg>');
  return parts.join('');
}
