/**
 * Which catalog-folder YAML is the rest of an API definition rather than a descriptor. A
 * definition split over many files (DigitalOcean's is 2,907) often ships files that no
 * `$ref` reaches: examples, shared parts of other versions. They sit in (or below) a folder
 * that holds files a definition reads, and they are data, not broken entities: such a file
 * is left out without a word when none of its documents names an `apiVersion` or a `kind`
 * at the top level. A file there that does is read as a descriptor like any other.
 */
import path from 'node:path';

/** `apiVersion:` or `kind:` at the start of a line (a top-level key), or opening a flow map there (`{apiVersion: …`). */
const DESCRIPTOR_KEY = /^(?:---[ \t]*)?(?:\{[ \t]*)?["']?(?:apiVersion|kind)["']?[ \t]*:/m;

/** True when `abs` is in or below one of `dataFolders` and its text names no apiVersion or kind. */
export function isDefinitionData(abs: string, text: string, dataFolders: readonly string[]): boolean {
  if (!/\.ya?ml$/i.test(abs)) return false;
  const inside = dataFolders.some((folder) => abs.startsWith(folder + path.sep));
  return inside && !DESCRIPTOR_KEY.test(text);
}
