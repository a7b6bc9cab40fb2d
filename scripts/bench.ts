/**
 * `npm run bench`: the measurement Wayfinder is held to (DESIGN.md, principle 7).
 *
 * For each size it generates an organisation (scripts/gen-org.ts), times `check`, builds
 * the site cold (fresh output and cache folders) and, in the same run, builds a plain
 * Starlight site with the same number of pages of similar text and a small fixed sidebar
 * as the baseline. It records wall time, the peak memory of the whole process tree
 * (sampled from /proc), pages, dist/ size, the largest HTML page of each page type, the
 * Pagefind index size and the bytes one search transfers in Chromium; prints a table and
 * writes it into the manual (manual/performance.md) with the date, cores,
 * memory and method. It also starts `astro dev` on each organisation and measures the time
 * until the first entity page is served and until an edited doc shows. It is a benchmark,
 * not a test: nothing fails on a slow machine.
 *
 *   node scripts/bench.ts [--sizes 1k,10k,30k] [--no-baseline] [--no-search] [--no-dev] [--no-write]
 *   node scripts/bench.ts --search-in DIST     (only the search measurement, on a built site)
 *
 * Sizes: s (200 entities, a folder of 60 docs: a quick run), 1k (1,200 entities with
 * 1,000 docs in one folder), 10k (10,000 entities + 500 docs), 30k (30,000
 * entities + 2,000 docs), apis (200 entities with three very large API definitions, the
 * shape of Stripe's and GitHub's: scripts/gen-large-api.ts), and the flat-docs shape: flat-s
 * (200 entities) and flat-10k (10,000 entities), each with 500 docs directly in docs/ and the
 * catalog in flow-style YAML. Each size's shape (docs layout, YAML style) is printed next to
 * its figures. Run it on a quiet machine: figures taken while other jobs share the cores are
 * not comparable.
 */
import { apiDiffLine, benchApiDiff } from './bench-api-diff.ts';
import { measureMcp, type McpTimings } from './bench-mcp.ts';
import { measureMaps, type MapsBench } from './bench-maps.ts';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateOrganisation, type OrgOptions } from './gen-org.ts';
import { writeStyled } from './catalog-style.ts';
import { docId, docPath } from '../src/core/urls.ts';
import { listHtml, weighSite, type TypeWeight } from './page-weight.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES: Record<string, { label: string; org: OrgOptions }> = {
  s: { label: '200 entities, 60 docs in one folder', org: { count: 200, docs: 60, perFolder: 0, deprecations: 10 } },
  '1k': { label: '1,200 entities, 1,000 docs in one folder', org: { count: 1200, docs: 1000, perFolder: 0, deprecations: 90 } }, // 66 services are deprecated: 66 announcements
  '10k': { label: '10,000 entities + 500 docs', org: { count: 10000, docs: 500, perFolder: 25, deprecations: 100 } },
  '30k': { label: '30,000 entities + 2,000 docs', org: { count: 30000, docs: 2000, perFolder: 25, deprecations: 300 } },
  // The shape of the big public APIs (Stripe, GitHub REST): three definitions of 500 operations, ~700 shared schemas and HTML descriptions each.
  apis: { label: '200 entities, 60 docs + 3 very large API definitions (500 operations each)', org: { count: 200, docs: 60, perFolder: 0, deprecations: 10, largeApis: 3 } },
  // The flat-docs shape (#28): every doc directly in docs/, the catalog in flow-style YAML.
  'flat-s': { label: '200 entities + 500 docs at the docs root', org: { count: 200, docs: 500, perFolder: 0, flat: true, style: 'flow', deprecations: 10 } },
  'flat-10k': { label: '10,000 entities + 500 docs at the docs root', org: { count: 10000, docs: 500, perFolder: 0, flat: true, style: 'flow', deprecations: 100 } },
};

/** The shape of a size, printed next to its figures: where its docs are and how its catalog is written. */
function shapeOf(o: OrgOptions): string {
  const docs = o.flat ? `${o.docs} docs at the docs root` : o.perFolder > 0 ? `${o.docs} docs in folders of ${o.perFolder}` : `${o.docs} docs in one folder`;
  return `${docs}; catalog in ${o.style ?? 'block'} YAML`;
}
const TODAY = '2026-11-23';

const USAGE = 'usage: npm run bench -- [--sizes s,1k,10k,30k,flat-s,flat-10k,apis] [--no-baseline] [--no-search] [--no-dev] [--dev-only] [--no-write] [--search-in DIST] [--out DIR] [--port N]\n';

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (e) {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
}

const OPTIONS = {
  sizes: { type: 'string', default: '1k,10k,30k,flat-10k,apis' },
  'no-baseline': { type: 'boolean', default: false },
  'no-search': { type: 'boolean', default: false },
  'no-write': { type: 'boolean', default: false },
  /** Skip the dev-server measurement (time to the first entity page, time until an edited doc shows). */
  'no-dev': { type: 'boolean', default: false },
  /** Only the dev-server measurement (no check, build, search or baseline); prints, writes nothing. */
  'dev-only': { type: 'boolean', default: false },
  /** Only measure one search on an already built site. */
  'search-in': { type: 'string' },
  out: { type: 'string', default: path.join(root, 'bench/out') },
  port: { type: 'string', default: process.env.WAYFINDER_E2E_PORT ?? '4399' },
  help: { type: 'boolean', default: false },
} as const;
const { values } = readArgs();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const sizes = (values.sizes ?? '').split(',').map((s) => s.trim()).filter(Boolean);
for (const s of sizes) {
  if (!SIZES[s]) {
    process.stderr.write(`bench: unknown size "${s}"; use some of ${Object.keys(SIZES).join(', ')}\n`);
    process.exit(2);
  }
}
const withBaseline = !values['no-baseline'];
const withSearch = !values['no-search'];
const withDev = !values['no-dev'];

// ---------------------------------------------------------------------------------------
// Measuring a process tree

/** Every descendant pid of `pid` (children of each thread), from /proc. */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    out.push(p);
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean)) stack.push(Number(c));
      } catch {
        // the thread or process ended while we looked
      }
    }
  }
  return out;
}

/** The resident memory of a process in bytes (0 when it has ended). */
function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The result of a measured run. */
interface Run {
  seconds: number;
  /** Peak of the summed resident memory of the whole process tree, sampled every 100 ms. */
  peakBytes: number;
  status: number | null;
  output: string;
  /** Seconds from the start until each build phase's first log line (see PHASES). */
  marks: Partial<Record<Phase, number>>;
}

/** Where an Astro build is, from its log: the line that starts each phase. */
const PHASES = {
  bundle: /Building static entrypoints/,
  render: /generating static routes/,
  search: /Building search index/,
} as const;
type Phase = keyof typeof PHASES;

/** "setup + content, bundle, render, search index" in seconds, from a build's phase marks. */
function phaseSplit(r: Run): string {
  const { bundle, render, search } = r.marks;
  if (bundle === undefined || render === undefined || search === undefined) return '–';
  return [bundle, render - bundle, search - render, r.seconds - search].map((n) => n.toFixed(0)).join(' / ');
}

/** Runs `cmd` and samples the memory of its whole process tree until it ends. */
function measured(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const marks: Run['marks'] = {};
    let line = '';
    const take = (d: Buffer) => {
      const text = d.toString();
      output = (output + text).slice(-20000);
      // Phase marks, from whole lines (a chunk may end mid-line).
      const lines = (line + text).split('\n');
      line = lines.pop() ?? '';
      for (const l of lines) {
        for (const [phase, re] of Object.entries(PHASES) as [Phase, RegExp][]) {
          if (marks[phase] === undefined && re.test(l)) marks[phase] = (performance.now() - started) / 1000;
        }
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let peak = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const total = descendants(child.pid).reduce((n, p) => n + rss(p), 0);
      peak = Math.max(peak, total);
    };
    const timer = setInterval(sample, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes: peak, status, output, marks });
    });
  });
}

/** Total size of the files under `dir`. */
function duSize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const st = fs.statSync(path.join(dir, f));
    if (st.isFile()) n += st.size;
  }
  return n;
}

// ---------------------------------------------------------------------------------------
// One search in Chromium

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on `port` (no compression, like a plain static host) until closed. */
function serve(dir: string, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = path.join(dir, url);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Bytes under /pagefind/ that one search for `query` transfers in Chromium, from a fresh browser. */
async function searchBytes(dir: string, port: number, query: string): Promise<number | undefined> {
  const { chromium } = await import('playwright-core');
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  const server = await serve(dir, port);
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  const browser = await chromium.launch({ args, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.includes('/pagefind/')) sizes.push(r.body().then((b) => b.length, () => 0));
    });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill(query);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  } catch (e) {
    process.stderr.write(`bench: the search measurement failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return undefined;
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------
// The dev server

/** What `astro dev` costs on an organisation. */
interface DevResult {
  /** From starting `astro dev` until the first entity page is served (200, its HTML in full). */
  firstEntitySeconds?: number;
  /** Serving a second entity page, once the first has been. */
  nextEntitySeconds?: number;
  /** From saving an edited doc until its page serves the new text: the median of EDITS edits. */
  editSeconds?: number;
  /** Each edit's time, in order. */
  editRuns?: number[];
  peakBytes: number;
  /** What went wrong, when a step timed out. */
  problem?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How many times the dev-server measurement edits a doc (it reports the median). */
const EDITS = 5;

/** GETs `url`; the status and body, or undefined when nothing answers yet. */
function get(url: string): Promise<{ status: number; body: string } | undefined> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', () => resolve(undefined));
    });
    req.on('error', () => resolve(undefined));
    req.setTimeout(600_000, () => req.destroy());
  });
}

/** Polls `url` until `ok` holds for its answer or `timeoutMs` passes; seconds taken, or undefined. */
async function until(url: string, ok: (r: { status: number; body: string }) => boolean, timeoutMs: number): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const r = await get(url);
    if (r && ok(r)) return (performance.now() - started) / 1000;
    await sleep(r ? 100 : 250);
  }
  return undefined;
}

/** The site paths of two Components of a generated catalog. */
function someEntities(content: string): string[] {
  const out: string[] = [];
  for (const f of (fs.readdirSync(path.join(content, 'catalog'), { recursive: true }) as string[]).sort()) {
    if (!/\.ya?ml$/.test(f)) continue;
    const text = fs.readFileSync(path.join(content, 'catalog', f), 'utf8');
    // Block (`metadata:\n  name: x`) or flow (`metadata: { name: x, … }`) YAML.
    for (const m of text.matchAll(/^kind: Component\nmetadata:(?:\n {2}| \{ ?)name: ([^\s,}]+)/gm)) {
      out.push(`/catalog/component/${m[1]}/`);
      if (out.length === 2) return out;
    }
  }
  return out;
}

/**
 * Starts `astro dev` on `content` (its dev data store moved aside, so it starts cold, and
 * put back after), waits for the first entity page, asks for a second one, then appends a
 * line to a doc and waits until its page shows it, EDITS times. The doc is restored afterwards.
 */
async function measureDev(content: string, work: string, port: number): Promise<DevResult> {
  const store = path.join(root, '.astro/data-store.json');
  const aside = `${store}.bench-aside`;
  if (fs.existsSync(store)) fs.renameSync(store, aside);
  const docFile = (fs.readdirSync(path.join(content, 'docs'), { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.md') && f !== 'index.md')
    .sort()[0] as string;
  const docFull = path.join(content, 'docs', docFile);
  const original = fs.readFileSync(docFull, 'utf8');
  const [first, next] = someEntities(content);
  const base = `http://127.0.0.1:${port}`;
  const result: DevResult = { peakBytes: 0 };
  const started = performance.now();
  const child = spawn(node, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...baseEnv, WAYFINDER_CONTENT: content, WAYFINDER_CACHE_DIR: path.join(work, 'dev-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20000)));
  const timer = setInterval(() => {
    if (child.pid !== undefined) result.peakBytes = Math.max(result.peakBytes, descendants(child.pid).reduce((n, p) => n + rss(p), 0));
  }, 100);
  try {
    if (!first || !next) throw new Error('the generated catalog has no two Components');
    const served = await until(`${base}${first}`, (r) => r.status === 200 && r.body.includes('</html>'), 600_000);
    if (served === undefined) throw new Error(`no entity page after 600 s:\n${output.slice(-2000)}`);
    result.firstEntitySeconds = (performance.now() - started) / 1000;
    const t = performance.now();
    const second = await get(`${base}${next}`);
    if (second?.status === 200) result.nextEntitySeconds = (performance.now() - t) / 1000;
    const docUrl = `${base}${docPath(docId(docFile))}`;
    const before = await get(docUrl);
    if (before?.status !== 200) throw new Error(`the doc ${docUrl} answered ${before?.status ?? 'nothing'}`);
    // One edit's time swings with what else the server and the machine are doing: take the
    // median of several, each saved a moment after the last one showed.
    const runs: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      await sleep(1000);
      const marker = `bench-edit-${Date.now()}`;
      fs.writeFileSync(docFull, `${original}\nEdited: ${marker}\n`);
      const edited = await until(docUrl, (r) => r.body.includes(marker), 120_000);
      if (edited === undefined) throw new Error('the edited doc did not show its new text within 120 s');
      runs.push(edited);
    }
    result.editRuns = runs;
    result.editSeconds = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  } catch (e) {
    result.problem = e instanceof Error ? e.message : String(e);
    process.stderr.write(`bench: the dev-server measurement failed: ${result.problem}\n`);
  } finally {
    clearInterval(timer);
    fs.writeFileSync(docFull, original);
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already ended
      }
    }
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.on('close', r)));
    fs.rmSync(store, { force: true });
    if (fs.existsSync(aside)) fs.renameSync(aside, store);
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// The plain Starlight baseline

/** A plain Starlight site with `pages` pages of text like the generated docs, and a small fixed sidebar. */
function writeBaseline(dir: string, pages: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/content/docs/pages'), { recursive: true });
  // Astro bundles Starlight only when the project's package.json lists both as dependencies.
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies: { astro: pkg.dependencies.astro, '@astrojs/starlight': pkg.dependencies['@astrojs/starlight'] } }, null, 2),
  );
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      'export default defineConfig({',
      "  trailingSlash: 'always',",
      '  integrations: [starlight({ title: "Baseline", sidebar: [',
      "    { label: 'Start', link: '/' },",
      "    { label: 'Guides', items: [{ label: 'Page 1', link: '/pages/page-00001/' }, { label: 'Page 2', link: '/pages/page-00002/' }] },",
      '  ] })],',
      '});',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  fs.writeFileSync(path.join(dir, 'src/content/docs/index.md'), '---\ntitle: Baseline\n---\n\nA plain Starlight site.\n');
  for (let i = 1; i < pages; i++) {
    const body = Array.from({ length: 6 }, (_, k) => `## Step ${k + 1}\n\nDo the thing number ${k + 1} for page ${i}; check the dashboard and the runbook before you move on.\n`).join('\n');
    fs.writeFileSync(
      path.join(dir, 'src/content/docs/pages', `page-${String(i).padStart(5, '0')}.md`),
      `---\ntitle: Page ${i}\ndescription: How to run and change service ${i}, with deploys, dashboards and the runbook.\n---\n\n${body}`,
    );
  }
}

// ---------------------------------------------------------------------------------------
// The run

interface SizeResult {
  size: string;
  label: string;
  /** Docs layout and YAML style (shapeOf). */
  shape: string;
  checkSeconds: number;
  checkSlowSeconds: number;
  /** `check` on the same catalog written as flow YAML and as JSON documents. */
  checkFlowSeconds: number;
  checkJsonSeconds: number;
  build: Run;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  searchBytes?: number;
  weights: TypeWeight[];
  dev?: DevResult;
  /** The MCP server over the built site (scripts/bench-mcp.ts): index load and per-tool times. */
  mcp?: McpTimings;
  /** Every map of the organisation laid out cold, outside the build (scripts/bench-maps.ts). */
  maps?: MapsBench;
  baseline?: { build: Run; pages: number; distBytes: number; largest: number };
}

const MB = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;
const KB = (b: number) => `${Math.round(b / 1024)} KB`;
const node = process.execPath;
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
const baseEnv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WAYFINDER_TODAY: TODAY };
delete baseEnv.WAYFINDER_CONTENT;

async function runSize(size: string): Promise<SizeResult> {
  const spec = SIZES[size] as (typeof SIZES)[string];
  const work = path.join(values.out as string, size);
  fs.rmSync(work, { recursive: true, force: true });
  const content = path.join(work, 'content');
  console.log(`\n[${size}] generating ${spec.label} (${shapeOf(spec.org)})`);
  generateOrganisation(content, spec.org);

  const check = await measured(node, [path.join(root, 'scripts/check.ts'), '--content', content], root, { ...baseEnv, WAYFINDER_FAST_YAML: '1' });
  if (check.status !== 0) throw new Error(`check failed on the generated organisation:\n${check.output.slice(-3000)}`);
  const slow = await measured(node, [path.join(root, 'scripts/check.ts'), '--content', content], root, { ...baseEnv, WAYFINDER_FAST_YAML: '0' });
  const styled: Record<'flow' | 'json', number> = { flow: 0, json: 0 };
  for (const style of ['flow', 'json'] as const) {
    const dir = path.join(work, `content-${style}`);
    writeStyled(content, dir, style);
    const r = await measured(node, [path.join(root, 'scripts/check.ts'), '--content', dir], root, { ...baseEnv });
    if (r.status !== 0) throw new Error(`check failed on the ${style}-style catalog:\n${r.output.slice(-3000)}`);
    styled[style] = r.seconds;
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const dist = path.join(work, 'dist');
  console.log(`[${size}] building (cold)`);
  const build = await measured(node, [astroBin, 'build'], root, {
    ...baseEnv,
    WAYFINDER_CONTENT: content,
    WAYFINDER_OUT_DIR: dist,
    WAYFINDER_CACHE_DIR: path.join(work, 'cache'),
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output.slice(-3000)}`);
  const pages = listHtml(dist).length;
  const result: SizeResult = {
    size,
    label: spec.label,
    shape: shapeOf(spec.org),
    checkSeconds: check.seconds,
    checkSlowSeconds: slow.seconds,
    checkFlowSeconds: styled.flow,
    checkJsonSeconds: styled.json,
    build,
    pages,
    distBytes: duSize(dist),
    pagefindBytes: duSize(path.join(dist, 'pagefind')),
    weights: weighSite(dist, 5),
  };
  console.log(`[${size}] every map laid out cold (CPU time)`);
  result.maps = await measureMaps(content);
  console.log(`[${size}] the MCP server's tools on the built site`);
  result.mcp = await measureMcp(dist);
  if (withSearch) {
    console.log(`[${size}] one search in Chromium`);
    const bytes = await searchBytes(dist, Number(values.port), 'runbook dashboard');
    if (bytes !== undefined) result.searchBytes = bytes;
  }
  if (withDev) {
    console.log(`[${size}] astro dev: first entity page, then an edited doc`);
    result.dev = await measureDev(content, work, Number(values.port));
    fs.rmSync(path.join(work, 'dev-cache'), { recursive: true, force: true });
  }
  if (withBaseline) {
    // Inside the repository whatever --out says: the baseline links to its node_modules,
    // and Astro fails to bundle Starlight through a link from another folder tree.
    const dir = path.join(root, 'bench/out/baseline', size);
    console.log(`[${size}] building plain Starlight with ${pages} pages (cold)`);
    writeBaseline(dir, pages);
    const b = await measured(node, [astroBin, 'build'], dir, { ...baseEnv });
    if (b.status !== 0) throw new Error(`the Starlight baseline failed to build:\n${b.output.slice(-3000)}`);
    const bDist = path.join(dir, 'dist');
    const bPages = listHtml(bDist);
    result.baseline = {
      build: b,
      pages: bPages.length,
      distBytes: duSize(bDist),
      largest: Math.max(...bPages.map((f) => fs.statSync(path.join(bDist, f)).size)),
    };
  }
  fs.rmSync(path.join(work, 'cache'), { recursive: true, force: true });
  return result;
}

function table(results: SizeResult[]): string {
  const rows: string[][] = [];
  const head = ['', ...results.map((r) => `${r.size}: ${r.label} (${r.shape})`)];
  const row = (label: string, f: (r: SizeResult) => string) => rows.push([label, ...results.map(f)]);
  row('Shape', (r) => r.shape);
  row('Pages', (r) => r.pages.toLocaleString('en'));
  row('Build, wall time', (r) => `${r.build.seconds.toFixed(1)} s`);
  row('Build, pages per second (linear growth keeps this flat)', (r) => (r.pages / r.build.seconds).toFixed(0));
  row('Build phases, s: setup + content / bundle / render pages / search index', (r) => phaseSplit(r.build));
  row('Plain Starlight, same phases, s', (r) => (r.baseline ? phaseSplit(r.baseline.build) : '–'));
  row('Build, peak memory (process tree)', (r) => MB(r.build.peakBytes));
  row('Plain Starlight, same pages: wall time', (r) => (r.baseline ? `${r.baseline.build.seconds.toFixed(1)} s` : '–'));
  row('Plain Starlight: peak memory', (r) => (r.baseline ? MB(r.baseline.build.peakBytes) : '–'));
  row('Wayfinder / Starlight time per page', (r) => (r.baseline ? `${(r.build.seconds / r.pages / (r.baseline.build.seconds / r.baseline.pages)).toFixed(2)}x` : '–'));
  row('dist/ size', (r) => MB(r.distBytes));
  row('Plain Starlight dist/ size', (r) => (r.baseline ? MB(r.baseline.distBytes) : '–'));
  row('Pagefind index', (r) => MB(r.pagefindBytes));
  row('One search transfers (Chromium)', (r) => (r.searchBytes === undefined ? '–' : KB(r.searchBytes)));
  row('`check`, wall time (without the fast YAML reader)', (r) => `${r.checkSeconds.toFixed(1)} s (${r.checkSlowSeconds.toFixed(1)} s)`);
  row('`check` on the catalog as flow YAML / as JSON documents', (r) => `${r.checkFlowSeconds.toFixed(1)} s / ${r.checkJsonSeconds.toFixed(1)} s`);
  const secs = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(1)} s`);
  row('`astro dev`: start to first entity page (next one)', (r) => (r.dev ? `${secs(r.dev.firstEntitySeconds)} (${secs(r.dev.nextEntitySeconds)})` : '–'));
  row('`astro dev`: edited doc shows after', (r) => (r.dev ? secs(r.dev.editSeconds) : '–'));
  row('`astro dev`: peak memory', (r) => (r.dev ? MB(r.dev.peakBytes) : '–'));
  row('Maps: how many, CPU to lay them all out cold (per system map)', (r) => (r.maps ? `${r.maps.maps}, ${r.maps.layoutSeconds.toFixed(1)} s (${Math.round(r.maps.byKind.system.ms / Math.max(1, r.maps.byKind.system.maps))} ms)` : '–'));
  row('`npm run mcp`: slowest call, median of the slowest tool (index load)', (r) => {
    if (!r.mcp) return '–';
    const tools = Object.values(r.mcp.tools);
    const max = Math.max(...tools.map((t) => t.maxMs));
    const median = Math.max(...tools.map((t) => t.medianMs));
    return `${max} ms, ${median} ms (${(r.mcp.loadMs / 1000).toFixed(1)} s)`;
  });
  const types = [...new Set(results.flatMap((r) => r.weights.map((w) => w.type)))];
  for (const t of types) {
    row(`Largest ${t} page (its chrome)`, (r) => {
      const w = r.weights.find((x) => x.type === t);
      return w ? `${KB(w.largest.bytes)} (${KB(w.mostChrome.chrome)})` : '–';
    });
  }
  row('Largest plain Starlight page', (r) => (r.baseline ? KB(r.baseline.largest) : '–'));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

if (values['dev-only']) {
  for (const size of sizes) {
    const spec = SIZES[size] as (typeof SIZES)[string];
    const work = path.join(values.out as string, size);
    const content = path.join(work, 'content');
    fs.rmSync(work, { recursive: true, force: true });
    console.log(`[${size}] generating ${spec.label}`);
    generateOrganisation(content, spec.org);
    console.log(`[${size}] astro dev: first entity page, then an edited doc`);
    const d = await measureDev(content, work, Number(values.port));
    console.log(JSON.stringify(d, null, 2));
    fs.rmSync(path.join(work, 'dev-cache'), { recursive: true, force: true });
  }
  process.exit(0);
}

if (values['search-in']) {
  const bytes = await searchBytes(path.resolve(values['search-in']), Number(values.port), 'runbook dashboard');
  console.log(bytes === undefined ? 'the search failed' : `one search transferred ${bytes} bytes under /pagefind/`);
  process.exit(bytes === undefined ? 1 : 0);
}

const results: SizeResult[] = [];
for (const s of sizes) results.push(await runSize(s));
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 1024 ** 3)} GB memory, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} at the end`;
// The change review's API diff, a separate measure (scripts/bench-api-diff.ts): no build, a few seconds.
console.log('[api-diff] two versions of a 5 MB OpenAPI definition');
const apiDiff = apiDiffLine(benchApiDiff());
const report = [`Measured ${when} UTC on ${machine}.`, '', table(results), '', apiDiff].join('\n');
console.log(`\n${report}`);

if (!values['no-write']) {
  const manual = path.join(root, 'manual/performance.md');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const text = fs.readFileSync(manual, 'utf8');
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${manual} has no ${start} … ${end} section to write the figures into`);
  fs.writeFileSync(manual, `${text.slice(0, a + start.length)}\n\n${report}\n\n${text.slice(b)}`);
  fs.appendFileSync(path.join(root, 'bench/results.md'), `\n## ${when}Z (npm run bench -- --sizes ${sizes.join(',')})\n\n${report}\n`);
  console.log(`\nWritten into ${path.relative(root, manual)} and bench/results.md.`);
}
