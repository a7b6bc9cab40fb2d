/**
 * The ownership directory as pages use it: rows sorted, facets grouped and counted once
 * per build from the site catalog, so /catalog/, its pages and every facet page only
 * slice what is already computed (no page scans the whole catalog).
 */
import type { CatalogEntity } from '../core/model/entity.ts';
import {
  buildIndex,
  encodeIndex,
  FACETS,
  facetGroups,
  facetLabels,
  facetValueLabel,
  orderFacetValues,
  topValues,
  refKeyOf,
  refName,
  toDirectoryRow,
  type DirectoryIndex,
  type DirectoryIndexJson,
  type FacetGroups,
  type FacetName,
} from '../core/catalog/directory/directory.ts';
import type { RowContext } from '../core/catalog/directory/row-html.ts';
import { displayName } from '../core/names.ts';
import { getSiteCatalog, type SiteCatalog } from './catalog.ts';
import { keptFor } from './kept.ts';

/** One facet of the "Browse by" block: its most used values (or all of them) with their counts. */
export interface BrowseFacet {
  facet: FacetName;
  counts: ReadonlyMap<string, number>;
  /** The values listed, in display order. */
  shown: string[];
  /** How many values the facet has. */
  total: number;
}

/** How many values "Browse by" lists per facet before linking to the full list. */
const BROWSE_TOP: Record<FacetName, number> = { kind: 99, owner: 10, system: 10, lifecycle: 99, tier: 99, tag: 16 };

/** Everything the directory pages read. */
export interface SiteDirectory {
  /** The "Browse by" block, the same on every directory page. */
  browse: BrowseFacet[];
  index: DirectoryIndex;
  groups: FacetGroups;
  /** Facet values in display order, per facet. */
  values: Record<FacetName, string[]>;
  /** Display label of a facet value. */
  valueLabel: (facet: FacetName, key: string) => string;
  /** The ref behind an owner or system facet key. */
  valueRef: (facet: FacetName, key: string) => string | undefined;
  /** The entity behind a ref, when it is in the catalog. */
  entity: (ref: string) => CatalogEntity | undefined;
  /** Context for rowHtml. */
  rowContext: RowContext;
  /** The compact index written to /catalog/index.json. */
  json: () => DirectoryIndexJson;
}

let cached: Promise<SiteDirectory> | undefined;

/** The directory, built once per build from getSiteCatalog() (in `astro dev`, again when that changes). */
export function getDirectory(): Promise<SiteDirectory> {
  cached ??= getSiteCatalog().then((catalog) => keptFor('directory', [catalog], () => build(catalog)));
  return cached;
}

function build(catalog: SiteCatalog): SiteDirectory {
  const refLabel = (ref: string) => {
    const e = catalog.byRef.get(ref);
    return e ? displayName(e) : undefined;
  };
  const rows = catalog.entities.map((e) => toDirectoryRow(e, catalog.byRef));
  const index = buildIndex(rows, refLabel);
  const groups = facetGroups(index);
  const labels = facetLabels(index.rows, refLabel, (ref) => catalog.byRef.has(ref));
  const valueLabel = (facet: FacetName, key: string) => facetValueLabel(facet, key, labels);
  const values = Object.fromEntries(
    FACETS.map((f) => [f, orderFacetValues(f, groups[f].keys(), (k) => valueLabel(f, k))]),
  ) as Record<FacetName, string[]>;
  const refsByKey = new Map<string, string>();
  for (const r of index.rows) {
    if (r.owner) refsByKey.set(`owner\u0000${refKeyOf(r.owner, 'group')}`, r.owner);
    if (r.system) refsByKey.set(`system\u0000${refKeyOf(r.system, 'system')}`, r.system);
  }
  const rowContext: RowContext = { label: refLabel, hasPage: (ref) => catalog.byRef.has(ref) };
  const browse = FACETS.map((facet): BrowseFacet => {
    const counts = new Map([...groups[facet]].map(([k, rows]) => [k, rows.length]));
    const shown = counts.size <= BROWSE_TOP[facet] ? values[facet] : topValues(counts, BROWSE_TOP[facet], (k) => valueLabel(facet, k));
    return { facet, counts, shown, total: counts.size };
  }).filter((f) => f.total > 0);
  let json: DirectoryIndexJson | undefined;
  return {
    browse,
    index,
    groups,
    values,
    valueLabel,
    valueRef: (facet, key) => refsByKey.get(`${facet}\u0000${key}`),
    entity: (ref) => catalog.byRef.get(ref),
    rowContext,
    json: () => (json ??= encodeIndex(index.rows, (ref) => ({ label: refLabel(ref) ?? refName(ref), hasPage: catalog.byRef.has(ref) }))),
  };
}
