import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load.ts';
import { resolveContentPaths } from '../content-dir.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { loadApiReferences } from './load.ts';
import type { ApiOperation, ApiReference, SchemaNode } from './model.ts';

const paths = resolveContentPaths(path.resolve('tests/fixtures/sites/api-reference'));
const where = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;
const prop = (s: SchemaNode | undefined, name: string) => s?.properties?.find((p) => p.name === name);
const ops = (r: ApiReference | undefined): ApiOperation[] => r?.groups.flatMap((g) => g.operations) ?? [];

describe('API references of the fixture (OpenAPI over several files, Swagger 2.0 inline, AsyncAPI 3, GraphQL, a broken spec)', () => {
  let refs: Map<string, ApiReference>;
  let diagnostics: Diagnostic[];
  beforeAll(() => {
    const catalog = loadCatalog(paths);
    // The files the OpenAPI definition $refs (a sub-folder, a parent folder, a name with braces) are data, not entities.
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.skipped).toEqual([]);
    const r = loadApiReferences(paths, catalog.entities);
    refs = new Map(r.references.map((x) => [x.entityRef, x]));
    diagnostics = r.diagnostics;
  });

  it('reports an unresolvable and a remote $ref as warnings at their own line, and the definition that does not parse as an error with the parser\'s message', () => {
    expect(diagnostics.map(where)).toEqual([
      'api-reference/catalog/broken/broken.yaml:9:20 error api/unparseable',
      'api-reference/catalog/orders/openapi/orders.yaml:65:17 warning api/ref-missing',
      'api-reference/catalog/orders/openapi/orders.yaml:71:17 warning api/ref-remote',
    ]);
    expect(diagnostics[0]?.message).toMatch(/does not parse: Missing closing "quote/);
    const broken = refs.get('api:default/broken-api');
    expect(broken?.error).toMatchObject({ file: 'api-reference/catalog/broken/broken.yaml', line: 9 });
  });

  it('follows $refs into a sub-folder, a parent folder and a file whose name has braces, and still renders the operation whose schema is missing', () => {
    const orders = refs.get('api:default/orders-api');
    expect(ops(orders).map((o) => `${o.method} ${o.path} #${o.anchor}`)).toEqual([
      'POST /orders #post-orders',
      'GET /orders/{orderId} #get-orders-orderid',
      'DELETE /orders/{orderId} #delete-orders-orderid',
      'GET /categories #get-categories',
      'GET /reports #get-reports',
    ]);
    expect(orders?.groups.map((g) => g.name)).toEqual(['orders', 'categories', 'Operations']);
    expect(orders?.included).toEqual([
      'api-reference/catalog/orders/openapi/paths/orders_{orderId}.yaml',
      'api-reference/catalog/orders/openapi/schemas/order.yaml',
      'api-reference/catalog/shared/money.yaml',
    ]);
    const create = ops(orders)[0] as ApiOperation;
    const body = create.requestBody?.contents[0]?.schema;
    expect(body?.name).toBe('order');
    expect(prop(body, 'sku')).toMatchObject({ required: true, schema: { type: 'string', constraints: ['pattern ^[A-Z]{3}-[0-9]{3}$'] } });
    expect(prop(body, 'quantity')?.schema).toMatchObject({ type: 'integer', default: '1', constraints: ['min 1'] });
    expect(prop(body, 'status')?.schema).toMatchObject({ enum: ['"placed"', '"packed"', '"shipped"'], constraints: ['read-only'] });
    // A schema in a file of its own is listed once among the types and linked from where it is used (#26: DigitalOcean's 2,907 files).
    const total = prop(body, 'total')?.schema;
    expect(total).toMatchObject({ name: 'Money', link: { name: 'Money', anchor: 'schema-money' } });
    expect(total?.properties).toBeUndefined();
    const money = orders?.types.find((t) => t.anchor === 'schema-money');
    expect(money?.name).toBe('Money');
    expect(money?.schema.properties?.map((p) => `${p.name}${p.required ? '*' : ''}:${p.schema.type}`)).toEqual(['amount*:integer', 'currency*:string']);
    expect(create.parameters).toMatchObject([{ name: 'Idempotency-Key', in: 'header', required: true }]);
    expect(create.requestBody?.contents[0]?.examples[0]?.value).toContain('"sku": "TEA-001"');
    expect(create.example?.code).toBe(
      [
        "curl -X POST 'https://orders.example.com/v2/orders' \\",
        "  -H 'Idempotency-Key: <Idempotency-Key>' \\",
        "  -H 'Content-Type: application/json' \\",
        `  -d '{\n  "sku": "TEA-001",\n  "quantity": 2,\n  "total": {\n    "amount": 1200,\n    "currency": "EUR"\n  }\n}'`,
      ].join('\n'),
    );
    const report = ops(orders).find((o) => o.path === '/reports');
    expect(report?.deprecated).toBe(true);
    expect(report?.responses.map((r) => `${r.status}:${r.contents[0]?.schema?.type}`)).toEqual(['200:unresolved', '500:unresolved']);
  });

  it('shows a recursive schema, like every named schema below the first level, as a link to its own entry, not an endless tree', () => {
    const orders = refs.get('api:default/orders-api');
    const category = orders?.types.find((t) => t.name === 'Category');
    expect(category?.anchor).toBe('schema-category');
    const children = prop(category?.schema, 'children')?.schema;
    expect(children?.type).toBe('array of Category');
    expect(children?.items?.link).toEqual({ name: 'Category', anchor: 'schema-category' });
    expect(children?.items?.properties).toBeUndefined();
  });

  it('reads Swagger 2.0 written inline in the descriptor: host and basePath as the server, the body parameter as the request body', () => {
    const legacy = refs.get('api:default/legacy-api');
    expect(legacy?.formatLabel).toBe('Swagger 2.0');
    expect(legacy?.servers).toEqual([{ url: 'https://legacy.example.com/v1' }]);
    const op = ops(legacy)[0];
    expect(op?.requestBody?.contents[0]?.schema?.properties?.map((p) => p.name)).toEqual(['sku', 'quantity']);
    expect(op?.example?.code).toContain('"sku": "string"');
  });

  it('reads AsyncAPI 3: channels with their send and receive operations and the messages\' payloads', () => {
    const events = refs.get('api:default/order-events');
    expect(events?.formatLabel).toBe('AsyncAPI 3.0.0');
    expect(events?.servers).toEqual([{ url: 'kafka.example.com:9092', protocol: 'kafka' }]);
    expect(events?.groups.map((g) => [g.name, g.anchor])).toEqual([['orders.v1.placed', 'channel-orderplaced']]);
    expect(ops(events).map((o) => `${o.method} ${o.operationId} #${o.anchor}`)).toEqual(['SEND publishOrderPlaced #send-publishorderplaced', 'RECEIVE onOrderPlaced #receive-onorderplaced']);
    const msg = ops(events)[0]?.messages[0];
    expect(msg).toMatchObject({ name: 'OrderPlaced', title: 'Order placed', contentType: 'application/json' });
    expect(msg?.payload?.properties?.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual(['orderId*', 'sku']);
    expect(msg?.examples[0]?.value).toContain('"orderId": "ord_123"');
    // Receive with no messages of its own takes the channel's.
    expect(ops(events)[1]?.messages.map((m) => m.name)).toEqual(['OrderPlaced']);
  });

  it('reads GraphQL SDL: root fields as operations with arguments, deprecations with their reasons, every type and field anchored', () => {
    const graph = refs.get('api:default/catalog-graph');
    expect(ops(graph).map((o) => `${o.method} ${o.path} #${o.anchor}${o.deprecated ? ` (deprecated: ${o.deprecationReason})` : ''}`)).toEqual([
      'QUERY product #query-product',
      'QUERY products #query-products',
      'QUERY productsByName #query-productsbyname (deprecated: Use products with a filter.)',
      'MUTATION setAvailability #mutation-setavailability',
    ]);
    const product = ops(graph)[0];
    expect(product?.parameters).toMatchObject([{ name: 'sku', required: true, schema: { type: 'ID!' } }]);
    expect(product?.returns).toMatchObject({ type: 'Product', link: { anchor: 'type-product' } });
    expect(product?.example?.code).toBe('query Example($sku: ID!) {\n  product(sku: $sku) {\n    sku\n    name\n    price\n  }\n}');
    const type = graph?.types.find((t) => t.name === 'Product');
    expect(type?.fields?.map((f) => `${f.name} #${f.anchor}${f.deprecated ? ' deprecated' : ''}`)).toEqual([
      'sku #field-product-sku',
      'name #field-product-name',
      'price #field-product-price',
      'legacyCode #field-product-legacycode deprecated',
      'related #field-product-related',
    ]);
    expect(graph?.types.find((t) => t.name === 'Availability')?.values?.find((v) => v.name === 'DISCONTINUED')).toMatchObject({ deprecated: true, deprecationReason: 'Hidden from search since 2025.' });
  });
});

describe('API definitions in a scratch content folder', () => {
  let dir: string;
  const write = (rel: string, text: string) => {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  };
  const api = (name: string, definition: string) =>
    `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ${name}\nspec:\n  type: openapi\n  lifecycle: production\n  owner: user:guest\n  definition: |\n${definition
      .split('\n')
      .map((l) => (l ? `    ${l}` : l))
      .join('\n')}\n`;
  const load = () => {
    const p = resolveContentPaths(path.join(dir, 'content'));
    const catalog = loadCatalog(p, { onBrokenRefs: 'warn' });
    return { catalog, api: loadApiReferences(p, catalog.entities) };
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-api-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('points a syntax error in an inline definition at the descriptor line it is written on', () => {
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
    write('content/catalog/a.yaml', api('inline', 'openapi: 3.0.3\ninfo:\n  title: "x\npaths: {}'));
    const { api: r } = load();
    // `definition: |` is line 9; the text starts on line 10, the bad quote on its line 3 (file line 12).
    expect(r.diagnostics.map(where)).toEqual([expect.stringMatching(/^content\/catalog\/a\.yaml:1[2-3]:\d+ error api\/unparseable$/)]);
  });

  it('checks a definition against its specification\'s JSON Schema: what is wrong is one warning at its line, and the rest renders', () => {
    for (const version of ['3.0.3', '3.1.0']) {
      fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
      write('content/catalog/a.yaml', api('invalid', `openapi: ${version}\ninfo: { title: x, version: "1" }\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          content: {}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        next: { $ref: "#/components/schemas/Node" }`));
      const { api: r } = load();
      expect(r.diagnostics.map((d) => `${where(d)} ${d.message}`), version).toEqual([
        `content/catalog/a.yaml:17:15 warning api/invalid not valid OpenAPI ${version.slice(0, 3)}: paths › /x › get › responses › 200: \`description\` is required`,
      ]);
      expect(r.references[0]?.groups[0]?.operations.map((o) => o.anchor)).toEqual(['get-x']);
    }
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
    write('content/catalog/e.yaml', api('events', 'asyncapi: 3.0.0\ninfo: { title: x, version: "1" }\nchannels:\n  a:\n    address: a.b\n    adress: typo'));
    const { api: e } = load();
    expect(e.diagnostics.map((d) => `${where(d)} ${d.message}`)).toEqual(['content/catalog/e.yaml:14:9 warning api/invalid not valid AsyncAPI 3.0.0: channels › a: unknown field `adress`']);
  });

  it('reads YAML anchors and aliases in a definition as the values they repeat', () => {
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
    write('content/catalog/a.yaml', api('aliases', 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /a:\n    get:\n      responses:\n        "404": &notFound\n          description: Not found\n  /b:\n    get:\n      responses:\n        "404": *notFound'));
    const { api: r } = load();
    expect(r.diagnostics).toEqual([]);
    expect(r.references[0]?.groups[0]?.operations.map((o) => `${o.path} ${o.responses.map((x) => `${x.status} ${x.description}`).join()}`)).toEqual(['/a 404 Not found', '/b 404 Not found']);
  });

  it('never reads a $ref outside the content folder, and says so at the $ref', () => {
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
    write('secret.yaml', 'Secret:\n  type: string\n  description: do not read me\n');
    write('content/catalog/a.yaml', api('outside', 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: ../../secret.yaml#/Secret'));
    const { api: r } = load();
    expect(r.diagnostics.map((d) => `${where(d)} ${d.message}`)).toEqual([expect.stringMatching(/^content\/catalog\/a\.yaml:21:21 warning content\/outside \$ref "..\/..\/secret.yaml#\/Secret": /)]);
    expect(JSON.stringify(r.references)).not.toContain('do not read me');
  });

  it('reads a YAML file without apiVersion and kind as data when a definition $refs it or sits beside its files, and gives it one precise error elsewhere', () => {
    fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
    write('content/catalog/svc/a.yaml', api('inline-ref', 'openapi: 3.0.3\ninfo: { title: x, version: "1" }\npaths:\n  /x:\n    get:\n      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: ./schemas/x.yaml'));
    write('content/catalog/svc/schemas/x.yaml', 'type: object\nproperties:\n  id:\n    type: string\n');
    // Beside the definition's files, reached by no $ref: the rest of a split definition, data.
    write('content/catalog/svc/schemas/unused.yaml', 'type: object\nproperties:\n  id:\n    type: string\n');
    // Nowhere near a definition: most likely a descriptor that lost its first lines.
    write('content/catalog/other/stray.yaml', 'type: object\nproperties:\n  id:\n    type: string\n');
    const { catalog, api: r } = load();
    expect(catalog.diagnostics.filter((d) => d.severity === 'error').map((d) => `${where(d)} ${d.message}`)).toEqual([
      'content/catalog/other/stray.yaml:1:1 error catalog/not-a-descriptor this YAML document has neither apiVersion nor kind, so it is not a catalog entity',
    ]);
    expect(catalog.files).not.toContain('content/catalog/svc/schemas/unused.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.references[0]?.groups[0]?.operations[0]?.responses[0]?.contents[0]?.schema?.properties?.map((p) => p.name)).toEqual(['id']);
  });
});
