/**
 * Where each entity lives in the site. URLs are lower-case and stable: they come from
 * kind, namespace and name only. Groups are teams, so their page is under /teams/.
 */
import type { CatalogEntity } from './types.ts';

type Routable = Pick<CatalogEntity, 'kind' | 'namespace' | 'name'>;

/** The path segments of an entity's page, without base: `catalog/component/payments-service`. */
export function entitySlug(entity: Routable): string {
  const ns = entity.namespace.toLowerCase() === 'default' ? '' : `${entity.namespace.toLowerCase()}/`;
  const name = entity.name.toLowerCase();
  if (entity.kind === 'group') return `teams/${ns}${name}`;
  return `catalog/${entity.kind}/${ns}${name}`;
}

/** The site path of an entity's page: `/catalog/component/payments-service/`. */
export function entityPath(entity: Routable): string {
  return `/${entitySlug(entity)}/`;
}

/** Parses a refKey (`kind:namespace/name`) into the parts entityPath needs. */
export function refParts(ref: string): Routable {
  const colon = ref.indexOf(':');
  const slash = ref.indexOf('/', colon);
  return {
    kind: ref.slice(0, colon) as Routable['kind'],
    namespace: ref.slice(colon + 1, slash),
    name: ref.slice(slash + 1),
  };
}

/** The short label people write for a refKey: `component:payments-service` (namespace when not default). */
export function shortRef(ref: string): string {
  const p = refParts(ref);
  return `${p.kind}:${p.namespace === 'default' ? '' : `${p.namespace}/`}${p.name}`;
}
