/**
 * A GraphQL SDL schema read with graphql-js (the reference implementation): its parser
 * gives syntax errors with line and column; buildASTSchema checks the SDL and
 * validateSchema the type system. Query, Mutation and Subscription fields become
 * operations (one anchored heading each, with arguments, return type, deprecation and an
 * example document); every other named type is listed with its fields, each anchored.
 */
import { createRequire } from 'node:module';
import type { GraphQLArgument, GraphQLField, GraphQLType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, GraphQLError, DocumentNode } from 'graphql';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { ApiGroup, ApiOperation, ApiParameter, ApiReference, ApiType } from './model.ts';
import { Anchors } from './anchors.ts';
import type { PositionMap } from './spec-files.ts';

const require = createRequire(import.meta.url);
let graphqlJs: typeof import('graphql') | undefined;
/** graphql-js, loaded on first use: a content folder without GraphQL APIs never pays its tenth of a second. */
export function gql(): typeof import('graphql') {
  graphqlJs ??= require('graphql') as typeof import('graphql');
  return graphqlJs;
}

/** Brackets nested deeper than this (`[[[…]]]`, `{a: {a: …}}`) make a schema unreadable: graphql-js and the reference recurse on them. */
export const MAX_GRAPHQL_DEPTH = 64;
/** The most tokens graphql-js reads from one schema (its `maxTokens` parse option). */
export const MAX_GRAPHQL_TOKENS = 500_000;

/**
 * Where `text` first nests brackets deeper than `max` (strings and comments aside), as a
 * 1-based line and column, or undefined: checked before parsing, since graphql-js parses
 * (and the reference walks) nested lists and values by recursion.
 */
export function tooDeepAt(text: string, max = MAX_GRAPHQL_DEPTH): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '#') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '"') {
      // Skip a string: a block string to its closing """, any other to its closing quote or the line's end.
      const block = text.startsWith('"""', i);
      let end = block ? text.indexOf('"""', i + 3) : i + 1;
      if (block) end = end < 0 ? text.length : end + 2;
      else while (end < text.length && text[end] !== '"' && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      for (let j = i + 1; j < Math.min(end, text.length); j++) {
        if (text[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      // A line break ends an unclosed string; let the loop count it.
      i = !block && text[end] === '\n' ? end - 1 : end;
    } else if (c === '[' || c === '{' || c === '(') {
      if (++depth > max) return { line, column: i - lineStart + 1 };
    } else if (c === ']' || c === '}' || c === ')') {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** Reads SDL into a reference; a syntax error gives `error` (and a diagnostic), a schema problem a warning. */
export function readGraphql(entityRef: string, text: string, at: PositionMap, anchors: Anchors): { reference: Omit<ApiReference, 'included'>; diagnostics: Diagnostic[] } {
  const { buildASTSchema, GraphQLError, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, isUnionType, parse, validateSchema } = gql();
  const diagnostics: Diagnostic[] = [];
  const empty: Omit<ApiReference, 'included'> = { entityRef, format: 'graphql', formatLabel: 'GraphQL SDL', servers: [], groups: [], types: [] };
  const where = (e: GraphQLError) => {
    const loc = e.locations?.[0];
    return loc ? at(loc.line, loc.column) : at(1, 1);
  };
  const deep = tooDeepAt(text);
  if (deep) {
    const pos = at(deep.line, deep.column);
    const message = `the GraphQL schema nests brackets more than ${MAX_GRAPHQL_DEPTH} deep here, too deep to read`;
    diagnostics.push({ ...pos, severity: 'error', code: 'api/unparseable', message, hint: 'no real schema nests lists or values this deep; flatten it' });
    return { reference: { ...empty, error: { message, ...pos } }, diagnostics };
  }
  let doc: DocumentNode;
  try {
    doc = parse(text, { maxTokens: MAX_GRAPHQL_TOKENS });
  } catch (e) {
    // Only a GraphQLError speaks to a person; anything else (a stack overflow) is said in words.
    const err = e instanceof GraphQLError ? e : new GraphQLError('it is too large or too deeply nested to read');
    const pos = where(err);
    const message = `the GraphQL schema does not parse: ${err.message}`;
    diagnostics.push({ ...pos, severity: 'error', code: 'api/unparseable', message, hint: 'fix the SDL at this position' });
    return { reference: { ...empty, error: { message, ...pos } }, diagnostics };
  }
  let schema: GraphQLSchema;
  try {
    schema = buildASTSchema(doc);
  } catch (e) {
    const err = e instanceof GraphQLError ? e : new GraphQLError('it is too large or too deeply nested to check');
    diagnostics.push({ ...where(err), severity: 'warning', code: 'api/invalid', message: `the GraphQL schema is not valid: ${err.message.split('\n')[0]}`, hint: 'the reference shows what can be read' });
    try {
      schema = buildASTSchema(doc, { assumeValidSDL: true });
    } catch (e2) {
      const message = `the GraphQL schema cannot be built: ${e2 instanceof GraphQLError ? e2.message.split('\n')[0] : 'it is too large or too deeply nested to read'}`;
      const pos = at(1, 1);
      diagnostics.push({ ...pos, severity: 'error', code: 'api/unparseable', message, hint: 'define every type the schema names' });
      return { reference: { ...empty, error: { message, ...pos } }, diagnostics };
    }
  }
  for (const err of validateSchema(schema)) {
    diagnostics.push({ ...where(err), severity: 'warning', code: 'api/invalid', message: `the GraphQL schema is not valid: ${err.message.split('\n')[0]}` });
  }

  // Where a type, field or value is written (file:line), for the change review's API diff.
  const atOf = (node: { loc?: { startToken: { line: number; column: number } } } | null | undefined): { at?: { file: string; line: number } } => {
    const tok = node?.loc?.startToken;
    if (!tok) return {};
    const p = at(tok.line, tok.column);
    return { at: { file: p.file, line: p.line } };
  };
  const typeAnchors = new Map<string, string>();
  const roots: [string, GraphQLObjectType | null | undefined][] = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  const rootNames = new Set(roots.flatMap(([, t]) => (t ? [t.name] : [])));
  const named = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t) && !rootNames.has(t.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const t of named) typeAnchors.set(t.name, anchors.take('type', t.name));

  const args = (list: readonly GraphQLArgument[]): ApiParameter[] =>
    list.map((a) => ({
      name: a.name,
      in: 'argument',
      required: a.type.toString().endsWith('!') && a.defaultValue === undefined,
      ...(a.deprecationReason ? { deprecated: true } : {}),
      ...(a.description ? { description: a.description } : {}),
      schema: { type: a.type.toString(), constraints: a.defaultValue !== undefined ? [`default ${JSON.stringify(a.defaultValue)}`] : [], ...linkOf(a.type, typeAnchors) },
    }));

  const groups: ApiGroup[] = [];
  for (const [label, type] of roots) {
    if (!type) continue;
    const method = label.toUpperCase();
    const operations: ApiOperation[] = Object.values(type.getFields()).map((f: GraphQLField<unknown, unknown>) => ({
      anchor: anchors.take(label, f.name),
      method,
      path: f.name,
      ...atOf(f.astNode),
      ...(f.description ? { description: f.description } : {}),
      deprecated: f.deprecationReason !== undefined && f.deprecationReason !== null,
      ...(f.deprecationReason ? { deprecationReason: f.deprecationReason } : {}),
      parameters: args(f.args),
      responses: [],
      messages: [],
      returns: { type: f.type.toString(), constraints: [], ...linkOf(f.type, typeAnchors) },
      example: { label: 'Example', lang: 'graphql', code: exampleDocument(label.toLowerCase(), f) },
    }));
    groups.push({ name: label, anchor: anchors.take(label.toLowerCase() === 'query' ? 'queries' : label.toLowerCase() === 'mutation' ? 'mutations' : 'subscriptions'), operations });
  }

  const types: ApiType[] = named.map((t) => {
    const anchor = typeAnchors.get(t.name) as string;
    const kind = kindOf(t);
    const out: ApiType = { name: t.name, ...atOf(t.astNode), anchor, kind, ...(t.description ? { description: t.description } : {}), schema: { type: kind, constraints: [] } };
    if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
      out.fields = Object.values(t.getFields()).map((f) => {
        const reason = 'deprecationReason' in f ? f.deprecationReason : undefined;
        return {
          name: f.name,
          ...atOf(f.astNode),
          anchor: anchors.take('field', t.name, f.name),
          type: f.type.toString(),
          ...(f.description ? { description: f.description } : {}),
          ...(reason ? { deprecated: true, deprecationReason: reason } : {}),
          args: 'args' in f ? args(f.args) : [],
        };
      });
    }
    if (isEnumType(t)) {
      out.values = t.getValues().map((v) => ({ name: v.name, ...atOf(v.astNode), ...(v.description ? { description: v.description } : {}), ...(v.deprecationReason ? { deprecated: true, deprecationReason: v.deprecationReason } : {}) }));
    }
    if (isUnionType(t)) out.schema = { type: 'union', constraints: [], variants: { kind: 'one of', options: t.getTypes().map((m) => ({ type: 'object', name: m.name, constraints: [], ...linkOf(m, typeAnchors) })) } };
    return out;
  });
  const description = schema.description ?? undefined;
  return { reference: { ...empty, ...(description ? { description } : {}), groups, types }, diagnostics };
}

function kindOf(t: GraphQLNamedType): string {
  const { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType } = gql();
  if (isObjectType(t)) return 'type';
  if (isInterfaceType(t)) return 'interface';
  if (isInputObjectType(t)) return 'input';
  if (isEnumType(t)) return 'enum';
  if (isUnionType(t)) return 'union';
  if (isScalarType(t)) return 'scalar';
  return 'type';
}

/** A link to the named type's entry, when it has one. */
function linkOf(type: GraphQLType, anchors: Map<string, string>): { name?: string; link?: { name: string; anchor: string } } {
  const { getNamedType } = gql();
  const named = getNamedType(type);
  const anchor = named ? anchors.get(named.name) : undefined;
  return named && anchor ? { link: { name: named.name, anchor } } : {};
}

/** An example document for a root field: its required arguments as variables, its scalar sub-fields selected. */
function exampleDocument(op: string, f: GraphQLField<unknown, unknown>): string {
  const { getNamedType } = gql();
  const required = f.args.filter((a) => a.type.toString().endsWith('!'));
  const vars = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = required.length ? `(${required.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const sel = selection(getNamedType(f.type), 1);
  return `${op}${vars ? ` Example(${vars})` : ''} {\n  ${f.name}${call}${sel ? ` ${sel}` : ''}\n}`;
}

function selection(t: GraphQLNamedType | undefined, depth: number): string {
  const { getNamedType, isEnumType, isInterfaceType, isObjectType, isScalarType } = gql();
  if (!t || !(isObjectType(t) || isInterfaceType(t))) return '';
  const pad = '  '.repeat(depth + 1);
  const fields = Object.values(t.getFields()).filter((x) => {
    const n = getNamedType(x.type);
    return (isScalarType(n) || isEnumType(n)) && !x.deprecationReason && x.args.every((a) => !a.type.toString().endsWith('!'));
  });
  const names = (fields.length ? fields : Object.values(t.getFields()).slice(0, 1)).slice(0, 8).map((x) => x.name);
  if (fields.length === 0) return '{ __typename }';
  return `{\n${names.map((n) => `${pad}${n}`).join('\n')}\n${'  '.repeat(depth)}}`;
}
