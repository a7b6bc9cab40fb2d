/** Shared helpers for the catalog tests: fixture folders and loading them. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../../../src/core/catalog/load.ts';
import type { CatalogResult, LoadCatalogOptions } from '../../../src/core/model/entity.ts';
import { resolveContentPaths, type ContentPaths } from '../../../src/core/content-dir.ts';

/** The folder that holds the catalog fixtures. */
export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/catalog');

/** Content paths of fixture `name` (a content folder with catalog/ and maybe docs/). */
export function fixturePaths(name: string): ContentPaths {
  return resolveContentPaths(path.join(FIXTURES, name));
}

/** Loads fixture `name`'s catalog. */
export function loadFixture(name: string, options?: LoadCatalogOptions): CatalogResult {
  return loadCatalog(fixturePaths(name), options);
}

/** A diagnostic as a compact tuple: file, line, column, severity, code, message. */
export type DiagnosticRow = [string, number, number, 'error' | 'warning', string, string];

/** The diagnostics of `result` as rows, in their (sorted) order. */
export function rows(result: Pick<CatalogResult, 'diagnostics'>): DiagnosticRow[] {
  return result.diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.code, d.message]);
}
