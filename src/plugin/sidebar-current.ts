import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** One entry of Starlight's sidebar route data. */
export type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * A doc of a large folder is not listed in the sidebar (the folder shows one link to its
 * index page); so that the reader still sees where they are, its own link goes right
 * under the index link, marked current, and the folder's group is opened. Returns
 * whether it found the index link.
 */
export function showCurrentDoc(entries: SidebarEntry[], indexHref: string, current: { label: string; href: string }): boolean {
  for (const entry of entries) {
    if (entry.type !== 'group') continue;
    const at = entry.entries.findIndex((e) => e.type === 'link' && e.href === indexHref);
    if (at >= 0) {
      entry.entries.splice(at + 1, 0, { type: 'link', label: current.label, href: current.href, isCurrent: true, badge: undefined, attrs: {} });
      entry.collapsed = false;
      return true;
    }
    if (showCurrentDoc(entry.entries, indexHref, current)) {
      entry.collapsed = false;
      return true;
    }
  }
  return false;
}

