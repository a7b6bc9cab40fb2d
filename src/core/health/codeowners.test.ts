import { describe, expect, it } from 'vitest';
import { matchCodeowners, ownerToRef, parseCodeowners, patternToRegex } from './codeowners.ts';

const m = (pattern: string, p: string) => patternToRegex(pattern).test(p);

describe('CODEOWNERS patterns', () => {
  it('matches like GitHub', () => {
    expect(m('*', 'content/docs/a.md')).toBe(true);
    expect(m('*.md', 'content/docs/a.md')).toBe(true);
    expect(m('*.md', 'content/docs/a.mdx')).toBe(false);
    expect(m('/content/', 'content/docs/a.md')).toBe(true);
    expect(m('/docs/', 'content/docs/a.md')).toBe(false);
    expect(m('docs/', 'content/docs/a.md')).toBe(true); // trailing slash, no leading: anywhere
    expect(m('content/docs/*', 'content/docs/a.md')).toBe(true);
    expect(m('content/docs/*', 'content/docs/how-to/a.md')).toBe(false);
    expect(m('content/**/a.md', 'content/docs/how-to/a.md')).toBe(true);
    expect(m('content/**/a.md', 'content/a.md')).toBe(true);
    expect(m('**/how-to', 'content/docs/how-to/a.md')).toBe(true);
    expect(m('/content/docs/how-to/**', 'content/docs/how-to/x/y.md')).toBe(true);
    expect(m('/content/docs/how-to', 'content/docs/how-to/x.md')).toBe(true);
    expect(m('/content/docs/how', 'content/docs/how-to/x.md')).toBe(false);
  });

  it('last matching line wins; comments and owner-less lines', () => {
    const co = parseCodeowners('# owners\n*  @acme/platform-team\n/content/docs/how-to/ @acme/sre-team # sre\n/content/docs/how-to/secret.md\n', '.github/CODEOWNERS');
    expect(matchCodeowners(co, 'content/docs/index.md')?.owners).toEqual(['@acme/platform-team']);
    expect(matchCodeowners(co, 'content/docs/how-to/a.md')).toMatchObject({ owners: ['@acme/sre-team'], line: 3, file: '.github/CODEOWNERS' });
    expect(matchCodeowners(co, 'content/docs/how-to/secret.md')).toBeUndefined();
  });

  it('maps owners to catalog refs', () => {
    expect(ownerToRef('@acme/sre-team')).toBe('group:sre-team');
    expect(ownerToRef('@ana.lima')).toBe('user:ana.lima');
    expect(ownerToRef('ana@example.com')).toBeUndefined();
  });
});
