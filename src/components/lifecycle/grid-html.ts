/**
 * Compact month grids as HTML, one definition for the build (the first view of /lifecycle/)
 * and the browser (which redraws them for the view and the date the reader picks). A marked
 * day is the day's number linked to its first item in the list beside, with coloured dots;
 * the names live in the list, so nothing in a cell is cut on a phone.
 */
import { formatDate, formatMonth, monthGrid } from '../../core/lifecycle/periods.ts';
import { escapeHtml } from '../../core/names.ts';

/** What the grid needs of an item. */
export interface GridMark {
  date: string;
  kind: string;
  /** The id of the item's row in the list (the link's target). */
  anchor: string;
  /** `Deprecated: legacy-deployer is deprecated`, for the link's accessible name. */
  label: string;
}

const DAYS: [string, string][] = [['Mon', 'Monday'], ['Tue', 'Tuesday'], ['Wed', 'Wednesday'], ['Thu', 'Thursday'], ['Fri', 'Friday'], ['Sat', 'Saturday'], ['Sun', 'Sunday']];
/** Dots drawn in one day at most; the link's name counts them all. */
const DOTS = 3;

const cssName = (s: string) => s.replace(/[^a-z0-9-]/gi, '');

/** The grids of `months` (`YYYY-MM`) with `marks` on their days; `today` is outlined, earlier days dimmed. */
export function monthGridsHtml(months: readonly string[], marks: readonly GridMark[], today: string): string {
  const byDay = new Map<string, GridMark[]>();
  for (const m of marks) {
    const list = byDay.get(m.date);
    if (list) list.push(m);
    else byDay.set(m.date, [m]);
  }
  const head = `<thead><tr>${DAYS.map(([s, l]) => `<th scope="col"><abbr title="${l}">${s}</abbr></th>`).join('')}</tr></thead>`;
  return months
    .map((month) => {
      const rows = monthGrid(month).map((week) => {
        const cells = week.map((day) => {
          if (!day) return '<td></td>';
          const list = byDay.get(day) ?? [];
          const cls = [list.length ? 'wf-day-marked' : '', day < today ? 'wf-day-past' : ''].filter(Boolean).join(' ');
          const attrs = `${cls ? ` class="${cls}"` : ''} data-wf-day="${day}"${day === today ? ' aria-current="date"' : ''}`;
          const n = String(Number(day.slice(8)));
          if (!list.length) return `<td${attrs}>${n}</td>`;
          const first = list[0] as GridMark;
          const name = `${formatDate(day)}: ${list.map((m) => m.label).join('; ')}`;
          const dots = list
            .slice(0, DOTS)
            .map((m) => `<span class="wf-dot wf-kind-${cssName(m.kind)}"></span>`)
            .join('');
          return `<td${attrs}><a href="#${escapeHtml(first.anchor)}" aria-label="${escapeHtml(name)}" title="${escapeHtml(name)}">${n}<span class="wf-dots" aria-hidden="true">${dots}</span></a></td>`;
        });
        return `<tr>${cells.join('')}</tr>`;
      });
      return `<table class="wf-grid"><caption>${formatMonth(month)}</caption>${head}<tbody>${rows.join('')}</tbody></table>`;
    })
    .join('');
}
