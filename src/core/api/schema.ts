/**
 * A JSON Schema (OpenAPI's Schema Object, AsyncAPI's payloads) turned into a readable
 * tree: types, required, enums, formats, defaults, descriptions, limits. `$ref`s resolve
 * through SpecFiles. A named schema (one the reference lists on its own) is expanded at the
 * root of a tree only: below it, a `$ref` to it is a link to its entry, so each named schema
 * is rendered once and a large API's pages do not repeat it under every operation (a schema
 * in a file of its own, as split definitions have, is named by its file). A schema
 * that contains itself becomes a link too, never an endless tree; a tree that grows past a
 * budget is cut with a note, so one huge schema cannot make the page unusable.
 */
import { SpecFiles, type SpecObject, type SpecValue } from './spec-files.ts';
import type { SchemaNode } from './model.ts';

/** How deep a tree goes before it is cut (each level is a collapsible block). */
export const MAX_SCHEMA_DEPTH = 8;
/** How many nodes one tree may have before it is cut. */
export const MAX_SCHEMA_NODES = 400;

/** Options: how to name the anchor of a named schema (for recursive links). */
export interface SchemaOptions {
  anchorOf?: (name: string) => string | undefined;
  /**
   * The anchor of a schema another file holds (`$ref: models/droplet.yml`), when the
   * reference lists it on its own entry; undefined to expand it in place.
   */
  anchorOfFile?: (target: SpecObject, name: string) => string | undefined;
}

const isObject = (v: unknown): v is SpecObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Compact JSON text of a value for display (strings without quotes in enums stay quoted). */
export function jsonText(v: SpecValue | undefined): string {
  return JSON.stringify(v) ?? 'null';
}

/** Builds the tree of `schema` (which may be a `$ref`). */
export function schemaTree(files: SpecFiles, schema: SpecValue | undefined, options: SchemaOptions = {}): SchemaNode | undefined {
  let budget = MAX_SCHEMA_NODES;
  const stack: object[] = [];

  const build = (raw: SpecValue | undefined, depth: number): SchemaNode => {
    const ref = SpecFiles.refOf(raw);
    const name = ref === undefined ? undefined : SpecFiles.refName(ref);
    const s = files.deref(raw);
    if (ref !== undefined && s === undefined) return { type: 'unresolved', name: ref, constraints: [`$ref ${ref} could not be read`] };
    // Below the root, a named schema is a link to its own entry, not a copy of it.
    const named =
      depth > 0 && name !== undefined && isObject(s) ? (ref?.startsWith('#') ? options.anchorOf?.(name) : options.anchorOfFile?.(s, name)) : undefined;
    if (named !== undefined && isObject(s)) return { type: typeLabel(s), name, constraints: [], link: { name: name as string, anchor: named } };
    if (!isObject(s)) return { type: s === true || s === undefined ? 'any' : s === false ? 'nothing' : 'any', constraints: [], ...(name ? { name } : {}) };
    if (stack.includes(s)) {
      const label = name ?? (typeof s.title === 'string' ? s.title : 'the schema above');
      const anchor = name ? options.anchorOf?.(name) : undefined;
      return { type: typeLabel(s), name: label, constraints: [], recursive: { name: label, ...(anchor ? { anchor } : {}) } };
    }
    budget--;
    const node: SchemaNode = { ...files.atOf(s), type: typeLabel(s), constraints: [] };
    if (name) node.name = name;
    else if (typeof s.title === 'string') node.name = s.title;
    if (budget <= 0 || depth > MAX_SCHEMA_DEPTH) {
      node.truncated = true;
      return node;
    }
    stack.push(s);
    try {
      fill(node, s, depth);
    } finally {
      stack.pop();
    }
    return node;
  };

  const fill = (node: SchemaNode, s: SpecObject, depth: number): void => {
    if (typeof s.format === 'string') node.format = s.format;
    if (typeof s.description === 'string') node.description = s.description;
    if (Array.isArray(s.enum)) node.enum = s.enum.map(jsonText);
    else if (s.const !== undefined) node.enum = [jsonText(s.const)];
    if (s.default !== undefined) node.default = jsonText(s.default);
    const ex = s.example !== undefined ? s.example : Array.isArray(s.examples) ? s.examples[0] : undefined;
    if (ex !== undefined) node.example = jsonText(ex);
    if (s.deprecated === true) node.deprecated = true;
    node.constraints = constraints(s);
    // allOf: the parts' properties and required lists merged into one object.
    const parts = Array.isArray(s.allOf) ? s.allOf : [];
    const props: SpecObject = Object.create(null) as SpecObject;
    const required = new Set<string>();
    const addFrom = (o: SpecObject): void => {
      if (isObject(o.properties)) for (const [k, v] of Object.entries(o.properties)) props[k] = v;
      if (Array.isArray(o.required)) for (const r of o.required) if (typeof r === 'string') required.add(r);
    };
    for (const part of parts) {
      const p = files.deref(part);
      if (isObject(p) && !stack.includes(p)) {
        stack.push(p);
        if (!node.description && typeof p.description === 'string') node.description = p.description;
        addFrom(p);
        stack.pop();
      }
    }
    addFrom(s);
    const names = Object.keys(props);
    if (names.length > 0) {
      node.properties = names.map((k) => ({ name: k, required: required.has(k), schema: build(props[k], depth + 1) }));
      if (node.type === 'any') node.type = 'object';
    }
    if (s.items !== undefined && !Array.isArray(s.items)) {
      node.items = build(s.items, depth + 1);
      node.type = `array of ${node.items.name ?? node.items.type}`;
    }
    if (isObject(s.additionalProperties) || s.additionalProperties === true) {
      node.values = build(s.additionalProperties, depth + 1);
      if (!node.properties) node.type = `map of ${node.values.name ?? node.values.type}`;
    }
    for (const kind of ['oneOf', 'anyOf'] as const) {
      const list = s[kind];
      if (Array.isArray(list) && list.length > 0) {
        node.variants = { kind: kind === 'oneOf' ? 'one of' : 'any of', options: list.map((o) => build(o, depth + 1)) };
        if (node.type === 'any') node.type = `${kind === 'oneOf' ? 'one of' : 'any of'} ${list.length}`;
      }
    }
  };

  return schema === undefined ? undefined : build(schema, 0);
}

/** The type of a schema in words (`string`, `integer | null`, `object`). */
function typeLabel(s: SpecObject): string {
  const t = s.type;
  let label: string;
  if (typeof t === 'string') label = t;
  else if (Array.isArray(t)) label = t.map(String).join(' | ');
  else if (s.properties !== undefined || s.additionalProperties !== undefined || s.allOf !== undefined) label = 'object';
  else if (s.items !== undefined) label = 'array';
  else if (Array.isArray(s.enum) && s.enum.length > 0) label = typeof s.enum[0] === 'number' ? 'number' : 'string';
  else label = 'any';
  if (s.nullable === true && !label.includes('null')) label += ' | null';
  return label;
}

/** Limits and flags in words. */
function constraints(s: SpecObject): string[] {
  const out: string[] = [];
  const num = (k: string, words: string): void => {
    const v = s[k];
    if (typeof v === 'number') out.push(`${words} ${v}`);
    else if (v === true && (k === 'exclusiveMinimum' || k === 'exclusiveMaximum')) out.push(k === 'exclusiveMinimum' ? 'exclusive minimum' : 'exclusive maximum');
  };
  num('minimum', 'min');
  num('exclusiveMinimum', 'greater than');
  num('maximum', 'max');
  num('exclusiveMaximum', 'less than');
  num('minLength', 'min length');
  num('maxLength', 'max length');
  num('minItems', 'min items');
  num('maxItems', 'max items');
  num('multipleOf', 'multiple of');
  if (typeof s.pattern === 'string') out.push(`pattern ${s.pattern}`);
  if (s.uniqueItems === true) out.push('unique items');
  if (s.readOnly === true) out.push('read-only');
  if (s.writeOnly === true) out.push('write-only');
  return out;
}

/** How many values an example made from a schema may hold before it is cut. */
export const MAX_SAMPLE_NODES = 200;
/** How deep an example made from a schema goes before it is cut. */
export const MAX_SAMPLE_DEPTH = 6;
/** What stands where an example was cut, so a reader sees that it was. */
export const SAMPLE_CUT = '… (cut: the schema is too large for a whole example)';

/**
 * An example value for a schema: its example, default, first enum value, or one made from
 * its type. A schema whose `$ref`s fan out (20 properties a level, seven levels: a billion
 * values) is cut at MAX_SAMPLE_NODES values or MAX_SAMPLE_DEPTH levels, with SAMPLE_CUT in
 * the example and an `api/example-truncated` warning where the schema is written.
 */
export function sampleOf(files: SpecFiles, schema: SpecValue | undefined): SpecValue {
  const stack: object[] = [];
  let budget = MAX_SAMPLE_NODES;
  let cut = false;
  const make = (raw: SpecValue | undefined, depth: number): SpecValue => {
    const s = files.deref(raw);
    if (!isObject(s) || stack.includes(s)) return null;
    if (s.example !== undefined) return s.example;
    if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0] ?? null;
    if (s.default !== undefined) return s.default;
    if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0] ?? null;
    if (s.const !== undefined) return s.const;
    if (depth > MAX_SAMPLE_DEPTH || budget <= 0) {
      cut = true;
      return SAMPLE_CUT;
    }
    budget--;
    stack.push(s);
    try {
      const variants = (Array.isArray(s.oneOf) && s.oneOf) || (Array.isArray(s.anyOf) && s.anyOf);
      if (variants && variants.length > 0) return make(variants[0], depth + 1);
      const props: [string, SpecValue][] = [];
      for (const part of Array.isArray(s.allOf) ? s.allOf : []) {
        const p = files.deref(part);
        if (isObject(p) && isObject(p.properties)) props.push(...Object.entries(p.properties));
      }
      if (isObject(s.properties)) props.push(...Object.entries(s.properties));
      const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
      if (props.length > 0 || type === 'object') {
        const out: SpecObject = {};
        for (const [k, v] of props) {
          if (budget <= 0) {
            cut = true;
            out['…'] = SAMPLE_CUT;
            break;
          }
          const p = files.deref(v);
          if (isObject(p) && p.readOnly === true) continue;
          out[k] = make(v, depth + 1);
        }
        return out;
      }
      if (type === 'array') return s.items !== undefined ? [make(s.items, depth + 1)] : [];
      if (type === 'integer' || type === 'number') return typeof s.minimum === 'number' ? s.minimum : 0;
      if (type === 'boolean') return true;
      if (type === 'string') return stringSample(typeof s.format === 'string' ? s.format : undefined);
      return null;
    } finally {
      stack.pop();
    }
  };
  const value = make(schema, 0);
  if (cut && isObject(schema)) {
    files.warn(
      schema,
      'api/example-truncated',
      `the example made from this schema was cut at ${MAX_SAMPLE_NODES} values or ${MAX_SAMPLE_DEPTH} levels deep; the reference shows "${SAMPLE_CUT}" where it stops`,
      'give the request body an `example:` of its own',
    );
  }
  return value;
}

function stringSample(format: string | undefined): string {
  switch (format) {
    case 'date-time':
      return '2026-01-15T09:30:00Z';
    case 'date':
      return '2026-01-15';
    case 'email':
      return 'someone@example.com';
    case 'uuid':
      return '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    case 'uri':
    case 'url':
      return 'https://example.com';
    default:
      return 'string';
  }
}
