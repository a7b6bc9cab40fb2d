import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** One entry of Starlight's sidebar route data. */
export type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * A doc of a large folder is not listed in the sidebar (the folder shows one link to its
 * index page); so that the reader still sees where they are, its own link goes right
 * under the index link, marked current, and the folder's group is opened. When the
 * sidebar folds the doc's whole section into one index link (`indexHref` is that
 * section's), `folder` names the doc's own folder: a group with the folder's index link
 * and the doc goes under the section's link. Returns whether it found the index link.
 */
export function showCurrentDoc(
  entries: SidebarEntry[],
  indexHref: string,
  current: { label: string; href: string },
  folder?: { label: string; href: string; linkLabel: string },
): boolean {
  // At this level (the docs root's index link is not in a group), else in a group below.
  const at = entries.findIndex((e) => e.type === 'link' && e.href === indexHref);
  if (at >= 0) {
    const here: SidebarEntry = { type: 'link', label: current.label, href: current.href, isCurrent: true, badge: undefined, attrs: {} };
    const inserted: SidebarEntry = folder
      ? {
          type: 'group',
          label: folder.label,
          collapsed: false,
          badge: undefined,
          entries: [{ type: 'link', label: folder.linkLabel, href: folder.href, isCurrent: false, badge: undefined, attrs: {} }, here],
        }
      : here;
    entries.splice(at + 1, 0, inserted);
    return true;
  }
  for (const entry of entries) {
    if (entry.type !== 'group') continue;
    if (showCurrentDoc(entry.entries, indexHref, current, folder)) {
      entry.collapsed = false;
      return true;
    }
  }
  return false;
}

/** True when the sidebar already marks a link as the current page (a doc of the docs root's front). */
export function hasCurrentLink(entries: readonly SidebarEntry[]): boolean {
  return entries.some((e) => (e.type === 'link' ? e.isCurrent : hasCurrentLink(e.entries)));
}
