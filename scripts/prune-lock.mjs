// Removes from package-lock.json the optional platform packages that the registry this
// project installs from does not serve (here: only Linux builds of the newest Astro
// compiler and Pagefind binaries). Without this, `npm ci` on a fresh machine stops with
// "Missing: @astrojs/compiler-binding-darwin-arm64@ from lock file". Run it after any
// `npm install` that changes the lock: `node scripts/prune-lock.mjs`.
import fs from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((p) => p.replace(/^.*node_modules\//, '')));
const pruned = new Set();
for (const [key, entry] of Object.entries(lock.packages)) {
  const optional = entry.optionalDependencies;
  if (!optional || key === '') continue;
  for (const name of Object.keys(optional)) {
    if (!present.has(name)) {
      delete optional[name];
      pruned.add(name);
    }
  }
  if (Object.keys(optional).length === 0) delete entry.optionalDependencies;
}
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(pruned.size ? `pruned ${pruned.size} unavailable optional packages: ${[...pruned].sort().join(', ')}` : 'nothing to prune');
