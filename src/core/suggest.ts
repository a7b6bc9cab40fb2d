/**
 * "Did you mean ...?": the one place that decides whether a name someone wrote is close
 * enough to a known name to suggest it. Every "did you mean" in Wayfinder goes through
 * `suggest`, so they all follow the same rule.
 *
 * The rule: compare without regard to case; the closest known name (Levenshtein edit
 * distance, the first one on a tie) is suggested when its distance is at most a third of
 * the length of what was written, but never less than 2, and smaller than that length
 * (so a one- or two-letter typo is not "corrected" into an unrelated word):
 *
 *     distance <= max(2, floor(length / 3))  and  distance < length
 */
import { closest, distance } from 'fastest-levenshtein';

/** The largest edit distance at which a name written with `length` characters gets a suggestion. */
export function suggestionLimit(length: number): number {
  return Math.min(Math.max(2, Math.floor(length / 3)), length - 1);
}

/**
 * The known name closest to `text` when it is close enough by the rule above, else
 * undefined. Returns the name as it is spelled in `known`; an exact match (ignoring case)
 * is returned too. `written` is what the person wrote, when `text` adds to it (a ref's
 * name compared as `namespace/name`): the limit counts only what they wrote.
 */
export function suggest(text: string, known: readonly string[], written: string = text): string | undefined {
  if (known.length === 0 || written.length === 0) return undefined;
  const wanted = text.toLowerCase();
  const lowered = known.map((k) => k.toLowerCase());
  const best = closest(wanted, lowered);
  if (distance(wanted, best) > suggestionLimit(written.length)) return undefined;
  return known[lowered.indexOf(best)];
}

/** `did you mean X?` for `text` among `known`, or undefined. `format` shapes the name (e.g. adds backquotes). */
export function didYouMean(text: string, known: readonly string[], format: (name: string) => string = (n) => n): string | undefined {
  const near = suggest(text, known);
  return near === undefined ? undefined : `did you mean ${format(near)}?`;
}
