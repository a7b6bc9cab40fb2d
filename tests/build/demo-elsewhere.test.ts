/**
 * The demo built a second way, once for two questions (a full build of the demo is the
 * suite's most expensive step): its content copied to a folder outside the project (its own
 * repository beside Wayfinder, as the README recommends) and served under a base path.
 *
 * - Content outside the project builds like the one inside, MDX included: the same pages,
 *   with the same text, as the shared demo build (tests/.out/demo).
 * - Every internal link stays under the base path.
 *
 * (The time-zone check builds the demo once more, in lifecycle.test.ts: it compares bytes,
 * which a base path changes throughout.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkLinks } from './links.ts';
import { buildSite, demoDist, htmlFiles, root, testOut } from './site.ts';

const BASE = '/handbook';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-outside-'));
// Named content/ like the project's, so file names shown on pages (content/catalog/…) match.
const content = path.join(tmp, 'content');
fs.cpSync(path.join(root, 'content'), content, { recursive: true });
const r = buildSite(content, testOut('demo-elsewhere'), { WAYFINDER_BASE: BASE });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
/** The text of a page's main content. */
const main = (dist: string, page: string) => parse(read(dist, page)).querySelector('main')?.text.replace(/\s+/g, ' ').trim();

describe('content kept outside the project', () => {
  it('builds, MDX importing Starlight components included', () => {
    expect(path.relative(root, content).startsWith('..')).toBe(true);
    expect(r.status, r.output).toBe(0);
  });

  it('gives the same pages as the in-repo build of the same content', () => {
    expect(htmlFiles(r.outDir)).toEqual(htmlFiles(demoDist));
    // The MDX home page (Starlight's Card components), a how-to, an entity, an announcement and a manual page:
    // their text, which the base path does not change.
    for (const page of [
      'index.html',
      'docs/how-to/go-on-call/index.html',
      'catalog/component/payments-service/index.html',
      'lifecycle/feature-flags-beta/index.html',
      'docs/wayfinder/policy/index.html',
    ]) {
      expect(main(r.outDir, page), page).toBe(main(demoDist, page));
    }
    expect(read(r.outDir, 'index.html')).toContain('<title>Tidewater Handbook</title>');
  });
});

describe('a site served under a base path', () => {
  it('builds with WAYFINDER_BASE and every internal link stays under it', () => {
    expect(r.status, r.output).toBe(0);
    expect(checkLinks(r.outDir, `${BASE}/`)).toEqual([]);
    expect(read(r.outDir, 'index.html')).toContain(`href="${BASE}/docs/tutorials/first-day/"`);
  });
});
