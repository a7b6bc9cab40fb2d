import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE, StoreRefresh } from './dev-store-refresh.ts';

it("names the installed Astro's data store module (fails when an upgrade renames it, which would turn the refresh off)", () => {
  const dist = path.dirname(fileURLToPath(import.meta.resolve('astro')));
  const consts = fs.readFileSync(path.join(dist, 'content/consts.js'), 'utf8');
  const id = /DATA_STORE_VIRTUAL_ID = "([^"]+)"/.exec(consts)?.[1];
  expect(`\0${id}`).toBe(DATA_STORE_MODULE);
});

describe('reading the dev data store again after Astro writes it', () => {
  it('waits for the requests that overlapped the write, then reads it again once', () => {
    let refreshes = 0;
    const r = new StoreRefresh(() => refreshes++);
    r.begin();
    r.begin();
    r.written();
    expect(refreshes).toBe(0);
    r.end();
    expect(refreshes).toBe(0);
    r.end();
    expect(refreshes).toBe(1);
    // Later requests with no new write read nothing again.
    r.begin();
    r.end();
    expect(refreshes).toBe(1);
  });

  it('reads it again at once when no request is being served', () => {
    let refreshes = 0;
    const r = new StoreRefresh(() => refreshes++);
    r.written();
    expect(refreshes).toBe(1);
    r.written();
    expect(refreshes).toBe(2);
  });
});
