/**
 * The catalog-scoped search on /catalog/: Pagefind's JS API, loaded on first use from
 * `<base>pagefind/pagefind.js`, restricted with the `type` filter that entity and team
 * pages carry, so docs stay out. Where there is no index (`astro dev`) it says so.
 */

/** The `type` filter values entity pages carry in the Pagefind index. */
export const CATALOG_TYPES = ['component', 'api', 'resource', 'system', 'domain', 'team', 'user', 'location'] as const;

const TYPE_LABELS: Record<string, string> = {
  component: 'Component',
  api: 'API',
  resource: 'Resource',
  system: 'System',
  domain: 'Domain',
  team: 'Team',
  user: 'Person',
  location: 'Location',
};

/** The few parts of Pagefind's JS API used here. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;

/** Shows the search box and wires it to Pagefind. */
export function startCatalogSearch(): void {
  const section = document.querySelector<HTMLElement>('[data-wf-search]');
  const form = section?.querySelector<HTMLFormElement>('[data-wf-search-form]');
  const status = section?.querySelector<HTMLElement>('[data-wf-search-status]');
  const list = section?.querySelector<HTMLOListElement>('[data-wf-search-results]');
  if (!section || !form || !status || !list) return;
  const input = form.elements.namedItem('search') as HTMLInputElement;
  const base = section.closest<HTMLElement>('[data-base]')?.dataset.base ?? '/';
  section.hidden = false;

  let pagefind: Promise<PagefindApi | undefined> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      try {
        const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
        const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
        await api.options({ baseUrl: base });
        return api;
      } catch {
        return undefined;
      }
    })());

  let latest = 0;
  const run = async () => {
    const term = input.value.trim();
    const ticket = ++latest;
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const api = await load();
    if (ticket !== latest) return;
    if (!api) {
      list.replaceChildren();
      status.textContent =
        'Search is not available here: the search index is made by `npm run build`, so it is missing in `astro dev`. The filters above still work.';
      return;
    }
    const search = await api.search(term, { filters: { type: { any: [...CATALOG_TYPES] } } });
    if (ticket !== latest || !search) return;
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(resultItem));
    const n = search.results.length;
    status.textContent =
      n === 0
        ? `No catalog page mentions “${term}”.`
        : `${n} catalog ${n === 1 ? 'page matches' : 'pages match'} “${term}”${n > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  });
  input.addEventListener('focus', () => void load(), { once: true });
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  const type = data.filters.type?.[0];
  li.append(a);
  if (type) {
    const badge = document.createElement('span');
    badge.className = 'wf-dir-search-type';
    badge.textContent = TYPE_LABELS[type] ?? type;
    li.append(' ', badge);
  }
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(excerpt);
  return li;
}

/** Pagefind's excerpt is HTML with `<mark>` around hits: keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
