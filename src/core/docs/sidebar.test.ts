import { describe, expect, it } from 'vitest';
import type { DocMeta } from './frontmatter.ts';
import { buildDocsSidebar, findLargeFolders, SIDEBAR_BUDGET_FACTOR } from './sidebar.ts';
import { docId, docPath, folderIndexPath } from '../urls.ts';

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
      { label: 'Wayfinder manual', items: [{ slug: 'docs/wayfinder/adopt' }], collapsed: true },
    ]);
  });

  it("keeps Wayfinder's manual last and collapsed, whatever the section order", () => {
    const items = buildDocsSidebar([doc('wayfinder/adopt.md', { order: 0 }), doc('runbooks/r.md', { order: 9 })], {}, ['wayfinder', 'runbooks']);
    expect(items.at(-1)).toEqual({ label: 'Wayfinder manual', items: [{ slug: 'docs/wayfinder/adopt' }], collapsed: true });
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

describe('large folders in the sidebar', () => {
  const many = (folder: string, n: number) => Array.from({ length: n }, (_, i) => doc(`${folder}/page-${String(i).padStart(3, '0')}.md`));

  it('shows a folder with more docs than the limit as one link to its index page, whatever its size', () => {
    for (const n of [31, 1000]) {
      const items = buildDocsSidebar([doc('index.md', { splash: true }), ...many('services', n), doc('how-to/a.md')], {}, undefined, 30);
      expect(items).toEqual([
        { label: 'How-to guides', items: [{ slug: 'docs/how-to/a' }] },
        { label: 'Services', items: [{ label: `All ${n.toLocaleString('en')} pages`, link: '/doc-folders/services/' }] },
      ]);
    }
  });

  it('keeps small folders as Starlight lists them, and treats nested folders by the same rule', () => {
    const items = buildDocsSidebar([...many('ref', 3), ...many('ref/apis', 40)], {}, undefined, 30);
    expect(items).toEqual([
      {
        label: 'Ref',
        items: [
          { label: 'Apis', items: [{ label: 'All 40 pages', link: '/doc-folders/ref/apis/' }] },
          { slug: 'docs/ref/page-000' },
          { slug: 'docs/ref/page-001' },
          { slug: 'docs/ref/page-002' },
        ],
      },
    ]);
    const large = findLargeFolders([...many('ref', 3), ...many('ref/apis', 40)], 30);
    expect(large.map((f) => [f.folder, f.path, f.docs.length])).toEqual([['ref/apis', '/doc-folders/ref/apis/', 40]]);
  });

  it('counts only docs that the sidebar would list (hidden docs do not make a folder large)', () => {
    const docs = [...many('x', 30), doc('x/hidden.md', { hidden: true })];
    expect(findLargeFolders(docs, 30)).toEqual([]);
    expect(findLargeFolders([...docs, doc('x/one-more.md')], 30)).toHaveLength(1);
  });

  it('keeps the whole sidebar within budget when many small folders add up (biggest collapse first)', () => {
    // 20 folders of 25 docs (each under the limit of 30): 500 links would go into every page.
    const docs = Array.from({ length: 20 }, (_, i) => many(`area-${String(i).padStart(2, '0')}`, 25 - (i % 2))).flat();
    const large = findLargeFolders(docs, 30);
    const links = (items: ReturnType<typeof buildDocsSidebar>): number =>
      items.reduce((n, it) => n + ('items' in it ? links(it.items as ReturnType<typeof buildDocsSidebar>) : 1), 0);
    expect(links(buildDocsSidebar(docs, {}, undefined, 30))).toBeLessThanOrEqual(30 * SIDEBAR_BUDGET_FACTOR);
    // The 25-doc folders go first; the sidebar and the index pages agree on which.
    expect(large.length).toBeGreaterThan(0);
    expect(large.every((f) => f.docs.length === 25 || large.filter((g) => g.docs.length === 25).length === 10)).toBe(true);
    const sidebarIndexLinks = JSON.stringify(buildDocsSidebar(docs, {}, undefined, 30)).match(/\/doc-folders\//g) ?? [];
    expect(sidebarIndexLinks).toHaveLength(large.length);
    // A small site is untouched.
    expect(findLargeFolders(many('how-to', 12), 30)).toEqual([]);
  });

  it('folds a section of many folders into one index link, so the sidebar does not grow with the number of folders', () => {
    const areas = (n: number) => Array.from({ length: n }, (_, i) => many(`guides/area-${String(i + 1).padStart(2, '0')}`, 25)).flat();
    const howTo = many('how-to', 25);
    const sidebarOf = (n: number) => buildDocsSidebar([...howTo, ...areas(n)], {}, undefined, 30);
    // 20 folders of 25 (the 10k benchmark) and 80 (the 30k one) give the same sidebar, but for the count.
    for (const n of [20, 80]) {
      expect(sidebarOf(n)).toEqual([
        { label: 'How-to guides', items: howTo.map((d) => ({ slug: docId(d.relative) })) },
        { label: 'Guides', items: [{ label: `All ${(n * 25).toLocaleString('en')} pages`, link: '/doc-folders/guides/' }] },
      ]);
    }
    // Every folder under the folded section gets an index page, reached from the section's.
    const large = findLargeFolders([...howTo, ...areas(20)], 30);
    expect(large).toHaveLength(21);
    const guides = large[0];
    expect([guides?.folder, guides?.docs.length, guides?.total, guides?.subfolders.length, guides?.shownAt]).toEqual(['guides', 0, 500, 20, '/doc-folders/guides/']);
    expect(large.slice(1).every((f) => f.docs.length === 25 && f.shownAt === '/doc-folders/guides/' && f.path === folderIndexPath(f.folder))).toBe(true);
  });

  it('folds the deepest subtree first and keeps the rest of the section listed', () => {
    const docs = [...many('reference', 4), ...Array.from({ length: 30 }, (_, i) => many(`reference/apis/v${i + 1}`, 3)).flat()];
    expect(buildDocsSidebar(docs, {}, undefined, 30)).toEqual([
      {
        label: 'Reference',
        items: [
          { label: 'Apis', items: [{ label: 'All 90 pages', link: '/doc-folders/reference/apis/' }] },
          ...many('reference', 4).map((d) => ({ slug: docId(d.relative) })),
        ],
      },
    ]);
  });

  it('slugs folder names into the index URL the way doc URLs are slugged', () => {
    expect(folderIndexPath('Old API/Sub Folder')).toBe('/doc-folders/old-api/sub-folder/');
  });
});

describe('the docs root under the sidebar budget', () => {
  // 500 docs directly in docs/ (no sub-folder), as some handbooks are kept.
  const flat = Array.from({ length: 500 }, (_, i) => doc(`page-${String(i).padStart(3, '0')}.md`, i === 7 ? { order: 1 } : {}));
  const links = (items: ReturnType<typeof buildDocsSidebar>): number => items.reduce((n, i) => n + ('items' in i ? links(i.items) : 1), 0);

  it('lists the first `limit` docs in sidebar order, then one link to the index of all of them', () => {
    const items = buildDocsSidebar([...flat, doc('guides/a.md')], {}, undefined, 30);
    expect(links(items)).toBeLessThanOrEqual(30 * SIDEBAR_BUDGET_FACTOR);
    const top = items.filter((i) => 'slug' in i || 'link' in i);
    expect(top).toHaveLength(31);
    expect(top[0]).toEqual({ slug: 'docs/page-007' });
    expect(top[30]).toEqual({ label: 'All 500 pages', link: '/doc-folders/' });
    expect(items).toContainEqual({ label: 'Guides', items: [{ slug: 'docs/guides/a' }] });
  });

  it('gives the root an index page at /doc-folders/ that lists every root doc', () => {
    const large = findLargeFolders(flat, 30);
    expect(large).toHaveLength(1);
    expect(large[0]).toMatchObject({ folder: '', path: '/doc-folders/', label: 'All docs', total: 500, shownAt: '/doc-folders/' });
    expect(large[0]?.docs.map((d) => d.relative).sort()).toEqual(flat.map((d) => d.relative).sort());
  });

  it('leaves a root within the limit as it was', () => {
    expect(findLargeFolders(flat.slice(0, 30), 30)).toEqual([]);
    expect(buildDocsSidebar(flat.slice(0, 30), {}, undefined, 30)).toHaveLength(30);
  });
});
