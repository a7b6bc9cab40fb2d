/** TechDocs folders (mkdocs.yml + Markdown) built as an entity's docs. */
export { loadTechDocs, TECHDOCS_REF, type TechDocsAsset, type TechDocsNavItem, type TechDocsPage, type TechDocsSite } from './load.ts';
export { readMkdocsConfig, type MkdocsConfig, type NavEntry } from '../mkdocs-config.ts';
export { withoutTechDocs } from '../catalog/read/techdocs-folders.ts';
export { mkdocsSlug, pageSlug, techDocsFilesRoot, techDocsRoot } from './urls.ts';
export { isInside } from './files.ts';
export type { CodeBlock, PageHeading } from './render.ts';
