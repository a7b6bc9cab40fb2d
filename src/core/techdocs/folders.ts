/**
 * What the catalog reader must not read as descriptors: a TechDocs folder's mkdocs.yml and
 * its docs folder (which may hold YAML of its own). Backstage reads only the files its
 * catalog locations name; Wayfinder reads every YAML under catalog/, so it leaves these out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readMkdocsConfig } from './mkdocs-config.ts';

const MKDOCS = /^mkdocs\.ya?ml$/i;

/** True when `name` is an MkDocs configuration file name. */
export function isMkdocsConfig(name: string): boolean {
  return MKDOCS.test(name);
}

/**
 * The TechDocs files in folder `dir` (absolute), given its entry names: its mkdocs.yml /
 * mkdocs.yaml and the docs_dir that one names (docs/ by default).
 */
export function techDocsFolders(dir: string, names: readonly string[]): string[] {
  const config = names.find(isMkdocsConfig);
  if (!config) return [];
  const out = names.filter(isMkdocsConfig).map((n) => path.join(dir, n));
  let docsDir = 'docs';
  try {
    docsDir = readMkdocsConfig(fs.readFileSync(path.join(dir, config), 'utf8'), config).config.docsDir;
  } catch {
    // unreadable: the TechDocs loader reports it; the default folder is still left out
  }
  const abs = path.resolve(dir, docsDir);
  if (abs !== path.resolve(dir)) out.push(abs);
  return out;
}
