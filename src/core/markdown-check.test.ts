import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMarkdownBody, markdownScriptUrls, parseSatteriError } from './markdown-check.ts';
import type { ReadScope } from './content-fs.ts';

const root = path.resolve('/site/content');
const scope: ReadScope = { roots: [root], allowed: [], display: (f) => f };
const check = (text: string, mdx = false) =>
  checkMarkdownBody(text, { abs: path.join(root, 'docs/x.md'), display: 'content/docs/x.md', mdx, scope, area: 'docs' }).map(
    (d) => `${d.line}:${d.column} ${d.code}`,
  );

describe('checkMarkdownBody', () => {
  it('finds script URLs in links, images, definitions and raw HTML, at their position', () => {
    const text = '---\ntitle: x\n---\n\n[a](javascript:1) ![b](data:text/html,x)\n\n<div>\n  <a\n   href="vbscript:x">y</a>\n</div>\n\n[r]: JAVASCRIPT:x\n';
    expect(check(text)).toEqual(['5:1 content/script-url', '5:19 content/script-url', '9:9 content/script-url', '12:1 content/script-url']);
  });
  it('checks the plain Markdown links of MDX, and reports MDX syntax errors at their position', () => {
    expect(check('---\ntitle: x\n---\n\n[a](javascript:1)\n', true)).toEqual(['5:1 content/script-url']);
    expect(check('---\ntitle: x\n---\n\n# Hi\n\n<div>\n', true)).toEqual(['7:1 docs/mdx-syntax']);
    expect(check('---\ntitle: x\n---\n\nSome {text\n', true)).toEqual(['5:6 docs/mdx-syntax']);
  });
  it('refuses local images outside the content folder, and allows those inside', () => {
    expect(check('![a](../../../etc/passwd)\n')).toEqual(['1:1 content/outside']);
    expect(check('![a](/etc/passwd)\n![b](./img/ok.png) ![c](https://example.com/x.png) ![d](data:image/png;base64,AA)\n')).toEqual([]);
  });
  it('lets MDX import packages and files of the content folder, and refuses a path that leads outside it', () => {
    const text =
      "---\ntitle: x\n---\n\nimport { Card } from '@astrojs/starlight/components';\nimport Note from './note.mdx';\n" +
      "import Secret from '../../../etc/secret.mjs';\nexport { default as Conf } from \"/site/astro.config.mjs\";\nimport '../../x.css';\n\n# Hi\n";
    expect(check(text, true)).toEqual(['7:21 content/outside', '8:34 content/outside', '9:9 content/outside']);
  });
  it('reads Sätteri error messages', () => {
    expect(parseSatteriError(new Error('7:1: Expected a closing tag for `<div>` (7:1) (mdx-jsx:unexpected-character)'))).toEqual({
      line: 7,
      column: 1,
      message: 'Expected a closing tag for `<div>`',
    });
  });
});

describe('markdownScriptUrls', () => {
  it('finds script URLs in Markdown that comes from YAML', () => {
    expect(markdownScriptUrls('See [x](JavaScript:alert(1)).')).toHaveLength(1);
    expect(markdownScriptUrls('A database [link](https://example.com/data).')).toEqual([]);
  });
});
