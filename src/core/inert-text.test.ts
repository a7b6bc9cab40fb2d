/** Inert text: one line, no Markdown or HTML of its own, no link GitHub would add, no workflow command. */
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, githubMessage, githubProperty, mapStrings, oneLine, pagefindFilter, pagefindMeta, plainText } from './inert-text.ts';

const parser = unified().use(remarkParse).use(remarkGfm);
/** The mdast of `md`, positions left out. */
const parse = (md: string): Root => parser.parse(md);
const textOf = (node: Root | RootContent): string =>
  'value' in node ? node.value : 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';

/** Characters and fragments that mean something to Markdown, HTML, GitHub or a shell log. */
const HOSTILE = ['\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u0000', '`', '``', '<', '>', '&', '"', "'", '*', '_', '~', '#', '##', '[', ']', '(', ')', '!', '|', '$', '\\', '@', 'www.', 'http://', 'https://', 'mailto:', ':', '::', '%', ',', '-', '+', '=', '1.', ' ', 'a', 'x@y.example', '<img src=x onerror=alert(1)>', '::error::', '#12', '[^1]', '&lt;', '<!--', ']: /x'];
const hostile = fc.array(fc.constantFrom(...HOSTILE), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 40 }));

describe('oneLine', () => {
  it('turns every line break and control character (a run of them) into one space', () => {
    expect(oneLine('a\r\nb\rc\nd\u2028e\u2029f\u0085g\u0000h\u001bi\u007fj')).toBe('a b c d e f g h i j');
    expect(oneLine('a\r\n\r\nb')).toBe('a b');
  });

  it('leaves no line break a parser or log reader could see', () => {
    fc.assert(fc.property(anyText, (s) => !/[\r\n\u0085\u2028\u2029\u0000-\u001f]/.test(oneLine(s))));
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup, HTML, mentions and autolinks', () => {
    expect(escapeMarkdown(`[x](javascript:alert(1)) <img src="x"> @platform-team *bold* Tom's #1 www.evil.example https://evil.example a@b.example`)).toBe(
      '\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=&quot;x&quot;&gt; @\u200bplatform-team \\*bold\\* Tom&#39;s \\#\u200b1 www\u200b.evil.example https:\u200b//evil.example a@\u200bb.example',
    );
  });

  it('is text in one paragraph or list item, whatever it is given', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const text = escapeMarkdown(s);
        for (const [md, path] of [
          [`Before ${text} after`, (t: Root) => t.children[0]],
          [`- item ${text} after`, (t: Root) => ((t.children[0] as { children?: { children?: RootContent[] }[] })?.children?.[0]?.children?.[0])],
        ] as const) {
          const tree = parse(md);
          expect(tree.children).toHaveLength(1);
          const para = path(tree) as { type: string; children: RootContent[] };
          expect(para.type).toBe('paragraph');
          expect(para.children.map((n) => n.type)).toEqual(['text']);
          // Nor a mention, e-mail, link or issue reference that GitHub would add after parsing.
          expect(textOf(tree)).not.toMatch(/(^|[^\w])@[A-Za-z0-9]|www\.|:\/\/|#\d/i);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('codeSpan', () => {
  it('fences backticks with a longer run, and keeps the text as it is', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('docs/a\r# b.md')).toBe('`docs/a # b.md`');
  });

  it('is one code span holding exactly the one-line text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const tree = parse(`x ${codeSpan(s)} y`);
        expect(tree.children).toHaveLength(1);
        const inline = (tree.children[0] as { children: RootContent[] }).children;
        const codes = inline.filter((n) => n.type === 'inlineCode');
        expect(codes).toHaveLength(1);
        expect(inline.filter((n) => n.type !== 'inlineCode' && n.type !== 'text')).toEqual([]);
        // CommonMark strips one space each side of a padded span; the rest is the text.
        expect((codes[0] as { value: string }).value.trim()).toBe(oneLine(s).trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('plainText', () => {
  it('never makes a workflow command, wherever it is printed and whatever is next to it', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '  ', ': ', ', ', ' ('), (parts, sep) => {
        const line = parts.map(plainText).join(sep);
        expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
        expect(line).not.toContain('::');
      }),
      { numRuns: 300 },
    );
  });
});

describe('GitHub workflow command escapes', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties, as the toolkit does', () => {
    expect(githubMessage('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    expect(githubProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('mapStrings', () => {
  it('applies a function to every string of plain data, keys and other values kept', () => {
    expect(mapStrings({ a: 'x', b: [1, 'y', { c: 'z' }], d: true, e: undefined }, (s) => s.toUpperCase())).toEqual({ a: 'X', b: [1, 'Y', { c: 'Z' }], d: true, e: undefined });
  });
});

describe('Pagefind attributes', () => {
  it('write one line; filters escaped twice, since Pagefind decodes them once more and its UI writes them as HTML', () => {
    expect(pagefindFilter(['owner', 'Shipping,  Tracking\n& more'])).toBe('owner:Shipping, Tracking &amp;amp; more');
    expect(pagefindFilter(['owner', '<img src=x onerror=window.__pwned=1>'])).toBe('owner:&amp;lt;img src=x onerror=window.__pwned=1&amp;gt;');
    expect(pagefindMeta(['title', 'Red <script> &lt; team\r\n'])).toBe('title:Red <script> &lt; team');
  });
});
