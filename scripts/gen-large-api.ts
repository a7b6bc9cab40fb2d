/**
 * A large OpenAPI definition in the shape of the real ones that broke the API pages
 * (Stripe, GitHub REST): hundreds of operations over a few dozen resources, a few hundred
 * named schemas that `$ref` each other (objects, lists, expandable `anyOf` fields), and
 * descriptions written as HTML (`<p>Creates a new customer object.</p>`), some with a
 * remote emoji image. Deterministic: the same options give the same text. The bench writes
 * a few into its generated organisation; the build suite builds one (tests/build).
 */

/** What to generate. */
export interface LargeApiOptions {
  /** How many operations (about: whole resources are generated). */
  operations: number;
  /** Group operations with `tags:` (GitHub's shape) or leave them untagged (Stripe's). */
  tagged: boolean;
  /** Named schemas per resource besides the resource itself (each with a few properties). */
  schemasPerResource?: number;
  title?: string;
}

const WORDS = ['account', 'balance', 'charge', 'customer', 'dispute', 'event', 'file', 'invoice', 'mandate', 'payout', 'plan', 'price', 'product', 'quote', 'refund', 'review', 'source', 'subscription', 'tax_rate', 'token', 'topup', 'transfer', 'webhook', 'coupon', 'discount', 'order', 'session', 'report', 'terminal', 'reader'];

/** Operations of one resource: list, create, retrieve, update, delete, and sub-resource actions. */
const ACTIONS: { method: string; path: (r: string) => string; verb: string }[] = [
  { method: 'get', path: (r) => `/v1/${r}s`, verb: 'Lists all' },
  { method: 'post', path: (r) => `/v1/${r}s`, verb: 'Creates a new' },
  { method: 'get', path: (r) => `/v1/${r}s/{${r}}`, verb: 'Retrieves a' },
  { method: 'post', path: (r) => `/v1/${r}s/{${r}}`, verb: 'Updates a' },
  { method: 'delete', path: (r) => `/v1/${r}s/{${r}}`, verb: 'Deletes a' },
  { method: 'post', path: (r) => `/v1/${r}s/{${r}}/cancel`, verb: 'Cancels a' },
  { method: 'get', path: (r) => `/v1/${r}s/search`, verb: 'Searches' },
  { method: 'post', path: (r) => `/v1/${r}s/{${r}}/line_items/{item}/very_long_action_name_that_does_not_fit`, verb: 'Runs a long action on a' },
];

/** The definition as JSON text. */
export function largeApiDefinition(o: LargeApiOptions): string {
  const per = o.schemasPerResource ?? 6;
  const resourceCount = Math.max(1, Math.ceil(o.operations / ACTIONS.length));
  const resources = Array.from({ length: resourceCount }, (_, i) => `${WORDS[i % WORDS.length]}${i >= WORDS.length ? `_${Math.floor(i / WORDS.length) + 1}` : ''}`);
  const schemas: Record<string, unknown> = {
    error: {
      type: 'object',
      description: '<p>An error returned by the API.</p>',
      required: ['type', 'message'],
      properties: { type: { type: 'string', enum: ['api_error', 'card_error', 'invalid_request_error'] }, message: { type: 'string', maxLength: 5000 }, code: { type: 'string' } },
    },
    metadata: { type: 'object', description: 'Set of key-value pairs you can attach to an object.', additionalProperties: { type: 'string', maxLength: 500 } },
    address: {
      type: 'object',
      description: '<p>A postal address.</p>',
      properties: Object.fromEntries(['city', 'country', 'line1', 'line2', 'postal_code', 'state'].map((k) => [k, { type: 'string', nullable: true, maxLength: 5000, description: `<p>${k.replace('_', ' ')} of the address.</p>` }])),
    },
  };
  resources.forEach((r, i) => {
    const parts = Array.from({ length: per }, (_, k) => `${r}_detail_${k}`);
    parts.forEach((p, k) => {
      schemas[p] = {
        type: 'object',
        title: p,
        description: `<p>Details (${k}) of a <code>${r}</code>: what it is made of, with <strong>limits</strong> and <a href="https://docs.example.com/${r}">a guide</a>.</p>`,
        required: ['id'],
        properties: {
          id: { type: 'string', maxLength: 5000, description: '<p>Unique identifier for the object.</p>' },
          amount: { type: 'integer', minimum: 0, description: `<p>Amount in cents of this ${r} detail.</p>` },
          currency: { type: 'string', format: 'currency', description: '<p>Three-letter ISO currency code, in lowercase.</p>' },
          address: { $ref: '#/components/schemas/address' },
          metadata: { $ref: '#/components/schemas/metadata' },
          // An expandable field: an id, or the object it names (Stripe's anyOf shape).
          parent: { anyOf: [{ type: 'string', maxLength: 5000 }, { $ref: `#/components/schemas/${r}` }], description: '<p>The object this belongs to (its ID, or the object when expanded).</p>' },
          ...(k + 1 < per ? { next: { $ref: `#/components/schemas/${parts[k + 1]}` } } : {}),
          status: { type: 'string', enum: ['active', 'canceled', 'pending', 'failed'], description: '<p>The status.</p>' },
        },
      };
    });
    const other = resources[(i + 1) % resources.length] as string;
    schemas[r] = {
      type: 'object',
      title: r,
      description: `<p>A <code>${r}</code> object.</p>${i === 0 ? '\n\nFruit: ![:strawberry:](https://github.githubassets.com/images/icons/emoji/unicode/1f353.png ":strawberry:")' : ''}`,
      required: ['id', 'object', 'created'],
      properties: {
        id: { type: 'string', maxLength: 5000 },
        object: { type: 'string', enum: [r] },
        created: { type: 'integer', format: 'unix-time' },
        livemode: { type: 'boolean' },
        metadata: { $ref: '#/components/schemas/metadata' },
        related: { anyOf: [{ type: 'string' }, { $ref: `#/components/schemas/${other}` }], nullable: true },
        ...Object.fromEntries(parts.map((p) => [p.replace(`${r}_`, ''), { $ref: `#/components/schemas/${p}` }])),
        items: { type: 'object', properties: { data: { type: 'array', items: { $ref: `#/components/schemas/${parts[0]}` } }, has_more: { type: 'boolean' }, url: { type: 'string' } } },
      },
    };
  });
  const paths: Record<string, Record<string, unknown>> = {};
  let count = 0;
  for (const r of resources) {
    for (const a of ACTIONS) {
      if (count >= o.operations) break;
      count++;
      const p = a.path(r);
      const op: Record<string, unknown> = {
        operationId: `${a.method}_${p.replace(/[^a-z0-9]+/gi, '_')}`.replace(/_+$/, ''),
        summary: `${a.verb} ${r}`,
        description: `<p>${a.verb} <code>${r}</code> object${a.verb.startsWith('Lists') ? 's' : ''}. Returns the <code>${r}</code> if it succeeds, and <strong>raises an error</strong> otherwise.</p><p>Use it with care.</p>`,
        ...(o.tagged ? { tags: [`${r}s`] } : {}),
        parameters: [
          ...(p.includes(`{${r}}`) ? [{ name: r, in: 'path', required: true, schema: { type: 'string', maxLength: 5000 } }] : []),
          ...(p.includes('{item}') ? [{ name: 'item', in: 'path', required: true, schema: { type: 'string' } }] : []),
          { name: 'expand', in: 'query', description: '<p>Specifies which fields in the response should be expanded.</p>', schema: { type: 'array', items: { type: 'string', maxLength: 5000 } }, style: 'deepObject', explode: true },
          ...(a.verb.startsWith('Lists') ? [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 }, description: '<p>A limit on the number of objects to be returned, between 1 and 100.</p>' }] : []),
        ],
        ...(a.method === 'post'
          ? {
              requestBody: {
                required: false,
                content: {
                  'application/x-www-form-urlencoded': {
                    schema: {
                      type: 'object',
                      properties: {
                        description: { type: 'string', maxLength: 5000, description: '<p>An arbitrary string attached to the object.</p>' },
                        metadata: { $ref: '#/components/schemas/metadata' },
                        address: { $ref: '#/components/schemas/address' },
                        detail: { $ref: `#/components/schemas/${r}_detail_0` },
                      },
                    },
                  },
                },
              },
            }
          : {}),
        responses: {
          '200': { description: 'Successful response.', content: { 'application/json': { schema: { $ref: `#/components/schemas/${r}` } } } },
          default: { description: 'Error response.', content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } } },
        },
      };
      (paths[p] ??= {})[a.method] = op;
    }
  }
  const doc = {
    openapi: '3.0.0',
    info: { title: o.title ?? 'Large API', version: '2026-01-15', description: '<p>A large API, generated in the shape of the big public ones.</p>' },
    servers: [{ url: 'https://api.example.com/' }],
    ...(o.tagged ? { tags: resources.map((r) => ({ name: `${r}s`, description: `<p>Everything about ${r}s.</p>` })) } : {}),
    paths,
    components: { schemas },
  };
  return JSON.stringify(doc, null, 1);
}

/** Every operation's method and path, in definition order (what the reference must anchor). */
export function largeApiOperations(o: LargeApiOptions): { method: string; path: string }[] {
  const doc = JSON.parse(largeApiDefinition(o)) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => ({ method, path })));
}

/** The API entity's descriptor for a large API whose definition is `./<name>.openapi.json` beside it. */
export function largeApiDescriptor(a: { name: string } & LargeApiOptions, owner: string): string {
  return ['apiVersion: backstage.io/v1alpha1', 'kind: API', 'metadata:', `  name: ${a.name}`, `  description: ${a.operations} operations${a.tagged ? ', tagged' : ''}, generated.`, 'spec:', '  type: openapi', '  lifecycle: production', `  owner: group:${owner}`, '  definition:', `    $text: ./${a.name}.openapi.json`, ''].join('\n');
}

/**
 * Writes a content folder with one team that owns the given large APIs (each definition in
 * its own JSON file, named with `$text`), for the build suite.
 */
export function writeLargeApiContent(dir: string, apis: readonly ({ name: string } & LargeApiOptions)[], write: (file: string, text: string) => void): void {
  write(`${dir}/docs/index.md`, ['---', 'title: Large APIs', '---', '', 'A site whose APIs are as large as the big public ones.', ''].join('\n'));
  const owner = ['apiVersion: backstage.io/v1alpha1', 'kind: Group', 'metadata:', '  name: platform-team', 'spec:', '  type: team', '  children: []', ''];
  write(`${dir}/catalog/catalog-info.yaml`, [owner.join('\n'), ...apis.map((a) => largeApiDescriptor(a, 'platform-team'))].join('---\n'));
  for (const a of apis) write(`${dir}/catalog/${a.name}.openapi.json`, largeApiDefinition(a));
}
