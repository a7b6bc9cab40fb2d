import { describe, expect, it } from 'vitest';
import { StoreRefresh } from './dev-store-refresh.ts';

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
