/**
 * The browser side of onboarding progress: reads and writes the done step ids of a
 * path in localStorage (`wayfinder:progress:<pathId>`), and tells every widget on the
 * page (and other tabs, through the storage event) when they change. When storage is
 * blocked, progress lives in memory for the page's lifetime.
 */
import { parseStoredProgress, progressKey, toggleStep } from '../../core/onboarding/progress.ts';

const CHANGE = 'wayfinder:progress';
const memory = new Map<string, string[]>();

/** The step ids stored as done for `pathId` (ids of removed steps included; reconcile them). */
export function readDone(pathId: string): string[] {
  try {
    return parseStoredProgress(window.localStorage.getItem(progressKey(pathId)));
  } catch {
    return memory.get(pathId) ?? [];
  }
}

/** Stores `ids` as the done steps of `pathId` and announces the change. */
export function writeDone(pathId: string, ids: readonly string[]): void {
  try {
    if (ids.length) window.localStorage.setItem(progressKey(pathId), JSON.stringify(ids));
    else window.localStorage.removeItem(progressKey(pathId));
  } catch {
    memory.set(pathId, [...ids]);
  }
  window.dispatchEvent(new CustomEvent(CHANGE, { detail: pathId }));
}

/** Marks one step of `pathId` done or not done. */
export function setDone(pathId: string, stepId: string, done: boolean): void {
  writeDone(pathId, toggleStep(readDone(pathId), stepId, done));
}

/** Calls `listener` with the path id whenever progress changes here or in another tab. */
export function onProgressChange(listener: (pathId: string) => void): void {
  window.addEventListener(CHANGE, (e) => listener(String((e as CustomEvent<string>).detail)));
  window.addEventListener('storage', (e) => {
    const prefix = progressKey('');
    if (e.key === null) listener('');
    else if (e.key.startsWith(prefix)) listener(e.key.slice(prefix.length));
  });
}
