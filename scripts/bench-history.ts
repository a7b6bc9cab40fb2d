/**
 * How long the one git history pass takes at scale (#29): a generated organisation (30,000
 * entities by default, and a deprecated API with 1,500 consumers) is put in a git repository
 * whose history moves consumers off that API and changes other descriptors week by week;
 * then the pass the build makes is timed in this process, phase by phase, for several
 * `historyWeeks`: reading the history (core/campaigns/history.ts), the campaigns' weekly
 * series (core/campaigns/series.ts) and the migrations' burn-downs (core/migrations).
 *
 *   node scripts/bench-history.ts [--count 30000] [--widely-used 1500] [--commits 104] [--weeks 12,26,104] [--out bench/out/history]
 *
 * Prints a Markdown table (and appends it to bench/results.md with --write).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateOrganisation, WIDELY_USED, widelyUsedConsumer } from './gen-org.ts';
import { checkContent } from '../src/core/check-content.ts';
import { resolveContentPaths } from '../src/core/content-dir.ts';
import { addDays } from '../src/core/dates.ts';
import { catalogHistory } from '../src/core/campaigns/history.ts';
import { progressSeries } from '../src/core/campaigns/series.ts';
import { migrations } from '../src/core/migrations/migration.ts';
import { policyLevels, readPolicy } from '../src/core/policy.ts';
import { stageLifecycles } from '../src/core/lifecycle/stages.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-23';

/** A deterministic number in [0, 1) for consumer `i` and a purpose. */
function hash01(i: number, salt: number): number {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822519) >>> 0;
  x ^= x >>> 13;
  return (x >>> 0) / 4294967296;
}

function git(cwd: string, args: string[], date?: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com', ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}) };
  return execFileSync('git', args, { cwd, env, maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
}

/** The organisation and its history: one commit a week for `commits` weeks before TODAY. */
function makeRepository(dir: string, o: { count: number; widelyUsed: number; commits: number }): void {
  generateOrganisation(dir, { count: o.count, docs: 20, perFolder: 0, deprecations: 90, widelyUsed: o.widelyUsed });
  const wuDir = path.join(dir, 'catalog', WIDELY_USED.folder);
  // Each consumer's team, as the generator wrote it (one file per team).
  const teamOf = new Map<number, string>();
  for (const f of fs.readdirSync(wuDir).filter((x) => x !== 'apis.yaml')) {
    for (const m of fs.readFileSync(path.join(wuDir, f), 'utf8').matchAll(/name: platform-client-(\d+)/g)) teamOf.set(Number(m[1]), f.replace(/\.yaml$/, ''));
  }
  const otherFiles = (fs.readdirSync(path.join(dir, 'catalog'), { recursive: true }) as string[]).filter((f) => f.endsWith('components.yaml')).sort();
  // Each consumer moves in some week (40% of them within the history) and writes its plan some weeks before.
  const movedAt = (i: number) => (hash01(i, 1) < 0.4 ? Math.floor(hash01(i, 2) * o.commits) : Infinity);
  const plannedAt = (i: number) => Math.min(movedAt(i), Math.floor(hash01(i, 3) * o.commits * 1.5));
  const write = (week: number) => {
    const byTeam = new Map<string, string[]>();
    for (let i = 1; i <= o.widelyUsed; i++) {
      const team = teamOf.get(i) as string;
      const list = byTeam.get(team) ?? [];
      list.push(widelyUsedConsumer(i, team, { moved: movedAt(i) <= week, plan: plannedAt(i) <= week }));
      byTeam.set(team, list);
    }
    for (const [team, docs] of byTeam) fs.writeFileSync(path.join(wuDir, `${team}.yaml`), docs.join('---\n'));
  };
  fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const first = addDays(TODAY, -7 * o.commits);
  write(-1);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'the organisation'], first);
  for (let w = 0; w < o.commits; w++) {
    write(w);
    // Other teams' descriptors change too: ten component files a week get a new description.
    for (let k = 0; k < 10; k++) {
      const f = path.join(dir, 'catalog', otherFiles[Math.floor(hash01(w * 10 + k, 4) * otherFiles.length)] as string);
      const text = fs.readFileSync(f, 'utf8');
      fs.writeFileSync(f, text.replace(/description: Handles (\S+) for/, `description: Handles $1 (week ${w}) for`));
    }
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `week ${w}`], addDays(first, 7 * (w + 1)));
  }
}

const ms = (from: number) => Math.round(performance.now() - from);
/** CPU milliseconds (user + system) of this process since `from` (process.cpuUsage()): what a phase costs, whatever else shares the machine. */
const cpu = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return Math.round((d.user + d.system) / 1000);
};
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '30000' },
      'widely-used': { type: 'string', default: '1500' },
      commits: { type: 'string', default: '104' },
      weeks: { type: 'string', default: '12,26,104' },
      out: { type: 'string', default: path.join(root, 'bench/out/history') },
      reuse: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const widelyUsed = Number(values['widely-used']);
  const commits = Number(values.commits);
  const dir = path.resolve(values.out as string, `${count}`);
  let started = performance.now();
  if (!values.reuse || !fs.existsSync(path.join(dir, '.git'))) makeRepository(dir, { count, widelyUsed, commits });
  const repoMs = ms(started);
  const paths = resolveContentPaths(dir);
  started = performance.now();
  const checkStart = process.cpuUsage();
  const check = checkContent(paths, { today: TODAY });
  const checkMs = ms(started);
  const checkCpu = cpu(checkStart);
  const policy = readPolicy(paths).policy;
  const levels = policyLevels(policy);
  const lookup = (r: string) => check.catalog.byRef.get(r);
  const rows: string[] = [];
  for (const weeks of (values.weeks as string).split(',').map(Number)) {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    // Wall time, and CPU time of this process (git's own work is in the wall time only).
    let t = performance.now();
    let c = process.cpuUsage();
    const history = catalogHistory(paths, check.catalog.entities, { today: TODAY, weeks, lifecycles: stageLifecycles(policy.stages) });
    const readMs = ms(t);
    const readCpu = cpu(c);
    t = performance.now();
    c = process.cpuUsage();
    progressSeries(history, check.campaigns, levels, check.docs);
    const seriesMs = ms(t);
    const seriesCpu = cpu(c);
    t = performance.now();
    c = process.cpuUsage();
    const list = migrations(check.announcements, check.catalog.entities, lookup, TODAY, history);
    const migrationsMs = ms(t);
    const migrationsCpu = cpu(c);
    const heldMb = mb(process.memoryUsage().heapUsed - heapBefore);
    const wide = list.find((m) => m.announcement.id === WIDELY_USED.announcement);
    rows.push(
      `| ${weeks} | ${history.points.length} | ${readMs} (${readCpu}) | ${seriesMs} (${seriesCpu}) | ${migrationsMs} (${migrationsCpu}) | ${readMs + seriesMs + migrationsMs} (${readCpu + seriesCpu + migrationsCpu}) | ${heldMb} | ${wide ? `${wide.consumers.length} (${wide.counts.done} done), ${wide.burnDown.length} points` : '–'} |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  }
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const report = [
    `Measured ${when} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} at the end.`,
    '',
    `${check.catalog.entities.length.toLocaleString('en')} entities, ${check.announcements.length} announcements (${list(check)} migrations), ${check.campaigns.length} campaigns; a git history of ${commits} weekly commits that move ${widelyUsed.toLocaleString('en')} consumers of one deprecated API and change ten other descriptor files a week. Repository made in ${(repoMs / 1000).toFixed(1)} s; \`check\` (read and resolve, no history) ${(checkMs / 1000).toFixed(1)} s (${(checkCpu / 1000).toFixed(1)} s CPU). Peak memory of the process ${peak} MB.`,
    '',
    '| historyWeeks | points | read history, ms (CPU ms) | campaign series, ms (CPU ms) | migrations with burn-downs, ms (CPU ms) | history pass, ms (CPU ms) | heap held, MB | the widely used API: consumers, burn-down |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  if (values.write) fs.appendFileSync(path.join(root, 'bench/results.md'), `\n## ${when}Z, the git history pass (node scripts/bench-history.ts --count ${count})\n\n${report}\n`);

  function list(c: typeof check): number {
    return c.announcements.filter((a) => a.type === 'deprecation' || a.type === 'sunset' || a.type === 'breaking-change').length;
  }
}

await main();
