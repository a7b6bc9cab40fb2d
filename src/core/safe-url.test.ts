import { describe, expect, it } from 'vitest';
import { effectiveScheme, scriptUrlProblem, siteLinkProblem, sitePathProblem } from './safe-url.ts';

describe('scriptUrlProblem', () => {
  it('refuses javascript:, vbscript: and data: however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      '&#0000106avascript:alert(1)',
      'javascript&colon;alert(1)',
      'java&Tab;script:alert(1)',
      '%6A%61vascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
    ]) expect(scriptUrlProblem(url), url).toBeDefined();
  });
  it('allows data:image/ only as an image', () => {
    expect(scriptUrlProblem('data:image/png;base64,AAAA', true)).toBeUndefined();
    expect(scriptUrlProblem('data:image/png;base64,AAAA', false)).toBeDefined();
    expect(scriptUrlProblem('data:text/html,x', true)).toBeDefined();
  });
  it('leaves ordinary links alone', () => {
    for (const url of ['https://example.com/javascript:x', '/docs/x/', '../x.md', '#javascript', 'mailto:a@example.com', 'tel:+1', 'javascript-guide/', 'my-data:x'])
      expect(scriptUrlProblem(url), url).toBeUndefined();
    expect(effectiveScheme('HTTPS://x')).toBe('https');
  });
});

describe('sitePathProblem', () => {
  it('refuses what browsers turn into another site: //, /\\, and whitespace or controls after the first slash', () => {
    for (const p of ['//evil.example/x', '/\\evil.example/x', '/\tevil.example', '/\t/evil.example/x', '/\n/evil.example', '/ /evil.example', '/docs\\x/', '/docs/a b/', 'docs/x/', 'https://x'])
      expect(sitePathProblem(p), JSON.stringify(p)).toBeDefined();
    expect(sitePathProblem('/\\evil.example/')).toMatch(/another site/);
    for (const p of ['/', '/docs/how-to/x/', '/docs/x/#part', '/catalog/?q=a%20b']) expect(sitePathProblem(p), p).toBeUndefined();
  });

  it('takes an http(s) address or a site path as a link', () => {
    expect(siteLinkProblem('https://example.com/x')).toBeUndefined();
    expect(siteLinkProblem('/docs/x/')).toBeUndefined();
    for (const v of ['/\\evil.example/', 'https://exa mple.com', 'javascript:alert(1)', 'docs/x']) expect(siteLinkProblem(v), v).toBeDefined();
  });
});
