import { describe, expect, it } from 'vitest';
import type { DocMeta } from './frontmatter.ts';
import { buildDocsSidebar } from './sidebar.ts';
import { docId, docPath } from '../urls.ts';

const doc = (relative: string, extra: Partial<DocMeta> = {}): DocMeta => ({
  file: `/c/docs/${relative}`,
  display: `content/docs/${relative}`,
  relative,
  audience: [],
  services: [],
  hidden: false,
  splash: false,
  ...extra,
});

describe('doc ids', () => {
  it('slugs paths the way Astro does, under /docs/, with the home page at /', () => {
    expect(docId('how-to/Request Access.md')).toBe('docs/how-to/request-access');
    expect(docId('index.mdx')).toBe('index');
    expect(docId('reference/index.md')).toBe('docs/reference');
    expect(docId('x.md', 'custom/slug')).toBe('custom/slug');
    expect(docPath('index')).toBe('/');
    expect(docPath('docs/a/b')).toBe('/docs/a/b/');
  });
});

describe('the docs sidebar', () => {
  it('groups docs by folder, orders by sidebar.order then name, and leaves out the home page', () => {
    const items = buildDocsSidebar([
      doc('index.mdx', { splash: true }),
      doc('reference/b.md'),
      doc('reference/a.md'),
      doc('how-to/z.md', { order: 1 }),
      doc('how-to/hidden.md', { hidden: true }),
      doc('wayfinder/adopt.md'),
      doc('how-to/deep/one.md', { order: 5 }),
    ]);
    expect(items).toEqual([
      { label: 'How-to guides', items: [{ slug: 'docs/how-to/z' }, { label: 'Deep', items: [{ slug: 'docs/how-to/deep/one' }] }] },
      { label: 'Reference', items: [{ slug: 'docs/reference/a' }, { slug: 'docs/reference/b' }] },
      { label: 'Using Wayfinder', items: [{ slug: 'docs/wayfinder/adopt' }] },
    ]);
  });

  it('puts the Diátaxis sections first, in order, whatever their docs\' sidebar.order', () => {
    const items = buildDocsSidebar([doc('explanation/e.md', { order: 1 }), doc('runbooks/r.md', { order: 0 }), doc('tutorials/t.md', { order: 9 })]);
    expect(items.map((i) => ('label' in i ? i.label : ''))).toEqual(['Tutorials', 'Explanation', 'Runbooks']);
  });

  it('takes folder labels from the plugin option', () => {
    expect(buildDocsSidebar([doc('runbooks/x.md')], { runbooks: 'Runbooks (ops)' })).toEqual([
      { label: 'Runbooks (ops)', items: [{ slug: 'docs/runbooks/x' }] },
    ]);
  });
});
