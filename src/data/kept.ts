/**
 * Site data kept across `astro dev`'s module reloads. When any content collection changes
 * (an edited doc, say), Astro writes its data store again and the dev server evaluates every
 * module that reads it once more, src/data/ included, so a module-level cache is lost. The
 * indexes built from the checked catalog (health report, campaigns, calendar, directory, at
 * 10,000 entities a few hundred milliseconds in all) do not depend on a doc's body, so they
 * are kept here, on `globalThis`, with the inputs they were built from, and built again only
 * when one of those inputs is a different object or value. In a build the inputs never
 * change, so each is built once, as before.
 */

import fs from 'node:fs';
import path from 'node:path';

interface Entry {
  inputs: readonly unknown[];
  value: unknown;
}

const KEY = Symbol.for('wayfinder.kept-site-data');

function entries(): Map<string, Entry> {
  const g = globalThis as typeof globalThis & { [KEY]?: Map<string, Entry> };
  g[KEY] ??= new Map();
  return g[KEY];
}

/** True when both lists hold the same values in the same order (objects compared by identity). */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * The value `name` was last built with from the same `inputs`, or `build()`'s, kept for the
 * next call. Only the latest value of each name is kept.
 */
export function keptFor<T>(name: string, inputs: readonly unknown[], build: () => T): T {
  const kept = entries().get(name);
  if (kept && sameInputs(kept.inputs, inputs)) return kept.value as T;
  const value = build();
  entries().set(name, { inputs: [...inputs], value });
  return value;
}

/** Forgets every kept value (tests). */
export function forgetKept(): void {
  entries().clear();
}

/** What of a doc the catalog's doc links read: its id, title, the services it names and its owner. */
export interface DocLinkFields {
  id: string;
  data: { title: string; services?: readonly string[]; owner?: string };
}

/**
 * A key that changes when a doc's id, title, `services` or `owner` does, and not when only
 * its body or other frontmatter does: the catalog's "docs about this entity" and "docs this
 * team owns" lists need building again only then.
 */
export function docLinksKey(docs: readonly DocLinkFields[]): string {
  return JSON.stringify(docs.map((d) => [d.id, d.data.title, d.data.services ?? [], d.data.owner ?? '']));
}

/**
 * A key that changes when a file in `dir` (not below it) is added, removed, or written:
 * names, sizes and modification times. Empty when the folder is missing.
 */
export function pathsFolderStamp(dir: string): string {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch {
    return '';
  }
  return names
    .map((name) => {
      try {
        const st = fs.statSync(path.join(dir, name));
        return `${name}\u0000${st.size}\u0000${st.mtimeMs}`;
      } catch {
        return name;
      }
    })
    .join('\n');
}
