/**
 * The directory's browser side. The page works without it (server-rendered rows, pages,
 * "Browse by" links); with it, /catalog/index.json is loaded once and the form filters
 * and combines facets and text in place, keeps the filters in the URL query (so a view
 * can be shared and survives reload), updates counts and announces them politely.
 */
import {
  buildIndex,
  decodeIndex,
  DIRECTORY_PAGE_SIZE,
  FACET_LABELS,
  FACETS,
  facetCounts,
  facetLabels,
  facetValueLabel,
  filtersToQuery,
  matchRows,
  orderFacetValues,
  parseFilters,
  type DirectoryFilters,
  type DirectoryIndexJson,
  type FacetName,
} from '../../core/catalog/directory/directory.ts';
import { rowHtml, type RowContext } from '../../core/catalog/directory/row-html.ts';
import { ROUTES } from '../../core/urls.ts';

/** Shows what only works with JavaScript on listing pages, and starts the filters on /catalog/. */
export function startDirectory(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-wf-js-only]')) el.hidden = false;
  const root = document.querySelector<HTMLElement>('[data-wf-directory]');
  if (root) void start(root);
}

const q = <T extends Element>(root: ParentNode, selector: string): T | null => root.querySelector<T>(selector);

async function start(root: HTMLElement): Promise<void> {
  const form = q<HTMLFormElement>(root, '[data-wf-filters]');
  const browse = q<HTMLElement>(root, '[data-wf-browse]');
  const status = q<HTMLElement>(root, '[data-wf-status]');
  const tbody = q<HTMLTableSectionElement>(root, '[data-wf-rows]');
  const caption = q<HTMLElement>(root, '[data-wf-caption]');
  const pager = q<HTMLElement>(root, '[data-wf-pager]');
  const more = q<HTMLButtonElement>(root, '[data-wf-more]');
  const empty = q<HTMLElement>(root, '[data-wf-empty]');
  if (!form || !status || !tbody || !caption || !more || !empty) return;
  const home = root.dataset.home ?? ROUTES.catalog;
  const pageSize = Number(root.dataset.pageSize) || DIRECTORY_PAGE_SIZE;
  const text = form.elements.namedItem('q') as HTMLInputElement;
  const selects = Object.fromEntries(FACETS.map((f) => [f, form.elements.namedItem(f) as HTMLSelectElement])) as Record<FacetName, HTMLSelectElement>;

  let filters: DirectoryFilters = parseFilters(location.search);
  form.hidden = false;
  if (browse) browse.hidden = true;
  text.value = filters.q ?? '';
  const hasFilters = () => filtersToQuery(filters) !== '';
  if (hasFilters()) status.textContent = 'Loading the filters…';

  let json: DirectoryIndexJson;
  try {
    const res = await fetch(root.dataset.index ?? `${home}index.json`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    json = (await res.json()) as DirectoryIndexJson;
  } catch {
    form.hidden = true;
    if (browse) browse.hidden = false;
    status.textContent = 'The filters could not be loaded. Browse by kind, owner, system, lifecycle, tier or tag instead.';
    return;
  }
  const decoded = decodeIndex(json);
  const refLabel = (ref: string) => decoded.refLabels.get(ref);
  const index = buildIndex(decoded.rows, refLabel);
  const labels = facetLabels(index.rows, refLabel, (ref) => decoded.refHasPage.get(ref) ?? true);
  const label = (f: FacetName, k: string) => facetValueLabel(f, k, labels);
  const allCounts = facetCounts(index, {});
  const ordered = Object.fromEntries(FACETS.map((f) => [f, orderFacetValues(f, allCounts[f].keys(), (k) => label(f, k))])) as Record<FacetName, string[]>;
  const ctx: RowContext = { label: refLabel, hasPage: (ref) => decoded.refHasPage.get(ref) ?? false };
  const total = index.rows.length;
  let shown = pageSize;
  let matched: number[] = [];
  const signatures = new Map<FacetName, string>();

  const fillSelect = (f: FacetName, counts: Map<string, number>) => {
    const selected = filters[f] ?? '';
    const options: [string, string][] = [['', `Any ${FACET_LABELS[f].one.toLowerCase()}`]];
    for (const k of ordered[f]) {
      const n = counts.get(k) ?? 0;
      if (n > 0 || k === selected) options.push([k, `${label(f, k)} (${n})`]);
    }
    if (selected && !allCounts[f].has(selected)) options.push([selected, `${selected} (0)`]);
    const signature = options.map((o) => o.join('=')).join('\n');
    if (signatures.get(f) !== signature) {
      signatures.set(f, signature);
      selects[f].replaceChildren(...options.map(([value, text]) => new Option(text, value)));
    }
    selects[f].value = selected;
  };

  const describe = (): string => {
    const parts = FACETS.filter((f) => filters[f]).map((f) => `${FACET_LABELS[f].one.toLowerCase()} ${label(f, filters[f]!)}`);
    if (filters.q?.trim()) parts.push(`text “${filters.q.trim()}”`);
    return parts.length ? `Entities with ${parts.join(', ')}` : 'All entities';
  };

  const renderRows = () => {
    tbody.innerHTML = matched
      .slice(0, shown)
      .map((i) => rowHtml(index.rows[i]!, ctx))
      .join('');
    const left = matched.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(pageSize, left)} more (${left} not shown)`;
  };

  const announce = () => {
    const n = matched.length;
    const of = n === total ? `${total} entities` : `${n} of ${total} entities match`;
    status.textContent = n > Math.min(shown, n) ? `${of}; showing the first ${shown}.` : `${of}.`;
  };

  /** Applies the filters; `skip` is the select the reader is using (its own options do not change). */
  const render = (skip?: FacetName) => {
    matched = matchRows(index, filters);
    const counts = facetCounts(index, filters);
    for (const f of FACETS) if (f !== skip) fillSelect(f, counts[f]);
    caption.textContent = describe();
    if (pager) pager.hidden = true;
    empty.hidden = matched.length > 0;
    renderRows();
    announce();
  };

  const updateUrl = () => {
    history.replaceState(history.state, '', `${home}${filtersToQuery(filters)}${location.hash}`);
  };

  const fromForm = (): DirectoryFilters => {
    const next: DirectoryFilters = {};
    for (const f of FACETS) if (selects[f].value) next[f] = selects[f].value;
    if (text.value.trim()) next.q = text.value;
    return next;
  };

  // First paint: the server rows stay when nothing is filtered (so /catalog/page/3/ keeps
  // its page); the choices get their counts either way.
  if (hasFilters()) render();
  else {
    const counts = facetCounts(index, {});
    for (const f of FACETS) fillSelect(f, counts[f]);
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLSelectElement)) return;
    filters = fromForm();
    shown = pageSize;
    updateUrl();
    render(target.name as FacetName);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      filters = fromForm();
      shown = pageSize;
      updateUrl();
      render();
    }, 150);
  });
  for (const clear of root.querySelectorAll<HTMLButtonElement>('[data-wf-clear]')) {
    clear.addEventListener('click', () => {
      filters = {};
      text.value = '';
      shown = pageSize;
      updateUrl();
      render();
      text.focus();
    });
  }
  more.addEventListener('click', () => {
    shown += pageSize;
    renderRows();
    announce();
  });
  addEventListener('popstate', () => {
    filters = parseFilters(location.search);
    text.value = filters.q ?? '';
    shown = pageSize;
    render();
  });
}
