/**
 * The files an API definition pulls in with relative `$ref`s (`$ref: ./schemas/order.yaml`,
 * `$ref: "common.yaml#/components/schemas/Money"`). Like the definition itself they are
 * data, not catalog descriptors, so the catalog reader leaves them out.
 */
import path from 'node:path';

const REF = /["']?\$ref["']?\s*:\s*["']?([^"'#\s,}]+)/g;

/**
 * Every file reached from `definitions` through relative $refs, followed transitively
 * (absolute paths). `textOf` gives the text of a file the catalog reader has already read
 * (undefined for any other file: nothing outside the catalog listing is opened here).
 */
export function specIncludes(definitions: Iterable<string>, textOf: (abs: string) => string | undefined): string[] {
  const seen = new Set<string>(definitions);
  const queue = [...seen];
  const out: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] as string;
    const text = textOf(file);
    if (text === undefined) continue;
    for (const m of text.matchAll(REF)) {
      const target = m[1] as string;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // remote
      const abs = path.resolve(path.dirname(file), target);
      if (seen.has(abs)) continue;
      seen.add(abs);
      out.push(abs);
      queue.push(abs);
    }
  }
  return out.sort();
}
