/**
 * Reads a TechDocs folder's mkdocs.yml (or mkdocs.yaml) with positions: site name,
 * docs_dir, nav and plugins. MkDocs files often carry Python tags
 * (`!!python/name:material.extensions.emoji.twemoji`): unknown tags are tolerated and the
 * value is read as plain text. Plugins other than techdocs-core and search cannot run
 * here: each one is a warning at its line.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import { parseYamlDocument } from './yaml/value.ts';
import type { Diagnostic } from './model/diagnostics.ts';

/**
 * Block names a site registers in mkdocs.yml (`pymdownx.blocks.admonition: types:` and
 * `pymdownx.blocks.details: types:`), each mapped to the class (admonition type) it draws.
 */
export interface BlockTypes {
  admonition: ReadonlyMap<string, string>;
  details: ReadonlyMap<string, string>;
}

/** One entry of mkdocs.yml `nav`, as written. */
export interface NavEntry {
  /** The title as written (`- Title: page.md`); undefined for a bare `- page.md`. */
  title?: string;
  /** A page (`page.md`, relative to docs_dir) or an external URL. */
  target?: string;
  /** A section's children. */
  children?: NavEntry[];
  line: number;
  column: number;
}

/** What Wayfinder reads from mkdocs.yml. */
export interface MkdocsConfig {
  siteName?: string;
  /** docs_dir as written; `docs` when not set. */
  docsDir: string;
  /** Line of docs_dir (0 when not set). */
  docsDirLine: number;
  /** undefined when mkdocs.yml has no nav: the folder order is used. */
  nav?: NavEntry[];
  /** pymdownx.snippets: `base_path` folders (relative to mkdocs.yml) and `auto_append` files, with their lines. */
  snippets?: { basePaths: string[]; autoAppend: { name: string; line: number }[] };
  /** markdown-include's `base_path` (relative to mkdocs.yml). */
  includeBase?: string;
  /** Block names registered with pymdownx.blocks.admonition / .details `types`. */
  blockTypes?: BlockTypes;
}

/** Plugins that TechDocs itself brings, so nothing is lost without them. */
const BUILT_IN_PLUGINS = new Set(['techdocs-core', 'search', 'monorepo']);

/** Parses mkdocs.yml text; `display` names the file in diagnostics. Never throws. */
export function readMkdocsConfig(text: string, display: string): { config: MkdocsConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const doc = parseYamlDocument(text, { lineCounter: lc, uniqueKeys: false });
  const at = (node: Node | null | undefined): { line: number; column: number } => {
    const p = lc.linePos(node?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  const config: MkdocsConfig = { docsDir: 'docs', docsDirLine: 0 };
  for (const e of doc.errors) {
    const p = lc.linePos(e.pos[0]);
    diagnostics.push({
      file: display,
      line: p.line,
      column: p.col,
      severity: 'warning',
      code: 'techdocs/mkdocs-syntax',
      message: `mkdocs.yml is not valid YAML: ${e.message.split('\n')[0]}`,
      hint: 'the docs are built with the default settings (docs/ folder, folder order)',
    });
  }
  if (doc.errors.length > 0) return { config, diagnostics };
  const root = doc.contents;
  if (!isMap(root)) return { config, diagnostics };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (key === 'site_name' && isScalar(value) && value.value != null) config.siteName = String(value.value);
    else if (key === 'docs_dir' && isScalar(value) && typeof value.value === 'string' && value.value.trim()) {
      config.docsDir = value.value.trim();
      config.docsDirLine = at(value).line;
    } else if (key === 'nav' && isSeq(value)) config.nav = readNav(value.items as Node[], at);
    else if (key === 'plugins') diagnostics.push(...checkPlugins(value, display, at));
    else if (key === 'markdown_extensions') {
      readExtensions(value, config, at);
      diagnostics.push(...checkExtensions(value, display, at));
    }
  }
  return { config, diagnostics };
}

/** The options of pymdownx.snippets and markdown-include in `markdown_extensions`. */
function readExtensions(value: Node | null, config: MkdocsConfig, at: (n: Node | null | undefined) => { line: number; column: number }): void {
  if (!isSeq(value)) return;
  const strings = (n: Node | null | undefined): { name: string; line: number }[] =>
    isScalar(n) && typeof n.value === 'string' ? [{ name: n.value, line: at(n).line }] : isSeq(n) ? (n.items as Node[]).flatMap((x) => strings(x)) : [];
  for (const item of value.items as Node[]) {
    if (!isMap(item)) continue;
    for (const pair of item.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const options = pair.value as Node | null;
      if (!isMap(options)) continue;
      const option = (key: string): Node | null | undefined => options.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | null | undefined;
      if (name === 'pymdownx.snippets') {
        config.snippets = { basePaths: strings(option('base_path')).map((b) => b.name), autoAppend: strings(option('auto_append')) };
      } else if (name === 'markdown_include.include' || name === 'markdown_include') {
        const base = strings(option('base_path'))[0];
        if (base) config.includeBase = base.name;
      } else if (name === 'pymdownx.blocks.admonition' || name === 'pymdownx.blocks.details') {
        const types = blockTypeNames(option('types'));
        if (types.size === 0) continue;
        config.blockTypes ??= { admonition: new Map(), details: new Map() };
        const into = config.blockTypes[name === 'pymdownx.blocks.admonition' ? 'admonition' : 'details'] as Map<string, string>;
        for (const [n, cls] of types) into.set(n, cls);
      }
    }
  }
}

/**
 * `types:` of a pymdownx.blocks admonition or details: names (`- new`, whose class is the
 * name) or maps (`- name: details-new` with `class: new`), as name → class.
 */
function blockTypeNames(n: Node | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const word = (v: unknown): string | undefined => (typeof v === 'string' && /^[A-Za-z][\w-]*$/.test(v) ? v.toLowerCase() : undefined);
  if (!isSeq(n)) return out;
  for (const item of n.items as Node[]) {
    if (isScalar(item)) {
      const name = word(item.value);
      if (name) out.set(name, name);
    } else if (isMap(item)) {
      const get = (key: string): unknown => (item.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | undefined)?.toJSON?.();
      const name = word(get('name'));
      if (name) out.set(name, word(get('class')) ?? name);
    }
  }
  return out;
}

/**
 * Markdown extensions whose syntax Wayfinder renders (or that change nothing a reader
 * sees), by their name with the `markdown.extensions.` prefix taken off. arithmatex and
 * progressbar are named on the page where they are used (preprocess.ts).
 */
const KNOWN_EXTENSIONS = new Set([
  'abbr', 'admonition', 'attr_list', 'codehilite', 'def_list', 'extra', 'fenced_code', 'footnotes', 'md_in_html', 'meta', 'sane_lists', 'smarty', 'tables', 'toc', 'wikilinks',
  'markdown_include.include', 'markdown_include', 'plantuml_markdown', 'mdx_truly_sane_lists', 'markdown_inline_graphviz',
  'material.extensions.emoji',
  ...['arithmatex', 'betterem', 'blocks.admonition', 'blocks.caption', 'blocks.definition', 'blocks.details', 'blocks.html', 'blocks.tab', 'caret', 'critic', 'details', 'emoji', 'escapeall', 'extra', 'highlight', 'inlinehilite', 'keys', 'magiclink', 'mark', 'progressbar', 'saneheaders', 'smartsymbols', 'snippets', 'striphtml', 'superfences', 'tabbed', 'tasklist', 'tilde'].map((x) => `pymdownx.${x}`),
]);

/** A warning for each Markdown extension whose syntax Wayfinder does not render (it shows as written). */
function checkExtensions(value: Node | null, display: string, at: (n: Node | null | undefined) => { line: number; column: number }): Diagnostic[] {
  if (!isSeq(value)) return [];
  const out: Diagnostic[] = [];
  for (const item of value.items as Node[]) {
    const named: Node[] = isScalar(item) ? [item] : isMap(item) ? item.items.map((p) => p.key as Node) : [];
    if (isMap(item)) {
      // magiclink links bare URLs and e-mail addresses as GFM does; its shorthands are not read.
      const magiclink = item.items.find((p) => isScalar(p.key) && p.key.value === 'pymdownx.magiclink')?.value;
      if (isMap(magiclink)) {
        for (const p of magiclink.items) {
          const key = isScalar(p.key) ? String(p.key.value) : '';
          if ((key === 'repo_url_shorthand' || key === 'social_url_shorthand') && isScalar(p.value) && p.value.value === true) {
            out.push({ file: display, ...at(p.key as Node), severity: 'warning', code: 'techdocs/extension-not-supported', message: `pymdownx.magiclink's ${key} is not read by Wayfinder: shorthand references (#123, @user) are shown as written, not linked`, hint: 'write the links out ([#123](https://…)); bare URLs and e-mail addresses are linked' });
          }
        }
      }
    }
    for (const n of named) {
      if (!isScalar(n) || typeof n.value !== 'string') continue;
      const name = n.value.replace(/^markdown\.extensions\./, '');
      if (KNOWN_EXTENSIONS.has(name)) continue;
      out.push({
        file: display,
        ...at(n),
        severity: 'warning',
        code: 'techdocs/extension-not-supported',
        message: `the Markdown extension "${n.value}" is not one Wayfinder renders; what its syntax writes is shown as written`,
        hint: 'Wayfinder renders what techdocs-core enables and the pymdown extensions listed in the manual (TechDocs); write the content in plain Markdown, or remove the extension',
      });
    }
  }
  return out;
}

/** The character references nav titles use (with or without `;`, as browsers read them). */
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', trade: '™' };

/**
 * A nav title as plain text: tags in it (`The &nbsp<samp>pihole</samp>&nbsp Command`) are
 * dropped and character references decoded, as the title's text reads in a browser. The
 * sidebar shows labels as text, so this is about looks, not safety.
 */
export function navTitleText(title: string): string {
  if (!/[<&]/.test(title)) return title;
  return title
    .replace(/<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>/g, '\u0000') // a tag ends a reference written without `;`
    .replace(/&#x([0-9a-f]+);?|&#(\d+);?|&([a-z]+);?/gi, (m, hex?: string, dec?: string, name?: string) => {
      const cp = hex ? parseInt(hex, 16) : dec ? Number(dec) : undefined;
      if (cp !== undefined) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      return ENTITIES[(name ?? '').toLowerCase()] ?? m;
    })
    .replace(/\u0000/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The nav list: `- page.md`, `- Title: page.md`, `- Title: https://…`, `- Section: [ … ]`. */
function readNav(items: readonly Node[], at: (n: Node | null | undefined) => { line: number; column: number }): NavEntry[] {
  const out: NavEntry[] = [];
  for (const item of items) {
    const pos = at(item);
    if (isScalar(item) && item.value != null) {
      out.push({ target: String(item.value), ...pos });
    } else if (isMap(item)) {
      for (const pair of item.items) {
        const title = navTitleText(isScalar(pair.key) ? String(pair.key.value) : '');
        const value = pair.value as Node | null;
        const p = at(pair.key as Node);
        if (isSeq(value)) out.push({ title, children: readNav(value.items as Node[], at), ...p });
        else if (isScalar(value) && value.value != null) out.push({ title, target: String(value.value), ...p });
      }
    }
  }
  return out;
}

/** A warning for each MkDocs plugin that Wayfinder does not run. */
function checkPlugins(value: Node | null, display: string, at: (n: Node | null | undefined) => { line: number; column: number }): Diagnostic[] {
  const names: { name: string; node: Node }[] = [];
  const add = (n: Node | null | undefined): void => {
    if (isScalar(n) && n.value != null) names.push({ name: String(n.value), node: n });
    else if (isMap(n)) for (const p of n.items) if (isScalar(p.key)) names.push({ name: String(p.key.value), node: p.key as Node });
  };
  if (isSeq(value)) for (const n of value.items as Node[]) add(n);
  else add(value);
  return names
    .filter((p) => !BUILT_IN_PLUGINS.has(p.name))
    .map((p) => ({
      file: display,
      ...at(p.node),
      severity: 'warning' as const,
      code: 'techdocs/plugin-not-run',
      message: `the MkDocs plugin "${p.name}" is not run by Wayfinder; what it adds to the pages is missing`,
      hint: 'Wayfinder renders the Markdown that techdocs-core enables; write what the plugin generated into the Markdown, or remove the plugin',
    }));
}
