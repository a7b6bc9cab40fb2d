/**
 * Named schemas are links in an operation's tree (each rendered once on the reference), so
 * the diff follows a link to the schema it names: a change inside it is a change of every
 * operation that uses it. Split definitions made this common (#26: each of DigitalOcean's
 * schema files is now a named schema).
 */
import { describe, expect, it } from 'vitest';
import type { ApiReference, SchemaNode } from '../model.ts';
import { diffModels } from './model-diff.ts';

const droplet = (required: boolean, size: string): SchemaNode => ({
  type: 'object',
  constraints: [],
  properties: [
    { name: 'name', required: true, schema: { type: 'string', constraints: [] } },
    { name: 'size', required, schema: { type: size, constraints: [] } },
    // A schema that contains itself is not followed for ever.
    { name: 'parent', required: false, schema: { type: 'object', name: 'droplet', constraints: [], link: { name: 'droplet', anchor: 'schema-droplet' } } },
  ],
});

const reference = (schema: SchemaNode): ApiReference => ({
  entityRef: 'api:default/droplets',
  format: 'openapi',
  formatLabel: 'OpenAPI 3.0.0',
  servers: [],
  included: [],
  types: [{ name: 'droplet', anchor: 'schema-droplet', kind: 'object', schema }],
  groups: [
    {
      name: 'Droplets',
      anchor: 'tag-droplets',
      operations: ['post', 'get'].map((method) => ({
        anchor: `${method}-droplets`,
        method: method.toUpperCase(),
        path: '/droplets',
        deprecated: false,
        parameters: [],
        messages: [],
        ...(method === 'post' ? { requestBody: { required: true, contents: [{ mediaType: 'application/json', examples: [], schema: { type: 'object', constraints: [], properties: [{ name: 'droplet', required: true, schema: { type: 'object', name: 'droplet', constraints: [], link: { name: 'droplet', anchor: 'schema-droplet' } } }] } }] } } : {}),
        responses: [{ status: '200', contents: [{ mediaType: 'application/json', examples: [], schema: { type: 'array', constraints: [], items: { type: 'object', name: 'droplet', constraints: [], link: { name: 'droplet', anchor: 'schema-droplet' } } } }], headers: [] }],
      })),
    },
  ],
});

describe('diffs of operations whose schemas link to a named schema', () => {
  it('finds a change inside the linked schema under each operation, by the side of the wire', () => {
    const diff = diffModels(reference(droplet(false, 'string')), reference(droplet(true, 'integer')));
    // POST sends it (now required: breaking) and returns it; GET returns it.
    expect(diff.changes.map((c) => `${c.level} ${c.code} ${c.target}`)).toEqual([
      'breaking property-required POST /droplets',
      'breaking type-changed POST /droplets',
      'breaking type-changed POST /droplets',
      'breaking type-changed GET /droplets',
    ]);
    expect(diff.changes[1]?.message).toContain('size type string → integer');
  });

  it('finds nothing when the linked schema is the same', () => {
    expect(diffModels(reference(droplet(false, 'string')), reference(droplet(false, 'string'))).changes).toEqual([]);
  });
});
