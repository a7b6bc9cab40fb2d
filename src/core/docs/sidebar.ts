import { slug as githubSlug } from 'github-slugger';
import type { DocMeta } from './frontmatter.ts';
import { docId, GENERATED_FOLDERS } from '../urls.ts';
import { MANUAL_SECTION } from '../content-dir.ts';

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
  wayfinder: 'Wayfinder manual',
};

interface Node {
  docs: DocMeta[];
  dirs: Map<string, Node>;
}

/** Default of the `sidebarFolderLimit` option: folders with more docs get an index page. */
export const DEFAULT_SIDEBAR_FOLDER_LIMIT = 30;

/** Where Wayfinder writes the index pages of large doc folders; no doc may live there. */
export const FOLDER_INDEX_PREFIX = GENERATED_FOLDERS.docFolders;

/** The site path (without base) of a docs folder's index page: `guides/Old API` gives `/doc-folders/guides/old-api/`. */
export function folderIndexPath(folder: string): string {
  return `${FOLDER_INDEX_PREFIX}${folder
    .split('/')
    .map((s) => githubSlug(s))
    .join('/')}/`;
}

/** A docs folder with more docs of its own than the limit: the sidebar links to its index page instead of listing them. */
export interface LargeFolder {
  /** Path relative to content/docs, e.g. `guides` or `reference/apis`. */
  folder: string;
  /** Site path of its index page, without base. */
  path: string;
  label: string;
  /** The folder's own docs (not those of its subfolders), in sidebar order. */
  docs: DocMeta[];
  /** Its subfolders, relative to content/docs, each with its own sidebar entry. */
  subfolders: string[];
}

/** The label of a large folder's index link in the sidebar. */
export function folderIndexLabel(count: number): string {
  return `All ${count.toLocaleString('en')} pages`;
}

/** Whether a doc appears in the docs sidebar at all (hidden docs, the home page and 404 do not). */
function inSidebar(doc: DocMeta): boolean {
  if (doc.hidden || doc.splash) return false;
  const id = docId(doc.relative, doc.slug);
  return id !== 'index' && id !== '404';
}

function folderTree(docs: readonly DocMeta[]): Node {
  const root: Node = { docs: [], dirs: new Map() };
  for (const doc of docs) {
    if (!inSidebar(doc)) continue;
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
  return root;
}

/** How many doc links the whole docs sidebar may hold, as a multiple of the folder limit. */
export const SIDEBAR_BUDGET_FACTOR = 2;

/**
 * The folders the sidebar shows as one index link instead of their docs: every folder with
 * more than `limit` docs of its own; then, while the sidebar would still list more than
 * `limit × SIDEBAR_BUDGET_FACTOR` docs in all (many folders each under the limit), the
 * folders with the most docs of their own, biggest first (ties by path). Top-level docs
 * never collapse. Deterministic, and one rule for the sidebar and the index pages.
 */
function collapsedFolders(root: Node, limit: number): Set<string> {
  const folders: { folder: string; count: number }[] = [];
  const walk = (node: Node, at: string) => {
    for (const [name, dir] of node.dirs) {
      const folder = at ? `${at}/${name}` : name;
      folders.push({ folder, count: dir.docs.length });
      walk(dir, folder);
    }
  };
  walk(root, '');
  let visible = root.docs.length;
  const out = new Set<string>();
  for (const f of folders) {
    if (f.count > limit) {
      out.add(f.folder);
      visible += 1;
    } else visible += f.count;
  }
  const budget = limit * SIDEBAR_BUDGET_FACTOR;
  const rest = folders.filter((f) => !out.has(f.folder) && f.count > 1).sort((a, b) => b.count - a.count || a.folder.localeCompare(b.folder, 'en'));
  for (const f of rest) {
    if (visible <= budget) break;
    out.add(f.folder);
    visible -= f.count - 1;
  }
  return out;
}

const byOrder = (a: DocMeta, b: DocMeta) => (a.order ?? Number.MAX_VALUE) - (b.order ?? Number.MAX_VALUE) || a.relative.localeCompare(b.relative, 'en');

/**
 * The docs folders the sidebar collapses to an index link (see collapsedFolders), each with
 * its index page. Top-level docs (outside any folder) never make an index: they are the
 * handbook's front.
 */
export function findLargeFolders(docs: readonly DocMeta[], limit = DEFAULT_SIDEBAR_FOLDER_LIMIT, labels: Record<string, string> = {}): LargeFolder[] {
  const allLabels = { ...DEFAULT_SECTION_LABELS, ...labels };
  const out: LargeFolder[] = [];
  const tree = folderTree(docs);
  const collapsed = collapsedFolders(tree, limit);
  const walk = (node: Node, at: string) => {
    for (const [name, dir] of node.dirs) {
      const folder = at ? `${at}/${name}` : name;
      if (collapsed.has(folder)) {
        out.push({
          folder,
          path: folderIndexPath(folder),
          label: folderLabel(name, allLabels),
          docs: [...dir.docs].sort(byOrder),
          subfolders: [...dir.dirs.keys()].map((k) => `${folder}/${k}`),
        });
      }
      walk(dir, folder);
    }
  };
  walk(tree, '');
  return out.sort((a, b) => a.folder.localeCompare(b.folder, 'en'));
}

/** The top-level folder of Wayfinder's own manual: last in the sidebar and collapsed, apart from the organisation's docs. */
const MANUAL_FOLDER = MANUAL_SECTION;

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
 * Hidden docs and splash pages (the home page) are left out. A folder with more than
 * `folderLimit` docs of its own lists none of them: its group holds one link to the
 * folder's index page (then its subfolders, each by the same rule); and when many small
 * folders together would list more than `folderLimit × SIDEBAR_BUDGET_FACTOR` docs, the
 * biggest of them collapse the same way (collapsedFolders). So the sidebar, which is
 * written into every page, does not grow with the docs.
 */
export function buildDocsSidebar(
  docs: DocMeta[],
  labels: Record<string, string> = {},
  sectionOrder: string[] = DEFAULT_SECTION_ORDER,
  folderLimit: number = DEFAULT_SIDEBAR_FOLDER_LIMIT,
): SidebarItem[] {
  const allLabels = { ...DEFAULT_SECTION_LABELS, ...labels };
  const root = folderTree(docs);
  const collapsed = collapsedFolders(root, folderLimit);
  const weight = (n: Node): number =>
    Math.min(
      ...n.docs.map((d) => d.order ?? Number.MAX_VALUE),
      ...[...n.dirs.values()].map(weight),
      Number.MAX_VALUE,
    );
  const toItems = (node: Node, at: string): SidebarItem[] => {
    const top = at === '';
    const entries: { rank: number; order: number; key: string; item: SidebarItem }[] = [];
    const rank = (name: string) => {
      const i = top ? sectionOrder.indexOf(name) : -1;
      return i < 0 ? sectionOrder.length : i;
    };
    const large = !top && collapsed.has(at);
    if (large) {
      entries.push({ rank: -1, order: -Infinity, key: '', item: { label: folderIndexLabel(node.docs.length), link: folderIndexPath(at) } });
    } else {
      for (const doc of node.docs) {
        entries.push({
          rank: rank(''),
          order: doc.order ?? Number.MAX_VALUE,
          key: doc.relative,
          item: { slug: docId(doc.relative, doc.slug) },
        });
      }
    }
    for (const [name, dir] of node.dirs) {
      const folder = top ? name : `${at}/${name}`;
      if (top && name === MANUAL_FOLDER) {
        // The product's manual is not part of the organisation's handbook: one closed group, always last.
        entries.push({ rank: Infinity, order: 0, key: name, item: { label: folderLabel(name, allLabels), items: toItems(dir, folder), collapsed: true } });
        continue;
      }
      entries.push({ rank: rank(name), order: weight(dir), key: name, item: { label: folderLabel(name, allLabels), items: toItems(dir, folder) } });
    }
    entries.sort((a, b) => a.rank - b.rank || a.order - b.order || a.key.localeCompare(b.key, 'en'));
    return entries.map((e) => e.item);
  };
  return toItems(root, '');
}
