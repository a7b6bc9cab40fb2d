/**
 * `npm run mcp -- --site dist/` (or `--url https://handbook.example.com/`): a read-only
 * Model Context Protocol server over stdio that answers from a built Wayfinder site, for
 * coding assistants (manual/assistants.md). Reads only that site: no network with --site.
 * Exit codes: 0 when the client disconnects, 1 when the site cannot be read, 2 on usage errors.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createAssistant } from '../src/core/assist/tools.ts';
import { folderReader, SiteReadError, urlReader, type SiteReader } from '../src/core/assist/site-reader.ts';
import { createMcpServer } from '../src/core/assist/server.ts';

const USAGE = `Usage: npm run mcp -- --site <dist folder>
       npm run mcp -- --url <published site URL>

A read-only MCP server over stdio that answers from a built Wayfinder site:
find_owner, search_docs, whats_changing, get_page, and the onboarding paths as resources.
Add it to your assistant as shown in the manual (Assistants and MCP).`;

function usage(message?: string): never {
  if (message) process.stderr.write(`mcp: ${message}\n\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(message ? 2 : 0);
}

let values: { site?: string; url?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { site: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
} catch (e) {
  usage(e instanceof Error ? e.message : String(e));
}
if (values.help) usage();
if (!values.site === !values.url) usage('give exactly one of --site <folder> and --url <address>');

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
try {
  const reader: SiteReader = values.site ? await folderReader(values.site) : urlReader(values.url as string);
  const assistant = await createAssistant(reader);
  const server = createMcpServer(assistant, version);
  await server.connect(new StdioServerTransport());
  process.stderr.write(`wayfinder mcp: answering from ${reader.describe} (${assistant.index.entities.length} entities, ${assistant.index.pages.length} pages)\n`);
} catch (e) {
  if (!(e instanceof SiteReadError)) throw e;
  process.stderr.write(`mcp: ${e.message}\n`);
  process.exit(1);
}
