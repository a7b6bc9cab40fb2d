/**
 * /catalog/index.json: the compact index the directory's filter script loads (one short
 * array per entity; see encodeIndex in src/core/catalog/directory/directory.ts). Built once.
 */
import type { APIRoute } from 'astro';
import { getDirectory } from '../../data/directory.ts';

export const GET: APIRoute = async () => {
  const dir = await getDirectory();
  return new Response(JSON.stringify(dir.json()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
