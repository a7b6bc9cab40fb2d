/**
 * The policy for descriptors that fail validation (`onInvalidEntities` in wayfinder.yaml).
 * With `error` (the default) every problem fails the build. With `skip`, as Backstage does,
 * an entity whose descriptor has a problem is left out of the site: its problems become
 * warnings at the same file:line, it is listed as "not published" with the first problem as
 * the reason, and references to it are references to an entity that is not in the catalog.
 */
import type { Diagnostic } from '../../model/diagnostics.ts';
import type { NotPublished, SourcePosition } from '../../model/entity.ts';

/** The hint added to each problem of an entity that was left out. */
export const LEFT_OUT_HINT = 'the entity is left out of the site (onInvalidEntities: skip) and listed on /health/';

/** `d` as a warning that says the entity was left out (warnings stay as they are). */
export function leftOut(d: Diagnostic): Diagnostic {
  if (d.severity !== 'error') return d;
  return { ...d, severity: 'warning', hint: d.hint ? `${d.hint}; ${LEFT_OUT_HINT}` : LEFT_OUT_HINT };
}

/**
 * Under `skip`, turns the errors in `diagnostics[from..]` (the problems of one descriptor)
 * into warnings and returns the record of the entity left out; undefined when there was no
 * error (or the policy is `error`, when nothing changes).
 */
export function leaveOutIfInvalid(
  skip: boolean,
  diagnostics: Diagnostic[],
  from: number,
  what: { source: SourcePosition; kind?: string | undefined; name?: string | undefined; ref?: string | undefined },
): NotPublished | undefined {
  if (!skip) return undefined;
  let first: Diagnostic | undefined;
  for (let i = from; i < diagnostics.length; i++) {
    const d = diagnostics[i] as Diagnostic;
    if (d.severity !== 'error') continue;
    first ??= d;
    diagnostics[i] = leftOut(d);
  }
  if (!first) return undefined;
  // Listed where its first problem is (the line `check` prints), not at the descriptor's first line.
  const at = first.line > 0 && first.file === what.source.file ? { file: first.file, line: first.line, column: first.column } : what.source;
  return notPublished({ ...what, source: at }, first.message);
}

/** What an entity left out is recorded as: where, what it would have been (as far as it could be read) and why. */
export function notPublished(
  what: { source: SourcePosition; kind?: string | undefined; name?: string | undefined; ref?: string | undefined },
  reason: string,
): NotPublished {
  const out: NotPublished = { source: what.source, reason };
  if (what.kind) out.kind = what.kind;
  if (what.name) out.name = what.name;
  if (what.ref) out.ref = what.ref;
  return out;
}
