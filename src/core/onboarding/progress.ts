/**
 * Progress through a path, as the browser keeps it: localStorage holds, per path, the
 * ids of the steps marked done. Reconciling that list with the path as it is now makes
 * progress survive edits: a removed step no longer counts, a new one shows as not done.
 * Pure functions, no Node imports: the path pages' scripts use them.
 */
import { formatMinutes } from '../duration.ts';

/** What progress needs to know about a step. */
export interface ProgressStep {
  id: string;
  minutes: number;
  optional: boolean;
}

/** Progress through one path. Counts and time are of required steps; optional ones apart. */
export interface PathProgress {
  /** Ids of the path's steps that are done, in path order. */
  done: string[];
  /** Required steps done, and how many there are. */
  doneRequired: number;
  required: number;
  /** Optional steps done, and how many there are. */
  doneOptional: number;
  optional: number;
  /** Minutes of the required steps not done yet. */
  minutesLeft: number;
  /** The step to continue with: the first required step not done, else the first optional one. */
  next?: string;
  /** True when every required step is done. */
  complete: boolean;
}

/** The localStorage key of a path's progress. */
export function progressKey(pathId: string): string {
  return `wayfinder:progress:${pathId}`;
}

/** Reads a stored progress value: a JSON list of step ids. Anything else counts as nothing done. */
export function parseStoredProgress(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string'))];
}

/** What counts of `storedIds` for the path's current `steps`: ids of steps that no longer exist are ignored. */
export function reconcileProgress(storedIds: readonly string[], steps: readonly ProgressStep[]): PathProgress {
  const stored = new Set(storedIds);
  const p: PathProgress = { done: [], doneRequired: 0, required: 0, doneOptional: 0, optional: 0, minutesLeft: 0, complete: false };
  let nextOptional: string | undefined;
  for (const step of steps) {
    const done = stored.has(step.id);
    if (done) p.done.push(step.id);
    if (step.optional) {
      p.optional++;
      if (done) p.doneOptional++;
      else nextOptional ??= step.id;
    } else {
      p.required++;
      if (done) p.doneRequired++;
      else {
        p.minutesLeft += step.minutes;
        p.next ??= step.id;
      }
    }
  }
  p.next ??= nextOptional;
  p.complete = p.doneRequired === p.required;
  return p;
}

/** Returns `storedIds` with `stepId` marked done or not done, keeping ids it does not know. */
export function toggleStep(storedIds: readonly string[], stepId: string, done: boolean): string[] {
  const rest = storedIds.filter((id) => id !== stepId);
  return done ? [...rest, stepId] : rest;
}

/** Says how far along a path is, e.g. `3 of 9 steps done, 4 h 30 min left`. */
export function progressText(p: PathProgress): string {
  const steps = p.required === 1 ? 'step' : 'steps';
  if (p.complete) return p.required === 0 ? 'No required steps' : `All ${p.required} ${steps} done`;
  return `${p.doneRequired} of ${p.required} ${steps} done, ${formatMinutes(p.minutesLeft)} left`;
}

/** Says how many optional steps are done, e.g. `1 of 3 optional steps done`; empty when there are none. */
export function optionalProgressText(p: PathProgress): string {
  if (p.optional === 0) return '';
  return `${p.doneOptional} of ${p.optional} optional ${p.optional === 1 ? 'step' : 'steps'} done`;
}
