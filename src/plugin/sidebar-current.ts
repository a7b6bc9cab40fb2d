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
  for (const entry of entries) {
    if (entry.type !== 'group') continue;
    const at = entry.entries.findIndex((e) => e.type === 'link' && e.href === indexHref);
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
      entry.entries.splice(at + 1, 0, inserted);
      entry.collapsed = false;
      return true;
    }
    if (showCurrentDoc(entry.entries, indexHref, current, folder)) {
      entry.collapsed = false;
      return true;
    }
  }
  return false;
}

