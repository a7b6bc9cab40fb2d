/**
 * How fast the MCP server answers on a built site: loads its index as `npm run mcp` does,
 * then times each tool on questions taken from the site itself (an entity, a team, a doc
 * title, a team's changes over a year). The target is under 200 ms per call at 10,000
 * entities; `npm run bench` records it, and this runs alone on any built site:
 *
 *   node scripts/bench-mcp.ts --site bench/out/10k/dist
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createAssistant } from '../src/core/assist/tools.ts';
import { folderReader } from '../src/core/assist/site-reader.ts';

/** Timings in milliseconds: loading the index, and the slowest and median call of each tool. */
export interface McpTimings {
  entities: number;
  loadMs: number;
  tools: Record<string, { maxMs: number; medianMs: number; calls: number }>;
}

/** Times the MCP tools on the site built in `dist`. */
export async function measureMcp(dist: string, rounds = 5): Promise<McpTimings> {
  const started = performance.now();
  const a = await createAssistant(await folderReader(dist));
  const loadMs = performance.now() - started;
  const { index } = a;
  const pick = <T>(list: readonly T[], i: number): T | undefined => list[Math.floor((i * list.length) / rounds)];
  const teams = index.entities.filter((e) => e.kind === 'team');
  const others = index.entities.filter((e) => e.kind !== 'team');
  const docs = index.pages.filter((p) => p.type === 'doc');
  const calls: Record<string, (i: number) => unknown> = {
    find_owner: (i) => a.findOwner(pick(others, i)?.name ?? 'x'),
    find_owner_typo: (i) => a.findOwner(`${pick(others, i)?.name ?? 'x'}x`),
    search_docs: (i) => a.searchDocs(pick(docs, i)?.title ?? 'deploy'),
    search_on_call: (i) => a.searchDocs(`${pick(teams, i)?.title ?? 'x'} on-call`),
    whats_changing: (i) => a.whatsChanging(pick(teams, i)?.ref ?? 'x', 365),
    get_page: (i) => a.getPage(`${pick(others, i)?.path ?? '/'}`),
  };
  const tools: McpTimings['tools'] = {};
  for (const [name, call] of Object.entries(calls)) {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      await call(i);
      times.push(performance.now() - t);
    }
    times.sort((x, y) => x - y);
    tools[name] = { maxMs: round(times[times.length - 1] ?? 0), medianMs: round(times[Math.floor(times.length / 2)] ?? 0), calls: rounds };
  }
  return { entities: index.entities.length, loadMs: round(loadMs), tools };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, rounds: { type: 'string', default: '5' } } });
  const t = await measureMcp(values.site as string, Number(values.rounds));
  console.log(`${t.entities} entities; index loaded in ${t.loadMs} ms`);
  for (const [name, x] of Object.entries(t.tools)) console.log(`${name.padEnd(16)} max ${x.maxMs} ms, median ${x.medianMs} ms (${x.calls} calls)`);
}
