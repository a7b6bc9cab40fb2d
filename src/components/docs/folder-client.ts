/**
 * The filter of a large folder's index page: the first keystroke fetches the folder's
 * rows (pages.json, the whole folder, not only this page) and the table then shows the
 * matches, drawn by the same folderRowHtml as the build. Without JavaScript the
 * paginated pages still list every doc.
 */
import { filterFolderRows, folderRowHtml, type FolderRow } from '../../core/docs/folder-index.ts';

const MAX_SHOWN = 200;

for (const root of document.querySelectorAll<HTMLElement>('[data-wf-folder]')) {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const body = root.querySelector<HTMLTableSectionElement>('tbody');
  const status = root.querySelector<HTMLElement>('[data-wf-folder-status]');
  const pager = document.querySelector<HTMLElement>('[data-wf-pager]');
  if (!input || !body || !status) continue;
  const original = body.innerHTML;
  let rows: Promise<FolderRow[]> | undefined;
  const load = () => (rows ??= fetch(root.dataset.rows ?? '').then((r) => (r.ok ? (r.json() as Promise<FolderRow[]>) : [])));
  input.disabled = false;
  input.addEventListener('input', async () => {
    const query = input.value;
    if (!query.trim()) {
      body.innerHTML = original;
      status.textContent = '';
      if (pager) pager.hidden = false;
      return;
    }
    const all = await load();
    if (input.value !== query) return;
    const found = filterFolderRows(all, query);
    body.innerHTML = found.slice(0, MAX_SHOWN).map((r) => folderRowHtml(r)).join('');
    status.textContent =
      found.length > MAX_SHOWN
        ? `${found.length} of ${all.length} pages match; the first ${MAX_SHOWN} are shown.`
        : `${found.length} of ${all.length} pages match.`;
    if (pager) pager.hidden = true;
  });
}
