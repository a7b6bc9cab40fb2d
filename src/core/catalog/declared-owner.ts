/**
 * Who owns an entity, as its descriptor says. Under `onBrokenRefs: warn` an owner that is
 * not in the catalog (a GitHub team synced from the identity provider, a person who left)
 * is still the owner: the directory lists and filters by it, /health/ counts it, and pages
 * show it as "not in the catalog" (never as a link).
 */
import { parseEntityRef, refKey } from '../model/refs.ts';
import type { CatalogEntity } from '../model/entity.ts';

/** The refKey of the entity's declared owner, whether or not it is in the catalog. */
export function declaredOwner(entity: Pick<CatalogEntity, 'owner' | 'missingRefs'>): string | undefined {
  if (entity.owner) return entity.owner;
  const missing = entity.missingRefs?.find((m) => m.path === 'spec.owner');
  if (!missing) return undefined;
  // MissingRef.ref is formatRef's form: kind always written, namespace left out when default.
  const { ref } = parseEntityRef(missing.ref, { defaultKind: 'group', defaultNamespace: 'default' });
  return ref ? refKey(ref) : undefined;
}
