/**
 * Every API entity's definition read into a rendered reference, once per build, beside
 * the catalog (check-content.ts calls it, like TechDocs). OpenAPI 2.0/3.0/3.1 and AsyncAPI
 * 2.x/3.0 (YAML or JSON, inline or a `$text` file, `$ref`s across files) and GraphQL SDL.
 * A definition that does not parse is an error at its file:line with the parser's message
 * and still gives a reference (with `error` set), so the API's page builds and shows it;
 * everything else that is wrong (a `$ref` that cannot resolve, a schema problem) is a
 * warning and the rest renders. Other types (gRPC, plain text) get no reference.
 */
import path from 'node:path';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import { readScope, type ReadScope } from '../content-fs.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { Anchors } from './anchors.ts';
import { readAsyncApi } from './asyncapi.ts';
import { readGraphql } from './graphql.ts';
import type { ApiReference } from './model.ts';
import { readOpenApi } from './openapi.ts';
import { remoteResourceWarnings } from './remote-check.ts';
import { SpecFiles, type DefinitionText, type SpecObject, type SpecSource } from './spec-files.ts';
import { validateDefinition } from './validate.ts';

/**
 * Error codes that fail `npm run check` but not the build: they cost only an API's rendered
 * reference, and the API's page shows the error instead (the raw definition stays).
 */
export const BUILD_TOLERATED_ERRORS: readonly string[] = ['api/unparseable'];

/** Ids the entity page already uses; a reference never hands them out. */
export const PAGE_IDS = ['owner', 'about', 'links', 'details', 'dependencies', 'relations', 'definition', 'reference', 'changes', 'health', 'docs', 'techdocs', 'escalations', 'operations', '_top'];

/** What kind of definition an API has, from spec.type and the text: undefined when Wayfinder renders no reference for it. */
export function referenceFormat(api: Pick<CatalogEntity, 'type' | 'definition' | 'definitionSource'>): 'openapi' | 'asyncapi' | 'graphql' | undefined {
  const type = (api.type ?? '').toLowerCase();
  const source = (api.definitionSource ?? '').toLowerCase();
  if (type === 'graphql' || /\.(graphql|gql)$/.test(source)) return 'graphql';
  if (type === 'openapi' || type === 'swagger') return 'openapi';
  if (type === 'asyncapi') return 'asyncapi';
  const head = (api.definition ?? '').slice(0, 4000);
  if (/^\s*["']?(openapi|swagger)["']?\s*:/m.test(head)) return 'openapi';
  if (/^\s*["']?asyncapi["']?\s*:/m.test(head)) return 'asyncapi';
  return undefined;
}

/** Where an entity's definition text is written: its own file, or the descriptor for an inline one. */
function definitionText(paths: ContentPaths, entity: CatalogEntity, text: string): DefinitionText {
  if (entity.definitionSource) {
    const abs = path.resolve(paths.parent, entity.definitionSource);
    const file = displayPath(paths, abs);
    return { abs, text, at: (line, column) => ({ file, line, column }) };
  }
  const start = entity.definitionAt ?? entity.source;
  const abs = path.resolve(paths.parent, entity.source.file);
  return {
    abs,
    text,
    at: (line, column) => ({ file: start.file, line: start.line + line - 1, column: line === 1 ? start.column + column - 1 : start.column + column - 1 }),
  };
}

/**
 * Reads one API's reference (undefined when its type has none). `source` reads its $ref'd
 * files from elsewhere than disk and skips checking against the specification: an old
 * version, whose warnings nobody reads (src/core/api/history.ts).
 */
export function loadApiReference(paths: ContentPaths, entity: CatalogEntity, scope: ReadScope = readScope(paths), source?: SpecSource): { reference?: ApiReference; diagnostics: Diagnostic[] } {
  const text = entity.definition;
  const format = text ? referenceFormat(entity) : undefined;
  if (!text || !format) return { diagnostics: [] };
  const def = definitionText(paths, entity, text);
  const anchors = new Anchors(PAGE_IDS);
  if (format === 'graphql') {
    const r = readGraphql(entity.ref, text, def.at, anchors);
    // A GraphQL description is written in the SDL as it is: its first line is where it starts.
    const whereOf = (d: string) => {
      const at = text.indexOf(d.split('\n')[0] ?? d);
      if (at < 0) return def.at(1, 1);
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      return def.at(line, at - before.lastIndexOf('\n'));
    };
    return { reference: { ...r.reference, included: [] }, diagnostics: [...r.diagnostics, ...remoteResourceWarnings(r.reference, whereOf)] };
  }
  const files = new SpecFiles(scope, (abs) => displayPath(paths, abs), source);
  const parsed = files.parseDefinition(def);
  const label = format === 'openapi' ? 'OpenAPI' : 'AsyncAPI';
  if (parsed.error) {
    const e = parsed.error;
    return {
      reference: { entityRef: entity.ref, format, formatLabel: label, servers: [], groups: [], types: [], included: [], error: { message: e.message, file: e.file, line: e.line, column: e.column } },
      diagnostics: [e],
    };
  }
  const root = parsed.root;
  const diagnostics: Diagnostic[] = [];
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    const pos = def.at(1, 1);
    const message = `the ${label} definition must be a map (openapi:, info:, paths: …), not ${Array.isArray(root) ? 'a list' : 'a single value'}`;
    return {
      reference: { entityRef: entity.ref, format, formatLabel: label, servers: [], groups: [], types: [], included: [], error: { message, ...pos } },
      diagnostics: [{ ...pos, severity: 'error', code: 'api/unparseable', message, hint: `start the definition with ${format === 'openapi' ? 'openapi: 3.1.0' : 'asyncapi: 3.0.0'}` }],
    };
  }
  const obj = root as SpecObject;
  const isAsync = obj.asyncapi !== undefined || (format === 'asyncapi' && obj.openapi === undefined && obj.swagger === undefined);
  if (!isAsync && obj.openapi === undefined && obj.swagger === undefined) {
    diagnostics.push({ ...def.at(1, 1), severity: 'warning', code: 'api/no-version', message: 'this OpenAPI definition has no `openapi:` (or `swagger:`) version line', hint: 'start it with openapi: 3.1.0 (or the version it follows)' });
  }
  if (!source) diagnostics.push(...validateDefinition(obj, files, def.at(1, 1)));
  let reference: Omit<ApiReference, 'included'>;
  try {
    reference = isAsync ? readAsyncApi(entity.ref, obj, files, anchors) : readOpenApi(entity.ref, obj, files, anchors);
  } catch (e) {
    // A bug in Wayfinder, not in the input: say where, keep the page building.
    const pos = def.at(1, 1);
    const message = `Wayfinder could not read this definition: ${e instanceof Error ? e.message : String(e)}`;
    diagnostics.push({ ...pos, severity: 'error', code: 'api/internal-error', message, hint: 'this is a bug in Wayfinder; please report it with this definition' });
    return { reference: { entityRef: entity.ref, format, formatLabel: label, servers: [], groups: [], types: [], included: [], error: { message, ...pos } }, diagnostics };
  }
  const remote = remoteResourceWarnings(reference, (d) => files.remoteDescriptionsAt.get(d) ?? def.at(1, 1));
  return { reference: { ...reference, included: [...files.included].sort() }, diagnostics: [...diagnostics, ...files.diagnostics, ...remote] };
}

/** Every API's reference, by the API's refKey, with every problem found. */
export function loadApiReferences(paths: ContentPaths, entities: readonly CatalogEntity[]): { references: ApiReference[]; diagnostics: Diagnostic[] } {
  const scope = readScope(paths);
  const references: ApiReference[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const e of entities) {
    if (e.kind !== 'api' || !e.definition) continue;
    const r = loadApiReference(paths, e, scope);
    if (r.reference) references.push(r.reference);
    diagnostics.push(...r.diagnostics);
  }
  return { references, diagnostics };
}
