import { describe, expect, it } from 'vitest';
import { withBase } from './base-links.ts';

describe('withBase', () => {
  it('prefixes root-relative links once, and leaves the rest alone', () => {
    expect(withBase('/docs/x/', '/handbook')).toBe('/handbook/docs/x/');
    expect(withBase('/docs/x/', '/handbook/')).toBe('/handbook/docs/x/');
    expect(withBase('/handbook/docs/x/', '/handbook')).toBe('/handbook/docs/x/');
    expect(withBase('/docs/x/', '/')).toBe('/docs/x/');
    expect(withBase('https://x.example/', '/handbook')).toBe('https://x.example/');
    expect(withBase('//cdn.example/x.js', '/handbook')).toBe('//cdn.example/x.js');
    expect(withBase('../x/', '/handbook')).toBe('../x/');
    expect(withBase('#anchor', '/handbook')).toBe('#anchor');
  });
});
