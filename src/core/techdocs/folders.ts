/**
 * What the catalog reader must not read as descriptors: a TechDocs folder's mkdocs.yml and
 * its docs folder (which may hold YAML of its own). Backstage reads only the files its
 * catalog locations name; Wayfinder reads every YAML under catalog/, so it leaves these out.
 */
import path from 'node:path';
import { readMkdocsConfig } from './mkdocs-config.ts';

const MKDOCS = /^mkdocs\.ya?ml$/i;

/** True when `name` is an MkDocs configuration file name. */
export function isMkdocsConfig(name: string): boolean {
  return MKDOCS.test(name);
}

/**
 * `files` (absolute paths of a folder listing) without the TechDocs files among them: every
 * mkdocs.yml / mkdocs.yaml and everything inside the docs_dir it names (docs/ by default).
 * `textOf` reads a listed mkdocs.yml (undefined when it cannot be read: docs/ is assumed).
 */
export function withoutTechDocs(files: readonly string[], textOf: (abs: string) => string | undefined): string[] {
  const configs = files.filter((f) => isMkdocsConfig(path.basename(f)));
  if (configs.length === 0) return [...files];
  const docsDirs = configs.flatMap((c) => {
    const dir = path.dirname(c);
    const text = textOf(c);
    const docsDir = text === undefined ? 'docs' : readMkdocsConfig(text, c).config.docsDir;
    const abs = path.resolve(dir, docsDir);
    return abs === dir ? [] : [abs + path.sep];
  });
  const skip = new Set(configs);
  return files.filter((f) => !skip.has(f) && !docsDirs.some((d) => f.startsWith(d)));
}
