/**
 * A content folder kept outside the project (its own repository beside Wayfinder, as the
 * README recommends) builds like the one inside, MDX included: the demo's content, copied
 * to a temporary folder, gives the same pages as the in-repo build of the demo (dist/).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite, demoDist, htmlFiles, root } from './site.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-outside-'));
// Named content/ like the project's, so file names shown on pages (content/catalog/…) match.
const content = path.join(tmp, 'content');
fs.cpSync(path.join(root, 'content'), content, { recursive: true });

/** The text of a page's main content. */
const main = (dist: string, page: string) => parse(fs.readFileSync(path.join(dist, page), 'utf8')).querySelector('main')?.text.replace(/\s+/g, ' ').trim();

describe('content kept outside the project', () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const r = buildSite(content, path.join(tmp, 'dist'));

  it('builds, MDX importing Starlight components included', () => {
    expect(path.relative(root, content).startsWith('..')).toBe(true);
    expect(r.status, r.output).toBe(0);
  });

  it('gives the same pages as the in-repo build of the same content', () => {
    expect(htmlFiles(r.outDir)).toEqual(htmlFiles(demoDist));
    // The MDX home page (Starlight's Card components), a how-to, an entity, an announcement and a manual page.
    for (const page of [
      'index.html',
      'docs/how-to/go-on-call/index.html',
      'catalog/component/payments-service/index.html',
      'lifecycle/feature-flags-beta/index.html',
      'docs/wayfinder/policy/index.html',
    ]) {
      expect(main(r.outDir, page), page).toBe(main(demoDist, page));
    }
    expect(fs.readFileSync(path.join(r.outDir, 'index.html'), 'utf8')).toContain('<title>Tidewater Handbook</title>');
  });
});
