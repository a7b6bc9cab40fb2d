/**
 * Mermaid source → static SVG at build time, with no browser: beautiful-mermaid (pure
 * TypeScript, ELK layout) draws flowcharts, sequence, class, state and ER diagrams and XY
 * charts; gantt charts are drawn by gantt.ts. Directives (`%%{init}%%`) and `click`
 * lines are taken out first (links and callbacks in a diagram are not run on this site)
 * and reported. What the renderer cannot read is a failure with its message, so the
 * page can show the source instead. The SVG is sanitised before anyone sees it.
 */
import { renderMermaidSVG } from 'beautiful-mermaid';
import { renderGantt } from './gantt.ts';
import { sanitizeSvg } from './sanitize-svg.ts';

/** A problem in one diagram, at a 1-based line of its source. */
export interface DiagramNote {
  line: number;
  code: string;
  message: string;
  hint?: string;
}

/** A drawn diagram or the reason it was not drawn. */
export type DiagramResult =
  | { ok: true; kind: string; svg: string; labels: string[]; notes: DiagramNote[] }
  | { ok: false; kind: string; message: string; line: number; notes: DiagramNote[] };

/** Diagram types drawn at build time, by the header word Mermaid uses. */
export const DRAWN_TYPES: Readonly<Record<string, string>> = {
  graph: 'Flowchart',
  flowchart: 'Flowchart',
  sequenceDiagram: 'Sequence diagram',
  classDiagram: 'Class diagram',
  stateDiagram: 'State diagram',
  'stateDiagram-v2': 'State diagram',
  erDiagram: 'Entity-relationship diagram',
  'xychart-beta': 'Chart',
  gantt: 'Gantt chart',
};

/** The diagram type of a Mermaid source (its first word), e.g. `flowchart`. */
export function diagramType(source: string): string {
  const first = source.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('%%'));
  return (first ?? '').split(/[\s;]/)[0] ?? '';
}

const CLICK = /^\s*click\s/;

/** The source without directives, comments and click lines (blank lines keep line numbers), and notes on what was taken out. */
export function prepareSource(source: string): { text: string; notes: DiagramNote[] } {
  const notes: DiagramNote[] = [];
  const lines = source.replace(/%%\{[\s\S]*?\}%%/g, (m) => m.replace(/[^\n]/g, '')).split('\n');
  const kept = lines.map((line, i) => {
    if (/^\s*%%/.test(line)) return '';
    if (CLICK.test(line)) {
      notes.push({ line: i + 1, code: 'diagram/click-ignored', message: '`click` (a link or callback on a node) is not run on this site; the node is drawn without it', hint: 'put the link in the text beside the diagram' });
      return '';
    }
    return line;
  });
  return { text: kept.join('\n'), notes };
}

/** Decodes the character references an HTML serialiser writes (`&#x3C;`, `&amp;`, …). */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return named[e.toLowerCase()] ?? m;
  });
}

/** The visible words of an SVG (node, edge and actor labels), in order, without repeats. */
export function svgLabels(svg: string): string[] {
  const out = new Set<string>();
  for (const m of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)) {
    const t = decodeEntities(m[1] ?? '').trim();
    if (t) out.add(t);
  }
  return [...out];
}

/** Draws one Mermaid diagram as sanitised SVG, or says why not. */
export function renderMermaid(source: string): DiagramResult {
  const { text, notes } = prepareSource(source);
  const type = diagramType(text);
  const kind = DRAWN_TYPES[type];
  if (!kind) {
    const supported = [...new Set(Object.keys(DRAWN_TYPES).filter((t) => t !== 'graph' && t !== 'stateDiagram'))].join(', ');
    return { ok: false, kind: type || 'unknown', line: 1, notes, message: type ? `"${type}" diagrams are not drawn on this site (drawn: ${supported})` : 'the diagram is empty' };
  }
  let raw: string;
  try {
    raw = type === 'gantt' ? renderGantt(text) : renderMermaidSVG(text, { transparent: true, font: 'system-ui' });
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
    const at = /\bline (\d+)/i.exec(message);
    return { ok: false, kind, line: at ? Number(at[1]) : 1, notes, message: message.replace(/^line \d+:\s*/i, '') };
  }
  const svg = sanitizeSvg(raw);
  const labels = svgLabels(svg);
  if (labels.length === 0) return { ok: false, kind, line: 1, notes, message: `nothing in this ${kind.toLowerCase()} could be read` };
  return { ok: true, kind, svg, labels, notes };
}
