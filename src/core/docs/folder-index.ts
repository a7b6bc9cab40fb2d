import { escapeHtml } from '../names.ts';

/**
 * The index page of a large docs folder (see findLargeFolders): one row per doc with its
 * title, description, owner and review state, paginated. The same rows, as JSON, feed the
 * page's filter in the browser, and one function writes a row's HTML for both faces.
 */

/** How many docs one page of a folder index lists. */
export const FOLDER_PAGE_SIZE = 50;

/** One doc of a large folder, as its index lists it. Links carry the site's base. */
export interface FolderRow {
  title: string;
  description?: string;
  href: string;
  /** Display name of the owning team, and its page when it is in the catalog. */
  owner?: { label: string; href?: string };
  /** YYYY-MM-DD of the last review, when the doc states one. */
  reviewed?: string;
  review: 'current' | 'stale' | 'unreviewed';
  /** Why a stale doc is stale, in words. */
  why?: string;
}

/** The words a row is found by: title, description and owner. */
function haystack(row: FolderRow): string {
  return `${row.title} ${row.description ?? ''} ${row.owner?.label ?? ''}`.toLowerCase();
}

/** The rows matching every word of `query` (case-insensitive); all rows for an empty query. */
export function filterFolderRows(rows: readonly FolderRow[], query: string): FolderRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((r) => {
    const text = haystack(r);
    return words.every((w) => text.includes(w));
  });
}


const REVIEW_LABEL: Record<FolderRow['review'], string> = { current: 'Reviewed', stale: 'Stale', unreviewed: 'No review date' };

/** The `<tr>` of one row; every value escaped. */
export function folderRowHtml(row: FolderRow): string {
  const title = `<a href="${escapeHtml(row.href)}">${escapeHtml(row.title)}</a>`;
  const description = row.description ? escapeHtml(row.description) : '';
  const owner = row.owner
    ? row.owner.href
      ? `<a href="${escapeHtml(row.owner.href)}">${escapeHtml(row.owner.label)}</a>`
      : escapeHtml(row.owner.label)
    : '';
  const when = row.reviewed ? ` <time datetime="${escapeHtml(row.reviewed)}">${escapeHtml(row.reviewed)}</time>` : '';
  const why = row.why ? `<br><small>${escapeHtml(row.why)}</small>` : '';
  const review = `<span data-review="${row.review}">${REVIEW_LABEL[row.review]}</span>${when}${why}`;
  return `<tr><th scope="row">${title}</th><td>${description}</td><td>${owner}</td><td>${review}</td></tr>`;
}

/** The column headers of the folder index table, in order. */
export const FOLDER_COLUMNS = ['Page', 'Description', 'Owner', 'Review'] as const;
