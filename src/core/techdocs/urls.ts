/**
 * Where TechDocs pages live and how MkDocs names things: page URLs under the entity
 * (/catalog/component/<name>/docs/<page>/, as MkDocs' use_directory_urls would) and the
 * heading slugs of Python-Markdown's toc extension, so old anchors keep working.
 * (Move into the project's one URL module when it exists.)
 */
import { entityPath } from '../catalog/routes.ts';
import type { CatalogEntity } from '../catalog/types.ts';

type Routable = Pick<CatalogEntity, 'kind' | 'namespace' | 'name'>;

/** The root of an entity's TechDocs, without base: `/catalog/component/x/docs/`. */
export function techDocsRoot(entity: Routable): string {
  return `${entityPath(entity)}docs/`;
}

/** Where an entity's non-Markdown files (images, PDFs) are served: `/catalog/component/x/docs-files/`. */
export function techDocsFilesRoot(entity: Routable): string {
  return `${entityPath(entity)}docs-files/`;
}

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
