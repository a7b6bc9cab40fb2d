import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { navTitleText } from '../../mkdocs-config.ts';
import { preprocess } from '../preprocess.ts';
import { renderPage } from '../render.ts';
import { sanitiseSvg } from '../svg.ts';
import { blockHeader, blockPayload } from './blocks.ts';
import { criticToHtml } from './critic.ts';
import { keyLabel } from './keys.ts';

const render = (markdown: string) => {
  const pre = preprocess(markdown, { display: 'docs/page.md', abs: '/nowhere/docs/page.md', root: '/nowhere', displayOf: (a) => a });
  const page = renderPage(pre, { file: 'page.md', pages: new Map([['page.md', '/d/']]), assets: new Map() });
  return { ...page, diagnostics: [...pre.diagnostics, ...page.diagnostics], dom: parse(page.html) };
};

describe('caret, mark and tilde', () => {
  it('draws ==mark== across emphasis, ^^insert^^, ^sup^ and ~sub~, and keeps ~~strike~~ and code as they are', () => {
    const { dom } = render('==a **b** c== ^^in^^ x^2^ H~2~O ~~gone~~ `==code==` a == b');
    expect(dom.querySelector('mark')?.innerHTML).toBe('a <strong>b</strong> c');
    expect(dom.querySelector('ins')?.text).toBe('in');
    expect(dom.querySelector('sup')?.text).toBe('2');
    expect(dom.querySelector('sub')?.text).toBe('2');
    expect(dom.querySelector('del')?.text).toBe('gone');
    expect(dom.querySelector('code')?.text).toBe('==code==');
    expect(dom.querySelector('p')?.text).toContain('a == b');
  });
});

describe('keys', () => {
  it('labels named keys and keeps quoted ones', () => {
    expect(['ctrl', 'delete', 'up', 'f5', 'page-up', '"My Key"', 'x'].map(keyLabel)).toEqual(['Ctrl', 'Del', '↑', 'F5', 'Page Up', 'My Key', 'X']);
    expect(render('++ctrl+shift+"P"++').dom.querySelectorAll('kbd').map((k) => k.text)).toEqual(['Ctrl', 'Shift', 'P']);
  });
});

describe('smart symbols', () => {
  it('replaces symbols, fractions and ordinals, not parts of words or paths', () => {
    const { dom } = render('(c) (TM) +/- =/= <--> 3/4 the 2nd a/1/2b');
    expect(dom.querySelector('p')?.text).toBe('© ™ ± ≠ ↔ ¾ the 2nd a/1/2b');
    expect(dom.querySelector('sup')?.text).toBe('nd');
  });
});

describe('emoji and icons', () => {
  it('draws gemoji shortcodes as Unicode and bundled icons as inline SVG; warns about the rest at the line', () => {
    const r = render('Hi :+1: :octicons-alert-24: :material-home: :fontawesome-solid-star: :not-an-emoji: 10:30:00');
    expect(r.dom.querySelector('.wf-emoji')?.text).toBe('👍');
    expect(r.dom.querySelectorAll('svg path').length).toBeGreaterThanOrEqual(2);
    expect(r.dom.querySelector('.wf-icon-name')?.text).toBe('star');
    expect(r.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(['1:techdocs/icon-not-rendered', '1:techdocs/unknown-emoji']);
    expect(r.dom.querySelector('p')?.text).toContain('10:30:00');
  });
});

describe('CriticMarkup', () => {
  it('turns each mark into HTML and leaves code spans alone', () => {
    expect(criticToHtml('{~~a~>b~~} `{++x++}` {>>c<<}')).toBe('<del class="critic">a</del><ins class="critic">b</ins> `{++x++}` <span class="critic comment">c</span>');
  });
});

describe('attribute lists', () => {
  it('sets classes on paragraphs, headings and links, drops other attributes, and leaves no literal list', () => {
    const { dom } = render('## Title {#own .big}\n\nPara\n{: .lead onclick="x" }\n\n[Go](https://example.com){: .button }');
    expect(dom.querySelector('h2')?.getAttribute('id')).toBe('own');
    expect(dom.querySelector('h2')?.getAttribute('class')).toBe('big');
    expect(dom.querySelector('p.lead')?.text).toBe('Para');
    expect(dom.querySelector('a.button')?.text).toBe('Go');
    expect(dom.toString()).not.toMatch(/onclick|\{:/);
  });
});

describe('pymdown blocks', () => {
  it('reads headers and options', () => {
    const h = blockHeader('//// details | Summary') as NonNullable<ReturnType<typeof blockHeader>>;
    expect(h).toEqual({ indent: 0, slashes: 4, name: 'details', argument: 'Summary' });
    expect(blockPayload(h, { open: true, type: 'warning' })).toEqual({ t: 'details', type: 'warning', title: 'Summary', open: true });
    expect(blockPayload({ ...h, name: 'collapse-code' }, {})).toBeUndefined();
    expect(blockPayload({ ...h, name: 'define' }, {})).toEqual({ t: 'define' });
    const types = { admonition: new Map([['new', 'new']]), details: new Map([['details-new', 'new']]) };
    expect(blockPayload({ ...h, name: 'new', argument: 'New' }, {}, types)).toEqual({ t: 'admonition', type: 'new', title: 'New' });
    expect(blockPayload({ ...h, name: 'details-new' }, {}, types)).toMatchObject({ t: 'details', type: 'new' });
  });

  it('nests blocks with more slashes outside, keeps fenced code, and warns about an unclosed block', () => {
    const r = render(['//// note | Outer', '/// tip | Inner', 'Text', '///', '```', '///', '```', '////', '', '/// warning', 'open'].join('\n'));
    expect(r.dom.querySelector('aside.starlight-aside--note aside.starlight-aside--tip')?.text).toContain('Text');
    expect(r.dom.querySelector('aside.starlight-aside--note pre')?.text).toContain('///');
    expect(r.diagnostics.map((d) => `${d.line}:${d.code}`)).toEqual(['10:techdocs/block-unclosed']);
  });
});

describe('nav titles', () => {
  it('shows the text of HTML in a title', () => {
    expect(navTitleText('The &nbsp<samp>pihole</samp>&nbsp Command')).toBe('The pihole Command');
    expect(navTitleText('Fish &amp; chips &#169;')).toBe('Fish & chips ©');
  });
});

describe('SVG files', () => {
  it('keeps the drawing and removes scripts, handlers, foreign content and external references', () => {
    const r = sanitiseSvg('<svg viewBox="0 0 4 4" onclick="x()"><foreignObject><div>x</div></foreignObject><a href="javascript:y()"><circle r="1"/></a><image href="https://tracker.example/p.png"/></svg>');
    expect(r?.svg).toBe('<svg viewBox="0 0 4 4" xmlns="http://www.w3.org/2000/svg"><g><circle r="1" /></g><image /></svg>');
    expect(r?.removed).toEqual(['the onclick event handler', '<foreignObject>', '<a> links (their drawing is kept)', 'a reference to https://tracker.example/p.png']);
    expect(sanitiseSvg('<html><body>no svg</body></html>')).toBeUndefined();
  });
});
