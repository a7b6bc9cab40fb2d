/** `npm run new`, run as `node scripts/new.ts` without a terminal, on a copy of a small content folder. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const NEW = path.join(ROOT, 'scripts/new.ts');
const CHECK = path.join(ROOT, 'scripts/check.ts');
const FIXTURE = path.join(ROOT, 'tests/fixtures/scaffold/content');
const ENV = { ...process.env, WAYFINDER_CONTENT: '', INIT_CWD: '', WAYFINDER_TODAY: '2026-06-01' };

let dir: string;
let content: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-new-cli-'));
  content = path.join(dir, 'content');
  fs.cpSync(FIXTURE, content, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  // Run beside the content folder, as a person would: printed paths are relative to it.
  const r = spawnSync(process.execPath, [script, ...args, '--content', content], { cwd: dir, encoding: 'utf8', env: ENV, stdio: ['pipe', 'pipe', 'pipe'] });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const newCmd = (...args: string[]) => run(NEW, args);

/** Every file under the content folder with its text, to show that nothing changed. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(content, f);
    out[f] = fs.statSync(full).isDirectory() ? '<dir>' : fs.readFileSync(full, 'utf8');
  }
  return out;
}

describe('node scripts/new.ts, no terminal', () => {
  it('creates each kind from flags alone, and the content still checks clean', () => {
    const commands: [string[], string, string][] = [
      [['service', 'cart', '--owner', 'group:web-team', '--system', 'shop', '--description', 'Holds what people are about to buy.'], 'content/catalog/components/cart.yaml', '/catalog/component/cart/'],
      [['api', 'cart-api', '--owner', 'web-team', '--type', 'openapi'], 'content/catalog/apis/cart-api.yaml', '/catalog/api/cart-api/'],
      [['system', 'payments', '--owner', 'platform-team', '--domain', 'commerce'], 'content/catalog/systems/payments.yaml', '/catalog/system/payments/'],
      [['domain', 'logistics', '--owner', 'platform-team'], 'content/catalog/domains/logistics.yaml', '/catalog/domain/logistics/'],
      [['team', 'data-team', '--parent', 'acme', '--title', 'Data'], 'content/catalog/teams/data-team.yaml', '/teams/data-team/'],
      [['user', 'cleo.diaz', '--memberOf', 'web-team,platform-team', '--email', 'cleo@acme.example'], 'content/catalog/users/cleo.diaz.yaml', '/catalog/user/cleo.diaz/'],
      [['announcement', '--type', 'beta', '--subjects', 'component:cart'], 'content/lifecycle/cart-beta.md', '/lifecycle/cart-beta/'],
      [['deprecation', 'checkout-v1-goes', '--subjects', 'old-checkout', '--replacement', 'cart', '--sunset', '2026-12-31'], 'content/lifecycle/checkout-v1-goes.md', '/lifecycle/checkout-v1-goes/'],
      [['path', 'frontend', '--owner', 'web-team', '--steps', 'how-to/request-access', '--steps', 'tutorials/first-day', '--title', 'Frontend engineer'], 'content/paths/frontend.yaml', '/onboarding/frontend/'],
      [['doc', '--type', 'tutorial', '--title', 'Build your first page'], 'content/docs/tutorials/build-your-first-page.md', '/docs/tutorials/build-your-first-page/'],
      [['explanation', 'checkout-flow'], 'content/docs/explanation/checkout-flow.md', '/docs/explanation/checkout-flow/'],
      [['how-to', 'add-a-product', '--owner', 'web-team', '--services', 'cart'], 'content/docs/how-to/add-a-product.md', '/docs/how-to/add-a-product/'],
    ];
    for (const [args, file, url] of commands) {
      const r = newCmd(...args);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout.split('\n').slice(0, 2)).toEqual([`Created ${file}`, `Its page: ${url}`]);
      expect(fs.existsSync(path.join(dir, file))).toBe(true);
    }
    const check = run(CHECK, []);
    expect(check.stdout).toMatch(/Checked 15 entities .*, 6 docs, 2 onboarding paths and 2 announcements in \d+ ms: 0 errors, 0 warnings, 0 skipped\.\n$/);
    expect(check.status).toBe(0);
  });

  it('prints the new file relative to the folder npm was run in, so it opens with a click', () => {
    // `npm run new` runs in the project root and keeps the person's folder in INIT_CWD.
    const r = spawnSync(process.execPath, [NEW, 'service', 'cart', '--owner', 'web-team', '--content', '.'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...ENV, INIT_CWD: content, npm_package_json: path.join(ROOT, 'package.json') },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('Created catalog/components/cart.yaml');
    expect(fs.existsSync(path.join(content, 'catalog/components/cart.yaml'))).toBe(true);
  });

  it('bad input is an error on stderr, exit 1, and writes nothing', () => {
    const before = snapshot();
    const cases: [string[], RegExp][] = [
      [['service', 'Shopping Cart', '--owner', 'web-team'], /--name: "Shopping Cart" is not a valid entity name: Backstage names .* \(try shopping-cart\)/],
      [['service', 'cart', '--owner', 'group:web-tem'], /--owner: owner "group:web-tem" is not in the catalog \(did you mean group:web-team\?\)/],
      [['deprecation', '--subjects', 'old-checkout', '--sunset', '2027-02-29'], /--sunset: sunset 2027-02-29 is not a day of the calendar/],
      [['beta', '--subjects', 'shop-web', '--announced', 'next week'], /--announced: announced "next week" is not a date \(write it as YYYY-MM-DD/],
      [['how-to', 'request-access'], /--name: docs\/how-to\/request-access.md already exists \(choose another name; new never overwrites a file\)/],
    ];
    for (const [args, message] of cases) {
      const r = newCmd(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/Nothing was written\.\n$/);
      expect(r.stdout).toBe('');
    }
    expect(snapshot()).toEqual(before);
  });

  it('usage problems exit 2: unknown kind or flag, a required value missing with no terminal', () => {
    const before = snapshot();
    expect(newCmd('widget', 'x')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^wayfinder new: cannot create "widget" \(choose one of service, api, system/) });
    // A typo gets a did-you-mean: of the kinds and shortcuts, of the flags, of one kind's fields.
    expect(newCmd('servce', 'x')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^wayfinder new: cannot create "servce": did you mean service\? \(choose one of/) });
    expect(newCmd('deprecaton', 'x')).toMatchObject({ status: 2, stderr: expect.stringMatching(/did you mean deprecation\?/) });
    expect(newCmd('service', 'x', '--ownr', 'web-team')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^wayfinder new: Unknown option '--ownr'; did you mean --owner\?\n/) });
    expect(newCmd('service', 'x', '--sunset', '2027-01-01')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--sunset does not apply to service \(it takes --name, --title/) });
    expect(newCmd('deprecation', 'x', '--subject', 'cart')).toMatchObject({ status: 2, stderr: expect.stringMatching(/Unknown option '--subject'; did you mean --subjects\?/) });
    const missing = newCmd('service', 'cart');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/service needs --owner when there is no terminal to ask in/);
    expect(snapshot()).toEqual(before);
  });

  it('--help lists the kinds, and the fields of one kind', () => {
    const all = run(NEW, ['--help']);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/^Usage: npm run new -- <what> \[name\]/);
    for (const kind of ['service', 'api', 'system', 'domain', 'team', 'user', 'announcement', 'path', 'doc']) expect(all.stdout).toMatch(new RegExp(`\\n  ${kind} +`));
    // A shortcut's help is its own: its name, not the field it fixes, and a field with a default is not required.
    const one = run(NEW, ['deprecation', '--help']);
    expect(one.stdout).toMatch(/^Usage: npm run new -- deprecation \[name\]/);
    expect(one.stdout).not.toContain('--type');
    expect(one.stdout).toMatch(/--subjects +\(required\) /);
    expect(one.stdout).toMatch(/--sunset +a deprecation only/);
    expect(one.stdout).toMatch(/--effective +the day/);
    expect(run(NEW, ['beta', '--help']).stdout).not.toContain('--sunset');
    expect(run(NEW, ['announcement', '--help']).stdout).toMatch(/--type +\(required\) beta, ga/);
  });
});
