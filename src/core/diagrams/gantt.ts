/**
 * A Mermaid gantt chart drawn as SVG without a browser: beautiful-mermaid does not draw
 * gantt charts, and a timeline needs no graph layout. Reads the common subset: `title`,
 * `dateFormat YYYY-MM-DD`, `section`, and tasks `Name : [crit|done|active|milestone,] [id,]
 * <start date | after id>, <end date | Nd | Nw | Nh>`. Dates are calendar days (UTC
 * arithmetic only). A line it cannot read throws with its line number.
 */
import { escapeHtml } from '../names.ts';

interface Task {
  name: string;
  section: string;
  start: number;
  end: number;
  tags: string[];
}

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function day(text: string, line: number): number {
  if (!DATE.test(text)) throw new Error(`line ${line}: "${text}" is not a date as YYYY-MM-DD`);
  const t = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`line ${line}: "${text}" is not a date`);
  return t;
}

function duration(text: string, line: number): number {
  const m = /^(\d+(?:\.\d+)?)\s*([dwh])$/.exec(text);
  if (!m) throw new Error(`line ${line}: "${text}" is neither a date nor a duration such as 3d, 2w or 12h`);
  const n = Number(m[1]);
  return m[2] === 'w' ? n * 7 * DAY : m[2] === 'h' ? (n * DAY) / 24 : n * DAY;
}

const TAGS = new Set(['crit', 'done', 'active', 'milestone']);

/** Reads a gantt source into tasks (throws `line N: …` on what it cannot read). */
export function parseGantt(source: string): { title?: string; tasks: Task[] } {
  const tasks: Task[] = [];
  const byId = new Map<string, Task>();
  let title: string | undefined;
  let section = '';
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (!line || line === 'gantt' || line.startsWith('%%')) return;
    const kw = /^(title|dateFormat|axisFormat|section|excludes|todayMarker|tickInterval|weekday|includes)\s+(.*)$/.exec(line);
    if (kw) {
      if (kw[1] === 'title') title = kw[2]?.trim();
      else if (kw[1] === 'section') section = kw[2]?.trim() ?? '';
      else if (kw[1] === 'dateFormat' && kw[2]?.trim() !== 'YYYY-MM-DD') throw new Error(`line ${n}: only dateFormat YYYY-MM-DD is drawn on this site`);
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`line ${n}: expected a task as "Name : start, end"`);
    const name = line.slice(0, colon).trim();
    const parts = line.slice(colon + 1).split(',').map((p) => p.trim()).filter(Boolean);
    const tags: string[] = [];
    while (parts.length && TAGS.has(parts[0] as string)) tags.push(parts.shift() as string);
    if (parts.length === 3) parts.shift(); // the task's id: kept below
    const id = /:\s*(?:(?:crit|done|active|milestone)\s*,\s*)*([A-Za-z_][\w-]*)\s*,/.exec(line)?.[1];
    const [startText, endText] = parts.length === 1 ? [undefined, parts[0]] : [parts[0], parts[1]];
    if (endText === undefined) throw new Error(`line ${n}: the task "${name}" has no end or duration`);
    let start: number;
    if (startText === undefined) {
      const prev = tasks[tasks.length - 1];
      if (!prev) throw new Error(`line ${n}: the first task needs a start date`);
      start = prev.end;
    } else if (startText.startsWith('after ')) {
      const after = startText.slice(6).trim().split(/\s+/).map((r) => byId.get(r));
      if (after.some((t) => !t)) throw new Error(`line ${n}: "${startText}" names a task that is not defined above`);
      start = Math.max(...after.map((t) => (t as Task).end));
    } else start = day(startText, n);
    const end = DATE.test(endText) ? day(endText, n) + DAY : start + duration(endText, n);
    if (end < start) throw new Error(`line ${n}: the task "${name}" ends before it starts`);
    const task: Task = { name, section, start, end, tags };
    tasks.push(task);
    if (id && id !== startText) byId.set(id, task);
  });
  if (tasks.length === 0) throw new Error('line 1: the gantt chart has no tasks');
  return { ...(title ? { title } : {}), tasks };
}

const ROW = 28;
const LABEL_W = 190;
const WIDTH = 720;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const r1 = (v: number): string => String(Math.round(v * 10) / 10);

/** Draws a gantt source as SVG (colours from the site's diagram variables). */
export function renderGantt(source: string): string {
  const { title, tasks } = parseGantt(source);
  const min = Math.min(...tasks.map((t) => t.start));
  const max = Math.max(...tasks.map((t) => t.end), min + DAY);
  const plot = WIDTH - LABEL_W - 20;
  const x = (t: number): number => LABEL_W + ((t - min) / (max - min)) * plot;
  const top = title ? 56 : 32;
  const out: string[] = [];
  if (title) out.push(`<text class="gantt-title" x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="15" font-weight="600" fill="var(--_text)">${escapeHtml(title)}</text>`);
  out.push(`<text x="${LABEL_W}" y="${top - 10}" font-size="11" fill="var(--_text-sec)">${iso(min)}</text>`);
  out.push(`<text x="${WIDTH - 20}" y="${top - 10}" text-anchor="end" font-size="11" fill="var(--_text-sec)">${iso(max - DAY)}</text>`);
  let y = top;
  let section: string | undefined;
  for (const t of tasks) {
    if (t.section !== section && t.section) {
      out.push(`<text class="gantt-section" x="8" y="${y + 18}" font-size="12" font-weight="600" fill="var(--_text)">${escapeHtml(t.section)}</text>`);
      y += ROW;
    }
    section = t.section;
    const crit = t.tags.includes('crit');
    const done = t.tags.includes('done');
    out.push(`<g class="gantt-task" data-label="${escapeHtml(t.name)}">`);
    out.push(`<text x="20" y="${y + 18}" font-size="12" fill="var(--_text)">${escapeHtml(t.name)}</text>`);
    if (t.tags.includes('milestone')) {
      const cx = x(t.start);
      out.push(`<polygon points="${r1(cx)},${y + 6} ${r1(cx + 8)},${y + 14} ${r1(cx)},${y + 22} ${r1(cx - 8)},${y + 14}" fill="var(--_arrow)"/>`);
    } else {
      const w = Math.max(2, x(t.end) - x(t.start));
      out.push(`<rect x="${r1(x(t.start))}" y="${y + 5}" width="${r1(w)}" height="${ROW - 10}" rx="3" fill="${done ? 'var(--_node-fill)' : 'var(--_node-stroke)'}" stroke="${crit ? 'var(--_arrow)' : 'var(--_line)'}" stroke-width="${crit ? 2 : 1}"/>`);
    }
    out.push('</g>');
    y += ROW;
  }
  const height = y + 12;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${out.join('')}</svg>`;
}
