import { KIND_LABELS } from './schema.ts';
import type { CatalogEntity } from './entity.ts';

/**
 * A catalog entity for tests, as the reader would make it from a minimal descriptor: a
 * component named `svc` unless `over` says otherwise, its ref and kind label following the
 * kind and name given, and `over` laid on top.
 */
export function testEntity(over: Partial<CatalogEntity> = {}): CatalogEntity {
  const kind = over.kind ?? 'component';
  const name = over.name ?? 'svc';
  return {
    ref: `${kind}:default/${name}`,
    kind,
    kindLabel: KIND_LABELS[kind],
    apiVersion: 'backstage.io/v1alpha1',
    namespace: 'default',
    name,
    tags: [],
    labels: {},
    annotations: {},
    links: [],
    escalation: [],
    relations: {},
    source: { file: 'content/catalog/a.yaml', line: 1, column: 1 },
    ...over,
  };
}
