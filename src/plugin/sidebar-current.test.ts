import { describe, expect, it } from 'vitest';
import { hasCurrentLink, showCurrentDoc, type SidebarEntry } from './sidebar-current.ts';

const link = (label: string, href: string): SidebarEntry => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} });
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({ type: 'group', label, entries, collapsed: true, badge: undefined });

describe("a large folder's doc in the sidebar", () => {
  it('appears right under its folder index link, marked current, with its groups opened', () => {
    const sidebar = [link('Catalog', '/catalog/'), group('Reference', [group('Services', [link('All 1,000 pages', '/doc-folders/reference/services/')])])];
    expect(showCurrentDoc(sidebar, '/doc-folders/reference/services/', { label: 'Atlas', href: '/docs/reference/services/atlas/' })).toBe(true);
    const outer = sidebar[1] as Extract<SidebarEntry, { type: 'group' }>;
    const inner = outer.entries[0] as Extract<SidebarEntry, { type: 'group' }>;
    expect(outer.collapsed).toBe(false);
    expect(inner.collapsed).toBe(false);
    expect(inner.entries.map((e) => [e.label, e.type === 'link' && e.isCurrent])).toEqual([
      ['All 1,000 pages', false],
      ['Atlas', true],
    ]);
  });

  it("shows the doc's own folder and the doc under the link of a folded section", () => {
    const sidebar = [group('Guides', [link('All 500 pages', '/doc-folders/guides/')])];
    const folder = { label: 'Area 03', href: '/doc-folders/guides/area-03/', linkLabel: 'All 25 pages' };
    expect(showCurrentDoc(sidebar, '/doc-folders/guides/', { label: 'Guide 7', href: '/docs/guides/area-03/guide-7/' }, folder)).toBe(true);
    const outer = sidebar[0] as Extract<SidebarEntry, { type: 'group' }>;
    expect(outer.collapsed).toBe(false);
    const inner = outer.entries[1] as Extract<SidebarEntry, { type: 'group' }>;
    expect([inner.type, inner.label, inner.collapsed]).toEqual(['group', 'Area 03', false]);
    expect(inner.entries.map((e) => [e.label, e.type === 'link' && e.href, e.type === 'link' && e.isCurrent])).toEqual([
      ['All 25 pages', '/doc-folders/guides/area-03/', false],
      ['Guide 7', '/docs/guides/area-03/guide-7/', true],
    ]);
  });

  it('changes nothing when the index link is not in the sidebar', () => {
    const sidebar = [group('Guides', [link('A', '/docs/guides/a/')])];
    const before = JSON.stringify(sidebar);
    expect(showCurrentDoc(sidebar, '/doc-folders/other/', { label: 'X', href: '/docs/x/' })).toBe(false);
    expect(JSON.stringify(sidebar)).toBe(before);
  });
});

describe('a doc of the docs root beyond its front', () => {
  it('goes right under the root index link, at the top level of the sidebar', () => {
    const entries = [link('Onboarding', '/onboarding/'), link('A', '/docs/a/'), link('All 500 pages', '/doc-folders/'), group('Guides', [link('G', '/docs/guides/g/')])];
    expect(hasCurrentLink(entries)).toBe(false);
    expect(showCurrentDoc(entries, '/doc-folders/', { label: 'Page 400', href: '/docs/page-400/' })).toBe(true);
    expect(entries.map((e) => e.label)).toEqual(['Onboarding', 'A', 'All 500 pages', 'Page 400', 'Guides']);
    expect(hasCurrentLink(entries)).toBe(true);
  });
});
