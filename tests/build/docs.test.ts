import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { checkDocs } from '../../src/core/docs/frontmatter.ts';
import { docId, docPath } from '../../src/core/urls.ts';
import { demoDist, root } from './site.ts';
import { readPagefindIndex } from './pagefind.ts';
import { parseFrontmatter } from '../../src/core/yaml/source.ts';

const paths = resolveContentPaths(undefined, {}, root, root);
const { docs } = checkDocs(paths);
const pageFile = (id: string) => path.join(demoDist, id === 'index' ? 'index.html' : id === '404' ? '404.html' : `${id}/index.html`);

describe('the demo site', () => {
  it('has the docs it claims to (at least 15 beside the home page)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(16);
  });

  it('writes a page for every doc in content/docs', () => {
    const missing = docs.map((d) => docId(d.relative, d.slug)).filter((id) => !fs.existsSync(pageFile(id)));
    expect(missing).toEqual([]);
  });

  it('puts every searchable doc in the Pagefind index, each exactly once', () => {
    const searchable = docs
      .filter((d) => parseFrontmatter(d.file, d.display, fs.readFileSync(d.file, 'utf8'), { area: 'docs' }).frontmatter?.map?.get('pagefind') !== false)
      .map((d) => docPath(docId(d.relative, d.slug)))
      .sort();
    const indexed = readPagefindIndex(demoDist).map((p) => p.url);
    const indexedDocs = indexed.filter((u) => u === '/' || u.startsWith('/docs/')).sort();
    expect(indexedDocs).toEqual(searchable);
    expect(new Set(indexed).size).toBe(indexed.length);
  });

  it('renders a doc with its title and body', () => {
    const html = fs.readFileSync(pageFile('docs/how-to/request-access'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>[^<]*access/i);
  });

  it("renders Starlight's asides and heading anchors in docs read from content/docs", () => {
    const html = fs.readFileSync(pageFile('docs/tutorials/first-day'), 'utf8');
    expect(html).toContain('starlight-aside');
    expect(html).toMatch(/<h2 id="[a-z0-9-]+"/);
  });

  it('keeps the sidebar small: grouped by section, no page over 120 KB of HTML', () => {
    const home = fs.readFileSync(pageFile('docs/how-to/request-access'), 'utf8');
    for (const label of ['Tutorials', 'How-to guides', 'Reference', 'Explanation', 'Wayfinder manual']) {
      expect(home).toContain(label);
    }
    for (const d of docs) {
      const size = fs.statSync(pageFile(docId(d.relative, d.slug))).size;
      expect(size, d.relative).toBeLessThan(120_000);
    }
  });
});
