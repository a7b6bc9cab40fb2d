/**
 * Re-checks the calendar against the browser's own date, so a site built weeks ago never
 * calls a past sunset "upcoming": countdowns are rewritten, items move between upcoming
 * and past, notices whose last date has passed disappear. Also runs the type/owner
 * filters. Everything works without it; it only corrects and enhances.
 */
import { countdown, localToday } from '../../core/lifecycle/countdown.ts';

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
  for (const cell of root.querySelectorAll<HTMLElement>('[data-wf-day]')) {
    const day = cell.dataset.wfDay ?? '';
    if (day === today) cell.setAttribute('aria-current', 'date');
    else cell.removeAttribute('aria-current');
    cell.classList.toggle('wf-day-past', day < today);
  }
  applyVisibility(root);
}

function applyVisibility(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-wf-when]')) {
    el.hidden = el.dataset.wfTimeHidden === 'true' || el.dataset.wfFilterHidden === 'true';
  }
  for (const group of root.querySelectorAll<HTMLElement>('[data-wf-group]')) {
    group.hidden = !group.querySelector('[data-wf-when]:not([hidden])');
  }
  for (const empty of root.querySelectorAll<HTMLElement>('[data-wf-empty]')) {
    const section = document.getElementById(empty.dataset.wfEmpty ?? '');
    empty.hidden = Boolean(section?.querySelector('[data-wf-when]:not([hidden])'));
  }
}

function setupFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-wf-filters]');
  if (!form) return;
  form.hidden = false;
  const type = form.querySelector<HTMLSelectElement>('select[name="type"]');
  const owner = form.querySelector<HTMLSelectElement>('select[name="owner"]');
  const status = form.querySelector<HTMLElement>('[data-wf-filter-status]');
  const apply = (): void => {
    const t = type?.value ?? '';
    const o = owner?.value ?? '';
    let shown = 0;
    const seen = new Set<string>();
    for (const el of document.querySelectorAll<HTMLElement>('[data-wf-when], [data-wf-mark]')) {
      const match = (!t || el.dataset.type === t) && (!o || (el.dataset.owners ?? '').split(' ').includes(o));
      el.dataset.wfFilterHidden = String(!match);
      if (el.hasAttribute('data-wf-mark')) el.hidden = !match;
      else if (match && el.dataset.wfTimeHidden !== 'true' && el.dataset.id && !seen.has(el.dataset.id)) {
        seen.add(el.dataset.id);
        shown++;
      }
    }
    applyVisibility(document);
    if (status) status.textContent = t || o ? `${shown} announcement${shown === 1 ? '' : 's'} match` : '';
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.addEventListener('submit', (e) => e.preventDefault());
}

refresh();
setupFilters();
