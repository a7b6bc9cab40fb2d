import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { preprocess } from './preprocess.ts';
import { codeFenceOptions, renderPage } from './render.ts';

const render = (markdown: string) => {
  const pre = preprocess(markdown, { display: 'docs/page.md', abs: '/nowhere/docs/page.md', root: '/nowhere', displayOf: (a) => a });
  const page = renderPage(pre, { file: 'page.md', pages: new Map([['page.md', '/d/']]), assets: new Map() });
  return { ...page, pre, dom: parse(page.html, { blockTextElements: { script: true, style: true } }) };
};

describe('MkDocs blocks', () => {
  it('nests admonitions, keeps fenced code inside them as code, and ends a block at the first unindented line', () => {
    const { dom } = render(['!!! note "Outer"', '    Outer text.', '', '    !!! danger "Inner"', '        Inner text.', '', '    ```', '    !!! not an admonition', '    ```', '', 'After.'].join('\n'));
    const outer = dom.querySelector('aside.starlight-aside--note');
    expect(outer?.querySelector('aside.starlight-aside--danger .starlight-aside__content')?.text.trim()).toBe('Inner text.');
    expect(outer?.querySelector('pre code')?.text).toBe('!!! not an admonition');
    expect(dom.querySelectorAll('aside').length).toBe(2);
    expect(dom.querySelectorAll('p').at(-1)?.text).toBe('After.');
    expect(outer?.text).not.toContain('After.');
  });

  it('renders an admonition inside a list item within that item', () => {
    const { dom } = render(['1. Step one', '', '    !!! tip', '        Inside the step.', '', '2. Step two'].join('\n'));
    expect(dom.querySelector('ol > li aside.starlight-aside--tip')?.text).toContain('Inside the step.');
    expect(dom.querySelectorAll('ol > li').length).toBe(2);
  });

  it('starts a new tab set at ===! and gives each set its own radio group', () => {
    const { dom } = render(['=== "A"', '    a', '=== "B"', '    b', '', '===! "C"', '    c'].join('\n'));
    const sets = dom.querySelectorAll('.wf-tabs');
    expect(sets.map((s) => s.querySelectorAll('label').map((l) => l.text))).toEqual([['A', 'B'], ['C']]);
    expect(new Set(dom.querySelectorAll('input').map((i) => i.getAttribute('name'))).size).toBe(2);
  });

  it('gives "!!! note """ no title and unknown types the note colour', () => {
    const { dom } = render(['!!! note ""', '    Quiet.', '', '!!! pelican "Odd"', '    Bird.'].join('\n'));
    const [quiet, odd] = dom.querySelectorAll('aside');
    expect(quiet?.querySelector('.starlight-aside__title')).toBeNull();
    expect(quiet?.getAttribute('aria-label')).toBe('Note');
    expect(odd?.classList.contains('starlight-aside--note')).toBe(true);
  });

  it('reads code fence options in both MkDocs forms', () => {
    expect(codeFenceOptions('py', 'title="app.py" hl_lines="1 3-4"')).toEqual({ lang: 'py', title: 'app.py', lines: [1, 3, 4] });
    expect(codeFenceOptions('{', '.yaml title="x.yaml" }')).toEqual({ lang: 'yaml', title: 'x.yaml', lines: [] });
  });

  it('takes the page title from meta frontmatter and the leading h1 out of the body', () => {
    const r = render(['---', 'title: From meta', '---', '# Heading one', '', 'Body.'].join('\n'));
    expect(r.pre.metaTitle).toBe('From meta');
    expect(r.title).toBe('Heading one');
    expect(r.dom.querySelector('h1')).toBeNull();
  });

  it('reports macros at their own line even after frontmatter, and not inside code', () => {
    const r = render(['---', 'title: x', '---', 'Line 4 `{{ in code }}`', '', 'Line 6 {% include "x" %}'].join('\n'));
    expect(r.pre.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([[6, 8, 'techdocs/macro-not-run']]);
  });

  it('warns about a link to a file that does not exist, at its line', () => {
    const r = render(['# T', '', 'Text', '', 'See [missing](nope.md) here.'].join('\n'));
    expect(r.diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([['docs/page.md', 5, 'techdocs/broken-link']]);
  });

  it('keeps safe raw HTML and warns at its line about HTML it removes, keeping the rest', () => {
    const r = render(['# T', '', '<kbd>Ctrl</kbd> then <details><summary>More</summary>Hidden</details>', '', '<iframe src="https://dash.example/"></iframe>', '', '<style>p { color: red }</style>', '', 'After.'].join('\n'));
    expect(r.dom.querySelector('kbd')?.text).toBe('Ctrl');
    expect(r.dom.querySelector('details summary')?.text).toBe('More');
    expect(r.html).not.toContain('iframe');
    expect(r.html).not.toContain('color: red');
    expect(r.dom.text).toContain('After.');
    expect(r.diagnostics.map((d) => [d.line, d.code, d.message.slice(0, 9)])).toEqual([
      [5, 'techdocs/html-removed', '<iframe> '],
      [7, 'techdocs/html-removed', '<style> i'],
    ]);
  });
});
