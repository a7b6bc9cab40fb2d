/** /llms.txt (llmstxt.org): the site for assistants, linking the Markdown twins of its most useful pages. */
import type { APIRoute } from 'astro';
import { getLlmsTxt } from '../data/assist.ts';
import { options } from 'virtual:wayfinder/config';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getLlmsTxt(site, options.siteDescription), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
