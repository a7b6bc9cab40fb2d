/** /mcp-index.json: what `npm run mcp` answers from (src/core/assist/index-model.ts). */
import type { APIRoute } from 'astro';
import { features, notWritten } from '../data/features.ts';
import { getAssistIndex } from '../data/assist.ts';

export const GET: APIRoute = async ({ site }) =>
  !features.twins ? notWritten() : new Response(JSON.stringify(await getAssistIndex(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
