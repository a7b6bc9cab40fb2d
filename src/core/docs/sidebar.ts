import type { DocMeta } from './frontmatter.ts';
import { docId } from '../urls.ts';

/** A Starlight sidebar item, as written in its `sidebar` option. */
export type SidebarItem =
  | { slug: string; label?: string }
  | { label: string; link: string; attrs?: Record<string, string> }
  | { label: string; items: SidebarItem[]; collapsed?: boolean };

/** Default labels of the Diátaxis folders; any other folder name is title-cased. */
export const DEFAULT_SECTION_LABELS: Record<string, string> = {
  tutorials: 'Tutorials',
  'how-to': 'How-to guides',
  reference: 'Reference',
  explanation: 'Explanation',
  wayfinder: 'Using Wayfinder',
};

interface Node {
  docs: DocMeta[];
  dirs: Map<string, Node>;
}

/** Default order of top-level folders: the Diátaxis order, then the manual. */
export const DEFAULT_SECTION_ORDER = ['tutorials', 'how-to', 'reference', 'explanation', 'wayfinder'];

/** Turns a folder name into a label: `getting-started` becomes `Getting started`. */
export function folderLabel(name: string, labels: Record<string, string>): string {
  if (labels[name]) return labels[name];
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Builds the docs part of the sidebar from the folder tree of content/docs, the way
 * Starlight's `autogenerate` would if the docs lived in src/content/docs: one group per
 * folder, ordered by `sidebar.order` (a folder weighs as its lowest-ordered doc) and
 * then by name. Top-level folders named in `sectionOrder` come first, in that order.
 * Hidden docs and splash pages (the home page) are left out.
 */
export function buildDocsSidebar(
  docs: DocMeta[],
  labels: Record<string, string> = {},
  sectionOrder: string[] = DEFAULT_SECTION_ORDER,
): SidebarItem[] {
  const allLabels = { ...DEFAULT_SECTION_LABELS, ...labels };
  const root: Node = { docs: [], dirs: new Map() };
  for (const doc of docs) {
    if (doc.hidden || doc.splash) continue;
    const id = docId(doc.relative, doc.slug);
    if (id === 'index' || id === '404') continue;
    const parts = doc.relative.split('/');
    parts.pop();
    let node = root;
    for (const part of parts) {
      let next = node.dirs.get(part);
      if (!next) node.dirs.set(part, (next = { docs: [], dirs: new Map() }));
      node = next;
    }
    node.docs.push(doc);
  }
  const weight = (n: Node): number =>
    Math.min(
      ...n.docs.map((d) => d.order ?? Number.MAX_VALUE),
      ...[...n.dirs.values()].map(weight),
      Number.MAX_VALUE,
    );
  const toItems = (node: Node, top = false): SidebarItem[] => {
    const entries: { rank: number; order: number; key: string; item: SidebarItem }[] = [];
    const rank = (name: string) => {
      const i = top ? sectionOrder.indexOf(name) : -1;
      return i < 0 ? sectionOrder.length : i;
    };
    for (const doc of node.docs) {
      entries.push({
        rank: rank(''),
        order: doc.order ?? Number.MAX_VALUE,
        key: doc.relative,
        item: { slug: docId(doc.relative, doc.slug) },
      });
    }
    for (const [name, dir] of node.dirs) {
      entries.push({ rank: rank(name), order: weight(dir), key: name, item: { label: folderLabel(name, allLabels), items: toItems(dir) } });
    }
    entries.sort((a, b) => a.rank - b.rank || a.order - b.order || a.key.localeCompare(b.key, 'en'));
    return entries.map((e) => e.item);
  };
  return toItems(root, true);
}
