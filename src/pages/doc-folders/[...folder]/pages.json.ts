/** /doc-folders/<folder>/pages.json: every row of a large folder, for its index page's filter. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { GENERATED_FOLDERS } from '../../../core/urls.ts';
import { getDocFolders, type SiteFolder } from '../../../data/doc-folders.ts';

export const getStaticPaths = (async () =>
  (await getDocFolders()).map((folder) => ({ params: { folder: folder.path.slice(GENERATED_FOLDERS.docFolders.length).replace(/\/$/, '') || undefined }, props: { folder } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ folder: SiteFolder }> = ({ props }) =>
  new Response(JSON.stringify(props.folder.rows), { headers: { 'Content-Type': 'application/json' } });
