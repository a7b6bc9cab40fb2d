/**
 * The questions `npm run new` asks in a terminal, driven with Inquirer's own test screen
 * (@inquirer/testing), which stands in for the terminal of every @inquirer prompt.
 */
import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { askAnswers } from '../../../scripts/new/ask.ts';
import { checkContent } from '../../../src/core/check-content.ts';
import { resolveContentPaths, type ContentPaths } from '../../../src/core/content-dir.ts';
import { KINDS, kindFor, renderFile, scaffoldContext, targetFile, writeChecked, type ScaffoldContext } from '../../../src/core/scaffold/index.ts';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/scaffold/content');
const TODAY = '2026-06-01';

let dir: string;
let paths: ContentPaths;
let ctx: ScaffoldContext;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-ask-'));
  fs.cpSync(FIXTURE, path.join(dir, 'content'), { recursive: true });
  paths = resolveContentPaths(path.join(dir, 'content'));
  ctx = scaffoldContext(paths, checkContent(paths, { today: TODAY }), TODAY);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('asking in a terminal', () => {
  it('asks a service’s questions, offering the systems and owners of the catalog, with defaults', async () => {
    const done = askAnswers(KINDS.service, { name: 'cart' }, ctx);

    expect(screen.getScreen()).toMatch(/^\? Title \(Cart\)/);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/Description/);
    screen.type('Holds what people are about to buy.');
    screen.keypress('enter');

    await screen.next();
    // Systems from the catalog, with "(none)" first because a system is optional.
    expect(screen.getScreen()).toMatch(/System \(optional\)[\s\S]*\(none\)[\s\S]*system:shop \(Shop\)/);
    screen.type('shop');
    await screen.next();
    screen.keypress('enter');

    await screen.next();
    // The owner defaults to the system's owner: it is listed first.
    expect(screen.getScreen()).toMatch(/Owner[\s\S]*❯ group:web-team \(Web\)/);
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toMatch(/Type[\s\S]*❯ service/);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/Lifecycle[\s\S]*❯ experimental/);
    screen.keypress('enter');

    const { answers, problems } = await done;
    expect(problems).toEqual([]);
    expect(answers).toEqual({
      name: 'cart',
      title: 'Cart',
      description: 'Holds what people are about to buy.',
      system: 'system:shop',
      owner: 'group:web-team',
      type: 'service',
      lifecycle: 'experimental',
    });
  });

  it('says what is wrong with a typed answer and asks again', async () => {
    const done = askAnswers(KINDS.user, {}, ctx);
    screen.type('Cleo Diaz');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/"Cleo Diaz" is not a valid entity name: Backstage names are 1-63 letters or digits, separated by -, _ or \. \(try cleo-diaz\)/);
    for (let i = 0; i < 'Cleo Diaz'.length; i++) screen.keypress('backspace');
    screen.type('cleo.diaz');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toMatch(/Display name \(Cleo Diaz\)/);
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter'); // no email
    await screen.next();
    expect(screen.getScreen()).toMatch(/Team[\s\S]*group:acme \(Acme\)[\s\S]*group:platform-team[\s\S]*group:web-team/);
    screen.type('web');
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    // A list: pick another or finish.
    expect(screen.getScreen()).toMatch(/Team \(group:web-team; pick another or finish\)[\s\S]*❯ \(done\)/);
    screen.keypress('enter');

    const { answers, problems } = await done;
    expect(problems).toEqual([]);
    expect(answers).toEqual({ name: 'cleo.diaz', title: 'Cleo Diaz', memberOf: ['group:web-team'] });
  });

  it('asks for a path’s steps in order, from the docs, and the file it writes checks clean', async () => {
    const found = kindFor('path');
    if (!found) throw new Error('no path kind');
    const done = askAnswers(found.kind, { name: 'frontend', owner: 'web-team', summary: 'Ship a page in week one.' }, ctx);
    expect(screen.getScreen()).toMatch(/Title \(Frontend\)/);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/Role it is for[\s\S]*❯ frontend[\s\S]*everyone/);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/First milestone \(Week 1\)/);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/Docs to read, in order[\s\S]*how-to\/request-access \(Request access\)/);
    screen.type('first');
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    screen.type('access');
    await screen.next();
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/\(tutorials\/first-day, how-to\/request-access; pick another or finish\)/);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toMatch(/Time for each step \(30m\)/);
    screen.type('1h');
    screen.keypress('enter');

    const { answers, problems } = await done;
    expect(problems).toEqual([]);
    expect(answers.steps).toEqual(['tutorials/first-day', 'how-to/request-access']);
    const before = checkContent(paths, { today: TODAY });
    const r = writeChecked(paths, targetFile('path', answers), renderFile('path', answers, ctx), before, { today: TODAY });
    expect(r).toMatchObject({ written: true, errors: [], warnings: [] });
    expect(checkContent(paths, { today: TODAY }).paths.find((p) => p.id === 'frontend')?.milestones[0]?.steps.map((s) => [s.id, s.duration])).toEqual([
      ['first-day', '1h'],
      ['request-access', '1h'],
    ]);
  });

  it('a wrong value given on the command line stops before any question', async () => {
    const { problems } = await askAnswers(KINDS.service, { name: 'cart', owner: 'group:nobody' }, ctx);
    expect(problems.map((p) => p.message)).toEqual(['owner "group:nobody" is not in the catalog']);
  });
});
