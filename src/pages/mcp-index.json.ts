/** /mcp-index.json: what `npm run mcp` answers from (src/core/assist/index-model.ts). */
import type { APIRoute } from 'astro';
import { getAssistIndex } from '../data/assist.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await getAssistIndex(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
