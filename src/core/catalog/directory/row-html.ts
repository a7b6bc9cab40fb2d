/**
 * The HTML of one directory row, written by one function for both faces: the build
 * (server-rendered pages, JavaScript off) and the browser script (filtered rows), so a
 * row looks the same whichever drew it. Every value is escaped; links must pass urlProblem.
 */
import { escapeHtml, kindNoun } from '../../names.ts';
import { entityPath, href as siteHref, refPath } from '../../urls.ts';
import { NOT_IN_CATALOG, refName, type DirectoryRow } from './directory.ts';
import { urlProblem } from '../read/url-check.ts';

/** What a row needs to know beyond itself. */
export interface RowContext {
  /** Display label of an owner or system ref. */
  label: (ref: string) => string | undefined;
  /** Whether the ref has a page in this site (it is in the catalog). */
  hasPage: (ref: string) => boolean;
}

/** The column headers, in order; the first column is the row header. */
export const DIRECTORY_COLUMNS = ['Name', 'Kind', 'Owner', 'Contact', 'Lifecycle', 'System', 'Tier'] as const;

function link(href: string | undefined, text: string, attrs = ''): string {
  return href ? `<a href="${escapeHtml(href)}"${attrs}>${escapeHtml(text)}</a>` : escapeHtml(text);
}

function safeUrl(url: string | undefined): string | undefined {
  return url && !urlProblem(url) ? url.trim() : undefined;
}

/** An owner or system: a link to its page, or plain text marked when it is not in the catalog. */
function refLink(ref: string | undefined, ctx: RowContext): string {
  if (!ref) return '';
  const text = ctx.label(ref) ?? refName(ref);
  if (!ctx.hasPage(ref)) return `${escapeHtml(text)}<span class="wf-dir-sub">${NOT_IN_CATALOG}</span>`;
  return link(siteHref(refPath(ref)), text);
}

/** True when a title says more than the name does (not just the name with spaces). */
function titleAddsToName(title: string | undefined, name: string): title is string {
  if (!title) return false;
  const norm = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, ' ').trim();
  return norm(title) !== norm(name);
}

/** One `<tr>` of the directory table. */
export function rowHtml(row: DirectoryRow, ctx: RowContext): string {
  const href = siteHref(entityPath(row));
  const title = titleAddsToName(row.title, row.name) ? `<span class="wf-dir-sub">${escapeHtml(row.title)}</span>` : '';
  const kind = `${escapeHtml(kindNoun(row.kind))}${row.type ? `<span class="wf-dir-sub">${escapeHtml(row.type)}</span>` : ''}`;
  const contact: string[] = [];
  if (row.chat) contact.push(link(safeUrl(row.chatUrl), row.chat));
  const oncall = safeUrl(row.oncall);
  if (oncall) contact.push(link(oncall, 'On-call'));
  const lifecycle = row.lifecycle
    ? `<span class="wf-dir-badge" data-lifecycle="${escapeHtml(row.lifecycle.toLowerCase())}">${escapeHtml(row.lifecycle)}</span>`
    : '';
  const tier = row.tier === undefined ? '' : row.tier === 1 ? '<strong>1</strong>' : String(row.tier);
  // Kept lean (no per-cell attributes): at 50 rows a page every byte counts 50 times.
  // Narrow screens label the cells from CSS (see directory.css), in DIRECTORY_COLUMNS order.
  return (
    `<tr><th scope="row"><a href="${escapeHtml(href)}">${escapeHtml(row.name)}</a>${title}</th>` +
    `<td>${kind}</td><td>${refLink(row.owner, ctx)}</td><td>${contact.join(' ')}</td>` +
    `<td>${lifecycle}</td><td>${refLink(row.system, ctx)}</td><td>${tier}</td></tr>`
  );
}
