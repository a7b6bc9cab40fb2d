import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docLinksKey, forgetKept, keptFor, pathsFolderStamp } from './kept.ts';

afterEach(() => forgetKept());

describe('site data kept across dev reloads', () => {
  it('builds once while the inputs are the same objects, and again when one is another object', () => {
    const catalog = { entities: [] };
    let builds = 0;
    const health = (c: object, today: string) => keptFor('health', [c, today], () => ({ built: ++builds }));
    const first = health(catalog, '2026-06-01');
    expect(health(catalog, '2026-06-01')).toBe(first);
    expect(builds).toBe(1);
    // An equal-looking but new catalog (the catalog was checked again) is built from again.
    expect(health({ entities: [] }, '2026-06-01')).not.toBe(first);
    // So is the same catalog on another day.
    health(catalog, '2026-06-02');
    expect(builds).toBe(3);
  });

  it("keeps the catalog's doc links when only a doc's body or review fields change", () => {
    const doc = (title: string, extra: Record<string, unknown> = {}) => ({ id: 'docs/how-to/deploy', data: { title, services: ['component:payments-api'], owner: 'group:payments', ...extra } });
    const before = docLinksKey([doc('Deploy')]);
    expect(docLinksKey([{ ...doc('Deploy', { lastReviewed: '2026-05-01' }), body: 'Edited.' } as ReturnType<typeof doc>])).toBe(before);
    expect(docLinksKey([doc('Deploy a service')])).not.toBe(before);
    expect(docLinksKey([doc('Deploy', { services: [] })])).not.toBe(before);
    expect(docLinksKey([doc('Deploy', { owner: 'group:platform' })])).not.toBe(before);
    expect(docLinksKey([doc('Deploy'), { id: 'docs/new', data: { title: 'New' } }])).not.toBe(before);
  });

  it("notices a path file added or written in the paths folder, so an edited path shows on the next request", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wf-paths-'));
    try {
      fs.writeFileSync(path.join(dir, 'backend.yaml'), 'title: Backend\n');
      const before = pathsFolderStamp(dir);
      expect(pathsFolderStamp(dir)).toBe(before);
      fs.writeFileSync(path.join(dir, 'backend.yaml'), 'title: Backend engineers\n');
      const written = pathsFolderStamp(dir);
      expect(written).not.toBe(before);
      fs.writeFileSync(path.join(dir, 'frontend.yaml'), 'title: Frontend\n');
      expect(pathsFolderStamp(dir)).not.toBe(written);
      expect(pathsFolderStamp(path.join(dir, 'missing'))).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
