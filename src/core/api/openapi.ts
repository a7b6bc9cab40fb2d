/**
 * OpenAPI 2.0 (Swagger), 3.0 and 3.1 read into the reference model: servers, operations
 * grouped by tag (first tag; untagged ones under "Operations"), parameters (path-level and
 * operation-level, `$ref`s followed), request bodies (2.0's `in: body` and `formData`
 * included), responses, examples, and an example curl request per operation. A large API
 * that tags nothing (Stripe's 468 operations) is grouped by the resource its paths name
 * (`/v1/customers/{customer}` → `customers`), so its reference has sections to split into.
 */
import type { ApiContent, ApiGroup, ApiOperation, ApiParameter, ApiReference, ApiResponse, ApiType } from './model.ts';
import { Anchors } from './anchors.ts';
import { jsonText, sampleOf, schemaTree } from './schema.ts';
import { SpecFiles, type SpecObject, type SpecValue } from './spec-files.ts';

/** Untagged operations beyond this many are grouped by resource instead of one "Operations" list. */
export const UNTAGGED_GROUP_MAX = 50;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const isObject = (v: unknown): v is SpecObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: SpecValue | undefined): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Reads an OpenAPI document (`root`) into a reference. */
export function readOpenApi(entityRef: string, root: SpecObject, files: SpecFiles, anchors: Anchors): Omit<ApiReference, 'included'> {
  const swagger = str(root.swagger);
  const version = swagger ?? str(root.openapi) ?? String(root.openapi ?? '');
  const info = isObject(root.info) ? root.info : {};
  const schemaHome = swagger ? (isObject(root.definitions) ? root.definitions : {}) : isObject(root.components) && isObject(root.components.schemas) ? root.components.schemas : {};
  const schemaAnchors = new Map<string, string>();
  for (const name of Object.keys(schemaHome)) schemaAnchors.set(name, anchors.take('schema', name));
  // Schemas in files of their own (`$ref: models/droplet.yml`, as split definitions have) are
  // named by their file: listed once among the types and linked from where they are used.
  const fileSchemas = new Map<SpecObject, { name: string; anchor: string }>();
  const pendingFileSchemas: { name: string; anchor: string; schema: SpecObject }[] = [];
  const takenNames = new Set(Object.keys(schemaHome));
  const opts = {
    anchorOf: (name: string) => schemaAnchors.get(name),
    anchorOfFile: (target: SpecObject, name: string) => {
      if (!isNamedShape(target)) return undefined;
      let known = fileSchemas.get(target);
      if (!known) {
        let shown = name;
        for (let n = 2; takenNames.has(shown); n++) shown = `${name} (${n})`;
        takenNames.add(shown);
        known = { name: shown, anchor: anchors.take('schema', shown) };
        fileSchemas.set(target, known);
        pendingFileSchemas.push({ ...known, schema: target });
      }
      return known.anchor;
    },
  };

  const servers = swagger ? swaggerServers(root) : (Array.isArray(root.servers) ? root.servers : []).flatMap((s) => {
    const o = files.deref(s);
    if (!isObject(o) || !str(o.url)) return [];
    return [{ url: serverUrl(o), ...(str(o.description) ? { description: str(o.description) as string } : {}) }];
  });
  const baseUrl = servers[0]?.url ?? 'https://api.example.com';

  const tagInfo = new Map<string, string | undefined>();
  for (const t of Array.isArray(root.tags) ? root.tags : []) if (isObject(t) && str(t.name)) tagInfo.set(t.name as string, str(t.description));
  const byTag = new Map<string, ApiOperation[]>();
  const paths = isObject(root.paths) ? root.paths : {};
  for (const [p, rawItem] of Object.entries(paths)) {
    const item = files.deref(rawItem);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = files.deref(item[method]);
      if (!isObject(op)) continue;
      const operation = readOperation(files, anchors, method, p, op, shared, root, baseUrl, opts, Boolean(swagger));
      const tag = (Array.isArray(op.tags) && str(op.tags[0])) || 'Operations';
      const list = byTag.get(tag) ?? [];
      list.push(operation);
      byTag.set(tag, list);
    }
  }
  const untagged = byTag.get('Operations');
  if (untagged && untagged.length > UNTAGGED_GROUP_MAX && !tagInfo.has('Operations')) {
    byTag.delete('Operations');
    for (const op of untagged) {
      const resource = resourceOf(op.path);
      byTag.set(resource, [...(byTag.get(resource) ?? []), op]);
    }
  }
  // Tags in the order the definition lists them, then the others in order of first use.
  const order = [...tagInfo.keys(), ...byTag.keys()].filter((t, i, all) => all.indexOf(t) === i && byTag.has(t));
  const groups: ApiGroup[] = order.map((name) => ({
    name,
    anchor: anchors.take('tag', name),
    ...(tagInfo.get(name) ? { description: tagInfo.get(name) as string } : {}),
    operations: byTag.get(name) ?? [],
  }));
  const typeOf = (name: string, anchor: string, raw: SpecValue): ApiType => {
    const schema = schemaTree(files, raw, opts) ?? { type: 'any', constraints: [] };
    return { name, anchor, kind: schema.type, ...(schema.description ? { description: schema.description } : {}), schema: { ...schema, description: undefined } as typeof schema };
  };
  const types: ApiType[] = Object.entries(schemaHome).map(([name, raw]) => typeOf(name, schemaAnchors.get(name) as string, raw));
  // Each file schema's own tree may name further ones: drain the queue (each file once).
  for (let i = 0; i < pendingFileSchemas.length; i++) {
    const f = pendingFileSchemas[i] as (typeof pendingFileSchemas)[number];
    types.push(typeOf(f.name, f.anchor, f.schema));
  }
  return {
    entityRef,
    format: 'openapi',
    formatLabel: swagger ? `Swagger ${swagger}` : `OpenAPI ${version}`,
    ...(str(info.title) ? { title: str(info.title) } : {}),
    ...(info.version !== undefined ? { version: String(info.version) } : {}),
    ...(str(info.description) ? { description: str(info.description) } : {}),
    servers,
    groups,
    types,
  };
}

/** A schema worth an entry of its own: an object or a composition, not a scalar or a list. */
function isNamedShape(s: SpecObject): boolean {
  return s.type === 'object' || isObject(s.properties) || Array.isArray(s.allOf) || Array.isArray(s.oneOf) || Array.isArray(s.anyOf);
}

/** The resource a path names: its first segment that is neither a version (`v1`, `2.0`) nor a parameter. */
export function resourceOf(path: string): string {
  const segments = path.split('/').filter((x) => x !== '' && !x.startsWith('{') && !/^v?\d+(\.\d+)*$/i.test(x));
  return segments[0] ?? 'Operations';
}

function swaggerServers(root: SpecObject): { url: string }[] {
  const host = str(root.host);
  if (!host) return [];
  const schemes = Array.isArray(root.schemes) && root.schemes.length > 0 ? root.schemes.map(String) : ['https'];
  return schemes.map((s) => ({ url: `${s}://${host}${str(root.basePath) ?? ''}`.replace(/\/$/, '') }));
}

/** A server URL with its variables filled with their defaults. */
function serverUrl(server: SpecObject): string {
  const vars = isObject(server.variables) ? server.variables : {};
  return String(server.url).replace(/\{([^}]+)\}/g, (m, name: string) => {
    const v = vars[name];
    return isObject(v) && v.default !== undefined ? String(v.default) : m;
  });
}

function readOperation(
  files: SpecFiles,
  anchors: Anchors,
  method: string,
  path: string,
  op: SpecObject,
  shared: SpecValue[],
  root: SpecObject,
  baseUrl: string,
  opts: { anchorOf: (name: string) => string | undefined },
  swagger: boolean,
): ApiOperation {
  // Operation parameters override path-level ones with the same name and place.
  const params = new Map<string, SpecObject>();
  for (const raw of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
    const p = files.deref(raw);
    if (isObject(p) && str(p.name)) params.set(`${String(p.in)}:${String(p.name)}`, p);
  }
  const parameters: ApiParameter[] = [];
  let requestBody: ApiOperation['requestBody'];
  const formProps: SpecObject = {};
  let bodySample: SpecValue | undefined;
  let bodyType: string | undefined;
  for (const p of params.values()) {
    if (swagger && p.in === 'body') {
      const consumes = mediaTypes(op.consumes ?? root.consumes, 'application/json');
      requestBody = {
        ...(str(p.description) ? { description: str(p.description) } : {}),
        required: p.required === true,
        contents: consumes.map((mediaType) => ({ mediaType, ...optSchema(schemaTree(files, p.schema, opts)), examples: [] })),
      };
      bodySample = sampleOf(files, p.schema);
      bodyType = consumes[0];
      continue;
    }
    if (swagger && p.in === 'formData') {
      formProps[String(p.name)] = { type: p.type ?? 'string', ...(p.description ? { description: p.description } : {}) };
      continue;
    }
    const schema = swagger ? p : (p.schema ?? (isObject(p.content) ? Object.values(p.content).map((c) => (isObject(c) ? c.schema : undefined))[0] : undefined));
    parameters.push({
      name: String(p.name),
      ...files.atOf(p),
      in: String(p.in ?? 'query'),
      required: p.required === true || p.in === 'path',
      ...(p.deprecated === true ? { deprecated: true } : {}),
      ...(str(p.description) ? { description: str(p.description) } : {}),
      ...optSchema(schemaTree(files, swagger ? ({ ...p, description: undefined } as unknown as SpecObject) : schema, opts)),
    });
  }
  if (Object.keys(formProps).length > 0 && !requestBody) {
    const schema: SpecObject = { type: 'object', properties: formProps };
    requestBody = { required: false, contents: [{ mediaType: 'application/x-www-form-urlencoded', ...optSchema(schemaTree(files, schema, opts)), examples: [] }] };
  }
  if (!swagger) {
    const body = files.deref(op.requestBody);
    if (isObject(body)) {
      const contents = readContents(files, body.content, opts);
      requestBody = { ...(str(body.description) ? { description: str(body.description) } : {}), required: body.required === true, contents };
      const first = isObject(body.content) ? Object.entries(body.content)[0] : undefined;
      if (first) {
        bodyType = first[0];
        const media = files.deref(first[1]);
        bodySample = isObject(media) ? (firstExample(files, media) ?? sampleOf(files, media.schema)) : undefined;
      }
    }
  }
  const responses: ApiResponse[] = [];
  for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
    const r = files.deref(raw);
    if (!isObject(r)) continue;
    const contents = swagger
      ? r.schema !== undefined
        ? mediaTypes(op.produces ?? root.produces, 'application/json').map((mediaType) => ({ mediaType, ...optSchema(schemaTree(files, r.schema, opts)), examples: swaggerExamples(r) }))
        : []
      : readContents(files, r.content, opts);
    const headers: ApiParameter[] = Object.entries(isObject(r.headers) ? r.headers : {}).flatMap(([name, h]) => {
      const o = files.deref(h);
      if (!isObject(o)) return [];
      return [{ name, in: 'header', required: o.required === true, ...(str(o.description) ? { description: str(o.description) } : {}), ...optSchema(schemaTree(files, swagger ? o : o.schema, opts)) }];
    });
    responses.push({ status, ...files.atOf(r), ...(str(r.description) ? { description: str(r.description) } : {}), contents, headers });
  }
  const upper = method.toUpperCase();
  const operationId = str(op.operationId);
  return {
    anchor: anchors.take(method, path),
    method: upper,
    path,
    ...files.atOf(op),
    ...(str(op.summary) ? { summary: str(op.summary) } : {}),
    ...(str(op.description) ? { description: str(op.description) } : {}),
    ...(operationId ? { operationId } : {}),
    deprecated: op.deprecated === true,
    ...securityOf(op.security ?? root.security),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    messages: [],
    example: { label: 'Example request', lang: 'sh', code: curlExample(upper, baseUrl, path, parameters, bodyType, bodySample) },
  };
}

/** An operation's security requirements as `scheme(scope, …)` alternatives, sorted; nothing when there are none written. */
function securityOf(v: SpecValue | undefined): { security?: string[] } {
  if (!Array.isArray(v)) return {};
  const alts = v.flatMap((req) => {
    if (!isObject(req)) return [];
    const parts = Object.entries(req).map(([scheme, scopes]) => `${scheme}(${(Array.isArray(scopes) ? scopes.map(String).sort() : []).join(', ')})`);
    return [parts.sort().join(' + ')];
  });
  return { security: alts.sort() };
}

function optSchema(schema: ApiContent['schema']): { schema?: NonNullable<ApiContent['schema']> } {
  return schema ? { schema } : {};
}

function mediaTypes(v: SpecValue | undefined, fallback: string): string[] {
  return Array.isArray(v) && v.length > 0 ? v.map(String) : [fallback];
}

function swaggerExamples(r: SpecObject): { name?: string; value: string }[] {
  if (!isObject(r.examples)) return [];
  return Object.entries(r.examples).map(([name, v]) => ({ name, value: pretty(v) }));
}

/** The `content` map of a 3.x request body or response. */
function readContents(files: SpecFiles, content: SpecValue | undefined, opts: { anchorOf: (name: string) => string | undefined }): ApiContent[] {
  if (!isObject(content)) return [];
  return Object.entries(content).flatMap(([mediaType, raw]) => {
    const media = files.deref(raw);
    if (!isObject(media)) return [];
    const examples: { name?: string; value: string }[] = [];
    if (media.example !== undefined) examples.push({ value: pretty(media.example) });
    if (isObject(media.examples)) {
      for (const [name, ex] of Object.entries(media.examples)) {
        const e = files.deref(ex);
        if (isObject(e) && e.value !== undefined) examples.push({ name: str(e.summary) ?? name, value: pretty(e.value) });
      }
    }
    return [{ mediaType, ...optSchema(schemaTree(files, media.schema, opts)), examples }];
  });
}

function firstExample(files: SpecFiles, media: SpecObject): SpecValue | undefined {
  if (media.example !== undefined) return media.example;
  if (isObject(media.examples)) {
    for (const ex of Object.values(media.examples)) {
      const e = files.deref(ex);
      if (isObject(e) && e.value !== undefined) return e.value;
    }
  }
  return undefined;
}

/** A value as readable text: JSON pretty-printed, strings as they are. */
export function pretty(v: SpecValue): string {
  return typeof v === 'string' ? v : JSON.stringify(v, null, 2);
}

/** Quotes for a POSIX shell. */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A curl command for an operation: server URL, required query parameters, headers and a sample body. */
export function curlExample(method: string, baseUrl: string, path: string, params: readonly ApiParameter[], bodyType: string | undefined, body: SpecValue | undefined): string {
  const query = params.filter((p) => p.in === 'query' && p.required).map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(p.schema?.example ? JSON.parse(p.schema.example) : `<${p.name}>`)}`);
  const url = `${baseUrl.replace(/\/$/, '')}${path}${query.length ? `?${query.join('&')}` : ''}`;
  const lines = [`curl -X ${method} ${shellQuote(url)}`];
  for (const p of params.filter((x) => x.in === 'header' && x.required)) lines.push(`  -H ${shellQuote(`${p.name}: <${p.name}>`)}`);
  if (bodyType && body !== undefined) {
    lines.push(`  -H ${shellQuote(`Content-Type: ${bodyType}`)}`);
    const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
    lines.push(`  -d ${shellQuote(text)}`);
  }
  return lines.join(' \\\n');
}

export { jsonText };
