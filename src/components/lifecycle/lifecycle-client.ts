/**
 * Re-checks the calendar against the browser's own date, so a site built weeks ago never
 * calls a past sunset "upcoming": countdowns are rewritten, items move between upcoming
 * and past, notices whose last date has passed disappear. On /lifecycle/ it runs the views
 * (upcoming, this month, this quarter, next quarter, past: by the reader's date, with the
 * same range logic as the build, core/lifecycle/periods.ts), the type and team filters,
 * the month grids of the view, and the subscribe box. Everything works without it; it
 * only corrects and enhances.
 */
import { countdown, localToday } from '../../core/lifecycle/countdown.ts';
import { CALENDAR_VIEWS, formatDate, itemsInView, monthsWithItems, OPEN_RANGE, periodOf, viewReachesBeyond, type CalendarView } from '../../core/lifecycle/periods.ts';
import { webcalUrl } from '../../core/urls.ts';
import { monthGridsHtml } from './grid-html.ts';

const today = localToday();

function refresh(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-wf-countdown]')) {
    const { date, verb } = el.dataset;
    if (date && verb) el.textContent = countdown(verb, date, today);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-wf-when]')) {
    const date = el.dataset.date ?? '';
    const past = date < today;
    el.dataset.wfTimeHidden = String(el.dataset.wfWhen === 'upcoming' ? past : !past);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-wf-until]')) {
    el.hidden = (el.dataset.wfUntil ?? '') < today;
  }
  applyVisibility(root);
}

/** The paged lists: a row shows when its date is on its side of today. */
function applyVisibility(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-wf-when]')) el.hidden = el.dataset.wfTimeHidden === 'true';
  for (const group of root.querySelectorAll<HTMLElement>('[data-wf-group]')) {
    group.hidden = !group.querySelector('[data-wf-when]:not([hidden])');
  }
}

interface Row {
  el: HTMLElement;
  date: string;
  kind: string;
  owners: string[];
  group: string;
}

/** The views, filters and grids of /lifecycle/. */
function setupCalendar(): void {
  const box = document.querySelector<HTMLElement>('[data-wf-calendar]');
  const form = document.querySelector<HTMLFormElement>('[data-wf-filters]');
  const list = box?.querySelector<HTMLElement>('[data-wf-list]');
  if (!box || !form || !list) return;
  form.hidden = false;
  const rows: Row[] = [...list.querySelectorAll<HTMLElement>('[data-wf-item]')].map((el) => ({
    el,
    date: el.dataset.date ?? '',
    kind: el.dataset.type ?? '',
    owners: (el.dataset.owners ?? '').split(' ').filter(Boolean),
    group: el.dataset.group ?? '',
  }));
  const covers = { start: box.dataset.coversStart ?? OPEN_RANGE.start, end: box.dataset.coversEnd ?? OPEN_RANGE.end };
  const limits = { upcoming: Number(box.dataset.upcoming ?? 15), past: Number(box.dataset.past ?? 10) };
  const q = <T extends HTMLElement>(sel: string) => box.querySelector<T>(sel);
  const label = q('[data-wf-view-label]');
  const detail = q('[data-wf-view-detail]');
  const empty = q('[data-wf-empty]');
  const partial = q('[data-wf-partial]');
  const grids = q('[data-wf-grids]');
  const type = form.querySelector<HTMLSelectElement>('select[name="type"]');
  const owner = form.querySelector<HTMLSelectElement>('select[name="owner"]');
  const params = new URLSearchParams(location.search);
  const asked = params.get('view');
  if (asked && (CALENDAR_VIEWS as readonly string[]).includes(asked)) {
    const radio = form.querySelector<HTMLInputElement>(`input[name="view"][value="${asked}"]`);
    if (radio) radio.checked = true;
  }
  if (type && params.get('type')) type.value = params.get('type') ?? '';

  const apply = (): void => {
    const view = (form.querySelector<HTMLInputElement>('input[name="view"]:checked')?.value ?? 'upcoming') as CalendarView;
    const t = type?.value ?? '';
    const o = owner?.value ?? '';
    const matching = rows.filter((r) => (!t || r.kind === t) && (!o || r.owners.includes(o)));
    const shown = itemsInView(matching, view, today, limits);
    const visible = new Set(shown);
    for (const r of rows) r.el.hidden = !visible.has(r);
    // The list in the view's order (past: latest first).
    for (const r of shown) list.append(r.el);
    const pastCount = shown.filter((r) => r.date < today).length;
    const things = new Set(shown.map((r) => r.group)).size;
    const count = `${shown.length} date${shown.length === 1 ? '' : 's'}${things !== shown.length ? ` of ${things} changes` : ''}`;
    if (view === 'upcoming' || view === 'past') {
      if (label) label.textContent = view === 'upcoming' ? 'Upcoming' : 'Past';
      if (detail) detail.textContent = shown.length ? `${view === 'upcoming' ? 'the next' : 'the latest'} ${count}, ${view === 'upcoming' ? 'from' : 'before'} ${formatDate(today)}` : '';
    } else {
      const p = periodOf(view, today);
      if (label) label.textContent = p.label;
      if (detail) detail.textContent = `${p.detail} · ${count}${pastCount ? `, ${pastCount} already past` : ''}`;
    }
    // A view that reaches beyond what the page holds (a reader much later than the build, or a
    // busy organisation) says where the rest is.
    const outside = viewReachesBeyond(view, today, shown.length, covers, limits);
    if (empty) {
      empty.hidden = shown.length > 0 || outside;
      empty.textContent = view === 'past' ? 'Nothing has happened yet.' : view === 'upcoming' ? 'Nothing is scheduled.' : 'Nothing in this period.';
    }
    if (partial) {
      partial.hidden = !outside;
      const c = partial.querySelector('[data-wf-covers]');
      if (c) c.textContent = `${covers.start === OPEN_RANGE.start ? 'the first' : formatDate(covers.start)} to ${covers.end === OPEN_RANGE.end ? 'the last' : formatDate(covers.end)}`;
    }
    if (grids) {
      const marks = shown.map((r) => ({ date: r.date, kind: r.kind, anchor: r.el.id, label: rowLabel(r.el) }));
      grids.innerHTML = monthGridsHtml(monthsWithItems(shown), marks, today);
    }
    // A team chosen: offer that team's own feed.
    const teamFeed = q('[data-wf-team-feed]');
    const option = owner?.selectedOptions[0];
    if (teamFeed) {
      const feed = option?.dataset.feed;
      teamFeed.hidden = !o || !feed;
      const link = teamFeed.querySelector('a');
      const name = teamFeed.querySelector('span');
      if (feed && link && name) {
        link.href = feed.startsWith('webcal:') ? feed : webcalUrl(new URL(feed, location.href).href);
        name.textContent = option?.textContent?.trim() ?? '';
      }
    }
    const url = new URL(location.href);
    if (view === 'upcoming') url.searchParams.delete('view');
    else url.searchParams.set('view', view);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}

/** `Sunset: legacy-deployer is deprecated`: what the row says happens, for a grid day's link. */
function rowLabel(el: HTMLElement): string {
  const what = el.querySelector('.wf-event-kind')?.textContent?.replace(/:$/, '') ?? el.querySelector('.sl-badge')?.textContent ?? '';
  const title = el.querySelector('.wf-event-title a')?.textContent ?? '';
  return `${what.trim()}: ${title.trim()}`;
}

/** The subscribe box: opens on #subscribe, fills absolute addresses when the build had no site URL, copies the address. */
function setupSubscribe(): void {
  const details = document.querySelector<HTMLDetailsElement>('[data-wf-subscribe]');
  if (!details) return;
  const open = () => {
    if (location.hash === `#${details.id}`) details.open = true;
  };
  open();
  window.addEventListener('hashchange', open);
  const code = details.querySelector<HTMLElement>('[data-wf-feed-url]');
  const noSite = details.querySelector('[data-wf-no-site]');
  if (code && noSite && /^https?:$/.test(location.protocol)) {
    // No `site` in the build: this page's own address is the best there is.
    const url = new URL(code.dataset.path ?? '', location.href).href;
    code.textContent = url;
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = webcalUrl(url);
    a.textContent = 'Open in your calendar app';
    a.className = 'wf-subscribe-link';
    p.append(a, ' (from the address you are reading this page at).');
    noSite.after(p);
  }
  const button = details.querySelector<HTMLButtonElement>('[data-wf-copy]');
  const status = details.querySelector<HTMLElement>('[data-wf-copy-status]');
  if (button && code && navigator.clipboard) {
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => status && (status.textContent = 'Copied.'),
        () => status && (status.textContent = 'Could not copy; select the address instead.'),
      );
    });
  }
}

refresh();
setupCalendar();
setupSubscribe();
