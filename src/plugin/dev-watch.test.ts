import { describe, expect, it } from 'vitest';
import { devWatchIgnored } from './dev-watch.ts';

describe('what astro dev does not watch', () => {
  it("skips bench's output but the content folder being served, and the folders that hold it", () => {
    const ignored = devWatchIgnored('/site', '/site/bench/out/10k/content');
    expect(ignored('/site/bench/out/30k/dist/catalog/index.html')).toBe(true);
    expect(ignored('/site/bench/out/baseline/10k/dist/pages/page-00001')).toBe(true);
    expect(ignored('/site/bench/out/10k/dist/index.html')).toBe(true);
    expect(ignored('/site/bench/out/10k/content-old/docs/a.md')).toBe(true);
    expect(ignored('/site/bench/out/10k/content/docs/a.md')).toBe(false);
    expect(ignored('/site/bench/out/10k')).toBe(false);
    expect(ignored('/site/bench/out')).toBe(false);
  });

  it('watches everything else, bench output included when it is not in the project', () => {
    const ignored = devWatchIgnored('/site', '/site/content');
    expect(ignored('/site/content/docs/a.md')).toBe(false);
    expect(ignored('/site/src/pages/index.astro')).toBe(false);
    expect(ignored('/site/bench/results.md')).toBe(false);
    expect(ignored('/site/bench/out/1k/content/docs/a.md')).toBe(true);
    expect(ignored('/elsewhere/bench/out/x')).toBe(false);
  });
});
