/**
 * What assistants get from the built demo: llms.txt whose every link is a file of dist/, a
 * Markdown twin for every page that answers something, and the MCP server (`npm run mcp`)
 * asked the newcomer questions through the SDK's own client over stdio.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { demoDist, htmlFiles, root, TEST_TODAY, withoutVitest } from './site.ts';
import { pageType } from '../../scripts/page-weight.ts';

/** The text of a tool result. */
function text(result: Awaited<ReturnType<Client['callTool']>>): string {
  const content = result.content as { type: string; text?: string }[];
  return content.map((c) => c.text ?? '').join('\n');
}

describe('llms.txt and the Markdown twins', () => {
  it('writes llms.txt in the llmstxt.org shape, and every link in it is a file of dist/', () => {
    const txt = fs.readFileSync(path.join(demoDist, 'llms.txt'), 'utf8');
    const lines = txt.split('\n');
    expect(lines[0]).toBe('# Tidewater Handbook');
    expect(lines.find((l) => l.startsWith('> '))).toBeDefined();
    expect(lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3))).toEqual(expect.arrayContaining(['Start here', 'Onboarding paths', 'How to']));
    const links = [...txt.matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gm)].map((m) => m[1] as string);
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const p = decodeURIComponent(new URL(link, 'https://handbook.tidewater.example/').pathname);
      expect(fs.existsSync(path.join(demoDist, p)), `${link} is a file of dist/`).toBe(true);
    }
    expect(links).toContain('https://handbook.tidewater.example/docs/how-to/roll-back-a-deploy/index.md');
    expect(fs.readFileSync(path.join(demoDist, 'llms-full.txt'), 'utf8')).toContain('# Roll back a deploy');
  });

  it('gives every page that answers something a twin, linked from its head', () => {
    const answering = new Set(['doc', 'entity', 'techdocs', 'team', 'user', 'announcement']);
    const pages = htmlFiles(demoDist).filter((f) => answering.has(pageType(f)) && f !== '404.html' && !f.startsWith('doc-folders/'));
    pages.push(...htmlFiles(demoDist).filter((f) => /^onboarding\/[^/]+\/index\.html$/.test(f)));
    expect(pages.length).toBeGreaterThan(100);
    for (const f of pages) {
      const html = fs.readFileSync(path.join(demoDist, f), 'utf8');
      // Redirect pages of renamed entities are not pages that answer.
      if (html.includes('http-equiv="refresh"')) continue;
      const twin = f.replace(/index\.html$/, 'index.md');
      expect(fs.existsSync(path.join(demoDist, twin)), `${twin} exists`).toBe(true);
      expect(html).toContain(`<link rel="alternate" type="text/markdown" href="/${twin}"`);
      expect(fs.readFileSync(path.join(demoDist, twin), 'utf8')).not.toMatch(/\]\(\s*<?\s*(javascript|vbscript|data):/i);
    }
  });

  it("carries the migration's state per consumer in the announcement's twin, and what a team owes in its twin", () => {
    const md = fs.readFileSync(path.join(demoDist, 'lifecycle/legacy-deployer-deprecation/index.md'), 'utf8');
    expect(md).toContain('## Migration progress');
    expect(md).toContain('**At risk.** 3 without a plan: the remaining plans do not fit before the deadline.');
    expect(md).toContain('- **Done:** 1 · **Planned:** 1 · **Not started:** 3 · **Exempt:** 1');
    expect(md).toMatch(/- \[Ledger service\]\([^)]+\) \(Component, Payments\): Planned by 2027-01-15, tracked in /);
    const team = fs.readFileSync(path.join(demoDist, 'teams/payments-team/index.md'), 'utf8');
    expect(team).toContain('## Migrations it owes');
    expect(team).toMatch(/- \[legacy-deployer is deprecated; move to Launchpad by 29 January 2027\]\([^)]+\): deadline 2027-01-29\n  - \[/);
  });

  it("leads an entity's twin with its answers, and an API's twin lists its operations", () => {
    const md = fs.readFileSync(path.join(demoDist, 'catalog/component/payments-service/index.md'), 'utf8');
    expect(md.split('\n').slice(0, 12).join('\n')).toMatch(/\*\*Owner:\*\*.*\n.*\*\*On-call:\*\*/);
    const api = fs.readdirSync(path.join(demoDist, 'catalog/api')).map((n) => fs.readFileSync(path.join(demoDist, 'catalog/api', n, 'index.md'), 'utf8'));
    expect(api.some((t) => /## Operations[\s\S]*- \[(GET|POST|PUT|DELETE|SEND|RECEIVE|QUERY)/.test(t))).toBe(true);
  });
});

describe('the MCP server over the built demo (SDK client over stdio)', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ name: 'wayfinder-test', version: '1.0.0' });
    const env = withoutVitest({ ...process.env, WAYFINDER_TODAY: TEST_TODAY }) as Record<string, string>;
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [path.join(root, 'scripts/mcp.ts'), '--site', demoDist], cwd: root, env, stderr: 'pipe' }));
  }, 30_000);
  afterAll(async () => {
    await client?.close();
  });

  it('lists its five read-only tools and the onboarding paths as resources', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['find_owner', 'get_page', 'migrations_owed', 'search_docs', 'whats_changing']);
    expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain('wayfinder://onboarding/backend');
    const backend = await client.readResource({ uri: 'wayfinder://onboarding/backend' });
    expect((backend.contents[0] as { text: string }).text).toContain('# Backend engineer');
  });

  it('says who owns payments-service, with the owner and on-call links', async () => {
    const r = await client.callTool({ name: 'find_owner', arguments: { name: 'payments-service' } });
    expect(r.isError).toBeFalsy();
    const t = text(r);
    expect(t).toContain('**Owner:** [Payments](https://handbook.tidewater.example/teams/payments-team/)');
    expect(t).toContain('**On-call:** [https://oncall.tidewater.example/schedules/payments](https://oncall.tidewater.example/schedules/payments)');
    expect(t).toContain('https://handbook.tidewater.example/catalog/component/payments-service/index.md');
  });

  it('answers "how do I roll back a deploy" with the how-to first', async () => {
    const t = text(await client.callTool({ name: 'search_docs', arguments: { query: 'how do I roll back a deploy' } }));
    expect(t.split('\n')[0]).toContain('[Roll back a deploy](https://handbook.tidewater.example/docs/how-to/roll-back-a-deploy/)');
  });

  it('ranks the team first for "payments on-call"', async () => {
    const t = text(await client.callTool({ name: 'search_docs', arguments: { query: 'payments on-call' } }));
    expect(t.split('\n')[0]).toContain('/teams/payments-team/');
  });

  it("says what changes for group:data-team in the next 90 days: legacy-deployer's sunset on 2027-01-29", async () => {
    const t = text(await client.callTool({ name: 'whats_changing', arguments: { target: 'group:data-team', within: 90 } }));
    expect(t).toContain(`from ${TEST_TODAY} to 2027-02-21`);
    expect(t).toMatch(/\*\*2027-01-29\*\* \(sunset\) Deprecation: \[legacy-deployer is deprecated/);
    expect(t).toContain('[Warehouse sync]');
    expect(t).toContain('replacement: [Launchpad]');
  });

  it('says which migrations the payments team owes: the ledger plan and the silent one, with the sunset and whom to ask', async () => {
    const t = text(await client.callTool({ name: 'migrations_owed', arguments: { target: 'group:payments-team' } }));
    expect(t).toContain('## [legacy-deployer is deprecated; move to Launchpad by 29 January 2027](https://handbook.tidewater.example/lifecycle/legacy-deployer-deprecation/)');
    expect(t).toContain('Deprecation: deadline 2027-01-29; replacement [Launchpad]');
    expect(t).toMatch(/- \[Ledger service\]\([^)]+\): Planned by 2027-01-15, tracked in \[https:\/\/tracker\.tidewater\.example\/browse\/PAY-412\]/);
    expect(t).toMatch(/: Not started$/m);
  });

  it('reads a page as Markdown', async () => {
    const t = text(await client.callTool({ name: 'get_page', arguments: { url: 'https://handbook.tidewater.example/docs/how-to/roll-back-a-deploy/' } }));
    expect(t).toMatch(/^# Roll back a deploy/);
  });

  it('answers bad input with a clear error result and keeps running', async () => {
    const unknownTool = await client.callTool({ name: 'delete_everything', arguments: {} });
    expect(unknownTool.isError).toBe(true);
    expect(text(unknownTool)).toContain('Tool delete_everything not found');
    const unknown = await client.callTool({ name: 'find_owner', arguments: { name: 'payment-service' } });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toContain('Did you mean `payments-service`?');
    const escape = await client.callTool({ name: 'get_page', arguments: { url: '/../../../etc/passwd' } });
    expect(escape.isError).toBe(true);
    expect(text(escape)).toContain('leaves the site');
    const huge = await client.callTool({ name: 'search_docs', arguments: { query: 'x'.repeat(1024 * 1024) } });
    expect(huge.isError).toBe(true);
    expect(text(huge)).toContain('at most 500');
    const wrongType = await client.callTool({ name: 'whats_changing', arguments: { target: 42 } });
    expect(wrongType.isError).toBe(true);
    // Still answering after all of that.
    expect(text(await client.callTool({ name: 'find_owner', arguments: { name: 'group:data-team' } }))).toContain('Data Platform');
  });
});
