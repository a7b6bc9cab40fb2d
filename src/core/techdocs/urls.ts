/**
 * How MkDocs names things: page paths relative to an entity's docs root (as MkDocs'
 * use_directory_urls would) and the heading slugs of Python-Markdown's toc extension,
 * so old anchors keep working. Where the docs root itself is: core/urls.ts.
 */
export { techDocsFilesRoot, techDocsRoot } from '../urls.ts';

/**
 * The page path of a Markdown file, relative to the docs root, as MkDocs builds it:
 * `index.md` → ``, `guide.md` → `guide/`, `ops/index.md` and `ops/README.md` → `ops/`.
 */
export function pageSlug(file: string): string {
  const noExt = file.replace(/\.[^./]+$/, '');
  const parts = noExt.split('/');
  const last = parts[parts.length - 1] as string;
  if (last === 'index' || last.toLowerCase() === 'readme') parts.pop();
  return parts.length === 0 ? '' : `${parts.join('/')}/`;
}

/** A heading's id as Python-Markdown's toc extension (MkDocs) makes it: `Set up the CLI!` → `set-up-the-cli`. */
export function mkdocsSlug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  return ascii
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** Makes MkDocs slugs unique within a page the way toc does: `intro`, `intro_1`, `intro_2`. */
export function uniqueSlugger(): (slug: string) => string {
  const used = new Set<string>();
  return (slug) => {
    let id = slug || '_';
    for (let n = 1; used.has(id); n++) id = `${slug}_${n}`;
    used.add(id);
    return id;
  };
}
