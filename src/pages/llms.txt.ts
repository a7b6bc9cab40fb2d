/** /llms.txt (llmstxt.org): the site for assistants, linking the Markdown twins of its most useful pages. */
import type { APIRoute } from 'astro';
import { features, notWritten } from '../data/features.ts';
import { getLlmsTxt } from '../data/assist.ts';
import { options } from 'virtual:wayfinder/config';

// wayfinder.yaml features.twins: false writes no llms.txt.
export const GET: APIRoute = async ({ site }) =>
  !features.twins ? notWritten() : new Response(await getLlmsTxt(site, options.siteDescription), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
