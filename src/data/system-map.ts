/**
 * The aggregated system graph (src/core/graph/system-map.ts), computed once per build from
 * the site catalog and shared by /catalog/map/, /catalog/map.json, the domain and system
 * pages and the map components in docs; and map layouts, kept by what they draw so a
 * slice drawn on several pages is laid out once.
 */
import { getSiteCatalog } from './catalog.ts';
import { buildSystemGraph, type MapGraph, type SystemGraph } from '../core/graph/system-map.ts';
import { layoutMap, type MapLayout } from '../core/graph/map-layout.ts';
import type { CatalogEntity } from '../core/model/entity.ts';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagramCacheDir } from '../core/diagrams/cache.ts';

let cached: { entities: readonly CatalogEntity[]; graph: SystemGraph } | undefined;

/** The system graph of the site's catalog (recomputed only when the catalog object changes). */
export async function getSystemGraph(): Promise<SystemGraph> {
  const catalog = await getSiteCatalog();
  if (cached?.entities !== catalog.entities) cached = { entities: catalog.entities, graph: buildSystemGraph(catalog.entities) };
  return cached.graph;
}

const layouts = new Map<string, Promise<MapLayout>>();
// Laying out a map costs 0.1-0.5 s with ELK (a 30k organisation has ~1,300 maps): layouts
// are kept on disk beside the drawn diagrams, by the hash of what they draw.
const LAYOUT_VERSION = 'elkjs@0.12.2+wf1';
const cacheDir = path.join(diagramCacheDir(process.env, process.cwd()), 'maps');

/** Lays out a map, or reads the layout a build made earlier of the same map. */
async function layoutCached(map: MapGraph): Promise<MapLayout> {
  const key = createHash('sha256').update(LAYOUT_VERSION).update(JSON.stringify(map)).digest('hex');
  const file = path.join(cacheDir, key.slice(0, 2), `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as MapLayout;
  } catch {
    // not laid out yet
  }
  const laid = await layoutMap(map);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(laid));
  } catch {
    // a read-only cache costs time, not correctness
  }
  return laid;
}

/** The layout of a map, laid out once per distinct map (and kept across builds). */
export function getMapLayout(map: MapGraph): Promise<MapLayout> {
  const key = JSON.stringify(map);
  let l = layouts.get(key);
  if (!l) {
    if (layouts.size > 500) layouts.clear();
    layouts.set(key, (l = layoutCached(map)));
  }
  return l;
}
