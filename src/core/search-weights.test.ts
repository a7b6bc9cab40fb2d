import { describe, expect, it } from 'vitest';
import { manualSearchTitle } from './search-weights.ts';

describe('search labels', () => {
  it('labels a manual page in search', () => {
    expect(manualSearchTitle('Ownership, on-call and escalation')).toBe('Ownership, on-call and escalation (Wayfinder manual)');
  });
});
