/**
 * Rebuilds real organisations' inputs end to end (issue #26), from copies you have on disk:
 * a repository's Backstage descriptors (with its Locations and `dir:` TechDocs), or a
 * MkDocs site published as an entity's TechDocs. None of these inputs is in this
 * repository (they are large and not ours): the script assembles a content folder from the
 * local path, builds it (or only checks it) and prints what a maintainer needs to judge
 * the run — entities published and left out (with reasons), warnings by code, time.
 *
 *   node scripts/try-real-inputs.ts catalog <repo-dir> [--out DIR] [--check-only]
 *   node scripts/try-real-inputs.ts techdocs <mkdocs-site-dir> [--name NAME] [--out DIR] [--check-only]
 *
 * `catalog` copies every catalog-info.yaml / catalog-info.yml of the repository (outside
 * node_modules), keeping its path, under content/catalog/, with the folders their
 * `backstage.io/techdocs-ref: dir:` annotations name, and writes the policy that
 * "Coming from Backstage" recommends (onBrokenRefs: warn, onInvalidEntities: skip).
 * `techdocs` copies a MkDocs site (mkdocs.yml, its docs_dir and the rest of the folder,
 * for snippets) beside a Component whose TechDocs it is.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import { parseAllDocuments } from 'yaml';
import { LEFT_OUT_HINT } from '../src/core/catalog/read/invalid-entities.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    name: { type: 'string' },
    /** Run `npm run check` on the assembled folder instead of a build. */
    'check-only': { type: 'boolean', default: false },
  },
});
const [mode, source] = positionals;
if ((mode !== 'catalog' && mode !== 'techdocs') || !source) {
  process.stderr.write('usage: node scripts/try-real-inputs.ts catalog|techdocs <dir> [--out DIR] [--name NAME] [--check-only]\n');
  process.exit(2);
}
const from = path.resolve(source);
const name = values.name ?? path.basename(from).replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
const out = path.resolve(values.out ?? path.join(root, 'bench/out/real', `${mode}-${name}`));
const content = path.join(out, 'content');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.join(content, 'docs'), { recursive: true });
fs.writeFileSync(
  path.join(content, 'wayfinder.yaml'),
  ['# Publish as Backstage would while references are being fixed (manual: Coming from Backstage).', 'onBrokenRefs: warn', 'onInvalidEntities: skip', ''].join('\n'),
);
fs.writeFileSync(path.join(content, 'docs/index.md'), `---\ntitle: ${name}\n---\n\nReal inputs from ${path.basename(from)}, assembled by scripts/try-real-inputs.ts.\n`);

const ignore = ['**/node_modules/**', '**/.git/**'];
/** Copies a file or folder from the source repository to the same place under catalog/. */
const copy = (rel: string): void => {
  const target = path.join(content, 'catalog', rel);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(path.join(from, rel), target, { recursive: true, filter: (f) => !/[\\/](node_modules|\.git)$/.test(f) });
};

if (mode === 'catalog') {
  const descriptors = globSync(['**/catalog-info.yaml', '**/catalog-info.yml'], { cwd: from, ignore, dot: false });
  let techdocs = 0;
  for (const rel of descriptors) {
    copy(rel);
    // The folders their `dir:` TechDocs name (mkdocs.yml and docs), so those build too.
    for (const doc of parseAllDocuments(fs.readFileSync(path.join(from, rel), 'utf8'))) {
      const ref = (doc.toJS() as { metadata?: { annotations?: Record<string, unknown> } } | null)?.metadata?.annotations?.['backstage.io/techdocs-ref'];
      if (typeof ref !== 'string' || !ref.startsWith('dir:')) continue;
      const dir = path.normalize(path.join(path.dirname(rel), ref.slice(4)));
      if (dir.startsWith('..') || !fs.existsSync(path.join(from, dir))) continue;
      for (const f of ['mkdocs.yml', 'mkdocs.yaml']) if (fs.existsSync(path.join(from, dir, f))) copy(path.join(dir, f));
      if (fs.existsSync(path.join(from, dir, 'docs'))) copy(path.join(dir, 'docs'));
      techdocs++;
    }
  }
  console.log(`assembled ${descriptors.length} descriptor files, ${techdocs} dir: TechDocs, into ${content}`);
} else {
  const rel = name;
  fs.mkdirSync(path.join(content, 'catalog', rel), { recursive: true });
  for (const entry of fs.readdirSync(from)) {
    if (entry === '.git' || entry === 'node_modules') continue;
    fs.cpSync(path.join(from, entry), path.join(content, 'catalog', rel, entry), { recursive: true });
  }
  // Only the MkDocs site is wanted: other YAML and JSON in the repository (CI, package.json) are not descriptors.
  const docsDir = /^docs_dir:\s*['"]?([^'"\s]+)/m.exec(fs.existsSync(path.join(from, 'mkdocs.yml')) ? fs.readFileSync(path.join(from, 'mkdocs.yml'), 'utf8') : '')?.[1] ?? 'docs';
  for (const y of globSync(['**/*.yml', '**/*.yaml', '**/*.json'], { cwd: path.join(content, 'catalog', rel), ignore: ['mkdocs.yml', 'mkdocs.yaml', `${docsDir}/**`] })) {
    fs.rmSync(path.join(content, 'catalog', rel, y));
  }
  fs.writeFileSync(
    path.join(content, 'catalog', rel, 'catalog-info.yaml'),
    ['apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', `  name: ${name}`, '  annotations:', '    backstage.io/techdocs-ref: dir:.', 'spec:', '  type: documentation', '  lifecycle: production', '  owner: group:docs-team', ''].join('\n'),
  );
  console.log(`assembled the MkDocs site ${from} as the TechDocs of component:${name}, into ${content}`);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  WAYFINDER_CONTENT: content,
  WAYFINDER_OUT_DIR: path.join(out, 'dist'),
  WAYFINDER_CACHE_DIR: path.join(out, 'cache'),
};
/** Runs a command in the repository with the assembled content, and keeps its output. */
const run = (args: string[], log: string): { status: number | null; seconds: number; output: string } => {
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const output = `${r.stdout}\n${r.stderr}`;
  fs.writeFileSync(path.join(out, log), output);
  return { status: r.status, seconds: (Date.now() - started) / 1000, output };
};

// The check prints each diagnostic's code in GitHub's form: count them by code.
const check = run([path.join(root, 'scripts/check.ts'), '--format', 'github'], 'check.log');
const byCode = new Map<string, number>();
const leftOut: string[] = [];
for (const m of check.output.matchAll(/^::(warning|error) file=([^,]*),(?:line=(\d+),)?(?:col=\d+,)?title=([^:]*)::(.*)$/gm)) {
  const key = `${m[1]} ${m[4]}`;
  byCode.set(key, (byCode.get(key) ?? 0) + 1);
  if ((m[5] ?? '').includes(LEFT_OUT_HINT)) leftOut.push(`${m[2]}:${m[3] ?? 0}  ${m[5]}`);
}
console.log(`check: exit ${check.status}, ${check.seconds.toFixed(1)} s (log: ${path.join(out, 'check.log')})`);
for (const [code, n] of [...byCode].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${code}`);
if (leftOut.length) console.log(`left out (${leftOut.length} entities):\n${leftOut.map((l) => `  ${l}`).join('\n')}`);
const summary = check.output.split('\n').filter((l) => l && !l.startsWith('::')).slice(-3);
console.log(summary.map((l) => `  ${l}`).join('\n'));
if (values['check-only']) process.exit(check.status ?? 1);

const r = run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], 'build.log');
console.log(`build: exit ${r.status}, ${r.seconds.toFixed(1)} s (log: ${path.join(out, 'build.log')})`);
const catalogJson = path.join(out, 'dist/catalog.json');
if (fs.existsSync(catalogJson)) {
  const data = JSON.parse(fs.readFileSync(catalogJson, 'utf8')) as { entities?: { kind: string }[] } | { kind: string }[];
  const entities = Array.isArray(data) ? data : (data.entities ?? []);
  const kinds = new Map<string, number>();
  for (const e of entities) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  console.log(`published: ${entities.length} entities (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')})`);
  const html = (fs.readdirSync(path.join(out, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  console.log(`pages: ${html.length}`);
}
if (r.status !== 0) {
  console.log(r.output.slice(-4000));
  process.exit(1);
}
