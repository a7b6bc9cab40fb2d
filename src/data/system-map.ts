/**
 * The aggregated system graph (src/core/graph/system-map.ts), computed once per build from
 * the site catalog and shared by /catalog/map/, /catalog/map.json, the domain and system
 * pages and the map components in docs; and map layouts, kept by what they draw so a
 * slice drawn on several pages is laid out once.
 */
import { getSiteCatalog } from './catalog.ts';
import { buildSystemGraph, type MapGraph, type SystemGraph } from '../core/graph/system-map.ts';
import { layoutMap, type MapLayout } from '../core/graph/map-layout.ts';
import type { CatalogEntity } from '../core/catalog/types.ts';

let cached: { entities: readonly CatalogEntity[]; graph: SystemGraph } | undefined;

/** The system graph of the site's catalog (recomputed only when the catalog object changes). */
export async function getSystemGraph(): Promise<SystemGraph> {
  const catalog = await getSiteCatalog();
  if (cached?.entities !== catalog.entities) cached = { entities: catalog.entities, graph: buildSystemGraph(catalog.entities) };
  return cached.graph;
}

const layouts = new Map<string, Promise<MapLayout>>();

/** The layout of a map, laid out once per distinct map. */
export function getMapLayout(map: MapGraph): Promise<MapLayout> {
  const key = JSON.stringify(map);
  let l = layouts.get(key);
  if (!l) {
    if (layouts.size > 500) layouts.clear();
    layouts.set(key, (l = layoutMap(map)));
  }
  return l;
}
