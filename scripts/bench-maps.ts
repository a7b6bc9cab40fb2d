/**
 * Measures the map layouts of an organisation without building it: how many maps a build
 * lays out (the organisation, each domain, each system), their sizes and the CPU time ELK
 * takes for them cold (no cache; CPU time, since the bench machine may be shared). For
 * bench/results.md and manual/performance.md; `npm run bench` runs it on each size, and it
 * runs alone too:  node scripts/bench-maps.ts CONTENT_DIR
 */
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/core/check-content.ts';
import { resolveContentPaths } from '../src/core/content-dir.ts';
import { openContent } from '../src/core/open-content.ts';
import { buildSystemGraph, domainMap, orgMap, systemMap, type MapGraph } from '../src/core/graph/system-map.ts';
import { layoutMap } from '../src/core/graph/map-layout.ts';

/** What one run measured. */
export interface MapsBench {
  domains: number;
  systems: number;
  maps: number;
  /** CPU seconds to cut every map out of the system graph (slices), and to lay them all out. */
  sliceSeconds: number;
  layoutSeconds: number;
  /** The largest map (nodes, edges) and its layout's CPU milliseconds. */
  largest: { name: string; nodes: number; edges: number; ms: number };
  byKind: Record<'org' | 'domain' | 'system', { maps: number; ms: number }>;
}

const cpuMs = (from?: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
};

/** Cuts and lays out every map of the organisation in `contentDir`. */
export async function measureMaps(contentDir: string): Promise<MapsBench> {
  const opened = openContent(resolveContentPaths(contentDir));
  const { catalog } = checkContent(opened.paths, opened.checkOptions);
  const c0 = process.cpuUsage();
  const graph = buildSystemGraph(catalog.entities);
  const maps: { name: string; kind: 'org' | 'domain' | 'system'; map: MapGraph }[] = [{ name: 'organisation', kind: 'org', map: orgMap(graph) }];
  for (const d of graph.domains) {
    const m = domainMap(graph, d.ref);
    if (m) maps.push({ name: d.ref, kind: 'domain', map: m });
  }
  for (const s of graph.systems) {
    const m = systemMap(graph, s.ref, catalog.entities);
    if (m) maps.push({ name: s.ref, kind: 'system', map: m });
  }
  const sliceSeconds = cpuMs(c0) / 1000;
  const byKind: MapsBench['byKind'] = { org: { maps: 0, ms: 0 }, domain: { maps: 0, ms: 0 }, system: { maps: 0, ms: 0 } };
  let largest: MapsBench['largest'] = { name: '', nodes: 0, edges: 0, ms: 0 };
  for (const { name, kind, map } of maps) {
    const c = process.cpuUsage();
    await layoutMap(map);
    const ms = cpuMs(c);
    byKind[kind].maps++;
    byKind[kind].ms += ms;
    if (map.nodes.length + map.edges.length > largest.nodes + largest.edges) largest = { name, nodes: map.nodes.length, edges: map.edges.length, ms };
  }
  const layoutSeconds = (byKind.org.ms + byKind.domain.ms + byKind.system.ms) / 1000;
  return { domains: graph.domains.length, systems: graph.systems.length, maps: maps.length, sliceSeconds, layoutSeconds, largest, byKind };
}

/** One line of figures. */
export function mapsLine(m: MapsBench): string {
  const per = (k: keyof MapsBench['byKind']) => (m.byKind[k].maps ? `${Math.round(m.byKind[k].ms / m.byKind[k].maps)} ms` : '–');
  return `${m.maps} maps (${m.domains} domains, ${m.systems} systems): ${m.layoutSeconds.toFixed(1)} s CPU cold (per map: organisation ${per('org')}, domain ${per('domain')}, system ${per('system')}; largest ${m.largest.nodes} boxes, ${m.largest.edges} edges)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node scripts/bench-maps.ts CONTENT_DIR\n');
    process.exit(2);
  }
  const m = await measureMaps(dir);
  console.log(mapsLine(m));
  console.log(`slices ${m.sliceSeconds.toFixed(2)} s CPU`);
}
