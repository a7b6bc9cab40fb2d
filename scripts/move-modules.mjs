/**
 * Moves source files and rewrites every relative import that names them (and the imports
 * inside the moved files), so a move is one mechanical commit with no other change. It
 * also serves after a merge: run it on a branch that still imports the old paths, with
 * the same list (`--rewrite-only` skips the `git mv`, and an old path that no longer exists is fine).
 *
 *   node scripts/move-modules.mjs moves.txt [--rewrite-only]
 *
 * moves.txt: one `old/path.ts -> new/path.ts` a line, repo-relative; `#` starts a comment.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [listFile, flag] = process.argv.slice(2);
if (!listFile) {
  console.error('usage: node scripts/move-modules.mjs moves.txt [--rewrite-only]');
  process.exit(2);
}
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const moves = new Map();
for (const raw of fs.readFileSync(listFile, 'utf8').split('\n')) {
  const line = raw.replace(/#.*/, '').trim();
  if (!line) continue;
  const [from, to] = line.split('->').map((s) => s.trim());
  if (!from || !to) throw new Error(`not "old -> new": ${raw}`);
  moves.set(path.join(root, from), path.join(root, to));
}
// A file that this run moves still carries the imports it had at its old place; after a
// merge (--rewrite-only) a moved file already carries its new ones.
const back = flag === '--rewrite-only' ? new Map() : new Map([...moves].map(([from, to]) => [to, from]));

if (flag !== '--rewrite-only') {
  for (const [from, to] of moves) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    execFileSync('git', ['mv', from, to], { cwd: root });
  }
}

const files = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.mts', '*.tsx', '*.js', '*.mjs', '*.cjs', '*.astro', '*.mdx'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !f.startsWith('node_modules/') && !f.startsWith('tests/fixtures/'));

// `from '…'`, `import '…'`, `import('…')`, `vi.mock('…')`, `require('…')`, `new URL('…', import.meta.url)`.
const SPEC = /((?:\bfrom|\bimport|\bvi\.mock|\brequire|\bnew URL)\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\2/g;

let changed = 0;
for (const rel of files) {
  const file = path.join(root, rel);
  if (!fs.existsSync(file)) continue;
  const oldFile = back.get(file) ?? file;
  const text = fs.readFileSync(file, 'utf8');
  const out = text.replace(SPEC, (whole, lead, quote, spec) => {
    const [bare, query = ''] = spec.split(/(?=[?#])/);
    const target = path.resolve(path.dirname(oldFile), bare);
    const moved = moves.get(target) ?? target;
    if (moved === target && oldFile === file) return whole;
    let next = path.relative(path.dirname(file), moved).split(path.sep).join('/');
    if (!next.startsWith('.')) next = `./${next}`;
    return `${lead}${quote}${next}${query}${quote}`;
  });
  if (out !== text) {
    fs.writeFileSync(file, out);
    changed++;
  }
}
console.log(`${moves.size} moved, imports rewritten in ${changed} files`);
