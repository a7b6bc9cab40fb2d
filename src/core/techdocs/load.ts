/**
 * An entity's TechDocs, read the way Backstage's TechDocs builds them: the annotation
 * `backstage.io/techdocs-ref: dir:<path>` (relative to the entity's descriptor file) names
 * a folder with mkdocs.yml and its docs_dir; every Markdown file in docs_dir becomes a page
 * under the entity (/catalog/<kind>/<name>/docs/…), every other file an asset, and the
 * mkdocs.yml nav (or the folder order) the pages' own navigation. `url:` refs are remote
 * and only warned about. Nothing here imports Astro: the build and `npm run check` share it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath, type ContentPaths } from '../content-dir.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { CatalogEntity } from '../model/entity.ts';
import { inScope, isInside as isWithin, readContentText, readScope, resolveInside } from '../content-fs.ts';
import { scriptUrlProblem, SCRIPT_URL_HINT } from '../safe-url.ts';
import { assetPolicy } from './assets.ts';
import { isMarkdownFile, listFolder } from './files.ts';
import { readMkdocsConfig, type NavEntry } from '../mkdocs-config.ts';
import { preprocess } from './preprocess.ts';
import { renderPage, type CodeBlock, type PageHeading } from './render.ts';
import { TECHDOCS_REF } from './ref.ts';
import { pageSlug, techDocsFilesRoot, techDocsRoot } from './urls.ts';

export { TECHDOCS_REF };

/** One built page of an entity's TechDocs. */
export interface TechDocsPage {
  /** Path under the entity's docs root: `` for index.md, `ops/runbook/` for ops/runbook.md. */
  slug: string;
  /** Site path without base: `/catalog/component/x/docs/ops/runbook/`. */
  path: string;
  /** The Markdown file, relative to docs_dir. */
  file: string;
  title: string;
  html: string;
  /** The page's code blocks (their figures in `html` carry data-code-block="<index>"). */
  codeBlocks: CodeBlock[];
  headings: PageHeading[];
}

/** One non-Markdown file (image, PDF) served with the docs. */
export interface TechDocsAsset {
  /** Path relative to docs_dir. */
  file: string;
  abs: string;
  /** Site path without base. */
  path: string;
  /** What is served instead of the file as it is (a sanitised SVG). */
  body?: string;
}

/** A node of the docs' own navigation (mkdocs.yml nav, or the folder order). */
export interface TechDocsNavItem {
  label: string;
  /** Site path without base, or an external URL. */
  link?: string;
  external?: boolean;
  items?: TechDocsNavItem[];
}

/** An entity's TechDocs, built. */
export interface TechDocsSite {
  entityRef: string;
  /** site_name of mkdocs.yml. */
  siteName?: string;
  /** Site path of the docs root, without base. */
  root: string;
  pages: TechDocsPage[];
  assets: TechDocsAsset[];
  nav: TechDocsNavItem[];
}

/** Options: the site's base path, which the pages' links are written with (default `/`). */
export interface LoadTechDocsOptions {
  base?: string;
  /** Draw ```mermaid blocks (wayfinder.yaml features.diagrams; default true): off, they stay code. */
  diagrams?: boolean;
}

/** Every entity's TechDocs, with every problem found. */
export function loadTechDocs(
  paths: ContentPaths,
  entities: readonly CatalogEntity[],
  options: LoadTechDocsOptions = {},
): { sites: TechDocsSite[]; diagnostics: Diagnostic[] } {
  const sites: TechDocsSite[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entity of entities) {
    const ref = entity.annotations[TECHDOCS_REF];
    if (ref === undefined) continue;
    const r = loadEntityDocs(paths, entity, ref, options.base ?? '/', options.diagrams ?? true);
    diagnostics.push(...r.diagnostics);
    if (r.site) sites.push(r.site);
  }
  return { sites, diagnostics };
}

/** Reads and renders one entity's TechDocs folder. */
function loadEntityDocs(paths: ContentPaths, entity: CatalogEntity, ref: string, base: string, diagrams: boolean): { site?: TechDocsSite; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const descriptor = path.resolve(paths.parent, entity.source.file);
  const at = annotationPosition(descriptor, entity);
  const warn = (code: string, message: string, hint: string, where: { file: string; line: number; column: number } = at): void => {
    diagnostics.push({ ...where, severity: 'warning', code, message, hint });
  };
  const display = (abs: string): string => displayPath(paths, abs);
  const value = ref.trim();
  if (/^url:/i.test(value)) {
    warn('techdocs/remote-ref', `${entity.name}'s TechDocs are remote (${value}); Wayfinder builds offline and does not fetch them`, `copy the docs next to the descriptor and write ${TECHDOCS_REF}: dir:.`);
    return { diagnostics };
  }
  if (!/^dir:/i.test(value)) {
    warn('techdocs/bad-ref', `"${value}" is not a TechDocs reference Wayfinder reads`, `write ${TECHDOCS_REF}: dir:. (a folder relative to this file)`);
    return { diagnostics };
  }
  // Containment is the content folder's (src/core/content-fs.ts): symbolic links followed, allowReadsFrom honoured.
  const scope = readScope(paths);
  const inDir = resolveInside(scope, descriptor, value.slice(4).trim() || '.');
  const dir = inDir.abs;
  if (!inDir.ok) {
    warn('techdocs/outside-content', `${entity.name}'s TechDocs folder: ${inDir.problem}; it is not read`, inDir.hint);
    return { diagnostics };
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    warn('techdocs/missing-folder', `${entity.name}'s TechDocs folder ${display(dir)}/ does not exist`, `${TECHDOCS_REF}: dir:<path> is relative to the folder of ${entity.source.file}`);
    return { diagnostics };
  }
  const configFile = ['mkdocs.yml', 'mkdocs.yaml'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f) || isSymlink(f));
  let config: ReturnType<typeof readMkdocsConfig>['config'] = { docsDir: 'docs', docsDirLine: 0 };
  if (configFile) {
    // mkdocs.yml is content like any other file: read through the content reader, never from outside.
    const inside = resolveInside(scope, configFile, path.basename(configFile));
    if (!inside.ok) {
      diagnostics.push({ file: display(configFile), line: 0, column: 0, severity: 'error', code: inside.code, message: `${entity.name}'s mkdocs.yml: ${inside.problem}; it is not read`, hint: inside.hint });
      return { diagnostics };
    }
    const text = readContentText(configFile, display(configFile));
    if (!text.ok) {
      diagnostics.push(text.diagnostic);
      return { diagnostics };
    }
    const r = readMkdocsConfig(text.text, display(configFile));
    config = r.config;
    diagnostics.push(...r.diagnostics);
  } else {
    warn('techdocs/no-mkdocs', `${display(dir)}/ has no mkdocs.yml; its docs/ folder is built in folder order`, 'add a mkdocs.yml with site_name and nav, as TechDocs expects');
  }
  const inDocs = resolveInside(scope, path.join(dir, 'mkdocs.yml'), config.docsDir);
  const docsDir = inDocs.abs;
  const configAt = { file: configFile ? display(configFile) : at.file, line: config.docsDirLine || (configFile ? 1 : at.line), column: 1 };
  if (!inDocs.ok) {
    warn('techdocs/outside-content', `docs_dir: ${inDocs.problem}; it is not read`, inDocs.hint, configAt);
    return { diagnostics };
  }
  // MkDocs refuses a docs_dir that is its own folder or above it; so does Wayfinder, or the folder would hold descriptors.
  if (!isWithin(dir, docsDir) || path.resolve(docsDir) === path.resolve(dir)) {
    diagnostics.push({ ...configAt, severity: 'error', code: 'techdocs/bad-docs-dir', message: `docs_dir: ${config.docsDir} is ${path.resolve(docsDir) === path.resolve(dir) ? 'the folder of mkdocs.yml itself' : 'not inside the folder of mkdocs.yml'}, so it would hold the descriptor beside it and other entities' files`, hint: 'keep the pages in a folder below mkdocs.yml, such as docs/' });
    return { diagnostics };
  }
  if (!fs.existsSync(docsDir) || !fs.statSync(docsDir).isDirectory()) {
    warn('techdocs/missing-folder', `the docs folder ${display(docsDir)}/ does not exist`, 'put the Markdown pages in docs/ next to mkdocs.yml, or set docs_dir', configAt);
    return { diagnostics };
  }

  const root = techDocsRoot(entity);
  const filesRoot = techDocsFilesRoot(entity);
  const prefix = base.replace(/\/+$/, '');
  const all = listFolder(docsDir, (abs) => inScope(scope, abs));
  // index.md before README.md, as MkDocs prefers it; then by path.
  const markdown = all.filter(isMarkdownFile).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const pageUrls = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const file of markdown) {
    const slug = pageSlug(file);
    const taken = bySlug.get(slug);
    if (taken !== undefined) {
      warn('techdocs/duplicate-page', `${file} and ${taken} are both the page ${root}${slug}; ${file} is left out`, 'rename one of them', { file: display(path.join(docsDir, file)), line: 1, column: 1 });
      continue;
    }
    bySlug.set(slug, file);
    pageUrls.set(file, prefix + root + slug);
  }
  const assets: TechDocsAsset[] = [];
  for (const file of all.filter((f) => !isMarkdownFile(f))) {
    const abs = path.join(docsDir, file);
    const served = assetPolicy(file, abs, display(abs));
    diagnostics.push(...served.diagnostics);
    if (served.serve) assets.push({ file, abs, path: filesRoot + file, ...(served.body !== undefined ? { body: served.body } : {}) });
  }
  const assetUrls = new Map(assets.map((a) => [a.file, prefix + a.path]));

  const pages: TechDocsPage[] = [];
  [...bySlug.entries()].forEach(([slug, file], index) => {
    const abs = path.join(docsDir, file);
    // The same reader as docs: UTF-16, invalid UTF-8 and files over 16 MB are content/encoding and content/too-large.
    const read = readContentText(abs, display(abs));
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      return;
    }
    const pre = preprocess(read.text, {
      display: display(abs),
      abs,
      root: dir,
      displayOf: display,
      scope,
      snippetBases: (config.snippets?.basePaths.length ? config.snippets.basePaths : ['.']).map((b) => path.resolve(dir, b)),
      includeBase: path.resolve(dir, config.includeBase ?? '.'),
      autoAppend: (config.snippets?.autoAppend ?? []).map((a) => ({ name: a.name, at: { file: configFile ? display(configFile) : at.file, line: a.line } })),
      ...(config.blockTypes ? { blockTypes: config.blockTypes } : {}),
    });
    const rendered = renderPage(pre, { file, pages: pageUrls, assets: assetUrls }, index, diagrams);
    diagnostics.push(...pre.diagnostics, ...rendered.diagnostics);
    pages.push({ slug, path: root + slug, file, title: pre.metaTitle ?? rendered.title ?? titleFromFile(file), html: rendered.html, codeBlocks: rendered.codeBlocks, headings: rendered.headings });
  });

  if (pages.length === 0) {
    warn('techdocs/no-pages', `the docs folder ${display(docsDir)}/ has no Markdown pages, so ${entity.name} has no docs on the site`, 'add an index.md', configAt);
    return { diagnostics };
  }
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const navAt = (entry: NavEntry) => ({ file: configFile ? display(configFile) : at.file, line: entry.line, column: entry.column });
  const nav = config.nav
    ? navFromConfig(config.nav, byFile, (entry, message, scriptUrl) =>
        scriptUrl
          ? diagnostics.push({ ...navAt(entry), severity: 'error', code: 'content/script-url', message: `nav: ${message}`, hint: SCRIPT_URL_HINT })
          : warn('techdocs/nav-missing-page', message, `nav paths are relative to ${config.docsDir}/`, navAt(entry)),
      )
    : navFromFolders(pages);
  const site: TechDocsSite = { entityRef: entity.ref, root, pages, assets, nav };
  if (config.siteName) site.siteName = config.siteName;
  return { site, diagnostics };
}

/** True when `p` is a symbolic link (also one that dangles). */
function isSymlink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Where the techdocs-ref annotation is written (the entity's start when it cannot be found). */
function annotationPosition(descriptor: string, entity: CatalogEntity): { file: string; line: number; column: number } {
  const at = { file: entity.source.file, line: entity.source.line, column: entity.source.column };
  let lines: string[];
  try {
    lines = fs.readFileSync(descriptor, 'utf8').split('\n');
  } catch {
    return at;
  }
  for (let i = Math.max(0, entity.source.line - 1); i < lines.length; i++) {
    const col = (lines[i] as string).indexOf(TECHDOCS_REF);
    if (col >= 0) return { file: at.file, line: i + 1, column: col + 1 };
    if (i > entity.source.line && /^---\s*$/.test(lines[i] as string)) break;
  }
  return at;
}

/** index.md first, README.md second, everything else after. */
function rank(file: string): number {
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  return name.startsWith('index.') ? 0 : name.startsWith('readme.') ? 1 : 2;
}

/** A title from a file name: `getting-started.md` → `Getting started`. */
function titleFromFile(file: string): string {
  const name = file.replace(/\.[^./]+$/, '').split('/').pop() as string;
  const base = /^(index|readme)$/i.test(name) ? (file.split('/').slice(-2, -1)[0] ?? 'Home') : name;
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The mkdocs.yml nav as navigation; entries naming missing pages are warned about and left out. */
function navFromConfig(entries: readonly NavEntry[], byFile: ReadonlyMap<string, TechDocsPage>, missing: (e: NavEntry, message: string, scriptUrl?: boolean) => void): TechDocsNavItem[] {
  const out: TechDocsNavItem[] = [];
  for (const e of entries) {
    if (e.children) {
      out.push({ label: e.title ?? '', items: navFromConfig(e.children, byFile, missing) });
      continue;
    }
    const target = e.target ?? '';
    // The same classifier as every other link: a script URL is never published.
    const problem = scriptUrlProblem(target);
    if (problem) {
      missing(e, problem, true);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) {
      out.push({ label: e.title ?? target, link: target, external: true });
      continue;
    }
    const page = byFile.get(path.posix.normalize(target.replace(/^\.\//, '')));
    if (!page) {
      missing(e, `the nav names "${target}", which is not a page in the docs folder`);
      continue;
    }
    out.push({ label: e.title ?? page.title, link: page.path });
  }
  return out;
}

/** Without a nav: the folder order, as MkDocs does it (index first, then files, then folders as sections). */
function navFromFolders(pages: readonly TechDocsPage[]): TechDocsNavItem[] {
  interface Folder {
    pages: TechDocsPage[];
    folders: Map<string, Folder>;
  }
  const top: Folder = { pages: [], folders: new Map() };
  for (const p of pages) {
    const parts = p.file.split('/');
    let f = top;
    for (const dir of parts.slice(0, -1)) {
      let next = f.folders.get(dir);
      if (!next) f.folders.set(dir, (next = { pages: [], folders: new Map() }));
      f = next;
    }
    f.pages.push(p);
  }
  const items = (f: Folder): TechDocsNavItem[] => [
    ...[...f.pages].sort((a, b) => rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : 1)).map((p) => ({ label: p.title, link: p.path })),
    ...[...f.folders.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, sub]) => ({ label: titleFromFile(`${name}.md`), items: items(sub) })),
  ];
  return items(top);
}
