import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainParagraph, markdownToText, renderMarkdown, renderWithPipeline, truncateText } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('Takes **card** payments. See [the guide](https://wiki.example/x).')).toBe(
      '<p>Takes <strong>card</strong> payments. See <a href="https://wiki.example/x">the guide</a>.</p>',
    );
  });

  it('returns an empty string for nothing', () => {
    expect(renderMarkdown(undefined)).toBe('');
    expect(renderMarkdown('  \n ')).toBe('');
  });

  it('never lets a script element through', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script>\n\n<script src="https://evil.example/x.js"></script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('evil.example');
  });

  it('drops event-handler attributes and raw images', () => {
    const html = renderMarkdown('Look <img src=x onerror=alert(1)> here\n\n<div onclick="alert(1)">click</div>');
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/onclick/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<div/i);
  });

  it('removes javascript: and other unsafe URLs from links and images', () => {
    for (const src of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](  javascript:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](vbscript:msgbox(1))',
      '![x](javascript:alert(1))',
      '<javascript:alert(1)>',
      '[x][r]\n\n[r]: javascript:alert(1)',
    ]) {
      const html = renderMarkdown(src);
      const urls = [...html.matchAll(/(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
      expect(urls, src).toEqual([]);
    }
  });

  it('keeps raw HTML inert: tags are dropped, never rendered', () => {
    const html = renderMarkdown('<iframe src="https://evil.example"></iframe>\n\n<style>body{display:none}</style>\n\n<a href="javascript:alert(1)">x</a> <b>bold?</b>');
    expect(html).not.toMatch(/<iframe|<style|<b>|href=/i);
  });

  it('renders GFM tables', () => {
    const html = renderMarkdown('| Env | URL |\n|---|---|\n| prod | https://x.example |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>Env</th>');
    expect(html).toContain('<td>prod</td>');
    expect(html).toContain('<a href="https://x.example">https://x.example</a>');
  });

  it('renders GFM task lists as disabled checkboxes', () => {
    const html = renderMarkdown('- [x] done\n- [ ] todo');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> done</li>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled> todo</li>');
  });

  it('renders strikethrough and autolinks', () => {
    expect(renderMarkdown('~~old~~ www.example.com')).toBe('<p><del>old</del> <a href="http://www.example.com">www.example.com</a></p>');
  });

  it('turns headings into bold paragraphs so the page outline stays intact', () => {
    expect(renderMarkdown('# Big\n\ntext')).toBe('<p><strong>Big</strong></p>\n<p>text</p>');
  });

  it('prefixes ids so a description cannot clobber the page', () => {
    const html = renderMarkdown('Note[^1]\n\n[^1]: the footnote');
    expect(html).not.toMatch(/id="fn-1"/);
    expect(html).toMatch(/id="user-content-fn-1"/);
  });
});

describe('renderMarkdown: plain sentences skip the pipeline', () => {
  it('renders a plain description exactly as the pipeline does', () => {
    const text = 'Takes payments (cards, wallets) for checkout; 99.9% of requests in 200 ms: "fast" isn\'t it?';
    expect(isPlainParagraph(text)).toBe(true);
    expect(renderMarkdown(text)).toBe(renderWithPipeline(text));
  });

  it('sends anything that could be Markdown through the pipeline', () => {
    for (const text of ['- a list', '1. first', '2) second', '---', '=== x', 'see https://example.com', 'www.example.com', 'a *b*', 'a_b_', 'x & y', 'a <b>', 'two\nlines', '# heading', 'a | b', '~~gone~~'])
      expect(isPlainParagraph(text), text).toBe(false);
  });

  it('never differs from the pipeline on any text it takes as plain', () => {
    const alphabet = fc.constantFrom(...'aZé9 ,.;:\'"?()%/=-1.'.split(''), 'www.', '://', '- ', '1. ', 'ж', '٣');
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.join('');
        if (!isPlainParagraph(text.trim())) return;
        expect(renderMarkdown(text)).toBe(renderWithPipeline(text));
        // A code span after it sends the whole text through the parser: the words must agree.
        expect(`${markdownToText(text)} x`).toBe(markdownToText(`${text}\n\n\`x\``));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup and raw HTML', () => {
    expect(markdownToText('Takes **card** payments.\n\nUse the `client`. <script>x</script>')).toBe('Takes card payments. Use the client. x');
  });
  it('is empty for nothing', () => {
    expect(markdownToText(undefined)).toBe('');
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncateText('one two three four', 10)).toBe('one two…');
    expect(truncateText('short', 10)).toBe('short');
  });
});
