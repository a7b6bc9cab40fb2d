import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { htmlFiles, root as repoRoot } from './site.ts';
import { checkDocs } from '../../src/core/docs/frontmatter.ts';
import { resolveContentPaths } from '../../src/core/content-dir.ts';
import { docId, docPath } from '../../src/core/urls.ts';

/** One broken internal link: the page it is on, and the href. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Checks every internal link and anchor in a built site: `href` and `src` that point
 * inside the site must name a file that exists, and a `#fragment` must name an id on
 * the target page. `base` is the site's base path (e.g. `/handbook/`).
 */
export function checkLinks(dist: string, base = '/'): BrokenLink[] {
  const pages = htmlFiles(dist).filter((f) => !f.startsWith('pagefind/'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      const root = parse(fs.readFileSync(path.join(dist, file), 'utf8'));
      set = new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? ''));
      for (const a of root.querySelectorAll('a[name]')) set.add(a.getAttribute('name') ?? '');
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const root = parse(fs.readFileSync(path.join(dist, page), 'utf8'));
    const pageUrl = new URL(`http://site${base}${page.replace(/index\.html$/, '')}`);
    const refs = [
      ...root.querySelectorAll('a[href]').map((el) => el.getAttribute('href') ?? ''),
      ...root.querySelectorAll('link[href]').filter((el) => !/canonical|alternate|sitemap/.test(el.getAttribute('rel') ?? '')).map((el) => el.getAttribute('href') ?? ''),
      ...root.querySelectorAll('img[src], script[src]').map((el) => el.getAttribute('src') ?? ''),
    ];
    for (const href of refs) {
      if (!href || EXTERNAL.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.host !== 'site') continue;
      let rel = decodeURIComponent(url.pathname);
      if (!rel.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      rel = rel.slice(base.length);
      const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
      const target = candidates.find((c) => fs.existsSync(path.join(dist, c)) && fs.statSync(path.join(dist, c)).isFile());
      if (!target) {
        broken.push({ page, href, reason: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && fragment !== 'top' && !idsOf(target).has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return broken;
}

/** The site paths of the demo's own docs (content/docs, not the manual), e.g. /docs/how-to/roll-back-a-deploy/. */
export function demoDocPaths(): Set<string> {
  const paths = resolveContentPaths(undefined, {}, repoRoot, repoRoot);
  delete paths.manual;
  return new Set(
    checkDocs(paths)
      .docs.map((d) => docPath(docId(d.relative, d.slug)))
      .filter((p) => p !== '/' && p !== '/404/'),
  );
}

/** Links in a built site (`base` `/`) to any of `targets` (site paths), as `page -> href`. */
export function linksTo(dist: string, targets: Set<string>): string[] {
  const found: string[] = [];
  for (const page of htmlFiles(dist).filter((f) => !f.startsWith('pagefind/'))) {
    const root = parse(fs.readFileSync(path.join(dist, page), 'utf8'));
    const pageUrl = new URL(`http://site/${page.replace(/index\.html$/, '')}`);
    for (const a of root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (!href || EXTERNAL.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.host === 'site' && targets.has(decodeURIComponent(url.pathname))) found.push(`${page} -> ${href}`);
    }
  }
  return found;
}
