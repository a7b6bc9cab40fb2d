/**
 * Hands the TechDocs that the build's content check already rendered to the pages, so a
 * build renders each TechDocs page once. The check runs in the Starlight plugin's setup and
 * the pages in Astro's prerender step of the same process; modules are not shared between
 * the two (Vite bundles the pages), so the handoff goes through one global slot.
 */
import type { TechDocsSite } from '../core/techdocs/index.ts';

const SLOT = Symbol.for('wayfinder.techdocs');

interface Handoff {
  root: string;
  base: string;
  sites: TechDocsSite[];
}

/** Keeps the sites the check rendered for the content folder `root` and base path `base`. */
export function shareTechDocs(root: string, base: string, sites: TechDocsSite[]): void {
  (globalThis as Record<symbol, unknown>)[SLOT] = { root, base, sites } satisfies Handoff;
}

/** The sites the check rendered for `root` and `base`, if this process ran it. */
export function sharedTechDocs(root: string, base: string): TechDocsSite[] | undefined {
  const h = (globalThis as Record<symbol, unknown>)[SLOT] as Handoff | undefined;
  return h && h.root === root && h.base.replace(/\/+$/, '') === base.replace(/\/+$/, '') ? h.sites : undefined;
}
