/** Dependency pictures: a three-column layout and its static SVG. */
export { capNodes, GRAPH_METRICS, layoutNeighbourhood, sortNodes } from './layout.ts';
export type { GraphLayout, GraphNodeInput, NeighbourhoodInput, NodeRole, PlacedEdge, PlacedNode } from './layout.ts';
export { fitText, nodeDetail, renderGraphSvg, type GraphSvgOptions } from './svg.ts';
