/**
 * The four large real API definitions that broke the API pages (issue #26/#28), built
 * together as one site and measured: build time, peak memory of the process tree, the API
 * pages' sizes (the landing page and the largest page of each), and how many operations
 * got an anchor and a search record. The definitions are not in this repository (tens of
 * MB): give the ones you have, and the script assembles a content folder from them.
 *
 *   node scripts/bench-real-apis.ts [--github-rest api.github.com.json] [--github-graphql schema.graphql]
 *     [--digitalocean specification/] [--stripe spec3.json] [--out DIR] [--no-build | --assemble-only]
 *
 * Where they come from: GitHub REST is `generated/api.github.com.json` of the npm package
 * @octokit/openapi, GitHub GraphQL `schema.graphql` of @octokit/graphql-schema (`npm pack`
 * either), DigitalOcean the `specification/` folder of github.com/digitalocean/openapi
 * (2,907 files), Stripe `openapi/spec3.json` of github.com/stripe/openapi. A benchmark, not
 * a test: it prints its figures and fails only when the build does.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readPagefindIndex } from '../tests/build/pagefind.ts';
import { listHtml } from './page-weight.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    'github-rest': { type: 'string' },
    'github-graphql': { type: 'string' },
    digitalocean: { type: 'string' },
    stripe: { type: 'string' },
    out: { type: 'string', default: path.join(root, 'bench/out/real-apis') },
    /** Measure the site already built in --out. */
    'no-build': { type: 'boolean', default: false },
    /** Only write the content folder (--out/content). */
    'assemble-only': { type: 'boolean', default: false },
  },
});

interface Api {
  name: string;
  type: 'openapi' | 'graphql';
  /** The definition's path inside the content folder, relative to catalog/. */
  definition: string;
  copy: () => void;
}

const out = path.resolve(values.out as string);
const content = path.join(out, 'content');
const dist = path.join(out, 'dist');
const apis: Api[] = [];
const copyFile = (from: string, to: string) => {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
};
if (values['github-rest']) apis.push({ name: 'github-rest', type: 'openapi', definition: 'github-rest/api.github.com.json', copy: () => copyFile(values['github-rest'] as string, path.join(content, 'catalog/github-rest/api.github.com.json')) });
if (values['github-graphql']) apis.push({ name: 'github-graphql', type: 'graphql', definition: 'github-graphql/schema.graphql', copy: () => copyFile(values['github-graphql'] as string, path.join(content, 'catalog/github-graphql/schema.graphql')) });
if (values.stripe) apis.push({ name: 'stripe', type: 'openapi', definition: 'stripe/spec3.json', copy: () => copyFile(values.stripe as string, path.join(content, 'catalog/stripe/spec3.json')) });
if (values.digitalocean) {
  // The definition's 2,907 files live outside catalog/: they are data, not descriptors.
  apis.push({
    name: 'digitalocean',
    type: 'openapi',
    definition: '../apis/digitalocean/DigitalOcean-public.v2.yaml',
    copy: () => fs.cpSync(values.digitalocean as string, path.join(content, 'apis/digitalocean'), { recursive: true }),
  });
}
if (apis.length === 0) {
  process.stderr.write('bench-real-apis: name at least one definition (--github-rest, --github-graphql, --digitalocean, --stripe)\n');
  process.exit(2);
}

if (!values['no-build']) {
  fs.rmSync(out, { recursive: true, force: true });
  for (const a of apis) a.copy();
  const group = ['apiVersion: backstage.io/v1alpha1', 'kind: Group', 'metadata:', '  name: api-team', 'spec:', '  type: team', '  children: []', ''].join('\n');
  const descriptors = apis.map((a) =>
    ['apiVersion: backstage.io/v1alpha1', 'kind: API', 'metadata:', `  name: ${a.name}`, 'spec:', `  type: ${a.type}`, '  lifecycle: production', '  owner: group:api-team', '  definition:', `    $text: ./${a.definition}`, ''].join('\n'),
  );
  fs.mkdirSync(path.join(content, 'catalog'), { recursive: true });
  fs.writeFileSync(path.join(content, 'catalog/catalog-info.yaml'), [group, ...descriptors].join('---\n'));
  fs.mkdirSync(path.join(content, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(content, 'docs/index.md'), '---\ntitle: Real APIs\n---\n\nFour large public API definitions.\n');
  if (values['assemble-only']) {
    console.log(`wrote ${content}`);
    process.exit(0);
  }
}

/** Runs a command, sampling the resident memory of its whole process tree from /proc. */
function measured(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; seconds: number; peakMb: number; output: string }> {
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(cmd, args, { cwd: root, env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const tree = (pid: number): number[] => {
      try {
        const kids = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
        return [pid, ...kids.flatMap(tree)];
      } catch {
        return [pid];
      }
    };
    const timer = setInterval(() => {
      let rss = 0;
      for (const pid of tree(child.pid as number)) {
        try {
          const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
          rss += m ? Number(m[1]) : 0;
        } catch {
          /* the process ended between the two reads */
        }
      }
      peak = Math.max(peak, rss);
    }, 250);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, seconds: (Date.now() - start) / 1000, peakMb: Math.round(peak / 1024), output });
    });
  });
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

if (!values['no-build']) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', WAYFINDER_CONTENT: content, WAYFINDER_OUT_DIR: dist, WAYFINDER_CACHE_DIR: path.join(out, 'cache'), WAYFINDER_TODAY: '2026-11-23' };
  const r = await measured(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], env);
  fs.writeFileSync(path.join(out, 'build.log'), r.output);
  const warnings = r.output.split('\n').filter((l) => /: warning: /.test(l));
  console.log(`build: exit ${r.status}, ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toLocaleString('en')} MB (process tree), ${warnings.length} warnings (log: ${path.join(out, 'build.log')})`);
  if (r.status !== 0) {
    console.log(r.output.slice(-3000));
    process.exit(1);
  }
}

const index = readPagefindIndex(dist);
console.log('\n| API | pages | landing page | largest page | operations anchored | operations in search |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const a of apis) {
  const dir = path.join(dist, 'catalog/api', a.name);
  const pages = listHtml(dir);
  const sizes = pages.map((p) => ({ p, size: fs.statSync(path.join(dir, p)).size })).sort((x, y) => y.size - x.size);
  const landing = fs.statSync(path.join(dir, 'index.html')).size;
  let anchored = 0;
  for (const { p } of sizes) anchored += (fs.readFileSync(path.join(dir, p), 'utf8').match(/<h4 id="[^"]+" class="wf-op-heading"/g) ?? []).length;
  const records = index
    .filter((p) => p.url.startsWith(`/catalog/api/${a.name}/`))
    .flatMap((p) => ((p as unknown as { anchors?: { element: string; id: string }[] }).anchors ?? []).filter((x) => x.element === 'h4' && /^(get|put|post|delete|patch|head|options|trace|query|mutation|subscription)-/.test(x.id))).length;
  console.log(`| ${a.name} | ${pages.length} | ${kb(landing)} | ${kb(sizes[0]?.size ?? 0)} (${sizes[0]?.p}) | ${anchored} | ${records} |`);
}
