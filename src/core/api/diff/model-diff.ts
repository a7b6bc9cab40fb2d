/**
 * OpenAPI and AsyncAPI diffs on the project's own reference model (src/core/api/model.ts),
 * the one the reference pages render: it already resolves `$ref`s across files, merges
 * `allOf`, follows Swagger 2.0's body parameters and AsyncAPI 2.x/3.0 alike, and now knows
 * where each part is written. So one diff serves all five formats, and every change has a
 * file:line. The rules (which side of the wire decides what breaks) are in
 * manual/change-review.md, "Breaking API changes".
 */
import type { ApiContent, ApiGroup, ApiMessage, ApiOperation, ApiParameter, ApiReference, ApiResponse, SchemaNode, SourceAt } from '../model.ts';
import { capChanges, type ApiChange, type ApiChangeLevel, type ApiDiff } from './types.ts';

/** Which way data flows: what clients send (request) or what they receive (response, messages). */
type Side = 'request' | 'response';

class Collector {
  readonly changes: ApiChange[] = [];
  /** Named schemas by anchor, before and after: a link in a tree is diffed as the schema it names. */
  readonly typesBefore: Map<string, SchemaNode>;
  readonly typesAfter: Map<string, SchemaNode>;
  /** Links being followed (a schema that contains itself is not followed again). */
  readonly following = new Set<string>();
  /** Set when an operation reaches a named schema that changed (for "other details changed"). */
  linkedChanged = false;
  private readonly text = new Map<SchemaNode, string>();
  constructor(before?: ApiReference, after?: ApiReference) {
    this.typesBefore = new Map((before?.types ?? []).map((t) => [t.anchor, t.schema]));
    this.typesAfter = new Map((after?.types ?? []).map((t) => [t.anchor, t.schema]));
  }
  /** The schema without positions, once per schema (named schemas are compared for every operation that links them). */
  same(a: SchemaNode, b: SchemaNode): boolean {
    const t = (n: SchemaNode): string => this.text.get(n) ?? (this.text.set(n, stripped(n)), this.text.get(n) as string);
    return t(a) === t(b);
  }
  add(level: ApiChangeLevel, code: string, target: string, message: string, at: SourceAt | undefined, old = false): void {
    this.changes.push({ level, code, target, message, ...(at ? { file: at.file, line: at.line } : {}), ...(old ? { old: true } : {}) });
  }
}

/** The operation's key: method and path, and for AsyncAPI the operation id (a channel may carry several). */
function opKey(ref: ApiReference, op: ApiOperation): string {
  return ref.format === 'asyncapi' ? `${op.method} ${op.operationId ?? op.path}` : `${op.method} ${op.path}`;
}

/** The operation's name in the review: `GET /payments`, `RECEIVE onShipmentBooked`. */
export function operationName(ref: ApiReference, op: ApiOperation): string {
  return ref.format === 'asyncapi' ? `${op.method} ${op.operationId ?? op.path}` : `${op.method} ${op.path}`;
}

const operations = (ref: ApiReference): Map<string, ApiOperation> => {
  const out = new Map<string, ApiOperation>();
  for (const g of ref.groups) for (const op of g.operations) if (!out.has(opKey(ref, op))) out.set(opKey(ref, op), op);
  return out;
};

/** The model without positions and anchors, to tell "something else changed" (descriptions, examples). */
function stripped(v: unknown): string {
  return JSON.stringify(v, (k, x: unknown) => (k === 'at' || k === 'anchor' ? undefined : x));
}

/** Compares two versions of an OpenAPI or AsyncAPI reference. */
export function diffModels(before: ApiReference, after: ApiReference): ApiDiff {
  const c = new Collector(before, after);
  const api = after.title ?? before.title ?? 'the API';
  // Servers.
  const newUrls = new Set(after.servers.map((s) => s.url));
  const oldUrls = new Set(before.servers.map((s) => s.url));
  for (const s of before.servers) if (!newUrls.has(s.url)) c.add('breaking', 'server-removed', s.url, `server ${s.url} is removed`, undefined, true);
  for (const s of after.servers) if (!oldUrls.has(s.url)) c.add('non-breaking', 'server-added', s.url, `server ${s.url} is added`, undefined);
  // AsyncAPI channels.
  if (after.format === 'asyncapi') {
    const channels = (r: ApiReference) => new Map<string, ApiGroup>(r.groups.map((g) => [g.name, g]));
    const a = channels(before);
    const b = channels(after);
    for (const [name, g] of a) if (!b.has(name)) c.add('breaking', 'channel-removed', name, `channel ${name} is removed`, g.at, true);
    for (const [name, g] of b) if (!a.has(name)) c.add('non-breaking', 'channel-added', name, `channel ${name} is added`, g.at);
  }
  const a = operations(before);
  const b = operations(after);
  for (const [key, op] of a) {
    if (!b.has(key)) c.add('breaking', 'operation-removed', operationName(before, op), `${operationName(before, op)} is removed from ${api}`, op.at, true);
  }
  for (const [key, op] of b) {
    const was = a.get(key);
    if (!was) {
      c.add('non-breaking', 'operation-added', operationName(after, op), `${operationName(after, op)} is added`, op.at);
      continue;
    }
    const n = c.changes.length;
    c.linkedChanged = false;
    diffOperation(c, operationName(after, op), was, op, after.format === 'asyncapi' ? 'response' : 'request');
    if (c.changes.length === n && (c.linkedChanged || stripped(was) !== stripped(op))) {
      c.add('non-breaking', 'operation-changed', operationName(after, op), `${operationName(after, op)}: descriptions, examples or other details changed`, op.at);
    }
  }
  return capChanges(c.changes);
}

function diffOperation(c: Collector, name: string, was: ApiOperation, op: ApiOperation, messageSide: Side): void {
  if (!was.deprecated && op.deprecated) c.add('deprecation', 'operation-deprecated', name, `${name} is deprecated${op.deprecationReason ? `: ${op.deprecationReason}` : ''}`, op.at);
  diffSecurity(c, name, was, op);
  diffParameters(c, name, was.parameters, op.parameters, op.at);
  // Request body.
  if (!was.requestBody && op.requestBody?.required) c.add('breaking', 'request-body-added', name, `${name} now requires a request body`, op.at);
  else if (was.requestBody && op.requestBody) {
    if (!was.requestBody.required && op.requestBody.required) c.add('breaking', 'request-body-required', name, `${name}: the request body is now required`, op.at);
    diffContents(c, `${name} request body`, was.requestBody.contents, op.requestBody.contents, 'request', op.at);
  }
  // Responses.
  const responses = (list: readonly ApiResponse[]) => new Map(list.map((r) => [r.status, r]));
  const ra = responses(was.responses);
  const rb = responses(op.responses);
  for (const [status, r] of ra) if (!rb.has(status)) c.add('breaking', 'response-removed', name, `${name}: response ${status} is removed`, r.at ?? was.at, true);
  for (const [status, r] of rb) {
    const before = ra.get(status);
    if (!before) {
      c.add('non-breaking', 'response-added', name, `${name}: response ${status} is added`, r.at ?? op.at);
      continue;
    }
    diffContents(c, `${name} response ${status}`, before.contents, r.contents, 'response', r.at ?? op.at);
    const ha = new Map(before.headers.map((h) => [h.name.toLowerCase(), h]));
    for (const h of r.headers) ha.delete(h.name.toLowerCase());
    for (const h of ha.values()) c.add('breaking', 'response-header-removed', name, `${name}: response ${status} header ${h.name} is removed`, h.at ?? before.at, true);
  }
  // AsyncAPI messages.
  const messages = (list: readonly ApiMessage[]) => new Map(list.map((m) => [m.name, m]));
  const ma = messages(was.messages);
  const mb = messages(op.messages);
  for (const [mname, m] of ma) if (!mb.has(mname)) c.add('breaking', 'message-removed', name, `${name}: message ${mname} is removed`, m.at ?? was.at, true);
  for (const [mname, m] of mb) {
    const before = ma.get(mname);
    if (!before) c.add('non-breaking', 'message-added', name, `${name}: message ${mname} is added`, m.at ?? op.at);
    else {
      if (before.contentType && m.contentType && before.contentType !== m.contentType) c.add('breaking', 'content-type-changed', name, `${name}: message ${mname} content type ${before.contentType} → ${m.contentType}`, m.at ?? op.at);
      diffSchema(c, name, `message ${mname} payload`, before.payload, m.payload, messageSide, m.at ?? op.at);
      diffSchema(c, name, `message ${mname} headers`, before.headers, m.headers, messageSide, m.at ?? op.at);
    }
  }
}

/** Security tightened: an alternative clients used is gone or asks for more, or an open operation now needs credentials. */
function diffSecurity(c: Collector, name: string, was: ApiOperation, op: ApiOperation): void {
  const before = was.security ?? [];
  const after = op.security ?? [];
  const open = (l: readonly string[]) => l.length === 0 || l.includes('');
  if (open(before) && !open(after)) {
    c.add('breaking', 'security-added', name, `${name} now requires ${after.join(' or ')}`, op.at);
    return;
  }
  if (open(before)) return;
  const gone = before.filter((s) => !after.includes(s) && !open(after));
  if (gone.length) c.add('breaking', 'security-tightened', name, `${name}: security ${before.join(' or ')} → ${after.join(' or ')}`, op.at);
}

function diffParameters(c: Collector, name: string, was: readonly ApiParameter[], now: readonly ApiParameter[], opAt: SourceAt | undefined): void {
  const key = (p: ApiParameter) => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
  const a = new Map(was.map((p) => [key(p), p]));
  const b = new Map(now.map((p) => [key(p), p]));
  for (const [k, p] of a) if (!b.has(k)) c.add('breaking', 'parameter-removed', name, `${name}: ${p.in} parameter ${p.name} is removed`, p.at ?? opAt, true);
  for (const [k, p] of b) {
    const before = a.get(k);
    const at = p.at ?? opAt;
    if (!before) {
      if (p.required) c.add('breaking', 'required-parameter-added', name, `${name}: required ${p.in} parameter ${p.name} is added`, at);
      else c.add('non-breaking', 'parameter-added', name, `${name}: optional ${p.in} parameter ${p.name} is added`, at);
      continue;
    }
    if (!before.required && p.required) c.add('breaking', 'parameter-required', name, `${name}: ${p.in} parameter ${p.name} is now required`, at);
    if (!before.deprecated && p.deprecated) c.add('deprecation', 'parameter-deprecated', name, `${name}: ${p.in} parameter ${p.name} is deprecated`, at);
    diffSchema(c, name, `${p.in} parameter ${p.name}`, before.schema, p.schema, 'request', at);
  }
}

function diffContents(c: Collector, label: string, was: readonly ApiContent[], now: readonly ApiContent[], side: Side, at: SourceAt | undefined): void {
  const name = label.replace(/ (request body|response \S+)$/, '');
  const where = label.slice(name.length + 1);
  const b = new Map(now.map((x) => [x.mediaType, x]));
  for (const x of was) {
    const y = b.get(x.mediaType);
    if (!y) c.add('breaking', 'content-type-removed', name, `${name}: ${where} content type ${x.mediaType} is removed`, at, true);
    else diffSchema(c, name, `${where} (${x.mediaType})`, x.schema, y.schema, side, y.schema?.at ?? at);
  }
}

/** The type without nullability, to tell a real change from a widening (`string` → `string | null` on a request). */
const baseType = (t: string): string => t.replace(/\s*\|\s*null\b/g, '').trim();

/** Compares two schema trees, following properties, items and map values. */
function diffSchema(c: Collector, name: string, where: string, was: SchemaNode | undefined, now: SchemaNode | undefined, side: Side, at: SourceAt | undefined, path = ''): void {
  // A link to a named schema (its own entry on the reference) is compared as that schema.
  const wasNamed = was?.link ? c.typesBefore.get(was.link.anchor) : undefined;
  const nowNamed = now?.link ? c.typesAfter.get(now.link.anchor) : undefined;
  if (wasNamed || nowNamed) {
    const a = wasNamed ?? was;
    const b = nowNamed ?? now;
    if (!a || !b) return;
    if (c.same(a, b)) return;
    c.linkedChanged = true;
    const key = `${was?.link?.anchor ?? ''}|${now?.link?.anchor ?? ''}|${side}`;
    if (c.following.has(key)) return;
    c.following.add(key);
    try {
      diffSchema(c, name, where, a, b, side, at, path);
    } finally {
      c.following.delete(key);
    }
    return;
  }
  if (!was || !now || was.recursive || now.recursive || was.truncated || now.truncated) return;
  const here = now.at ?? at;
  const label = `${where}${path ? ` › ${path}` : ''}`;
  if (was.type !== 'any' && was.type !== now.type) {
    const widened = side === 'request' ? baseType(was.type) === baseType(now.type) && now.type.includes('null') : baseType(was.type) === baseType(now.type) && was.type.includes('null');
    if (!widened) c.add('breaking', 'type-changed', name, `${name}: ${label} type ${was.type} → ${now.type}`, here);
    else c.add('non-breaking', 'type-widened', name, `${name}: ${label} type ${was.type} → ${now.type}`, here);
    return;
  }
  if ((was.format ?? '') !== (now.format ?? '') && was.format) c.add('breaking', 'type-changed', name, `${name}: ${label} format ${was.format} → ${now.format ?? 'none'}`, here);
  if (side === 'request') {
    const added = now.constraints.filter((x) => !was.constraints.includes(x));
    if (added.length) c.add('breaking', 'type-narrowed', name, `${name}: ${label} now has ${added.join(', ')}`, here);
  }
  if (was.enum || now.enum) {
    const a = new Set(was.enum ?? []);
    const b = new Set(now.enum ?? []);
    const removed = [...a].filter((v) => !b.has(v));
    const added = [...b].filter((v) => !a.has(v));
    if (!was.enum && now.enum) {
      if (side === 'request') c.add('breaking', 'type-narrowed', name, `${name}: ${label} now only accepts ${now.enum.join(', ')}`, here);
    } else if (now.enum) {
      if (removed.length) c.add(side === 'request' ? 'breaking' : 'non-breaking', 'enum-value-removed', name, `${name}: ${label} no longer ${side === 'request' ? 'accepts' : 'returns'} ${removed.join(', ')}`, here);
      if (added.length) c.add(side === 'response' ? 'breaking' : 'non-breaking', 'enum-value-added', name, `${name}: ${label} ${side === 'response' ? 'may now return' : 'now accepts'} ${added.join(', ')}`, here);
    }
  }
  if (!was.deprecated && now.deprecated && path) c.add('deprecation', 'property-deprecated', name, `${name}: ${label} is deprecated`, here);
  const a = new Map((was.properties ?? []).map((p) => [p.name, p]));
  const b = new Map((now.properties ?? []).map((p) => [p.name, p]));
  for (const [pname, p] of a) {
    if (!b.has(pname)) c.add('breaking', 'property-removed', name, `${name}: ${where} property ${path ? `${path}.` : ''}${pname} is removed`, p.schema.at ?? was.at ?? at, true);
  }
  for (const [pname, p] of b) {
    const sub = path ? `${path}.${pname}` : pname;
    const before = a.get(pname);
    const pat = p.schema.at ?? here;
    if (!before) {
      if (p.required && side === 'request') c.add('breaking', 'required-property-added', name, `${name}: required ${where} property ${sub} is added`, pat);
      else c.add('non-breaking', 'property-added', name, `${name}: ${where} property ${sub} is added`, pat);
      continue;
    }
    if (side === 'request' && !before.required && p.required) c.add('breaking', 'property-required', name, `${name}: ${where} property ${sub} is now required`, pat);
    if (side === 'response' && before.required && !p.required) c.add('breaking', 'property-optional', name, `${name}: ${where} property ${sub} may now be missing`, pat);
    diffSchema(c, name, where, before.schema, p.schema, side, pat, sub);
  }
  if (was.items && now.items) diffSchema(c, name, where, was.items, now.items, side, here, `${path}[]`);
  if (was.values && now.values) diffSchema(c, name, where, was.values, now.values, side, here, `${path}{}`);
}
