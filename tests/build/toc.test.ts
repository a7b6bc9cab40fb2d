import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { demoDist, htmlFiles } from './site.ts';

/** A page's section headings (`<h2 id>` in the content) and the `#ids` its table of contents links to. */
function headingsAndToc(file: string): { sections: string[]; toc: string[] } | undefined {
  const root = parse(fs.readFileSync(path.join(demoDist, file), 'utf8'));
  const toc = root.querySelector('starlight-toc');
  if (!toc) return undefined;
  const content = root.querySelector('main');
  const sections = (content?.querySelectorAll('h2[id]') ?? [])
    .filter((h) => !h.closest('starlight-toc, mobile-starlight-toc'))
    // A screen-reader-only label (Markdown's "Footnotes") is not a section people jump to.
    .filter((h) => !(h.getAttribute('class') ?? '').split(/\s+/).includes('sr-only'))
    .map((h) => h.getAttribute('id') ?? '');
  const links = toc.querySelectorAll('a[href^="#"]').map((a) => (a.getAttribute('href') ?? '').slice(1));
  return { sections, toc: links.filter((id) => id !== '_top') };
}

describe('tables of contents', () => {
  const pages = htmlFiles(demoDist).filter((f) => !f.startsWith('pagefind/'));

  it('list every section heading of every page, and nothing that is not on the page', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const found = headingsAndToc(page);
      if (!found) continue;
      checked++;
      for (const id of found.sections) if (!found.toc.includes(id)) problems.push(`${page}: <h2 id="${id}"> is not in "On this page"`);
      const ids = new Set(parse(fs.readFileSync(path.join(demoDist, page), 'utf8')).querySelectorAll('main [id]').map((el) => el.getAttribute('id')));
      for (const id of found.toc) if (!ids.has(id)) problems.push(`${page}: "On this page" links to #${id}, which the page does not have`);
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('list the completeness scorecard on entity and team pages that have one', () => {
    const withCard = pages.filter((p) => /^(catalog\/(component|api|system)|teams)\//.test(p) && headingsAndToc(p)?.sections.includes('health'));
    expect(withCard.length).toBeGreaterThan(10);
    for (const p of withCard) expect(headingsAndToc(p)?.toc, p).toContain('health');
  });
});
