/**
 * Warnings for descriptions in an API definition that load something from another host.
 * The renderer (src/core/markdown.ts) already keeps such resources off the page, inlining
 * emoji images as their character; this says, at the file:line that wrote it, what was
 * dropped, so nothing disappears without a word. Bounded: at most MAX_WARNINGS per API,
 * then one line that counts the rest.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { SourcePosition } from '../yaml/index.ts';
import { emojiOfUrl, remoteResourcesIn } from '../remote-resources.ts';
import type { ApiReference, SchemaNode } from './model.ts';

/** At most this many remote-resource warnings per API. */
export const MAX_WARNINGS = 20;

/** Every description of a reference (operations, parameters, bodies, responses, schemas, types, fields). */
export function* descriptionsOf(ref: Omit<ApiReference, 'included'>): Generator<string> {
  const seen = new Set<SchemaNode>();
  function* schema(s: SchemaNode | undefined): Generator<string> {
    if (!s || seen.has(s)) return;
    seen.add(s);
    if (s.description) yield s.description;
    for (const p of s.properties ?? []) yield* schema(p.schema);
    yield* schema(s.items);
    yield* schema(s.values);
    for (const o of s.variants?.options ?? []) yield* schema(o);
  }
  if (ref.description) yield ref.description;
  for (const g of ref.groups) {
    if (g.description) yield g.description;
    for (const op of g.operations) {
      if (op.description) yield op.description;
      for (const p of op.parameters) {
        if (p.description) yield p.description;
        yield* schema(p.schema);
      }
      if (op.requestBody?.description) yield op.requestBody.description;
      for (const c of op.requestBody?.contents ?? []) yield* schema(c.schema);
      for (const r of op.responses) {
        if (r.description) yield r.description;
        for (const c of r.contents) yield* schema(c.schema);
      }
      for (const m of op.messages) {
        if (m.description) yield m.description;
        yield* schema(m.payload);
      }
    }
  }
  for (const t of ref.types) {
    if (t.description) yield t.description;
    yield* schema(t.schema);
    for (const f of t.fields ?? []) if (f.description) yield f.description;
    for (const v of t.values ?? []) if (v.description) yield v.description;
  }
}

/**
 * One warning per description that loads a remote resource which cannot be inlined, at the
 * position `whereOf` gives (the description's own line when known).
 */
export function remoteResourceWarnings(ref: Omit<ApiReference, 'included'>, whereOf: (description: string) => SourcePosition): Diagnostic[] {
  const out: Diagnostic[] = [];
  const done = new Set<string>();
  let more = 0;
  for (const d of descriptionsOf(ref)) {
    if (done.has(d)) continue;
    done.add(d);
    const dropped = remoteResourcesIn(d).filter((u) => emojiOfUrl(u) === undefined);
    if (dropped.length === 0) continue;
    if (out.length >= MAX_WARNINGS) {
      more++;
      continue;
    }
    const url = dropped[0] as string;
    out.push({
      ...whereOf(d),
      severity: 'warning',
      code: 'api/remote-resource',
      message: `this description loads ${dropped.length === 1 ? 'a resource' : `${dropped.length} resources`} from another host (${url.length > 80 ? `${url.slice(0, 77)}…` : url}); the site works offline, so ${dropped.length === 1 ? 'it is' : 'they are'} left out (an image keeps its alt text)`,
      hint: 'copy the image into the content folder and link it with a relative path, or remove it',
    });
  }
  if (more > 0) {
    const last = out[out.length - 1] as Diagnostic;
    out.push({ ...last, message: `${more} more ${more === 1 ? 'description loads' : 'descriptions load'} resources from other hosts in this definition, left out like the ones above`, hint: 'the first warnings name where; fix those the same way' });
  }
  return out;
}
