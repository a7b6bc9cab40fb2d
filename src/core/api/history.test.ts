/**
 * Each API's history from a temporary git repository with fixed dates, one commit per
 * class of change (tests/fixtures/sites/api-history/history.ts): OpenAPI 3.1 with a $ref'd
 * schema, Swagger 2.0 and AsyncAPI 3 inline, GraphQL from a file. Breaking / non-breaking
 * per commit, the operations touched, since when each operation exists and is deprecated,
 * a descriptor edit that leaves the definition alone, and what it says without git.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHistoryRepository, gitAt } from '../../../tests/fixtures/sites/api-history/history.ts';
import { readContentLog } from '../campaigns/history.ts';
import { checkContent, type ContentCheck } from '../check-content.ts';
import { resolveContentPaths, type ContentPaths } from '../content-dir.ts';
import { clearGitCache } from '../health/git.ts';
import { apiDefinitionFiles, apiHistories, type ApiHistory } from './history.ts';
import { coveredChanges } from './history-view.ts';

let repo: ReturnType<typeof apiHistoryRepository>;
let paths: ContentPaths;
let checked: ContentCheck;

function histories(p: ContentPaths, c: ContentCheck): Map<string, ApiHistory> {
  const apis = c.apiReferences.map((reference) => ({ reference, entity: c.catalog.entities.find((e) => e.ref === reference.entityRef)! }));
  const extra = apis.flatMap((a) => apiDefinitionFiles(p, a.entity, a.reference));
  return apiHistories(p, apis, readContentLog(p, extra));
}

beforeAll(() => {
  clearGitCache();
  repo = apiHistoryRepository();
  paths = resolveContentPaths(repo.content);
  delete paths.manual;
  checked = checkContent(paths, { today: '2026-05-10' });
}, 60_000);
afterAll(() => {
  repo.cleanup();
  clearGitCache();
});

/** One line per change: date, what, and the operations touched. */
const brief = (h: ApiHistory | undefined) =>
  h?.changes.map((c) => `${c.date} ${c.added ? 'added' : c.editorial ? 'editorial' : `${c.breaking} breaking, ${c.deprecations} deprecations, ${c.nonBreaking} other`}: ${c.targets.join('; ')} (${c.subject})`);

describe('each API’s history, from the content’s one git log', () => {
  it('reads the repository without errors', () => {
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checked.apiReferences.map((r) => r.entityRef).sort()).toEqual(['api:default/events-api', 'api:default/graph-api', 'api:default/legacy-api', 'api:default/orders-api']);
  });

  it('lists each commit that changed a definition, newest first, with breaking and non-breaking counts and the operations touched', () => {
    const h = histories(paths, checked);
    expect({
      orders: brief(h.get('api:default/orders-api')),
      legacy: brief(h.get('api:default/legacy-api')),
      events: brief(h.get('api:default/events-api')),
      graph: brief(h.get('api:default/graph-api')),
    }).toMatchInlineSnapshot(`
      {
        "events": [
          "2026-03-02 2 breaking, 0 deprecations, 0 other: orders.shipped; RECEIVE onOrderShipped (Events: orderShipped is gone)",
          "2026-01-05 added: RECEIVE onOrderPaid; RECEIVE onOrderShipped (Orders, Legacy, Events and Graph APIs)",
        ],
        "graph": [
          "2026-03-16 1 breaking, 1 deprecations, 1 other: Query.orders; Order.total; Order.amount (Graph: drop Query.orders, deprecate Order.total)",
          "2026-01-05 added: QUERY order; QUERY orders (Orders, Legacy, Events and Graph APIs)",
        ],
        "legacy": [
          "2026-02-16 0 breaking, 1 deprecations, 0 other: GET /items (Legacy: deprecate listing items)",
          "2026-01-05 added: GET /items; GET /items/{id} (Orders, Legacy, Events and Graph APIs)",
        ],
        "orders": [
          "2026-05-04 editorial:  (Orders: describe the API)",
          "2026-04-06 1 breaking, 0 deprecations, 1 other: POST /orders; GET /orders (Orders: total is required)",
          "2026-02-02 0 breaking, 0 deprecations, 1 other: GET /orders/{id} (Orders: get one order)",
          "2026-01-05 added: GET /orders; POST /orders (Orders, Legacy, Events and Graph APIs)",
        ],
      }
    `);
  });

  it('says since when each operation exists and since when it is deprecated', () => {
    const h = histories(paths, checked);
    expect(h.get('api:default/orders-api')?.since).toMatchInlineSnapshot(`
      {
        "GET /orders": {
          "added": "2026-01-05",
        },
        "GET /orders/{id}": {
          "added": "2026-02-02",
        },
        "POST /orders": {
          "added": "2026-01-05",
        },
      }
    `);
    expect(h.get('api:default/legacy-api')?.since).toMatchInlineSnapshot(`
      {
        "GET /items": {
          "added": "2026-01-05",
          "deprecated": "2026-02-16",
        },
        "GET /items/{id}": {
          "added": "2026-01-05",
        },
      }
    `);
    expect(h.get('api:default/graph-api')?.since).toMatchInlineSnapshot(`
      {
        "QUERY order": {
          "added": "2026-01-05",
        },
      }
    `);
    expect(h.get('api:default/orders-api')?.partial).toBe(false);
  });

  it('keeps the breaking changes in words, for the announcements that cover them', () => {
    const graph = histories(paths, checked).get('api:default/graph-api');
    expect(graph?.changes[0]?.notable).toMatchInlineSnapshot(`
      [
        {
          "level": "breaking",
          "message": "Query.orders was removed.",
          "target": "Query.orders",
        },
        {
          "level": "deprecation",
          "message": "Order.total is deprecated: Use amount..",
          "target": "Order.total",
        },
      ]
    `);
  });

  it('a breaking-change announcement covers the breaking changes and deprecations its APIs recorded from two weeks before it to its date', () => {
    const h = histories(paths, checked);
    const announcement = { type: 'breaking-change', subjects: ['api:default/graph-api', 'api:default/orders-api'], announced: '2026-03-25', effective: '2026-04-30' };
    expect(coveredChanges(announcement, h).changes.map((c) => `${c.date} ${c.level} ${c.target}`)).toEqual([
      '2026-04-06 breaking POST /orders',
      '2026-03-16 breaking Query.orders',
      '2026-03-16 deprecation Order.total',
    ]);
    // A sunset covers the whole API, a beta nothing.
    expect(coveredChanges({ ...announcement, type: 'beta' }, h).changes).toEqual([]);
  });

  it('without git, or in a shallow clone, says so', { timeout: 60_000 }, () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-api-nogit-'));
    fs.cpSync(repo.content, path.join(outside, 'content'), { recursive: true });
    fs.rmSync(path.join(outside, 'content', '.git'), { recursive: true, force: true });
    clearGitCache();
    const p = resolveContentPaths(path.join(outside, 'content'));
    delete p.manual;
    const h = histories(p, checkContent(p, { today: '2026-05-10' })).get('api:default/orders-api');
    expect(h?.changes).toEqual([]);
    expect(h?.reason).toMatch(/git/);
    fs.rmSync(outside, { recursive: true, force: true });

    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-api-shallow-'));
    gitAt(shallow, '2026-05-10', ['clone', '-q', '--depth', '1', `file://${path.dirname(repo.content)}`, 'repo']);
    clearGitCache();
    const sp = resolveContentPaths(path.join(shallow, 'repo', 'content'));
    delete sp.manual;
    expect(histories(sp, checkContent(sp, { today: '2026-05-10' })).get('api:default/orders-api')?.reason).toMatch(/shallow clone/);
    fs.rmSync(shallow, { recursive: true, force: true });
    clearGitCache();
  });
});
