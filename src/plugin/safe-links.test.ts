import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeLinksPlugin } from './safe-links.ts';

describe('safeLinksPlugin', () => {
  it('turns script URLs in rendered Markdown into #, and leaves other links and data:image/ images alone', () => {
    const md = '[a](javascript:alert(1)) [b](JAVASCRIPT:x) ![c](data:text/html,x) ![d](data:image/png;base64,AA) [e](https://example.com/) [f](/docs/x/)\n';
    // A synchronous plugin gives a synchronous result.
    const { html } = markdownToHtml(md, { hastPlugins: [safeLinksPlugin()] }) as MarkdownToHtmlResult;
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(html).toContain('href="#"');
    expect(html).toContain('src="data:image/png;base64,AA"');
    expect(html).toContain('href="https://example.com/"');
    expect(html).toContain('href="/docs/x/"');
  });
});
