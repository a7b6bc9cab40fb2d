/** /llms-full.txt: the text of every published doc, as Markdown, for assistants. */
import type { APIRoute } from 'astro';
import { features, notWritten } from '../data/features.ts';
import { getLlmsFullTxt } from '../data/assist.ts';

export const GET: APIRoute = async () => (!features.twins ? notWritten() : new Response(await getLlmsFullTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
