/**
 * Draws a laid-out map (map-layout.ts) as static SVG: no script, every name escaped, each
 * entity node a link to its page (`hrefOf`), colours from classes the site styles with
 * Starlight's variables (light and dark). The SVG has a viewBox and no fixed width, so it
 * shrinks to the column; the page puts the same relations below it as a list.
 */
import { escapeHtml } from '../names.ts';
import { fitText } from './svg.ts';
import { MAP_METRICS, type MapLayout } from './map-layout.ts';

/** Options of renderMapSvg. */
export interface MapSvgOptions {
  /** Unique per page: prefixes the ids inside the SVG. */
  idPrefix: string;
  /** The accessible name, e.g. `Map of the Commerce domain`. */
  title: string;
  /** The URL of an entity's page (with base), from its ref. */
  hrefOf: (ref: string) => string;
}

const n = (v: number): string => String(Math.round(v * 10) / 10);

/** The SVG of a laid-out map. */
export function renderMapSvg(layout: MapLayout, o: MapSvgOptions): string {
  const out: string[] = [];
  const w = Math.max(1, Math.ceil(layout.width));
  const h = Math.max(1, Math.ceil(layout.height));
  out.push(`<svg class="wf-map-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" role="group" aria-labelledby="${o.idPrefix}-title">`);
  out.push(`<title id="${o.idPrefix}-title">${escapeHtml(o.title)}</title>`);
  out.push(`<defs><marker id="${o.idPrefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="wf-map-arrowhead"/></marker></defs>`);
  for (const g of layout.groups) {
    const label = escapeHtml(fitText(g.label, Math.floor((g.width - 16) / 7.4)));
    const text = `<text x="${n(g.x + 10)}" y="${n(g.y + 18)}" class="wf-map-group-label">${label}</text>`;
    out.push(`<g class="wf-map-group"><rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" rx="8" class="wf-map-group-box"/>`);
    out.push(g.ref ? `<a href="${escapeHtml(o.hrefOf(g.ref))}">${text}</a></g>` : `${text}</g>`);
  }
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    out.push(`<polyline class="wf-map-edge" points="${e.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" marker-end="url(#${o.idPrefix}-arrow)"/>`);
    if (e.labelAt && e.label) {
      const l = e.labelAt;
      out.push(`<text class="wf-map-edge-label" x="${n(l.x + l.width / 2)}" y="${n(l.y + l.height / 2 + 4)}" text-anchor="middle">${escapeHtml(e.label)}</text>`);
    }
  }
  for (const node of layout.nodes) {
    const cx = node.x + node.width / 2;
    const label = escapeHtml(fitText(node.label, Math.floor((node.width - 16) / MAP_METRICS.labelChar)));
    const detail = escapeHtml(fitText(node.detail, Math.floor((node.width - 16) / MAP_METRICS.detailChar)));
    const body =
      `<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="6" class="wf-map-node-box${node.focus ? ' wf-map-focus' : ''}"/>` +
      `<text x="${n(cx)}" y="${n(node.y + 19)}" text-anchor="middle" class="wf-map-node-label">${label}</text>` +
      `<text x="${n(cx)}" y="${n(node.y + 35)}" text-anchor="middle" class="wf-map-node-detail">${detail}</text>`;
    out.push(node.ref ? `<a class="wf-map-node" href="${escapeHtml(o.hrefOf(node.ref))}">${body}</a>` : `<g class="wf-map-node">${body}</g>`);
  }
  out.push('</svg>');
  return out.join('');
}
