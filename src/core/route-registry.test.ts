import { describe, expect, it } from 'vitest';
import { findRouteCollisions, outputFile, type RouteSource } from './route-registry.ts';

const at = (path: string, what: string, file: string, line = 1): RouteSource => ({ path, what, file, line, column: 1 });

describe('findRouteCollisions', () => {
  it('writes pages as folders and other routes as files', () => {
    expect(outputFile('/docs/x/')).toBe('/docs/x/index.html');
    expect(outputFile('/lifecycle.ics')).toBe('/lifecycle.ics');
  });
  it('reports two sources for one page, naming both files and lines', () => {
    const d = findRouteCollisions([at('/docs/a/', 'doc', 'c/docs/a.md'), at('/docs/a/', 'doc', 'c/docs/A.md', 3)]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ file: 'c/docs/A.md', line: 3, code: 'site/route-collision' });
    expect(d[0]?.message).toContain('c/docs/a.md:1:1');
  });
  it('reports paths that differ only in case, and content that takes a built-in page', () => {
    expect(findRouteCollisions([at('/docs/Guide/', 'doc', 'a.md'), at('/docs/guide/', 'doc', 'b.md')])).toHaveLength(1);
    const d = findRouteCollisions([at('/catalog/', 'built-in page', ''), at('/catalog/', 'doc', 'c/docs/x.md', 1)]);
    expect(d.map((x) => x.file)).toEqual(['c/docs/x.md']);
  });
  it('reads repeated slashes as one, as Astro and browsers do', () => {
    const d = findRouteCollisions([at('/campaigns/x/', 'campaign', 'c/campaigns/x.yaml'), at('/campaigns//x/', 'campaign', 'c/campaigns/%%%/x.yaml')]);
    expect(d.map((x) => [x.file, x.message])).toEqual([['c/campaigns/%%%/x.yaml', expect.stringContaining('the campaign from c/campaigns/x.yaml:1:1')]]);
  });
  it('reports a file where another page needs a folder, once', () => {
    const d = findRouteCollisions([
      at('/teams/platform/lifecycle.ics', 'team calendar feed', 'c/catalog/a.yaml', 3),
      at('/teams/platform/lifecycle.ics/', 'team page', 'c/catalog/a.yaml', 12),
      at('/teams/platform/lifecycle.ics/lifecycle.ics', 'team calendar feed', 'c/catalog/a.yaml', 12),
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]?.message).toMatch(/written to the file \/teams\/platform\/lifecycle\.ics, but .* needs a folder/);
  });
  it('keeps content out of the folders Wayfinder fills itself', () => {
    const d = findRouteCollisions([at('/catalog/by/tag/x/', 'doc', 'c/docs/x.md'), at('/catalog/by/', 'built-in page', '')], ['/catalog/by/']);
    expect(d.map((x) => `${x.file} ${x.code}`)).toEqual(['c/docs/x.md site/route-reserved']);
  });

  it('is quiet when every output has one source', () => {
    expect(findRouteCollisions([at('/docs/a/', 'doc', 'a.md'), at('/docs/a/b/', 'doc', 'b.md'), at('/x.json', 'file', '')])).toEqual([]);
  });
});
