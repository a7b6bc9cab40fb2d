/**
 * What the catalog reader must not read as descriptors: a TechDocs folder's mkdocs.yml and
 * its docs folder (which may hold YAML of its own). Backstage reads only the files its
 * catalog locations name; Wayfinder reads every YAML under catalog/, so it leaves these out.
 */
import path from 'node:path';
import { readMkdocsConfig } from '../../mkdocs-config.ts';

const MKDOCS = /^mkdocs\.ya?ml$/i;

/** True when `name` is an MkDocs configuration file name. */
export function isMkdocsConfig(name: string): boolean {
  return MKDOCS.test(name);
}

/**
 * `files` (absolute paths of a folder listing) without the TechDocs files among them: every
 * mkdocs.yml / mkdocs.yaml and everything inside the docs_dir it names (docs/ by default),
 * when that folder is below mkdocs.yml, except Backstage descriptors.
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
    // Only a folder below mkdocs.yml is a docs folder: `docs_dir: ..` must never hide the catalog (TechDocs reports it).
    return abs.startsWith(dir + path.sep) ? [abs + path.sep] : [];
  });
  const skip = new Set(configs);
  // A Backstage descriptor stays an entity wherever it is.
  const isDescriptor = (f: string): boolean => /^apiVersion:\s*['"]?backstage\.io\//m.test(textOf(f) ?? '');
  return files.filter((f) => !skip.has(f) && !(docsDirs.some((d) => f.startsWith(d)) && !isDescriptor(f)));
}
