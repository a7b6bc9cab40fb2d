/**
 * Resolves the entity refs in doc frontmatter (`owner`, `services`) against the catalog:
 * a ref to nothing is an error (a warning under `onBrokenRefs: warn`) at the doc's
 * file:line:col, with "did you mean".
 */
import type { Diagnostic } from '../../model/diagnostics.ts';
import type { DocMeta, Positioned } from '../../docs/frontmatter.ts';
import { formatRef, parseEntityRef, refKey } from '../../model/refs.ts';
import { createRefIndex, danglingHint, type NamedEntity } from './suggest.ts';
import type { EntityKind } from '../../model/entity.ts';
import { refSeverity, type RefPolicy } from '../../model/ref-policy.ts';

/** The part of a loaded catalog that doc refs are checked against. */
export interface DocRefCatalog {
  entities: readonly NamedEntity[];
}

/** Reports every doc `owner` or `services` ref that names no entity in `catalog`. */
export function checkDocRefs(docs: readonly DocMeta[], catalog: DocRefCatalog, onBrokenRefs?: RefPolicy): Diagnostic[] {
  const index = createRefIndex(catalog.entities);
  const out: Diagnostic[] = [];
  const check = (doc: DocMeta, field: string, p: Positioned<string>, defaultKind: EntityKind, allowed?: readonly EntityKind[]): void => {
    // Shape problems were reported by checkDocs; only resolvable refs are looked up here.
    const { ref } = parseEntityRef(p.value, { defaultKind, defaultNamespace: 'default' });
    if (!ref || index.has(refKey(ref))) return;
    out.push({
      file: doc.display,
      line: p.line,
      column: p.column,
      severity: refSeverity(onBrokenRefs),
      code: 'docs/dangling-ref',
      message: `\`${field}\` refers to ${formatRef(ref)}, which is not in the catalog`,
      hint: danglingHint(index, ref, allowed),
    });
  };
  for (const doc of docs) {
    if (doc.owner) check(doc, 'owner', doc.owner, 'group', ['group', 'user']);
    for (const s of doc.services) check(doc, 'services', s, 'component');
  }
  return out;
}
