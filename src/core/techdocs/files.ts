/**
 * The files of a TechDocs folder: every Markdown page under docs_dir (MkDocs builds them
 * all, also those the nav leaves out) and every other file (images, PDFs) as an asset.
 * Also the one containment check: a TechDocs folder must stay inside the content folder.
 */
import fs from 'node:fs';
import path from 'node:path';

const MARKDOWN = /\.(md|markdown|mdown|mkdn|mkd)$/i;

/** True when `file` names a Markdown page. */
export function isMarkdownFile(file: string): boolean {
  return MARKDOWN.test(file);
}

/**
 * Every file under `dir` as paths relative to it with forward slashes, sorted; dot-files,
 * dot-folders and anything whose real path (symbolic links followed) is not `allowed`
 * are left out; symlink loops are cut.
 */
export function listFolder(dir: string, allowed: (realPath: string) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string, rel: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(d);
    } catch {
      return;
    }
    if (seen.has(real) || !allowed(real)) return;
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
      const r = rel ? `${rel}/${e.name}` : e.name;
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(full, r);
      else if (stat.isFile() && allowed(realOf(full))) out.push(r);
    }
  };
  walk(dir, '');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The real path of `p` (symbolic links followed), or `p` when it cannot be resolved. */
function realOf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * True when `target` (after following symlinks) is `root` or inside it: used for snippets,
 * which must stay inside the TechDocs folder (narrower than the content folder, whose
 * containment is src/core/content-fs.ts).
 */
export function isInside(root: string, target: string): boolean {
  let realRoot: string;
  let real: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    return false;
  }
  try {
    real = fs.realpathSync(target);
  } catch {
    // A file that does not exist yet: check the path as written.
    real = path.resolve(target);
    realRoot = path.resolve(root);
  }
  return real === realRoot || real.startsWith(realRoot + path.sep);
}
