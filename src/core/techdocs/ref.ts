/** The annotation that points an entity at its TechDocs, and what it names. */

/** `backstage.io/techdocs-ref`: `dir:<folder relative to the descriptor>` or `url:<remote>`. */
export const TECHDOCS_REF = 'backstage.io/techdocs-ref';

/** True when the entity's annotations name local TechDocs (`dir:`), which Wayfinder builds. */
export function hasLocalTechDocs(annotations: Readonly<Record<string, string>>): boolean {
  return /^dir:/i.test(annotations[TECHDOCS_REF]?.trim() ?? '');
}
