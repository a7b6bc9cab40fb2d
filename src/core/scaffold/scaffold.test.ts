import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../check-content.ts';
import { resolveContentPaths, type ContentPaths } from '../content-dir.ts';
import {
  dateProblem,
  entityNameProblem,
  fileIdProblem,
  kindFor,
  KINDS,
  pageUrl,
  renderFile,
  resolveAnswers,
  scaffoldContext,
  targetFile,
  writeChecked,
  type Answers,
  type KindId,
  type ScaffoldContext,
} from './index.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/scaffold/content');
const TODAY = '2026-06-01';

let dir: string;
let paths: ContentPaths;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-new-'));
  fs.cpSync(FIXTURE, path.join(dir, 'content'), { recursive: true });
  paths = resolveContentPaths(path.join(dir, 'content'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function context(): { ctx: ScaffoldContext; before: ReturnType<typeof checkContent> } {
  const before = checkContent(paths, { today: TODAY });
  return { ctx: scaffoldContext(paths, before, TODAY), before };
}

/** Creates `word` with `given` the way the CLI does without a terminal. */
function create(word: string, given: Answers) {
  const found = kindFor(word);
  if (!found) throw new Error(`unknown kind ${word}`);
  const { ctx, before } = context();
  const { answers, problems } = resolveAnswers(found.kind, { ...found.preset, ...given }, ctx);
  expect(problems).toEqual([]);
  const relative = targetFile(found.kind.id, answers);
  const result = writeChecked(paths, relative, renderFile(found.kind.id, answers, ctx), before, { today: TODAY });
  return { result, relative, answers, url: pageUrl(found.kind.id, answers), text: fs.readFileSync(result.file, 'utf8') };
}

const errors = () => checkContent(paths, { today: TODAY }).diagnostics.filter((d) => d.severity === 'error');

describe('each kind writes one file that checks clean', () => {
  const cases: [string, Answers, string, string][] = [
    ['service', { name: 'cart', system: 'shop', owner: 'web-team' }, 'catalog/components/cart.yaml', '/catalog/component/cart/'],
    ['api', { name: 'cart-api', owner: 'group:web-team', type: 'graphql' }, 'catalog/apis/cart-api.yaml', '/catalog/api/cart-api/'],
    ['api', { name: 'cart-events', owner: 'group:web-team', type: 'asyncapi' }, 'catalog/apis/cart-events.yaml', '/catalog/api/cart-events/'],
    ['api', { name: 'cart-grpc', owner: 'group:web-team', type: 'grpc' }, 'catalog/apis/cart-grpc.yaml', '/catalog/api/cart-grpc/'],
    ['api', { name: 'cart-rest', owner: 'group:web-team' }, 'catalog/apis/cart-rest.yaml', '/catalog/api/cart-rest/'],
    ['system', { name: 'payments', owner: 'group:platform-team', domain: 'commerce' }, 'catalog/systems/payments.yaml', '/catalog/system/payments/'],
    ['domain', { name: 'logistics', owner: 'user:ana.lima' }, 'catalog/domains/logistics.yaml', '/catalog/domain/logistics/'],
    ['team', { name: 'data-team', parent: 'acme', members: ['ana.lima'] }, 'catalog/teams/data-team.yaml', '/teams/data-team/'],
    ['user', { name: 'cleo.diaz', memberOf: ['web-team', 'platform-team'] }, 'catalog/users/cleo.diaz.yaml', '/catalog/user/cleo.diaz/'],
    ['beta', { subjects: ['shop-web'] }, 'lifecycle/shop-web-beta.md', '/lifecycle/shop-web-beta/'],
    ['ga', { subjects: ['component:shop-web'] }, 'lifecycle/shop-web-ga.md', '/lifecycle/shop-web-ga/'],
    ['deprecation', { subjects: ['old-checkout'], replacement: 'shop-web' }, 'lifecycle/old-checkout-deprecation.md', '/lifecycle/old-checkout-deprecation/'],
    ['sunset', { subjects: ['old-checkout'] }, 'lifecycle/old-checkout-sunset.md', '/lifecycle/old-checkout-sunset/'],
    ['path', { name: 'frontend', owner: 'web-team', steps: ['how-to/request-access', 'tutorials/first-day'], prerequisites: ['everyone'] }, 'paths/frontend.yaml', '/onboarding/frontend/'],
    ['tutorial', { name: 'ship-a-page' }, 'docs/tutorials/ship-a-page.md', '/docs/tutorials/ship-a-page/'],
    ['how-to', { title: 'Roll back: the quick way', owner: 'web-team' }, 'docs/how-to/roll-back-the-quick-way.md', '/docs/how-to/roll-back-the-quick-way/'],
    ['reference', { name: 'shop-config', services: ['shop-web'] }, 'docs/reference/shop-config.md', '/docs/reference/shop-config/'],
    ['explanation', { name: 'why-a-shop', audience: ['backend', 'everyone'] }, 'docs/explanation/why-a-shop.md', '/docs/explanation/why-a-shop/'],
    ['campaign', { name: 'runbooks', title: 'Runbooks', owner: 'web-team', rules: ['runbook', 'oncall'], lifecycle: 'production' }, 'campaigns/runbooks.yaml', '/campaigns/runbooks/'],
  ];
  it.each(cases)('%s %j', (word, given, file, url) => {
    const { result, relative, url: page } = create(word, given);
    expect(result.errors).toEqual([]);
    expect(result.written).toBe(true);
    expect(relative).toBe(file);
    expect(page).toBe(url);
    expect(fs.existsSync(path.join(paths.root, file))).toBe(true);
    expect(errors()).toEqual([]);
  });

  it('new things show up in the check: the entity, the announcement, the path and the doc', () => {
    create('service', { name: 'cart', owner: 'web-team' });
    create('deprecation', { subjects: ['old-checkout'] });
    create('path', { name: 'frontend', owner: 'web-team', steps: ['how-to/request-access'] });
    create('how-to', { name: 'pay' });
    const after = checkContent(paths, { today: TODAY });
    expect(after.catalog.byRef.get('component:default/cart')?.owner).toBe('group:default/web-team');
    expect(after.announcements.map((a) => a.id)).toEqual(['old-checkout-deprecation']);
    expect(after.announcements[0]).toMatchObject({ type: 'deprecation', announced: TODAY, effective: TODAY, sunset: '2026-08-30', contact: 'group:default/web-team' });
    expect(after.paths.find((p) => p.id === 'frontend')?.milestones[0]?.steps.map((s) => s.title)).toEqual(['Request access']);
    expect(after.docs.some((d) => d.relative === 'how-to/pay.md')).toBe(true);
  });
});

describe('defaults come from the content', () => {
  it('a service in a system is owned by the system’s owner; lifecycle and type have defaults', () => {
    const { text } = create('service', { name: 'cart', system: 'system:shop' });
    expect(parse(text)).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'cart', title: 'Cart' },
      spec: { type: 'service', lifecycle: 'experimental', owner: 'group:web-team', system: 'system:shop' },
    });
  });

  it('an announcement’s contact is the subject’s owner and its title says what happens', () => {
    const { answers } = create('deprecation', { subjects: ['old-checkout'] });
    expect(answers).toMatchObject({ title: 'Old checkout is deprecated', contact: 'group:web-team', name: 'old-checkout-deprecation' });
  });

  it('a path step says why, from the doc’s description', () => {
    const { text } = create('path', { name: 'frontend', owner: 'web-team', steps: ['how-to/request-access'] });
    expect(parse(text).milestones[0].steps[0]).toEqual({ id: 'request-access', doc: 'how-to/request-access', duration: '30m', why: 'Ask for the access you need, and get it approved.' });
  });

  it('a title with a colon or quotes stays one YAML value', () => {
    const { text } = create('how-to', { title: 'Deploy: "fast" & safe', name: 'deploy' });
    expect(text).toMatch(/^---\ntitle: 'Deploy: "fast" & safe'\n/);
  });
});

describe('bad input is a clear problem, before anything is written', () => {
  const problems = (word: string, given: Answers) => {
    const found = kindFor(word);
    if (!found) throw new Error(word);
    return resolveAnswers(found.kind, { ...found.preset, ...given }, context().ctx).problems.map((p) => `${p.field}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
  };

  it('names Backstage would reject', () => {
    expect(problems('service', { name: 'Shopping Cart', owner: 'web-team' })).toEqual([
      'name: "Shopping Cart" is not a valid entity name: Backstage names are 1-63 letters or digits, separated by -, _ or . (try shopping-cart)',
    ]);
    expect(entityNameProblem('a'.repeat(64))?.message).toMatch(/is 64 characters long/);
    expect(entityNameProblem('-x')).toBeDefined();
    expect(entityNameProblem('ana.lima')).toBeUndefined();
    expect(fileIdProblem('Roll_Back', 'doc')).toEqual({ message: '"Roll_Back" cannot name a doc: use lower-case words joined by hyphens', hint: 'try roll-back' });
  });

  it('an unknown owner, with the closest one', () => {
    expect(problems('service', { name: 'cart', owner: 'group:web-tem' })).toEqual(['owner: owner "group:web-tem" is not in the catalog (did you mean group:web-team?)']);
    expect(problems('path', { name: 'p', owner: 'user:ana.lima', steps: ['tutorials/first-day'] })).toEqual(['owner: owner "user:ana.lima" is a user; it must be a group']);
  });

  it('impossible dates and dates out of order', () => {
    expect(dateProblem('2026-02-30', 'sunset')?.message).toBe('sunset 2026-02-30 is not a day of the calendar');
    expect(dateProblem('2028-02-29', 'sunset')).toBeUndefined();
    expect(problems('deprecation', { subjects: ['old-checkout'], sunset: '2026-13-01' })).toEqual([
      'sunset: sunset 2026-13-01 is not a day of the calendar (check the month and the day, e.g. 2026-02-28)',
    ]);
    expect(problems('beta', { subjects: ['shop-web'], announced: '2026-06-10', effective: '2026-06-01' })).toEqual([
      'effective: effective 2026-06-01 is before announced 2026-06-10 (choose 2026-06-10 or later)',
    ]);
  });

  it('names that are taken, and missing required values', () => {
    expect(problems('service', { name: 'Shop-Web', owner: 'web-team' })[0]).toMatch(/^name: there is already a component named shop-web, in content\/catalog\/shop.yaml:\d+/);
    expect(problems('path', { name: 'everyone', owner: 'web-team', steps: ['tutorials/first-day'] })).toEqual(['name: there is already a path "everyone" (choose another id)']);
    expect(problems('how-to', { name: 'request-access' })).toEqual(['name: docs/how-to/request-access.md already exists (choose another name; new never overwrites a file)']);
    expect(problems('user', { name: 'cleo' })).toEqual([
      'memberOf: memberOf is needed: the team(s) they belong to (group:<name>), comma-separated; must be in the catalog (give --memberOf <value>)',
    ]);
    expect(problems('path', { name: 'p', owner: 'web-team', steps: ['first-day'] })).toEqual(['steps: there is no doc "first-day" (did you mean tutorials/first-day?)']);
  });
});

describe('writeChecked', () => {
  it('never overwrites a file', () => {
    const { before } = context();
    const file = path.join(paths.root, 'docs/how-to/request-access.md');
    const original = fs.readFileSync(file, 'utf8');
    const r = writeChecked(paths, 'docs/how-to/request-access.md', '---\ntitle: New\n---\n', before, { today: TODAY });
    expect(r).toMatchObject({ written: false, failure: 'docs/how-to/request-access.md already exists; new never overwrites a file' });
    expect(fs.readFileSync(file, 'utf8')).toBe(original);
  });

  it('removes a file that brings a new error, and the folders it made for it', () => {
    const { before } = context();
    const r = writeChecked(paths, 'lifecycle/2026/bad.md', '---\ntitle: Bad\ntype: beta\nsubjects: [component:nope]\nannounced: 2026-06-01\neffective: 2026-06-01\ncontact: group:web-team\n---\n', before, { today: TODAY });
    expect(r.written).toBe(false);
    expect(r.errors.map((d) => d.code)).toEqual(['lifecycle/unknown-ref']);
    expect(fs.existsSync(path.join(paths.root, 'lifecycle'))).toBe(false);
  });

  it('keeps a file that only brings warnings, and says so', () => {
    const { result } = create('deprecation', { subjects: ['shop-web'] });
    expect(result.written).toBe(true);
    expect(result.warnings.map((d) => d.code)).toEqual(['lifecycle/stage-mismatch']);
  });
});

describe('kinds', () => {
  it('every kind has a name field and a target under its own folder', () => {
    const folders: Record<KindId, string> = {
      service: 'catalog/', api: 'catalog/', system: 'catalog/', domain: 'catalog/', team: 'catalog/', user: 'catalog/',
      announcement: 'lifecycle/', path: 'paths/', doc: 'docs/how-to/', campaign: 'campaigns/',
    };
    for (const [id, kind] of Object.entries(KINDS) as [KindId, (typeof KINDS)[KindId]][]) {
      expect(kind.fields.some((f) => f.key === 'name')).toBe(true);
      expect(targetFile(id, { name: 'x', type: 'how-to' }).startsWith(folders[id])).toBe(true);
    }
    expect(kindFor('how-to')).toMatchObject({ kind: { id: 'doc' }, preset: { type: 'how-to' } });
    expect(kindFor('Sunset')).toMatchObject({ kind: { id: 'announcement' }, preset: { type: 'sunset' } });
    expect(kindFor('widget')).toBeUndefined();
  });
});
