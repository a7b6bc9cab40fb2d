/**
 * The reference policy (`onBrokenRefs` in wayfinder.yaml), applied the same way to every
 * reference to an entity: catalog descriptors, doc frontmatter, onboarding path owners and
 * lifecycle announcements. With `error` (the default) a reference to an entity that is not
 * in the catalog fails the build; with `warn` it is a warning, the page shows the reference
 * as plain text marked "not in the catalog", and /health/ lists it with its file:line.
 */
import type { Diagnostic, Severity } from './diagnostics.ts';
import { parseEntityRef, refKey } from './refs.ts';

/** What happens to a reference to an entity that is not in the catalog. */
export const REF_POLICIES = ['error', 'warn'] as const;
export type RefPolicy = (typeof REF_POLICIES)[number];

/** The diagnostic codes of references to entities that are not in the catalog. */
export const UNRESOLVED_REF_CODES: ReadonlySet<string> = new Set([
  'catalog/dangling-ref',
  'docs/dangling-ref',
  'onboarding/unknown-owner',
  'lifecycle/unknown-ref',
  'campaigns/unknown-ref',
]);

/** The severity of an unresolved reference under `policy`. */
export function refSeverity(policy: RefPolicy | undefined): Severity {
  return policy === 'warn' ? 'warning' : 'error';
}

/** `list` with every unresolved reference at the severity `policy` gives it. */
export function applyRefPolicy(list: readonly Diagnostic[], policy: RefPolicy | undefined): Diagnostic[] {
  const severity = refSeverity(policy);
  return list.map((d) => (UNRESOLVED_REF_CODES.has(d.code) && d.severity !== severity ? { ...d, severity } : d));
}

/** One reference to an entity that is not in the catalog, published under `onBrokenRefs: warn`. */
export interface UnresolvedRef {
  file: string;
  line: number;
  column: number;
  /** What was written and where, e.g. "`spec.owner` refers to group:guest, which is not in the catalog". */
  message: string;
  /** refKey of the team answerable for the file (the entity's or doc's owner), or '' when none is known. */
  owner: string;
}

/** The unresolved references among `diagnostics`, each with the team answerable for it (`ownerOf`). */
export function unresolvedRefs(
  diagnostics: readonly Diagnostic[],
  ownerOf: (d: Diagnostic) => string | undefined = () => undefined,
): UnresolvedRef[] {
  return diagnostics
    .filter((d) => UNRESOLVED_REF_CODES.has(d.code))
    .map((d) => ({ file: d.file, line: d.line, column: d.column, message: d.message, owner: ownerOf(d) ?? '' }));
}

/** What unresolvedRefsOf needs from a content check. */
export interface RefCheck {
  diagnostics: readonly Diagnostic[];
  catalog: { entities: readonly { ref: string; kind: string; owner?: string; missingRefs?: readonly { pos: { file: string; line: number; column: number } }[] }[]; byRef: ReadonlyMap<string, unknown> };
  docs: readonly { display: string; owner?: { value: string } }[];
}

/**
 * Every unresolved reference of a checked content folder, each with the team answerable
 * for it: the owner of the entity that makes it (a team for its own descriptor), or the
 * owner of the doc it is in.
 */
export function unresolvedRefsOf(check: RefCheck): UnresolvedRef[] {
  const at = (p: { file: string; line: number; column: number }): string => `${p.file}:${p.line}:${p.column}`;
  const entityOwner = new Map<string, string>();
  for (const e of check.catalog.entities) {
    // A team answers for its own descriptor (parent, children, members).
    const owner = e.owner ?? (e.kind === 'group' ? e.ref : undefined);
    for (const m of e.missingRefs ?? []) if (owner) entityOwner.set(at(m.pos), owner);
  }
  const docOwner = new Map<string, string>();
  for (const d of check.docs) {
    if (!d.owner) continue;
    const { ref } = parseEntityRef(d.owner.value, { defaultKind: 'group' });
    if (ref && check.catalog.byRef.has(refKey(ref))) docOwner.set(d.display, refKey(ref));
  }
  return unresolvedRefs(check.diagnostics, (d) => (d.code === 'catalog/dangling-ref' ? entityOwner.get(at(d)) : d.code === 'docs/dangling-ref' ? docOwner.get(d.file) : undefined));
}
