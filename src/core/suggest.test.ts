import { describe, expect, it } from 'vitest';
import { didYouMean, suggest, suggestionLimit } from './suggest.ts';

describe('suggest: the one "did you mean" rule', () => {
  it('allows a third of the length, at least 2, and less than the length', () => {
    expect([1, 2, 3, 5, 6, 9, 12, 20].map(suggestionLimit)).toEqual([0, 1, 2, 2, 2, 3, 4, 6]);
  });

  it('suggests the closest known name within the limit, spelled as known', () => {
    expect(suggest('deprecaton', ['beta', 'ga', 'deprecation', 'sunset'])).toBe('deprecation');
    expect(suggest('nmae', ['name', 'namespace'])).toBe('name');
    expect(suggest('componnet', ['Component', 'API'])).toBe('Component'); // case is ignored
    expect(suggest('Production', ['production'])).toBe('production'); // an exact match but for case
  });

  it('suggests nothing when nothing is close, for short words, or with nothing to pick from', () => {
    expect(suggest('colour', ['title', 'type', 'subjects', 'contact'])).toBeUndefined();
    expect(suggest('x', ['id'])).toBeUndefined(); // one letter is not "corrected" into a word
    expect(suggest('', ['a'])).toBeUndefined();
    expect(suggest('name', [])).toBeUndefined();
  });

  it('counts only what was written when the compared text adds to it', () => {
    expect(suggest('default/payments-team', ['default/platform-team'])).toBe('default/platform-team');
    expect(suggest('default/payments-team', ['default/platform-team'], 'payments-team')).toBeUndefined();
    expect(suggest('default/payments-tem', ['default/payments-team'], 'payments-tem')).toBe('default/payments-team');
  });

  it('takes the first of equally close names, so hints are deterministic', () => {
    expect(suggest('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('words the hint', () => {
    expect(didYouMean('metdata', ['metadata', 'spec'], (k) => `\`${k}\``)).toBe('did you mean `metadata`?');
    expect(didYouMean('zzzzzz', ['metadata'])).toBeUndefined();
  });
});
