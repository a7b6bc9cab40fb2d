/**
 * The MCP server: the assistant's tools (tools.ts) registered with the official TypeScript
 * SDK, read-only, and the onboarding paths as resources. The transport (stdio) is the
 * caller's (scripts/mcp.ts), so tests can connect the SDK's own client in memory or over stdio.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Answer, Assistant } from './tools.ts';
import { RESULT_TYPES } from './search.ts';
import { twinPath } from './twin-url.ts';

/** The server's name as clients show it. */
export const SERVER_NAME = 'wayfinder';

const result = (a: Answer) => ({ content: [{ type: 'text' as const, text: a.text }], ...(a.isError ? { isError: true } : {}) });

/** An MCP server over one site's assistant. */
export function createMcpServer(assistant: Assistant, version: string): McpServer {
  const { index } = assistant;
  const server = new McpServer(
    { name: SERVER_NAME, version },
    {
      instructions:
        `Answers from the developer handbook "${index.title}" (built ${index.built}): who owns a service and how to reach them, ` +
        'how-tos and docs, what is changing (betas, deprecations, sunsets, campaign deadlines), which migrations a team owes, and any page as Markdown. ' +
        'Every answer links the site page; quote those links.',
    },
  );
  const readOnly = { readOnlyHint: true, openWorldHint: false };
  server.registerTool(
    'find_owner',
    {
      title: 'Find the owner',
      description: 'Who owns a service, API, system or resource, or how to reach a team: owner, on-call, chat, email and the escalation ladder. Takes a name (`payments-service`), a ref (`component:payments-service`, `group:data-team`) or a title.',
      inputSchema: { name: z.string().describe('entity or team name, ref or title') },
      annotations: readOnly,
    },
    ({ name }) => result(assistant.findOwner(name)),
  );
  server.registerTool(
    'search_docs',
    {
      title: 'Search the handbook',
      description: 'Searches docs, TechDocs, catalog entities, teams, announcements and onboarding paths the way the site search ranks them (names and owners first for "X on-call"). Returns titles, links and a line each.',
      inputSchema: {
        query: z.string().describe('what to look for, e.g. "roll back a deploy" or "payments on-call"'),
        type: z.string().optional().describe(`only one type of result: ${RESULT_TYPES.join(', ')}`),
        owner: z.string().optional().describe('only what this team owns (name or ref)'),
        limit: z.number().optional().describe('most results (default 10, at most 25)'),
      },
      annotations: readOnly,
    },
    ({ query, type, owner, limit }) => result(assistant.searchDocs(query, { type, owner, limit })),
  );
  server.registerTool(
    'whats_changing',
    {
      title: "What's changing",
      description: 'Betas, GA, deprecations, sunsets and breaking changes that reach a team (through anything it owns) or an entity, with dates, replacements and migration guides, and campaign deadlines with what is still to do.',
      inputSchema: {
        target: z.string().describe('team or entity name or ref, e.g. group:data-team'),
        within: z.number().optional().describe('days ahead to look (default 90)'),
      },
      annotations: readOnly,
    },
    ({ target, within }) => result(assistant.whatsChanging(target, within ?? 90)),
  );
  server.registerTool(
    'migrations_owed',
    {
      title: 'Migrations owed',
      description: "Which migrations a team owes: every deprecation, sunset or breaking change whose subject something the team owns still uses, with the deadline, the replacement, whom to ask, and each consumer's state (not started, planned by a date with its tracker, exempt until a date). Give a team (group:payments-team) or one entity.",
      inputSchema: { target: z.string().describe('team or entity name or ref, e.g. group:payments-team') },
      annotations: readOnly,
    },
    ({ target }) => result(assistant.migrationsOwed(target)),
  );
  server.registerTool(
    'get_page',
    {
      title: 'Read a page',
      description: "A page of the site as Markdown (its Markdown twin): give the page's URL or path, e.g. /docs/how-to/roll-back-a-deploy/ or /catalog/component/payments-service/.",
      inputSchema: { url: z.string().describe('page URL or site path') },
      annotations: readOnly,
    },
    async ({ url }) => result(await assistant.getPage(url)),
  );
  for (const p of index.paths) {
    const uri = `wayfinder://onboarding/${encodeURIComponent(p.id)}`;
    server.registerResource(p.id, uri, { title: p.title, description: p.summary, mimeType: 'text/markdown' }, async () => {
      const page = await assistant.getPage(twinPath(p.path));
      return { contents: [{ uri, mimeType: 'text/markdown', text: page.text }] };
    });
  }
  return server;
}
