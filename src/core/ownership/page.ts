/**
 * Small facts an entity page needs: breadcrumbs, the API definition's language and file
 * name, the lifecycle badge's tone, and the Pagefind filters and metadata of the page.
 */
import type { CatalogEntity } from '../model/entity.ts';
import { displayName, kindNoun, searchType } from '../names.ts';
import { ROUTES } from '../urls.ts';

type Lookup = (ref: string) => CatalogEntity | undefined;

/** One step of a breadcrumb trail: an entity (`ref`) or a site page (`path`, the roots). */
export interface Crumb {
  label: string;
  ref?: string;
  path?: string;
}

/**
 * Catalog › Domain › System › (parent component) › Entity for catalog pages;
 * Teams › parent team › Team for team pages. The last crumb is the entity itself.
 */
export function breadcrumbs(entity: CatalogEntity, lookup: Lookup): Crumb[] {
  const crumb = (e: CatalogEntity): Crumb => ({ label: displayName(e), ref: e.ref });
  if (entity.kind === 'group') {
    const trail: Crumb[] = [crumb(entity)];
    const seen = new Set<string>([entity.ref]);
    let parent = entity.parent ? lookup(entity.parent) : undefined;
    // Up to the root; a cycle (reported by the loader) cannot loop here.
    while (parent && !seen.has(parent.ref) && trail.length < 12) {
      seen.add(parent.ref);
      trail.unshift(crumb(parent));
      parent = parent.parent ? lookup(parent.parent) : undefined;
    }
    return [{ label: 'Teams', path: ROUTES.teams }, ...trail];
  }
  const trail: Crumb[] = [];
  let system: CatalogEntity | undefined;
  let domain: CatalogEntity | undefined;
  if (entity.kind === 'system') domain = entity.domain ? lookup(entity.domain) : undefined;
  else if (entity.kind === 'domain') domain = entity.subdomainOf ? lookup(entity.subdomainOf) : undefined;
  else {
    system = entity.system ? lookup(entity.system) : undefined;
    domain = system?.domain ? lookup(system.domain) : undefined;
  }
  if (domain) trail.push(crumb(domain));
  if (system) trail.push(crumb(system));
  if (entity.kind === 'component' && entity.subcomponentOf) {
    const parent = lookup(entity.subcomponentOf);
    if (parent) trail.push(crumb(parent));
  }
  trail.push(crumb(entity));
  return [{ label: 'Catalog', path: ROUTES.catalog }, ...trail];
}

/** How an API definition is shown and downloaded. */
export interface DefinitionFormat {
  /** Expressive Code language: yaml, json, graphql, proto or txt. */
  lang: 'yaml' | 'json' | 'graphql' | 'proto' | 'txt';
  /** File extension of the download. */
  ext: 'yaml' | 'json' | 'graphql' | 'proto' | 'txt';
  /** What the format is called, for the download link. */
  label: string;
}

/** The format of an API's definition, from spec.type, the source file name and the text. */
export function definitionFormat(api: Pick<CatalogEntity, 'type' | 'definition' | 'definitionSource'>): DefinitionFormat {
  const type = (api.type ?? '').toLowerCase();
  const source = (api.definitionSource ?? '').toLowerCase().split(/[?#]/)[0] ?? '';
  const text = (api.definition ?? '').trimStart();
  if (type === 'graphql' || /\.(graphql|gql)$/.test(source)) return { lang: 'graphql', ext: 'graphql', label: 'GraphQL schema' };
  if (type === 'grpc' || type === 'protobuf' || source.endsWith('.proto')) return { lang: 'proto', ext: 'proto', label: 'Protocol Buffers' };
  if (source.endsWith('.json') || text.startsWith('{') || text.startsWith('[')) return { lang: 'json', ext: 'json', label: 'JSON' };
  if (/\.ya?ml$/.test(source) || type === 'openapi' || type === 'asyncapi' || /^[A-Za-z_$"'][\w$"'.-]*\s*:/m.test(text)) {
    return { lang: 'yaml', ext: 'yaml', label: 'YAML' };
  }
  return { lang: 'txt', ext: 'txt', label: 'text' };
}



/** Pagefind filters and metadata of an entity's or team's page, as `key:value` pairs. */
export interface SearchFacets {
  filters: [string, string][];
  meta: [string, string][];
}

/**
 * The Pagefind facets of an entity page: type, owner, lifecycle and system filters; title,
 * owner (team on a team page), kind and lifecycle metadata. The result title carries the exact name too
 * (`Payments service (payments-service)`): Pagefind ranks title matches highest, so
 * searching a name puts its own page first, ahead of docs and notices that mention it.
 */
export function searchFacets(entity: CatalogEntity, lookup: Lookup): SearchFacets {
  const filters: [string, string][] = [['type', searchType(entity.kind)]];
  const title = displayName(entity);
  const meta: [string, string][] = [['title', title === entity.name ? title : `${title} (${entity.name})`]];
  const owner = entity.kind === 'group' ? entity : entity.owner ? lookup(entity.owner) : undefined;
  if (owner) {
    filters.push(['owner', displayName(owner)]);
    // Pagefind also matches metadata: a team page carries its own name the way the pages
    // of what it owns carry `owner`, so searching the team's name finds the team too.
    meta.push([entity.kind === 'group' ? 'team' : 'owner', displayName(owner)]);
  }
  meta.push(['kind', kindNoun(entity.kind)]);
  if (entity.lifecycle) {
    filters.push(['lifecycle', entity.lifecycle]);
    meta.push(['lifecycle', entity.lifecycle]);
  }
  const system = entity.kind === 'system' ? entity : entity.system ? lookup(entity.system) : undefined;
  if (system) filters.push(['system', displayName(system)]);
  return { filters, meta };
}
