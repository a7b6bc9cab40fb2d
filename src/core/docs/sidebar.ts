import type { DocMeta } from './frontmatter.ts';
import { docId, folderIndexPath } from '../urls.ts';
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

/**
 * A docs folder with more docs of its own than the limit: the sidebar links to its index
 * page instead of listing them (the docs root: lists its first `limit` docs, then the link).
 */
export interface LargeFolder {
  /** Path relative to content/docs, e.g. `guides` or `reference/apis`; `''` for the docs root. */
  folder: string;
  /** Site path of its index page, without base. */
  path: string;
  label: string;
  /** The folder's own docs (not those of its subfolders), in sidebar order. */
  docs: DocMeta[];
  /** Its subfolders, relative to content/docs. */
  subfolders: string[];
  /** Docs in the folder and all its subfolders. */
  total: number;
  /**
   * The index link that stands for the folder in the sidebar: its own, or that of the
   * folder whose whole subtree the sidebar folds into one link.
   */
  shownAt: string;
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
export const SIDEBAR_BUDGET_FACTOR = 3;

/**
 * What one folder group costs against the sidebar budget, in doc links: a group (its
 * label, toggle and list) is written as about 850 bytes of HTML, a link as about 150. With
 * the default limit the budget (90) keeps the docs part of the sidebar near 15 KB at most.
 */
export const SIDEBAR_GROUP_COST = 5;

/** Which folders the sidebar shows as an index link: a folder's own docs, or its whole subtree. */
interface Collapse {
  /** Folders whose own docs are one index link (their subfolders keep their entries). */
  own: Set<string>;
  /** Folders shown as one index link for their whole subtree (their subfolders not at all). */
  folded: Set<string>;
}

interface FolderInfo {
  folder: string;
  node: Node;
  depth: number;
  /** Ancestor folders, nearest last. */
  ancestors: string[];
}

/**
 * The folders the sidebar shows as index links instead of their docs, one rule for the
 * sidebar and the index pages, deterministic:
 * 1. every folder with more than `limit` docs of its own shows one index link for them;
 * 2. while the sidebar would still cost more than `limit × SIDEBAR_BUDGET_FACTOR` links (a
 *    group counts SIDEBAR_GROUP_COST), one more step: a folder's own docs become one index
 *    link, or a folder's whole subtree (many small folders, each a group) folds into one.
 *    When one step is enough, the least drastic (deepest, then saving least); otherwise the
 *    step that saves most (so the biggest folders go first);
 * 3. folders collapsed in step 2 that fit again once subtrees are folded are listed again,
 *    smallest first.
 * The docs root (docs outside any folder, key `''`) follows rule 1 too, but keeps its front:
 * with more than `limit` docs it lists its first `limit` (in sidebar order), then one link
 * to the index page of all of them (see rootFront).
 */
function collapseFolders(root: Node, limit: number): Collapse {
  const folders: FolderInfo[] = [];
  const walk = (node: Node, at: string, ancestors: string[]) => {
    for (const [name, dir] of node.dirs) {
      const folder = at ? `${at}/${name}` : name;
      folders.push({ folder, node: dir, depth: ancestors.length, ancestors });
      walk(dir, folder, [...ancestors, folder]);
    }
  };
  walk(root, '', []);
  const c: Collapse = { own: new Set(), folded: new Set() };
  const hidden = (f: FolderInfo) => f.ancestors.some((a) => c.folded.has(a));
  const costOf = (node: Node, at: string): number => {
    if (c.folded.has(at)) return SIDEBAR_GROUP_COST + 1;
    const own = c.own.has(at) ? (at === '' ? Math.min(limit, node.docs.length) + 1 : 1) : node.docs.length;
    let n = (at ? SIDEBAR_GROUP_COST : 0) + own;
    for (const [name, dir] of node.dirs) n += costOf(dir, at ? `${at}/${name}` : name);
    return n;
  };
  const cost = () => costOf(root, '');
  const budget = limit * SIDEBAR_BUDGET_FACTOR;
  const byPath = (a: FolderInfo, b: FolderInfo) => a.folder.localeCompare(b.folder, 'en');

  for (const f of folders) if (f.node.docs.length > limit) c.own.add(f.folder);
  if (root.docs.length > limit) c.own.add('');
  const optional: string[] = [];
  let total = cost();
  while (total > budget) {
    // Each step either lists a folder's own docs as one index link, or folds a folder's
    // whole subtree into one; the least drastic step that is enough on its own, else the
    // one that saves most.
    const steps: { f: FolderInfo; fold: boolean; saves: number }[] = [];
    for (const f of folders) {
      if (hidden(f) || c.folded.has(f.folder)) continue;
      if (!c.own.has(f.folder) && f.node.docs.length > 1) steps.push({ f, fold: false, saves: f.node.docs.length - 1 });
      if (f.node.dirs.size > 0) steps.push({ f, fold: true, saves: costOf(f.node, f.folder) - (SIDEBAR_GROUP_COST + 1) });
    }
    const useful = steps.filter((x) => x.saves > 0);
    const enough = useful.filter((x) => total - x.saves <= budget);
    const next = enough.length
      ? enough.sort((a, b) => b.f.depth - a.f.depth || a.saves - b.saves || Number(a.fold) - Number(b.fold) || byPath(a.f, b.f))[0]
      : useful.sort((a, b) => b.saves - a.saves || b.f.depth - a.f.depth || Number(a.fold) - Number(b.fold) || byPath(a.f, b.f))[0];
    if (!next) break;
    if (next.fold) c.folded.add(next.f.folder);
    else {
      c.own.add(next.f.folder);
      optional.push(next.f.folder);
    }
    total = cost();
  }
  if (c.folded.size) {
    const info = new Map(folders.map((f) => [f.folder, f]));
    const smallestFirst = optional.map((o) => info.get(o) as FolderInfo).sort((a, b) => a.node.docs.length - b.node.docs.length || byPath(a, b));
    for (const f of smallestFirst) {
      if (hidden(f) || c.folded.has(f.folder)) continue;
      if (total + f.node.docs.length - 1 > budget) continue;
      c.own.delete(f.folder);
      total += f.node.docs.length - 1;
    }
  }
  return c;
}

const byOrder = (a: DocMeta, b: DocMeta) => (a.order ?? Number.MAX_VALUE) - (b.order ?? Number.MAX_VALUE) || a.relative.localeCompare(b.relative, 'en');

/** Docs in a folder and all its subfolders. */
function subtreeDocs(node: Node): number {
  let n = node.docs.length;
  for (const dir of node.dirs.values()) n += subtreeDocs(dir);
  return n;
}

/**
 * The docs folders that get an index page (see collapseFolders): every folder whose docs
 * the sidebar shows as an index link, every folder inside a subtree folded into one index
 * link (its index page is how a reader gets to it), and the docs root when it has more
 * docs than the limit (`folder: ''`, at /doc-folders/).
 */
export function findLargeFolders(docs: readonly DocMeta[], limit = DEFAULT_SIDEBAR_FOLDER_LIMIT, labels: Record<string, string> = {}): LargeFolder[] {
  const allLabels = { ...DEFAULT_SECTION_LABELS, ...labels };
  const out: LargeFolder[] = [];
  const tree = folderTree(docs);
  const c = collapseFolders(tree, limit);
  if (c.own.has('')) {
    out.push({
      folder: '',
      path: folderIndexPath(''),
      label: ROOT_INDEX_LABEL,
      docs: [...tree.docs].sort(byOrder),
      subfolders: [...tree.dirs.keys()],
      total: tree.docs.length,
      shownAt: folderIndexPath(''),
    });
  }
  const walk = (node: Node, at: string, foldedAt: string | undefined) => {
    for (const [name, dir] of node.dirs) {
      const folder = at ? `${at}/${name}` : name;
      const folded = foldedAt ?? (c.folded.has(folder) ? folder : undefined);
      if (folded !== undefined || c.own.has(folder)) {
        out.push({
          folder,
          path: folderIndexPath(folder),
          label: folderLabel(name, allLabels),
          docs: [...dir.docs].sort(byOrder),
          subfolders: [...dir.dirs.keys()].map((k) => `${folder}/${k}`),
          total: subtreeDocs(dir),
          shownAt: folderIndexPath(folded ?? folder),
        });
      }
      walk(dir, folder, folded);
    }
  };
  walk(tree, '', undefined);
  return out.sort((a, b) => a.folder.localeCompare(b.folder, 'en'));
}

/** The title of the docs root's index page. */
export const ROOT_INDEX_LABEL = 'All docs';

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
 * folder's index page (then its subfolders, each by the same rule); and when the whole
 * sidebar would cost more than `folderLimit × SIDEBAR_BUDGET_FACTOR` links, the biggest
 * folders collapse the same way, and then whole subtrees fold into one index link
 * (collapseFolders). So the sidebar, which is written into every page, does not grow
 * with the docs: neither with the docs of a folder nor with the number of folders.
 */
export function buildDocsSidebar(
  docs: DocMeta[],
  labels: Record<string, string> = {},
  sectionOrder: string[] = DEFAULT_SECTION_ORDER,
  folderLimit: number = DEFAULT_SIDEBAR_FOLDER_LIMIT,
): SidebarItem[] {
  const allLabels = { ...DEFAULT_SECTION_LABELS, ...labels };
  const root = folderTree(docs);
  const c = collapseFolders(root, folderLimit);
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
    if (!top && c.folded.has(at)) return [{ label: folderIndexLabel(subtreeDocs(node)), link: folderIndexPath(at) }];
    const large = !top && c.own.has(at);
    if (top && c.own.has('')) {
      // The docs root keeps its front (the first `folderLimit` docs), then links to all of them.
      const front = [...node.docs].sort(byOrder).slice(0, folderLimit);
      for (const doc of front) entries.push({ rank: rank(''), order: doc.order ?? Number.MAX_VALUE, key: doc.relative, item: { slug: docId(doc.relative, doc.slug) } });
      const last = front[front.length - 1];
      entries.push({ rank: rank(''), order: last?.order ?? Number.MAX_VALUE, key: `${last?.relative ?? ''}\uffff`, item: { label: folderIndexLabel(node.docs.length), link: folderIndexPath('') } });
    } else if (large) {
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
