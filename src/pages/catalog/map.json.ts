/**
 * /catalog/map.json: the aggregated system graph (domains, systems with their part counts,
 * and the relations between systems), so other tools can draw the map their own way.
 * Deterministic; the shape is documented in manual/diagrams.md.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, refPath } from '../../core/urls.ts';
import { today } from '../../core/dates.ts';
import { getSystemGraph } from '../../data/system-map.ts';
import { features, notWritten } from '../../data/features.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!features.maps) return notWritten();
  const g = await getSystemGraph();
  const url = (ref: string) => absoluteUrl(refPath(ref), site);
  const doc = {
    version: 1,
    generated: today(),
    domains: g.domains.map((d) => ({ ref: d.ref, title: d.label, url: url(d.ref), systems: d.systems })),
    systems: g.systems.map((s) => ({ ref: s.ref, title: s.label, url: url(s.ref), domain: s.domain ?? null, parts: s.parts })),
    edges: g.edges.map((e) => ({ from: e.from, to: e.to, apis: e.apis, dependsOn: e.dependsOn })),
    withoutSystem: g.withoutSystem,
  };
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
