import type { CatalogEntity } from '../catalog/types.ts';

/** A minimal component entity for health and level tests, with `over` laid on top. */
export const testEntity = (over: Partial<CatalogEntity>): CatalogEntity => ({
  ref: 'component:default/svc',
  kind: 'component',
  kindLabel: 'Component',
  apiVersion: 'backstage.io/v1alpha1',
  namespace: 'default',
  name: 'svc',
  tags: [],
  labels: {},
  annotations: {},
  links: [],
  escalation: [],
  relations: {},
  source: { file: 'content/catalog/a.yaml', line: 1, column: 1 },
  ...over,
});
