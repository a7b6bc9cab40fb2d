/**
 * Lists the catalog's descriptor files: every *.yaml / *.yml under the catalog folder,
 * at any depth, sorted by path so the output is the same on every machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { techDocsFolders } from '../techdocs/folders.ts';

const DESCRIPTOR = /\.ya?ml$/i;

/**
 * Every *.yaml / *.yml file under `dir` (absolute paths, sorted); dot-files and dot-folders
 * are left out, and so are TechDocs folders' mkdocs.yml and docs folder (they are not entities).
 */
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
    const techDocs = new Set(techDocsFolders(d, entries.map((e) => e.name)));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(d, e.name);
      if (techDocs.has(full)) continue;
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
