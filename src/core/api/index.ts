/** API references: definitions (OpenAPI, AsyncAPI, GraphQL) read into a model the pages render. */
export { loadApiReference, loadApiReferences, referenceFormat, PAGE_IDS, BUILD_TOLERATED_ERRORS } from './load.ts';
export { anchorSlug } from './anchors.ts';
export { planReferencePages, anchorMap, operationsOf, PAGE_BUDGET, type ReferencePlan, type ReferencePage } from './pages.ts';
export type { ApiReference, ApiGroup, ApiOperation, ApiParameter, ApiContent, ApiResponse, ApiMessage, ApiType, SchemaNode, SchemaProperty } from './model.ts';
