/**
 * The rendered-reference model: what every API format (OpenAPI, AsyncAPI, GraphQL) is
 * turned into at build time, and what the components under src/components/api/ draw.
 * Plain, JSON-serialisable data; descriptions are Markdown (rendered through
 * src/core/markdown.ts by the components, which sanitises them).
 */

/** Where a part of a definition is written (file:line), for the change review's API diff. */
export interface SourceAt {
  file: string;
  line: number;
}

/** One node of a schema tree: a type with what a reader needs to fill it in. */
export interface SchemaNode {
  /** Where this schema is written. */
  at?: SourceAt;
  /** The name a $ref gives it (`Order`), shown beside the type. */
  name?: string;
  /** What it is, for people: `string`, `object`, `array of Order`, `integer | null`. */
  type: string;
  format?: string;
  description?: string;
  /** Allowed values, as JSON text. */
  enum?: string[];
  /** The default, as JSON text. */
  default?: string;
  /** An example, as JSON text. */
  example?: string;
  /** Limits and flags, in words: `min 1`, `pattern ^[A-Z]{3}$`, `read-only`. */
  constraints: string[];
  deprecated?: boolean;
  properties?: SchemaProperty[];
  /** The schema of an array's items. */
  items?: SchemaNode;
  /** `additionalProperties` of a map. */
  values?: SchemaNode;
  /** oneOf / anyOf alternatives. */
  variants?: { kind: 'one of' | 'any of'; options: SchemaNode[] };
  /** Set when this schema is one of its own ancestors: shown as a link, not expanded again. */
  recursive?: { name: string; anchor?: string };
  /** A link to the named type's own entry (GraphQL types), shown on the type. */
  link?: { name: string; anchor: string };
  /** Set when the tree was cut here to keep the page small. */
  truncated?: boolean;
}

/** A property of an object schema. */
export interface SchemaProperty {
  name: string;
  required: boolean;
  schema: SchemaNode;
}

/** A payload in one media type (request or response body, message payload). */
export interface ApiContent {
  mediaType: string;
  schema?: SchemaNode;
  /** Examples as text (JSON pretty-printed), with their names. */
  examples: { name?: string; value: string }[];
}

/** A parameter of an operation (path, query, header, cookie) or a GraphQL argument. */
export interface ApiParameter {
  name: string;
  /** Where it is written. */
  at?: SourceAt;
  in: string;
  required: boolean;
  deprecated?: boolean;
  description?: string;
  schema?: SchemaNode;
}

/** A response of an operation. */
export interface ApiResponse {
  status: string;
  /** Where it is written. */
  at?: SourceAt;
  description?: string;
  contents: ApiContent[];
  headers: ApiParameter[];
}

/** An AsyncAPI message. */
export interface ApiMessage {
  name: string;
  /** Where it is written. */
  at?: SourceAt;
  title?: string;
  summary?: string;
  description?: string;
  contentType?: string;
  payload?: SchemaNode;
  headers?: SchemaNode;
  examples: { name?: string; value: string }[];
}

/** One operation, channel operation or GraphQL root field: one heading with a stable anchor. */
export interface ApiOperation {
  /** The heading's id, stable across rebuilds (from method + path, channel, or field). */
  anchor: string;
  /** `GET`, `POST`, `SEND`, `RECEIVE`, `PUBLISH`, `SUBSCRIBE`, `QUERY`, `MUTATION`, `SUBSCRIPTION`. */
  method: string;
  /** The path, channel address or field name. */
  path: string;
  /** Where it is written (the operation's map, the GraphQL field's line). */
  at?: SourceAt;
  summary?: string;
  description?: string;
  operationId?: string;
  deprecated: boolean;
  /** OpenAPI security: the accepted alternatives, each `scheme(scope, …)` joined by ` + ` (`[]` means open; absent when the definition says nothing). */
  security?: string[];
  /** Why it is deprecated (GraphQL's `reason`). */
  deprecationReason?: string;
  parameters: ApiParameter[];
  requestBody?: { description?: string; required: boolean; contents: ApiContent[] };
  responses: ApiResponse[];
  messages: ApiMessage[];
  /** GraphQL: the type the field returns. */
  returns?: SchemaNode;
  /** An example request: curl for HTTP, the GraphQL document for GraphQL. */
  example?: { label: string; lang: string; code: string };
}

/** Operations under one tag (OpenAPI), channel (AsyncAPI) or root type (GraphQL). */
export interface ApiGroup {
  name: string;
  /** Where it is written (an AsyncAPI channel). */
  at?: SourceAt;
  anchor: string;
  description?: string;
  operations: ApiOperation[];
}

/** A named type the reference lists on its own (components/schemas, GraphQL types). */
export interface ApiType {
  name: string;
  /** Where it is written. */
  at?: SourceAt;
  anchor: string;
  /** `object`, `enum`, `input`, `interface`, `union`, `scalar`, or a schema's type. */
  kind: string;
  description?: string;
  schema: SchemaNode;
  /** GraphQL object/interface/input fields, each with its own anchor. */
  fields?: { name: string; at?: SourceAt; anchor: string; type: string; description?: string; deprecated?: boolean; deprecationReason?: string; args: ApiParameter[] }[];
  /** GraphQL enum values. */
  values?: { name: string; at?: SourceAt; description?: string; deprecated?: boolean; deprecationReason?: string }[];
}

/** The rendered reference of one API. */
export interface ApiReference {
  entityRef: string;
  format: 'openapi' | 'asyncapi' | 'graphql';
  /** `OpenAPI 3.1.0`, `Swagger 2.0`, `AsyncAPI 3.0.0`, `GraphQL SDL`. */
  formatLabel: string;
  title?: string;
  version?: string;
  description?: string;
  servers: { url: string; description?: string; protocol?: string }[];
  groups: ApiGroup[];
  types: ApiType[];
  /** The parser's message when the definition does not parse (the page shows it). */
  error?: { message: string; file: string; line: number; column: number };
  /** Display paths of the files the definition's $refs read. */
  included: string[];
}
