/** Diagrams written in content (Mermaid, PlantUML) drawn as static, sanitised SVG. */
export * from './mermaid.ts';
export * from './figure.ts';
export { diagramCacheDir, renderMermaidCached } from './cache.ts';
export { sanitizeSvg } from './sanitize-svg.ts';
