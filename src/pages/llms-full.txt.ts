/** /llms-full.txt: the text of every published doc, as Markdown, for assistants. */
import type { APIRoute } from 'astro';
import { getLlmsFullTxt } from '../data/assist.ts';

export const GET: APIRoute = async () => new Response(await getLlmsFullTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
