/**
 * Breaking API changes in the change review, from a real git repository with fixed dates:
 * OpenAPI 3.1 split across files ($text + a $ref'd schema), Swagger 2.0 inline, AsyncAPI 3
 * and GraphQL; the JSON of the API section, the Markdown, the exit codes with and without
 * an announcement; and the done-when on a git copy of the demo content (CLI, exit 1).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check-content.ts';
import { resolveContentPaths } from '../content-dir.ts';
import { diffContent } from './diff.ts';
import { formatReviewMarkdown } from './format-markdown.ts';
import { formatReviewGithub } from './format-github.ts';
import { reviewExitCode } from './outcome.ts';
import { contentAtRevision } from './git-snapshot.ts';
import type { ChangeSet } from './types.ts';

const TODAY = '2026-03-10';
const tmpDirs: string[] = [];
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

function git(cwd: string, args: string[], date = '2026-03-02T10:00:00Z'): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  }).toString();
}

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    if (text === '') fs.rmSync(abs, { force: true });
    else fs.writeFileSync(abs, text);
  }
}

const TEAM = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: shop
spec:
  type: team
  profile: { email: shop@example.com }
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: web
  links:
    - url: https://chat.example.com/web
      title: "#web"
      type: chat
spec:
  type: team
  profile: { email: web@example.com }
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: storefront
spec:
  type: website
  lifecycle: production
  owner: group:web
  consumesApis: [api:orders-api, api:legacy-api, api:events-api, api:graph-api]
`;

const api = (name: string, type: string, definition: string) =>
  `---\napiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n  lifecycle: production\n  owner: group:shop\n  definition:${definition}\n`;

const indent = (text: string) => `|\n${text.replace(/^/gm, '    ')}`;

const ORDERS = (extra: string, required: string) => `openapi: 3.1.0
info: { title: Orders API, version: ${extra ? '2.0.0' : '1.4.0'} }
servers: [{ url: https://orders.example.com }]
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [open, paid, shipped] } }${extra}
      responses:
        '200':
          description: Orders
          content:
            application/json:
              schema: { type: array, items: { $ref: ./schemas/order.yaml } }
    post:
      operationId: createOrder
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: ./schemas/order.yaml }
      responses:
        '201': { description: Created }
  /orders/{id}:
    delete:
      operationId: cancelOrder
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '204': { description: Cancelled }
${required}`;

const ORDER_SCHEMA = (extraProp: string, requiredList: string) => `type: object
required: [${requiredList}]
properties:
  id: { type: string }
  total: { type: integer }
${extraProp}`;

const LEGACY = (v: 'a' | 'b') =>
  indent(`swagger: '2.0'
info: { title: Legacy API, version: 1.0.0 }
host: legacy.example.com
paths:
  /items:
    get:
      ${v === 'b' ? 'deprecated: true\n      ' : ''}parameters:
        - { name: page, in: query, type: integer${v === 'b' ? ', required: true' : ''} }
      responses:
        '200': { description: OK }
${v === 'a' ? "        '404': { description: Missing }\n" : ''}`);

const EVENTS = (v: 'a' | 'b') =>
  indent(`asyncapi: 3.0.0
info: { title: Events API, version: 1.0.0 }
channels:
  orderPaid:
    address: orders.paid
    messages:
      paid:
        name: OrderPaid
        payload:
          type: object
          properties:
            orderId: { type: string }
            currency: { type: string, enum: [EUR, USD${v === 'b' ? ', GBP' : ''}] }
${v === 'a' ? `  orderShipped:
    address: orders.shipped
    messages:
      shipped:
        name: OrderShipped
        payload: { type: object }
` : ''}operations:
  onOrderPaid:
    action: receive
    channel: { $ref: '#/channels/orderPaid' }
${v === 'a' ? `  onOrderShipped:
    action: receive
    channel: { $ref: '#/channels/orderShipped' }
` : ''}`);

const GRAPH = (v: 'a' | 'b') =>
  indent(`type Query {
  order(id: ID!): Order
${v === 'a' ? '  orders: [Order!]!\n' : ''}}

type Order {
  id: ID!
  total: Int${v === 'b' ? ' @deprecated(reason: "Use amount.")\n  amount: Int' : ''}
  status: String
}
`);

function catalog(v: 'a' | 'b'): string {
  return TEAM + api('orders-api', 'openapi', ' { $text: ./openapi/orders.yaml }') + api('legacy-api', 'openapi', ` ${LEGACY(v)}`) + api('events-api', 'asyncapi', ` ${EVENTS(v)}`) + api('graph-api', 'graphql', ` ${GRAPH(v)}`);
}

/** A repository with the old content committed; the working tree holds the new. */
function repository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-apidiff-'));
  tmpDirs.push(dir);
  git(dir, ['init', '-q', '-b', 'main']);
  write(dir, {
    'content/catalog/all.yaml': catalog('a'),
    'content/catalog/openapi/orders.yaml': ORDERS('', ''),
    'content/catalog/openapi/schemas/order.yaml': ORDER_SCHEMA('', 'id'),
  });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'APIs as they were']);
  write(dir, {
    'content/catalog/all.yaml': catalog('b'),
    // A required query parameter; the DELETE removed.
    'content/catalog/openapi/orders.yaml': ORDERS('\n        - { name: region, in: query, required: true, schema: { type: string } }', '').replace(/  \/orders\/\{id\}:[\s\S]*$/, ''),
    // The breaking change in the $ref'd file: total is now required and a string.
    'content/catalog/openapi/schemas/order.yaml': ORDER_SCHEMA('  note: { type: string }\n', 'id, total').replace('total: { type: integer }', 'total: { type: string }'),
  });
  return dir;
}

function review(dir: string): ChangeSet {
  const head = resolveContentPaths(path.join(dir, 'content'));
  delete head.manual;
  const snap = contentAtRevision(head.root, 'main');
  try {
    const basePaths = resolveContentPaths(snap.root);
    delete basePaths.manual;
    const base = checkContent(basePaths, { today: TODAY });
    const now = checkContent(head, { today: TODAY });
    return diffContent(base, now, { base: 'main', head: 'the working tree', today: TODAY });
  } finally {
    snap.cleanup();
  }
}

describe('breaking API changes in the review', () => {
  const dir = repository();
  const cs = review(dir);

  it('lists each API’s changes with file:line, breaking first, with the consumers by team', () => {
    const brief = cs.apis.map((a) => ({
      api: a.api.ref,
      format: a.format,
      version: a.version,
      breaking: a.breaking.map((c) => `${c.code} ${c.target}: ${c.message} @ ${c.file}:${c.line}${c.old ? ' (old)' : ''}`),
      deprecations: a.deprecations.map((c) => `${c.code} ${c.target} @ ${c.file}:${c.line}`),
      nonBreaking: a.nonBreaking.map((c) => `${c.code} ${c.target}`),
      consumers: a.consumers.map((t) => `${t.name} <${t.email}>: ${t.consumers.map((x) => x.name).join(', ')}`),
      suggest: a.suggest,
    }));
    expect(brief).toMatchInlineSnapshot(`
      [
        {
          "api": "api:default/events-api",
          "breaking": [
            "channel-removed orders.shipped: channel orders.shipped is removed @ content/catalog/all.yaml:88 (old)",
            "operation-removed RECEIVE onOrderShipped: RECEIVE onOrderShipped is removed from Events API @ content/catalog/all.yaml:98 (old)",
            "enum-value-added RECEIVE onOrderPaid: RECEIVE onOrderPaid: message OrderPaid payload › currency may now return "GBP" @ content/catalog/all.yaml:86",
          ],
          "consumers": [
            "web <web@example.com>: storefront",
          ],
          "deprecations": [],
          "format": "AsyncAPI 3.0.0",
          "nonBreaking": [],
          "suggest": "npm run new -- breaking-change --subjects api:events-api --effective 2026-04-09",
          "version": {
            "from": "1.0.0",
            "to": "1.0.0",
          },
        },
        {
          "api": "api:default/graph-api",
          "breaking": [
            "FIELD_REMOVED Query.orders: Query.orders was removed. @ content/catalog/all.yaml:113 (old)",
          ],
          "consumers": [
            "web <web@example.com>: storefront",
          ],
          "deprecations": [
            "FIELD_DEPRECATED Order.total @ content/catalog/all.yaml:108",
          ],
          "format": "GraphQL SDL",
          "nonBreaking": [
            "FIELD_ADDED Order.amount",
          ],
          "suggest": "npm run new -- breaking-change --subjects api:graph-api --effective 2026-04-09",
          "version": undefined,
        },
        {
          "api": "api:default/legacy-api",
          "breaking": [
            "parameter-required GET /items: GET /items: query parameter page is now required @ content/catalog/all.yaml:60",
            "response-removed GET /items: GET /items: response 404 is removed @ content/catalog/all.yaml:62 (old)",
          ],
          "consumers": [
            "web <web@example.com>: storefront",
          ],
          "deprecations": [
            "operation-deprecated GET /items @ content/catalog/all.yaml:58",
          ],
          "format": "Swagger 2.0",
          "nonBreaking": [],
          "suggest": "npm run new -- breaking-change --subjects api:legacy-api --effective 2026-04-09",
          "version": {
            "from": "1.0.0",
            "to": "1.0.0",
          },
        },
        {
          "api": "api:default/orders-api",
          "breaking": [
            "operation-removed DELETE /orders/{id}: DELETE /orders/{id} is removed from Orders API @ content/catalog/openapi/orders.yaml:27 (old)",
            "required-parameter-added GET /orders: GET /orders: required query parameter region is added @ content/catalog/openapi/orders.yaml:10",
            "type-changed GET /orders: GET /orders: response 200 (application/json) › [].total type integer → string @ content/catalog/openapi/schemas/order.yaml:5",
            "property-required POST /orders: POST /orders: request body (application/json) property total is now required @ content/catalog/openapi/schemas/order.yaml:5",
            "type-changed POST /orders: POST /orders: request body (application/json) › total type integer → string @ content/catalog/openapi/schemas/order.yaml:5",
          ],
          "consumers": [
            "web <web@example.com>: storefront",
          ],
          "deprecations": [],
          "format": "OpenAPI 3.1.0",
          "nonBreaking": [
            "property-added GET /orders",
            "property-added POST /orders",
          ],
          "suggest": "npm run new -- breaking-change --subjects api:orders-api --effective 2026-04-09",
          "version": {
            "from": "1.4.0",
            "to": "2.0.0",
          },
        },
      ]
    `);
  });

  it('writes a "Breaking API changes" section first in the comment', () => {
    const md = formatReviewMarkdown(cs);
    const section = md.slice(md.indexOf('<details open><summary>Breaking API changes'), md.indexOf('</details>') + 10);
    expect(md.indexOf('Breaking API changes')).toBeLessThan(md.indexOf('Teams this change reaches'));
    expect(section).toMatchInlineSnapshot(`
      "<details open><summary>Breaking API changes (4)</summary>

      - **events-api** \`AsyncAPI 3.0.0\`: 3 breaking changes
        - channel orders.shipped is removed \`content/catalog/all.yaml:88\` (old)
        - RECEIVE onOrderShipped is removed from Events API \`content/catalog/all.yaml:98\` (old)
        - RECEIVE onOrderPaid: message OrderPaid payload › currency may now return &quot;GBP&quot; \`content/catalog/all.yaml:86\`
        - _not announced: write one with \`npm run new -- breaking-change --subjects api:events-api --effective 2026-04-09\`_
        - consumers:
          - **web** ([web@​example.com](mailto:web@example.com)): storefront
      - **graph-api** \`GraphQL SDL\`: 1 breaking change
        - Query.orders was removed. \`content/catalog/all.yaml:113\` (old)
        - _not announced: write one with \`npm run new -- breaking-change --subjects api:graph-api --effective 2026-04-09\`_
        - consumers:
          - **web** ([web@​example.com](mailto:web@example.com)): storefront
      - **legacy-api** \`Swagger 2.0\`: 2 breaking changes
        - GET /items: query parameter page is now required \`content/catalog/all.yaml:60\`
        - GET /items: response 404 is removed \`content/catalog/all.yaml:62\` (old)
        - _not announced: write one with \`npm run new -- breaking-change --subjects api:legacy-api --effective 2026-04-09\`_
        - consumers:
          - **web** ([web@​example.com](mailto:web@example.com)): storefront
      - **orders-api** \`OpenAPI 3.1.0\`: 5 breaking changes
        - DELETE /orders/\\{id\\} is removed from Orders API \`content/catalog/openapi/orders.yaml:27\` (old)
        - GET /orders: required query parameter region is added \`content/catalog/openapi/orders.yaml:10\`
        - GET /orders: response 200 \\(application/json\\) › \\[\\].total type integer → string \`content/catalog/openapi/schemas/order.yaml:5\`
        - POST /orders: request body \\(application/json\\) property total is now required \`content/catalog/openapi/schemas/order.yaml:5\`
        - POST /orders: request body \\(application/json\\) › total type integer → string \`content/catalog/openapi/schemas/order.yaml:5\`
        - _not announced: write one with \`npm run new -- breaking-change --subjects api:orders-api --effective 2026-04-09\`_
        - consumers:
          - **web** ([web@​example.com](mailto:web@example.com)): storefront

      </details>"
    `);
  });

  it('annotates each breaking change on its line (the old file, without a line, for a removal)', () => {
    const lines = formatReviewGithub(cs).split('\n').filter((l) => l.includes('orders-api:'));
    expect(lines.map((l) => l.replace(/::orders-api:.*?(Consumers)/, '::… $1').replace(/ Not announced.*$/, ''))).toEqual([
      '::error file=content/catalog/openapi/orders.yaml,title=Breaking API change::… Consumers: web (web@example.com).',
      '::error file=content/catalog/openapi/orders.yaml,line=10,title=Breaking API change::… Consumers: web (web@example.com).',
      '::error file=content/catalog/openapi/schemas/order.yaml,line=5,title=Breaking API change::… Consumers: web (web@example.com).',
      '::error file=content/catalog/openapi/schemas/order.yaml,line=5,title=Breaking API change::… Consumers: web (web@example.com).',
      '::error file=content/catalog/openapi/schemas/order.yaml,line=5,title=Breaking API change::… Consumers: web (web@example.com).',
    ]);
  });

  it('fails under --fail-on-breaking unless an announcement with a date ahead covers every API', () => {
    expect(reviewExitCode(cs)).toBe(0);
    expect(reviewExitCode(cs, { failOnBreaking: true })).toBe(1);
    const announce = (ref: string, effective: string) => `---\ntitle: Breaking change in ${ref}\ntype: breaking-change\nsubjects: [${ref}]\nannounced: 2026-03-01\neffective: ${effective}\ncontact: group:shop\n---\n\nWhat changes.\n`;
    const refs = ['api:orders-api', 'api:legacy-api', 'api:events-api', 'api:graph-api'];
    // Dated in the past: does not count.
    write(dir, Object.fromEntries(refs.map((r) => [`content/lifecycle/${r.slice(4)}.md`, announce(r, '2026-03-01')])));
    expect(reviewExitCode(review(dir), { failOnBreaking: true })).toBe(1);
    write(dir, Object.fromEntries(refs.map((r) => [`content/lifecycle/${r.slice(4)}.md`, announce(r, '2026-04-15')])));
    const covered = review(dir);
    expect(covered.apis.filter((a) => a.breaking.length).map((a) => a.announcement?.effective)).toEqual(['2026-04-15', '2026-04-15', '2026-04-15', '2026-04-15']);
    expect(reviewExitCode(covered, { failOnBreaking: true })).toBe(0);
    write(dir, Object.fromEntries(refs.map((r) => [`content/lifecycle/${r.slice(4)}.md`, ''])));
  });

  it('warns when info.version’s major number goes up with breaking changes and no announcement', () => {
    expect(cs.problems.introduced.filter((d) => d.code === 'api/breaking-without-announcement').map((d) => `${d.file}:${d.line} ${d.message} (${d.hint})`)).toMatchInlineSnapshot(`
      [
        "content/catalog/openapi/orders.yaml:10 orders-api's version goes from 1.4.0 to 2.0.0 with 5 breaking changes, and no deprecation or breaking-change announcement tells its consumers (announce it: npm run new -- breaking-change --subjects api:orders-api --effective 2026-04-09)",
      ]
    `);
  });
});

describe('the done-when, on a git copy of the demo content', () => {
  it('lists a removed Payments API operation and a removed GraphQL field as breaking, with teams and contacts, and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-apidiff-demo-'));
    tmpDirs.push(dir);
    fs.cpSync(path.resolve('content'), path.join(dir, 'content'), { recursive: true });
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'demo']);
    const payments = path.join(dir, 'content/catalog/payments/catalog-info.yaml');
    const text = fs.readFileSync(payments, 'utf8');
    const start = text.indexOf('      /payments/{paymentId}/capture:');
    const end = text.indexOf('      /payments/{paymentId}/refunds:');
    expect(start).toBeGreaterThan(0);
    fs.writeFileSync(payments, text.slice(0, start) + text.slice(end));
    const graphql = path.join(dir, 'content/catalog/shipping/definitions/tracking.graphql');
    fs.writeFileSync(graphql, fs.readFileSync(graphql, 'utf8').replace('  reference: String\n  status: ShipmentStatus!', '  status: ShipmentStatus!'));
    const run = (extra: string[]) => spawnSync(process.execPath, ['scripts/check.ts', '--diff', 'main', '--content', path.join(dir, 'content'), ...extra], { encoding: 'utf8', env: { ...process.env, WAYFINDER_TODAY: TODAY } });
    const json = run(['--format', 'json']);
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as ChangeSet;
    const breaking = out.apis.filter((a) => a.breaking.length).map((a) => ({
      api: a.api.ref,
      changes: a.breaking.map((c) => `${c.target} @ ${c.file}:${c.line}`),
      teams: a.consumers.map((t) => `${t.name} (${t.chat}, ${t.email})`),
    }));
    expect(breaking).toMatchInlineSnapshot(`
      [
        {
          "api": "api:default/payments-api",
          "changes": [
            "POST /payments/{paymentId}/capture @ content/catalog/payments/catalog-info.yaml:259",
          ],
          "teams": [
            "Payments (#payments, payments@tidewater.example)",
            "Web Experience (#web, web@tidewater.example)",
          ],
        },
        {
          "api": "api:default/tracking-graphql",
          "changes": [
            "Shipment.reference @ content/catalog/shipping/definitions/tracking.graphql:50",
          ],
          "teams": [
            "Web Experience (#web, web@tidewater.example)",
          ],
        },
      ]
    `);
    expect(run(['--fail-on-breaking']).status).toBe(1);
  }, 120_000);
});
