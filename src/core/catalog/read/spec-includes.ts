/**
 * The files an API definition pulls in with relative `$ref`s (`$ref: ./schemas/order.yaml`,
 * `$ref: "common.yaml#/components/schemas/Money"`). Like the definition itself they are
 * data, not catalog descriptors, so the catalog reader leaves them out.
 */
import path from 'node:path';

// The value quoted ("…" or '…', braces allowed) or plain (up to a space, comma or quote).
const REF = /["']?\$ref["']?\s*:\s*(?:"([^"#]*)|'([^'#]*)|([^"'#\s,]+))/g;

/** The file part of a matched $ref: a plain value loses the `}` that closes a flow map; `%7B` and the like are decoded. */
function targetOf(m: RegExpMatchArray): string {
  let t = m[1] ?? m[2] ?? '';
  if (m[3] !== undefined) {
    t = m[3];
    // `{$ref: ./a.yaml}`: drop closing braces that have no opening one in the value.
    while (t.endsWith('}') && (t.match(/\{/g)?.length ?? 0) < (t.match(/\}/g)?.length ?? 0)) t = t.slice(0, -1);
  }
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

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
      const target = targetOf(m);
      if (target === '') continue; // a reference inside the same file
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
