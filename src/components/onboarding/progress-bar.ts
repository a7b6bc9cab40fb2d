/** Browser code: draws a path's progress into its progress bar and its text (home page and path page). */
import { progressText, type PathProgress } from '../../core/onboarding/progress.ts';

/** Sets the bar's value and spoken text, and the visible text, from `p`. */
export function showProgress(bar: HTMLProgressElement | null, text: HTMLElement | null, p: PathProgress): void {
  const said = progressText(p);
  if (bar) {
    bar.max = Math.max(1, p.required);
    bar.value = p.complete ? bar.max : p.doneRequired;
    bar.setAttribute('aria-valuetext', said);
  }
  if (text) text.textContent = said;
}
