/**
 * The catalog core's public API: load and resolve the catalog, check doc refs, and the
 * types of the resolved catalog.
 */
export { checkCatalogText, loadCatalog } from './load.ts';
export { checkDocRefs, type DocRefCatalog } from './resolve/doc-refs.ts';
export { DEFAULT_LIFECYCLES, KIND_LABELS, RELATION_INVERSE } from '../model/schema.ts';
export { RELATION_TYPES } from './resolve/resolve.ts';
export { parseDuration, formatDuration } from './duration.ts';
export { urlProblem, LINK_SCHEMES } from './read/url-check.ts';
export { formatRef, parseEntityRef, refKey, type EntityRef } from '../model/refs.ts';
export type {
  CatalogEntity,
  CatalogRelation,
  CatalogResult,
  EntityKind,
  EntityLink,
  EntityProfile,
  EscalationLevel,
  LoadCatalogOptions,
  RelationType,
  SkippedEntity,
  NotPublished,
  SourcePosition,
} from '../model/entity.ts';
