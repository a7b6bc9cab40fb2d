import { describe, expect, it } from 'vitest';
import {
  optionalProgressText,
  parseStoredProgress,
  progressKey,
  progressText,
  reconcileProgress,
  toggleStep,
  type ProgressStep,
} from './progress.ts';

const steps: ProgressStep[] = [
  { id: 'laptop', minutes: 30, optional: false },
  { id: 'first-day', minutes: 120, optional: false },
  { id: 'tide-cli', minutes: 20, optional: true },
  { id: 'access', minutes: 20, optional: false },
  { id: 'tiers', minutes: 10, optional: true },
];

describe('stored progress', () => {
  it('is a JSON list of step ids under wayfinder:progress:<path>', () => {
    expect(progressKey('backend')).toBe('wayfinder:progress:backend');
    expect(parseStoredProgress('["a","b","a"]')).toEqual(['a', 'b']);
  });

  it('counts as nothing done when missing or damaged', () => {
    for (const raw of [null, undefined, '', 'not json', '{"a":1}', '"a"', '42']) expect(parseStoredProgress(raw)).toEqual([]);
    expect(parseStoredProgress('["a", 3, null, {"b":1}, "c"]')).toEqual(['a', 'c']);
  });

  it('toggles one step and keeps ids it does not know', () => {
    expect(toggleStep(['gone', 'laptop'], 'access', true)).toEqual(['gone', 'laptop', 'access']);
    expect(toggleStep(['gone', 'laptop', 'access'], 'laptop', false)).toEqual(['gone', 'access']);
    expect(toggleStep(['laptop'], 'laptop', true)).toEqual(['laptop']);
  });
});

describe('reconciling progress with the path as it is now', () => {
  it('starts at the first required step with all the time left', () => {
    const p = reconcileProgress([], steps);
    expect(p).toMatchObject({ done: [], doneRequired: 0, required: 3, doneOptional: 0, optional: 2, minutesLeft: 170, next: 'laptop', complete: false });
    expect(progressText(p)).toBe('0 of 3 steps done, 2 h 50 min left');
    expect(optionalProgressText(p)).toBe('0 of 2 optional steps done');
  });

  it('counts done steps in path order and continues with the first required one not done', () => {
    const p = reconcileProgress(['access', 'laptop', 'tide-cli'], steps);
    expect(p.done).toEqual(['laptop', 'tide-cli', 'access']);
    expect(p).toMatchObject({ doneRequired: 2, doneOptional: 1, minutesLeft: 120, next: 'first-day', complete: false });
    expect(progressText(p)).toBe('2 of 3 steps done, 2 h left');
  });

  it('ignores steps that were removed from the path and shows new ones as not done', () => {
    // Stored when the path had a "badge" step; "access" was added later.
    const p = reconcileProgress(['laptop', 'badge', 'first-day'], steps);
    expect(p.done).toEqual(['laptop', 'first-day']);
    expect(p).toMatchObject({ doneRequired: 2, required: 3, minutesLeft: 20, next: 'access' });
  });

  it('survives reordering: ids, not positions, are what count', () => {
    const reordered = [...steps].reverse();
    expect(reconcileProgress(['laptop', 'first-day'], reordered).done).toEqual(['first-day', 'laptop']);
  });

  it('is complete when every required step is done, and then points at an optional one', () => {
    const p = reconcileProgress(['laptop', 'first-day', 'access'], steps);
    expect(p).toMatchObject({ complete: true, minutesLeft: 0, next: 'tide-cli' });
    expect(progressText(p)).toBe('All 3 steps done');
    const all = reconcileProgress(steps.map((s) => s.id), steps);
    expect(all.next).toBeUndefined();
    expect(optionalProgressText(all)).toBe('2 of 2 optional steps done');
  });

  it('handles a path of one step, and one with no optional steps', () => {
    const one = [{ id: 'x', minutes: 45, optional: false }];
    expect(progressText(reconcileProgress([], one))).toBe('0 of 1 step done, 45 min left');
    expect(optionalProgressText(reconcileProgress([], one))).toBe('');
  });
});
