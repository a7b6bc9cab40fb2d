/**
 * The catalog core's public API: load and resolve the catalog, check doc refs, and the
 * types of the resolved catalog.
 */
export { checkCatalogText, loadCatalog } from './load.ts';
export { checkDocRefs, type DocRefCatalog } from './doc-refs.ts';
export { DEFAULT_LIFECYCLES, KIND_LABELS, RELATION_INVERSE } from './schema.ts';
export { RELATION_TYPES } from './resolve.ts';
export { parseDuration, formatDuration } from './duration.ts';
export { urlProblem, LINK_SCHEMES } from './url-check.ts';
export { formatRef, parseEntityRef, refKey, type EntityRef } from './refs.ts';
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
} from './types.ts';
