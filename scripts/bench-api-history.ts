/**
 * Each API's history at the size of a big organisation: generates an organisation
 * (scripts/gen-org.ts, 30,000 entities with about 1,600 APIs by default), makes it a git
 * repository, then commits weekly for 12 weeks, each commit changing the definitions of a
 * quarter of the teams' APIs (a deprecation, a removed GraphQL field / a newly required
 * AsyncAPI property, a summary reworded, in turn). Times the one content log (git log,
 * status, ls-files), the campaigns' history pass over it, and every API's history over
 * the same log (old versions read with one cat-file, parsed, diffed). A benchmark, not a
 * test: nothing fails on a slow machine.
 *
 *   node scripts/bench-api-history.ts [--count 30000] [--commits 12] [--json]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { apiDefinitionFiles, apiHistories } from '../src/core/api/history.ts';
import { catalogHistory, readContentLog } from '../src/core/campaigns/history.ts';
import { checkContent } from '../src/core/check-content.ts';
import { resolveContentPaths } from '../src/core/content-dir.ts';
import { addDays } from '../src/core/dates.ts';
import { generateOrganisation } from './gen-org.ts';

/** What one run measured. */
export interface ApiHistoryBench {
  entities: number;
  apis: number;
  commits: number;
  logMs: number;
  campaignMs: number;
  apiMs: number;
  /** CPU of the three steps together (the machine may be shared). */
  cpuMs: number;
  changes: number;
  breaking: number;
}

const CHANGES: ((text: string) => string)[] = [
  // A deprecation (OpenAPI list operations).
  (t) => t.replace(/^(\s+)operationId: (list\w+)$/gm, '$1deprecated: true\n$1operationId: $2'),
  // Breaking: a GraphQL list field removed; an AsyncAPI property made required.
  (t) => t.replace(/^\s+\w+s\(first: Int = 20\).*\n/gm, '').replace(/required: \[id\]$/gm, 'required: [id, name]'),
  // Descriptions only.
  (t) => t.replace(/summary: List /g, 'summary: Lists all '),
];

/** Generates, commits and measures; returns the figures. */
export function benchApiHistory(count = 30000, commits = 12): ApiHistoryBench {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-api-history-'));
  try {
    const content = path.join(dir, 'content');
    generateOrganisation(content, { count, docs: 0, perFolder: 0, deprecations: 0 });
    const git = (date: string, args: string[]) =>
      execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@example.com', GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
      });
    const today = '2026-11-23';
    const start = addDays(today, -7 * (commits + 1));
    git(start, ['init', '-q']);
    git(start, ['add', '-A']);
    git(start, ['commit', '-q', '-m', 'the organisation']);
    const apiFiles = execFileSync('git', ['ls-files', '--', '*apis.yaml'], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    for (let k = 0; k < commits; k++) {
      const date = addDays(start, 7 * (k + 1));
      apiFiles.forEach((f, i) => {
        if (i % 4 !== k % 4) return;
        const abs = path.join(dir, f);
        fs.writeFileSync(abs, (CHANGES[k % CHANGES.length] as (t: string) => string)(fs.readFileSync(abs, 'utf8')));
      });
      git(date, ['commit', '-qam', `week ${k + 1}: ${['deprecations', 'breaking changes', 'descriptions'][k % 3]}`]);
    }
    const paths = resolveContentPaths(content);
    delete paths.manual;
    const checked = checkContent(paths, { today });
    const byRef = new Map(checked.catalog.entities.map((e) => [e.ref, e]));
    const apis = checked.apiReferences.flatMap((reference) => {
      const entity = byRef.get(reference.entityRef);
      return entity ? [{ entity, reference }] : [];
    });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const log = readContentLog(paths, apis.flatMap((a) => apiDefinitionFiles(paths, a.entity, a.reference)));
    const t1 = performance.now();
    catalogHistory(paths, checked.catalog.entities, { today, weeks: 12 }, log);
    const t2 = performance.now();
    const histories = apiHistories(paths, apis, log);
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const all = [...histories.values()].flatMap((h) => h.changes);
    return {
      entities: checked.catalog.entities.length,
      apis: apis.length,
      commits: commits + 1,
      logMs: Math.round(t1 - t0),
      campaignMs: Math.round(t2 - t1),
      apiMs: Math.round(t3 - t2),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      changes: all.length,
      breaking: all.filter((c) => c.breaking > 0).length,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string' }, commits: { type: 'string' }, json: { type: 'boolean' } } });
  const r = benchApiHistory(Number(values.count ?? 30000), Number(values.commits ?? 12));
  if (values.json) console.log(JSON.stringify(r));
  else {
    console.log(`${r.entities} entities, ${r.apis} APIs with a reference, ${r.commits} commits`);
    console.log(`content log ${r.logMs} ms; campaigns' history pass ${r.campaignMs} ms; every API's history ${r.apiMs} ms (${r.changes} changes, ${r.breaking} breaking); CPU ${r.cpuMs} ms`);
  }
}
