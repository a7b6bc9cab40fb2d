/**
 * Re-checks maturity and campaign facts against the browser's own date, like the
 * lifecycle calendar does, so a site built weeks ago is not wrong today: a level that an
 * exemption held up shows the level after the exemption lapsed, a campaign past its
 * deadline says "Overdue", and an entity's campaign notice disappears once the deadline
 * has passed. Everything works without it.
 */
import { countdown, localToday } from '../../core/lifecycle/countdown.ts';
import { campaignState, STATE_LABELS } from '../../core/campaigns/state.ts';

const today = localToday();

// Shown from a date on (a level after an exemption lapses), or until a date (inclusive).
for (const el of document.querySelectorAll<HTMLElement>('[data-wf-from], [data-wf-show-until]')) {
  const from = el.dataset.wfFrom;
  const until = el.dataset.wfShowUntil;
  const shown = (!from || today >= from) && (!until || today <= until);
  el.hidden = !shown;
}
for (const el of document.querySelectorAll<HTMLElement>('[data-wf-campaign-state]')) {
  const { start, deadline, todo, percent } = el.dataset;
  if (!start || !deadline) continue;
  const state = campaignState({ start, deadline }, Number(todo ?? 0), Number(percent ?? 0), today);
  el.dataset.wfCampaignState = state;
  el.textContent = STATE_LABELS[state];
}
for (const el of document.querySelectorAll<HTMLElement>('[data-wf-deadline-countdown]')) {
  const date = el.dataset.date;
  if (date) el.textContent = countdown('due', date, today);
}
