/**
 * What a TechDocs page shows besides its Markdown: its own navigation (the mkdocs.yml nav,
 * in the shape of Starlight's sidebar config, for that page only) and its search filters
 * (the entity's owner and system, so the docs are found the way the entity is).
 */
import type { CatalogEntity } from '../model/entity.ts';
import { entityPath } from '../urls.ts';
import { displayName, kindNoun } from '../names.ts';
import type { SearchFacets } from '../ownership/page.ts';
import type { TechDocsNavItem, TechDocsSite } from './load.ts';

/** A Starlight sidebar entry (the user-config shape StarlightPage's `sidebar` prop takes). */
export type SidebarEntry =
  | { label: string; link: string; attrs?: Record<string, string> }
  | { label: string; items: SidebarEntry[]; collapsed?: boolean };

/** The docs' navigation as a page-local sidebar: the entity's page first, then the nav. */
export function techDocsSidebar(site: TechDocsSite, entity: CatalogEntity): SidebarEntry[] {
  const convert = (items: readonly TechDocsNavItem[]): SidebarEntry[] =>
    items.map((i) =>
      i.items
        ? { label: i.label || 'Section', items: convert(i.items) }
        : i.external
          ? { label: i.label, link: i.link ?? '', attrs: { rel: 'noopener' } }
          : { label: i.label, link: i.link ?? site.root },
    );
  const noun = kindNoun(entity.kind);
  const kind = noun === noun.toUpperCase() ? noun : noun.toLowerCase(); // "API page", "team page"
  return [{ label: `${displayName(entity)} (${kind} page)`, link: entityPath(entity) }, ...convert(site.nav)];
}

/** Search filters and metadata of a TechDocs page: type docs, the entity's owner and system. */
export function techDocsFacets(entity: CatalogEntity, lookup: (ref: string) => CatalogEntity | undefined): SearchFacets {
  const filters: [string, string][] = [['type', 'docs']];
  const meta: [string, string][] = [];
  const owner = entity.owner ? lookup(entity.owner) : undefined;
  if (owner) {
    filters.push(['owner', displayName(owner)]);
    meta.push(['owner', displayName(owner)]);
  }
  const system = entity.kind === 'system' ? entity : entity.system ? lookup(entity.system) : undefined;
  if (system) filters.push(['system', displayName(system)]);
  return { filters, meta };
}

/** The pages the nav does not list (MkDocs builds them too), in path order. */
export function pagesOutsideNav(site: TechDocsSite): TechDocsSite['pages'] {
  const linked = new Set<string>();
  const walk = (items: readonly TechDocsNavItem[]): void => {
    for (const i of items) {
      if (i.link && !i.external) linked.add(i.link);
      if (i.items) walk(i.items);
    }
  };
  walk(site.nav);
  return site.pages.filter((p) => !linked.has(p.path));
}

/** True when the entry after `pagePath` in the nav is an external link (the page then has no "Next" link). */
export function nextIsExternal(site: TechDocsSite, pagePath: string): boolean {
  const flat: TechDocsNavItem[] = [];
  const walk = (items: readonly TechDocsNavItem[]): void => {
    for (const i of items) {
      if (i.items) walk(i.items);
      else flat.push(i);
    }
  };
  walk(site.nav);
  const at = flat.findIndex((i) => !i.external && i.link === pagePath);
  return at >= 0 && flat[at + 1]?.external === true;
}
