/**
 * API diffs: two versions of one API's definition in, the changes a consumer cares about
 * out. OpenAPI and AsyncAPI on the reference model (model-diff.ts); GraphQL with
 * graphql-js's own rules (graphql-diff.ts).
 */
import type { ApiReference } from '../model.ts';
import { diffGraphql } from './graphql-diff.ts';
import { diffModels } from './model-diff.ts';
import type { ApiDiff } from './types.ts';

export * from './types.ts';
export { diffModels, operationName } from './model-diff.ts';
export { diffGraphql } from './graphql-diff.ts';

/** Compares two versions of an API (their references, and for GraphQL their SDL). Undefined when either does not parse or the format changed. */
export function diffApi(before: ApiReference, after: ApiReference, texts: { before?: string; after?: string } = {}): ApiDiff | undefined {
  if (before.error || after.error || before.format !== after.format) return undefined;
  if (after.format === 'graphql') return texts.before !== undefined && texts.after !== undefined ? diffGraphql(texts.before, texts.after, before, after) : undefined;
  return diffModels(before, after);
}
