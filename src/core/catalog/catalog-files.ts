/**
 * Lists the catalog's descriptor files: every *.yaml / *.yml (and *.json, a Backstage export)
 * under the catalog folder,
 * at any depth, sorted by path so the output is the same on every machine.
 */
import fs from 'node:fs';
import path from 'node:path';

const DESCRIPTOR = /\.(?:ya?ml|json)$/i;

/** Every *.yaml / *.yml / *.json file under `dir` (absolute paths, sorted); dot-files and dot-folders are left out. */
export function listCatalogFiles(dir: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(d);
    } catch {
      return;
    }
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) walk(full);
      else if (isFile && DESCRIPTOR.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  const key = (p: string): string => p.split(path.sep).join('/');
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
