/**
 * A small content repository in git for the change review's tests: one commit for the
 * old content, then the changes a pull request makes, with fixed authors and dates so
 * commit ids and output never vary.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Wayfinder Test',
  GIT_AUTHOR_EMAIL: 'test@wayfinder.example',
  GIT_COMMITTER_NAME: 'Wayfinder Test',
  GIT_COMMITTER_EMAIL: 'test@wayfinder.example',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Runs git in `dir` with a fixed identity and date. */
export function git(dir: string, args: string[], date = '2026-11-01T10:00:00Z'): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
}

/** Writes files (path relative to `dir` -> text). */
export function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
}

export const TEAMS = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: orders-team
  title: Orders team
  annotations:
    wayfinder.dev/chat: "#orders"
    wayfinder.dev/chat-url: https://chat.example/orders
spec:
  type: team
  profile: { email: orders@example.com }
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: checkout-team
  title: Checkout team
  annotations:
    wayfinder.dev/chat: "#checkout"
    wayfinder.dev/oncall: https://oncall.example/checkout
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: web-team
  title: Web team
  annotations:
    wayfinder.dev/chat: "#web"
spec:
  type: team
  children: []
`;

/** The services of the old content; the change edits them. */
export const SERVICES = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: orders-service
  description: Takes orders.
spec:
  type: service
  lifecycle: production
  owner: orders-team
  providesApis: [orders-api]
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: orders-api
  description: Places and reads orders.
spec:
  type: openapi
  lifecycle: production
  owner: orders-team
  definition: "{ openapi: 3.0.0, info: { title: Orders, version: '1' }, paths: {} }"
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout
  description: The checkout.
spec:
  type: service
  lifecycle: production
  owner: checkout-team
  consumesApis: [orders-api]
  dependsOn: [component:stock-svc]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: storefront
  description: The shop window.
spec:
  type: website
  lifecycle: production
  owner: web-team
  dependsOn: [component:checkout, component:billing-old, component:stock-svc, component:ghost]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: billing-old
  description: The old billing.
spec:
  type: service
  lifecycle: deprecated
  owner: orders-team
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: stock-svc
  description: Knows what is in stock.
spec:
  type: service
  lifecycle: production
  owner: checkout-team
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: label-printer
  description: Prints shipping labels on the warehouse printers.
  tags: [go, printing]
spec:
  type: service
  lifecycle: experimental
  owner: web-team
`;

/** The change: orders-api deprecated, orders-service to checkout-team, billing-old gone, two renames (one declared), one new service, an announcement. */
export const SERVICES_CHANGED = SERVICES.replace('  lifecycle: production\n  owner: orders-team\n  definition', '  lifecycle: deprecated\n  owner: orders-team\n  definition')
  .replace('  lifecycle: production\n  owner: orders-team\n  providesApis', '  lifecycle: production\n  owner: checkout-team\n  providesApis')
  .replace(/---\napiVersion: backstage.io\/v1alpha1\nkind: Component\nmetadata:\n  name: billing-old\n[\s\S]*?owner: orders-team\n/, '')
  .replace('  dependsOn: [component:stock-svc]', '  dependsOn: [component:stock-service]')
  .replace('  name: stock-svc\n', '  name: stock-service\n  annotations:\n    wayfinder.dev/previous-names: stock-svc\n')
  .replace('  name: label-printer\n', '  name: label-printer-service\n')
  .concat(`---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: search-service
  description: Finds products.
spec:
  type: service
  lifecycle: experimental
  owner: web-team
`);

export const DEPRECATION = `---
title: orders-api is deprecated
summary: Move to the events feed by March.
type: deprecation
subjects: [api:orders-api]
announced: 2026-11-01
effective: 2027-03-01
sunset: 2027-06-01
contact: group:orders-team
---

Use the order events instead.
`;

export const ORDERS_DOC = `---
title: Place an order
owner: group:orders-team
lastReviewed: 2026-10-01
services: [component:orders-service]
---

How to place an order.
`;

export const PATH = (steps: string): string => `title: New engineers
audience: engineer
summary: The first week.
owner: group:orders-team
milestones:
${steps}`;

export const PATH_BEFORE = PATH(`  - title: Day 1
    steps:
      - id: laptop
        title: Collect your laptop
        url: https://it.example/laptop
        duration: 30m
        why: You need it.
      - id: chat
        title: Join the chat
        url: https://chat.example
        duration: 10m
        why: Say hello.
  - title: Week 1
    steps:
      - id: orders
        doc: how-to/place-an-order
        duration: 20m
        why: Orders are the business.
`);

export const PATH_AFTER = PATH(`  - title: Day 1
    steps:
      - id: laptop
        title: Collect your laptop
        url: https://it.example/laptop
        duration: 30m
        why: You need it.
      - id: orders
        doc: how-to/place-an-order
        duration: 20m
        why: Orders are the business.
      - id: badge
        title: Get your badge
        url: https://it.example/badge
        duration: 15m
        why: Doors.
  - title: Week 1
    steps:
      - id: later
        title: Meet your mentor
        url: https://people.example/mentor
        duration: 30m
        why: Someone to ask.
`);

/**
 * Creates the repository: commit "base" with the old content (and one problem that is
 * already there, an unknown lifecycle), then the change in the working tree (not
 * committed) or as commit "change" when `commit` is set. Returns the repo folder.
 */
export function makeRepo(options: { commit?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-review-repo-'));
  git(dir, ['init', '-q', '-b', 'main']);
  write(dir, {
    'content/wayfinder.yaml': 'onBrokenRefs: warn\ncatalogChanges: false\n',
    'content/catalog/teams.yaml': TEAMS,
    'content/catalog/services.yaml': SERVICES,
    'content/docs/index.md': '---\ntitle: Home\n---\n\nHome.\n',
    'content/docs/how-to/place-an-order.md': ORDERS_DOC,
    'content/paths/new-engineers.yaml': PATH_BEFORE,
  });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'base']);
  write(dir, {
    'content/catalog/services.yaml': SERVICES_CHANGED,
    'content/lifecycle/orders-api-deprecation.md': DEPRECATION,
    'content/paths/new-engineers.yaml': PATH_AFTER,
  });
  if (options.commit) {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'change'], '2026-11-02T10:00:00Z');
  }
  return dir;
}
