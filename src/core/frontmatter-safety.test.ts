import { describe, expect, it } from 'vitest';
import { checkFrontmatterSafety } from './frontmatter-safety.ts';

const codes = (text: string) => checkFrontmatterSafety(text, 'c/docs/x.md').map((d) => `${d.line}:${d.column} ${d.code}`);

describe('checkFrontmatterSafety', () => {
  it('refuses scripts in head, in banner HTML, and script URLs in hero links, at their position', () => {
    const text = [
      '---',
      'title: "JavaScript: the good parts"',
      'head:',
      '  - tag: script',
      '    content: alert(1)',
      '  - tag: link',
      '    attrs: { rel: icon, href: "javascript:alert(1)", onload: "alert(1)" }',
      'banner:',
      '  content: <a href="javascript:alert(1)">x</a> <img src=x onerror=alert(1)>',
      'hero:',
      '  actions:',
      '    - text: Go',
      '      link: "  JAVASCRIPT:alert(1)"',
      '---',
      '',
    ].join('\n');
    expect(codes(text)).toEqual([
      '4:10 content/script-in-head',
      '7:31 content/script-url',
      '7:62 content/script-in-head',
      '9:12 content/script-in-html',
      '9:12 content/script-url',
      '13:13 content/script-url',
    ]);
  });
  it('refuses script in the hero title and tagline, which Starlight writes as HTML', () => {
    const text = '---\ntitle: Home\nhero:\n  title: <img src=x onerror=alert(1)>\n  tagline: <script>alert(1)</script>\n---\n';
    expect(codes(text)).toEqual(['4:10 content/script-in-html', '5:12 content/script-in-html']);
    // A top-level `title` is escaped by the route middleware: it is not HTML.
    expect(codes('---\ntitle: <b>Home</b>\nhero:\n  title: <em>Welcome</em>\n---\n')).toEqual([]);
  });
  it('leaves ordinary frontmatter alone', () => {
    expect(codes('---\ntitle: "JavaScript: a guide"\nhero:\n  actions:\n    - text: Go\n      link: /docs/x/\nbanner:\n  content: <a href="/docs/new/">New</a>\n---\n')).toEqual([]);
  });
});
