import { describe, expect, it } from 'vitest';
import { renderMarkdownWithHtml } from './markdown.ts';
import { emojiOfUrl, isRemoteUrl, remoteResourcesIn } from './remote-resources.ts';

describe('remote resources in descriptions', () => {
  it('finds images and media that load from another host, in Markdown and in HTML', () => {
    expect(remoteResourcesIn('![a](https://x.example/a.png) <img alt="b" src="//cdn.example/b.png"> <video poster="http://v.example/p.jpg"></video> ![local](./c.png)')).toEqual([
      'https://x.example/a.png',
      '//cdn.example/b.png',
      'http://v.example/p.jpg',
    ]);
    expect(isRemoteUrl('/images/a.png')).toBe(false);
  });

  it('names the emoji an image URL stands for', () => {
    expect(emojiOfUrl('https://github.githubassets.com/images/icons/emoji/unicode/1f353.png')).toBe('🍓');
    expect(emojiOfUrl('https://github.githubassets.com/images/icons/emoji/unicode/1f1eb-1f1f7.png?v8')).toBe('🇫🇷');
    expect(emojiOfUrl('https://example.com/logo.png')).toBeUndefined();
  });
});

describe('renderMarkdownWithHtml (API descriptions)', () => {
  it('renders HTML descriptions instead of dropping them', () => {
    expect(renderMarkdownWithHtml('<p>Creates a new <code>customer</code> object.</p>')).toBe('<p>Creates a new <code>customer</code> object.</p>');
  });

  it('sanitises them: no script, no event handler, no javascript: URL', () => {
    const html = renderMarkdownWithHtml('<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">b</a><img src="a.png" onerror="alert(1)">');
    expect(html).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(html).toContain('<p>a</p>');
  });

  it('keeps every remote resource off the page: an emoji image becomes its character, another image its alt text', () => {
    const html = renderMarkdownWithHtml('Fruit ![:strawberry:](https://github.githubassets.com/images/icons/emoji/unicode/1f353.png ":strawberry:") and <img src="https://t.example/p.png" alt="pixel">');
    expect(html).toBe('<p>Fruit 🍓 and pixel</p>');
  });
});
