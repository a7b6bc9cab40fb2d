/**
 * `npm run check -- --diff <rev>` and `--diff-from <folder>` against a real git repository
 * (tests/unit/review/repo.ts): the JSON of every kind of change, the Markdown comment, the
 * GitHub annotations and the exit codes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { git, makeRepo, SERVICES, write } from './repo.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CHECK = path.join(ROOT, 'scripts/check.ts');

const made: string[] = [];
afterAll(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function repo(options: { commit?: boolean } = {}): string {
  const dir = makeRepo(options);
  made.push(dir);
  return dir;
}

/** Runs the check in `cwd` (the repository), with a fixed "today". */
function check(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CHECK, '--content', 'content', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, WAYFINDER_CONTENT: '', WAYFINDER_TODAY: '2026-11-23' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const mention = (ref: string, line: number) => ({ ref: `component:default/${ref}`, kind: 'component', name: ref, file: 'content/catalog/services.yaml', line });
const web = { ref: 'group:default/web-team', name: 'Web team', chat: '#web' };
const checkoutTeam = { ref: 'group:default/checkout-team', name: 'Checkout team', chat: '#checkout', oncall: 'https://oncall.example/checkout' };
const ordersTeam = { ref: 'group:default/orders-team', name: 'Orders team', chat: '#orders', chatUrl: 'https://chat.example/orders', email: 'orders@example.com' };
const usersOfOrdersApi = [
  { ...checkoutTeam, consumers: [{ ref: 'component:default/checkout', name: 'checkout', indirect: false, via: ['api:default/orders-api'], viaNames: ['orders-api'] }] },
  { ...web, consumers: [{ ref: 'component:default/storefront', name: 'storefront', indirect: true, via: ['component:default/checkout'], viaNames: ['checkout'] }] },
];
const danglingHint = 'no Component is named like that; add one (kind: Component) or fix the name';

describe('npm run check -- --diff <revision>', () => {
  it('reports every kind of change as JSON, with the teams each one reaches', () => {
    const dir = repo();
    const r = check(dir, ['--diff', 'main', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      base: 'main',
      head: 'the working tree',
      added: [mention('search-service', 69)],
      removed: [
        {
          ...mention('billing-old', 46),
          breaks: [{ ...web, consumers: [{ ref: 'component:default/storefront', name: 'storefront', indirect: false, via: ['component:default/billing-old'], viaNames: ['billing-old'] }] }],
        },
      ],
      renamed: [
        { from: 'component:default/label-printer', to: mention('label-printer-service', 58), how: 'detected', redirect: false, breaks: [] },
        {
          from: 'component:default/stock-svc',
          to: mention('stock-service', 46),
          how: 'declared',
          redirect: true,
          // checkout moved to the new name; storefront still names the old one.
          breaks: [{ ...web, consumers: [{ ref: 'component:default/storefront', name: 'storefront', indirect: false, via: ['component:default/stock-svc'], viaNames: ['stock-svc'] }] }],
        },
      ],
      // Owner and lifecycle changes point at the changed line, for annotations in the diff.
      owners: [{ entity: mention('orders-service', 1), line: 9, from: ordersTeam, to: checkoutTeam }],
      lifecycles: [
        {
          entity: { ref: 'api:default/orders-api', kind: 'api', name: 'orders-api', file: 'content/catalog/services.yaml', line: 12 },
          line: 19,
          from: 'production',
          to: 'deprecated',
          affected: usersOfOrdersApi,
        },
      ],
      // checkout now names stock-service, the new name of what it used: not a change. storefront lost two.
      modified: [{ entity: mention('storefront', 35), fields: ['dependsOn'] }],
      announcements: [
        {
          id: 'orders-api-deprecation',
          status: 'added',
          title: 'orders-api is deprecated',
          type: 'deprecation',
          file: 'content/lifecycle/orders-api-deprecation.md',
          subjects: ['api:default/orders-api'],
          effective: '2027-03-01',
          sunset: '2027-06-01',
          changes: [],
          affected: usersOfOrdersApi,
        },
      ],
      docs: [{ file: 'content/docs/how-to/place-an-order.md', title: 'Place an order', services: ['component:default/orders-service'] }],
      paths: [
        {
          id: 'new-engineers',
          title: 'New engineers',
          file: 'content/paths/new-engineers.yaml',
          status: 'changed',
          added: [
            { id: 'badge', title: 'Get your badge', milestone: 'Day 1', line: 17 },
            { id: 'later', title: 'Meet your mentor', milestone: 'Week 1', line: 24 },
          ],
          removed: [{ id: 'chat', title: 'Join the chat', milestone: 'Day 1', line: 13 }],
          moved: [{ id: 'orders', title: 'Place an order', milestone: 'Day 1', line: 13, fromMilestone: 'Week 1', fromPosition: 1, position: 2 }],
        },
      ],
      // No API definition changed.
      apis: [],
      problems: {
        // The policy makes references to missing entities warnings; the one to component:ghost was already there.
        introduced: [
          {
            file: 'content/catalog/services.yaml',
            line: 44,
            column: 35,
            severity: 'warning',
            code: 'catalog/dangling-ref',
            message: '`spec.dependsOn[1]` refers to component:billing-old, which is not in the catalog',
            hint: danglingHint,
          },
          {
            file: 'content/catalog/services.yaml',
            line: 44,
            column: 58,
            severity: 'warning',
            code: 'catalog/dangling-ref',
            message: '`spec.dependsOn[2]` refers to component:stock-svc, which is not in the catalog',
            hint: 'component:stock-svc was renamed to component:stock-service (it lists the old name in wayfinder.dev/previous-names): write component:stock-service',
          },
        ],
        fixed: 0,
        unchanged: 1,
      },
    });
  });

  it('writes a pull-request comment: summary with teams and contacts, collapsible details', () => {
    const dir = repo({ commit: true });
    // Committed: compare the commit before with this one's working tree (the same).
    const r = check(dir, ['--diff', 'HEAD~1', '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "<!-- wayfinder-change-review -->
      ### Wayfinder change review

      This change adds 1 entity, removes 1 entity, renames 2 entities, moves orders-service from Orders team to Checkout team, changes the lifecycle of orders-api (production → deprecated), adds or changes 1 lifecycle announcement, edits 1 other entity and changes 1 onboarding path. It reaches 3 teams: **Orders team** ([\\#orders](https://chat.example/orders), [orders@​example.com](mailto:orders@example.com)), **Checkout team** (\\#checkout, [on-call](https://oncall.example/checkout)) and **Web team** (\\#web). 2 removals or renames leave consumers pointing at nothing. 1 doc about changed entities needs a new review. It introduces 2 warnings.

      <details open><summary>Teams this change reaches (3)</summary>

      - **Orders team** ([\\#orders](https://chat.example/orders), [orders@​example.com](mailto:orders@example.com)): hands over orders-service
      - **Checkout team** (\\#checkout, [on-call](https://oncall.example/checkout)): takes over orders-service; uses orders-api \\(now deprecated\\); affected by “orders-api is deprecated”
      - **Web team** (\\#web): uses orders-api through checkout \\(now deprecated\\); affected by “orders-api is deprecated”; uses billing-old, which is removed; still names component:stock-svc, renamed to stock-service

      </details>

      <details open><summary>Problems this change introduces (2)</summary>

      - **warning** \`content/catalog/services.yaml:44:35\` \\\`spec.dependsOn\\[1\\]\\\` refers to component:billing-old, which is not in the catalog _(no Component is named like that; add one \\(kind: Component\\) or fix the name)_
      - **warning** \`content/catalog/services.yaml:44:58\` \\\`spec.dependsOn\\[2\\]\\\` refers to component:stock-svc, which is not in the catalog _(component:stock-svc was renamed to component:stock-service \\(it lists the old name in wayfinder.dev/previous-names\\): write component:stock-service)_

      </details>

      <details><summary>Removed (1)</summary>

      - billing-old \`component:billing-old\`, still used by:
        - **Web team** (\\#web): storefront

      </details>

      <details><summary>Renamed (2)</summary>

      - \`component:label-printer\` → label-printer-service \`component:label-printer-service\` (detected; list the old name in \`wayfinder.dev/previous-names\` so old links keep working)
      - \`component:stock-svc\` → stock-service \`component:stock-service\` (the old page redirects), old name still used by:
        - **Web team** (\\#web): storefront

      </details>

      <details><summary>Owner changes (1)</summary>

      - orders-service \`component:orders-service\`: from **Orders team** ([\\#orders](https://chat.example/orders), [orders@​example.com](mailto:orders@example.com)) to **Checkout team** (\\#checkout, [on-call](https://oncall.example/checkout))

      </details>

      <details><summary>Lifecycle changes (1)</summary>

      - orders-api \`api:orders-api\`: production → **deprecated**, used by:
        - **Checkout team** (\\#checkout, [on-call](https://oncall.example/checkout)): checkout
        - **Web team** (\\#web): indirectly storefront

      </details>

      <details><summary>Lifecycle announcements (1)</summary>

      - added: **orders-api is deprecated** (deprecation, effective 2027-03-01, sunset 2027-06-01) \`content/lifecycle/orders-api-deprecation.md\`. Who must act:
        - **Checkout team** (\\#checkout, [on-call](https://oncall.example/checkout)): checkout
        - **Web team** (\\#web): indirectly storefront

      </details>

      <details><summary>Added (1)</summary>

      - search-service \`component:search-service\`

      </details>

      <details><summary>Other entity changes (1)</summary>

      - storefront \`component:storefront\`: dependsOn

      </details>

      <details><summary>Docs that need a new review (1)</summary>

      - Place an order \`content/docs/how-to/place-an-order.md\`, about \`component:orders-service\`

      </details>

      <details><summary>Onboarding paths (1)</summary>

      - **New engineers** \`content/paths/new-engineers.yaml\` (changed)
        - added: Get your badge in Day 1
        - added: Meet your mentor in Week 1
        - removed: Join the chat from Day 1
        - moved: Place an order from Week 1 (step 1) to Day 1 (step 2)

      </details>

      <sub>Compared \`HEAD~1\` with the working tree. 1 problem was already there (those do not block a change); 0 fixed by it.</sub>
      "
    `);
  });

  it('annotates the changed lines for GitHub Actions', () => {
    const dir = repo();
    const r = check(dir, ['--diff', 'main', '--format', 'github']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      '::notice file=content/catalog/services.yaml,line=19,title=Lifecycle change::orders-api: production → deprecated; used by Checkout team (#checkout, on-call https://oncall.example/checkout): checkout; Web team (#web): storefront (indirect)',
    );
    expect(lines).toContain('::warning file=content/catalog/services.yaml,line=46,title=Renamed::component:stock-svc is now component:stock-service; the old page redirects. Still named by Web team (#web): storefront');
    expect(lines).toContain('::notice file=content/paths/new-engineers.yaml,line=13,title=Onboarding step moved::Place an order moved from Week 1 (step 1) to Day 1 (step 2)');
    expect(lines.filter((l) => l.startsWith('::warning file=content/catalog/services.yaml,line=44,'))).toHaveLength(2);
  });

  it('prints text by default and exits 0 when the change brings only warnings', () => {
    const dir = repo();
    const r = check(dir, ['--diff', 'main']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Change review: main → the working tree');
    expect(r.stdout).toContain('  orders-service (component:orders-service): from Orders team (#orders, orders@example.com) to Checkout team (#checkout, on-call https://oncall.example/checkout)  content/catalog/services.yaml:9');
    expect(r.stdout).toContain('Problems already there: 1 (they do not block this change); fixed by it: 0.');
  });

  it('exits 1 with --fail-on-breaking when a removal or rename leaves consumers pointing at nothing', () => {
    const dir = repo();
    expect(check(dir, ['--diff', 'main', '--fail-on-breaking', '--format', 'json']).status).toBe(1);
  });

  it('exits 1 when the change introduces an error, and 0 for errors that were already there', () => {
    const dir = repo({ commit: true });
    write(dir, { 'content/catalog/extra.yaml': 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: broken\nspec:\n  type: service\n  owner: web-team\n' });
    const introduced = check(dir, ['--diff', 'HEAD', '--format', 'json']);
    expect(introduced.status).toBe(1);
    expect(JSON.parse(introduced.stdout).problems.introduced).toEqual([
      expect.objectContaining({ file: 'content/catalog/extra.yaml', severity: 'error', code: 'catalog/missing-field' }),
    ]);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'broken'], '2026-11-03T10:00:00Z');
    // The error is in the base too: it does not block the next change.
    write(dir, { 'content/catalog/services.yaml': SERVICES.replace('Takes orders.', 'Takes and tracks orders.') });
    const existing = check(dir, ['--diff', 'HEAD', '--format', 'json']);
    expect(existing.status).toBe(0);
    const out = JSON.parse(existing.stdout);
    expect(out.problems.introduced.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(out.problems.unchanged).toBeGreaterThanOrEqual(1);
  });

  it('exits 2 for usage problems and revisions git does not know, naming what to do', () => {
    const dir = repo();
    const unknown = check(dir, ['--diff', 'no-such-branch']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('git does not know the revision "no-such-branch"');
    const option = check(dir, ['--diff=--output=/tmp/x']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('is not a revision Wayfinder will pass to git');
    expect(check(dir, ['--diff', 'main', '--format', 'yaml']).status).toBe(2);
    expect(check(dir, ['--diff', 'main', '--diff-from', 'x']).status).toBe(2);
    expect(check(dir, ['--diff', 'main', '--health']).status).toBe(2);
    const notGit = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-review-nogit-'));
    made.push(notGit);
    fs.mkdirSync(path.join(notGit, 'content'));
    const r = check(notGit, ['--diff', 'main']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not in a git repository; compare two folders with --diff-from');
  });
});

describe('npm run check -- --diff-from <folder>', () => {
  it('compares another folder with the content folder, naming files the same way', () => {
    const dir = repo();
    const old = path.join(dir, 'old-content');
    git(dir, ['worktree', 'add', '-q', '--detach', path.join(dir, 'wt'), 'main']);
    fs.renameSync(path.join(dir, 'wt', 'content'), old);
    const r = check(dir, ['--diff-from', 'old-content', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.base).toBe('old-content');
    expect(out.owners).toHaveLength(1);
    // Problems that were there before are matched across the two folders' names.
    expect(out.problems.unchanged).toBe(1);
    expect(out.problems.introduced).toHaveLength(2);
  });
});
