/**
 * Build warnings a person cannot act on, left out so that the ones they can act on are
 * seen. Each is named here with why it is safe:
 *
 * - Rolldown's MODULE_LEVEL_DIRECTIVE for `"use astro:head-inject"`: Astro marks every MDX
 *   module that imports components with this directive and reads it while it builds the
 *   module graph, before bundling; the bundler only says it does not keep it.
 * - Astro's route-conflict check (`prerenderConflictBehavior`): Starlight builds a
 *   `docs/404.md` (its documented custom not-found page) through both its `/404` route and
 *   its `[...slug]` route, and the `/404` one wins, as intended. Every other conflict is
 *   found earlier, with both inputs named, by Wayfinder's own route registry
 *   (src/core/route-registry.ts), which fails the build.
 */

interface BundlerWarning {
  code?: string;
  message: string;
}

/** Rolldown's `onwarn`: drops the warnings above and passes on every other. */
export function onBundlerWarning(warning: BundlerWarning, next: (warning: BundlerWarning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  next(warning);
}

/** The Astro config that leaves those warnings out. */
export const quietBuildConfig = {
  prerenderConflictBehavior: 'ignore' as const,
  vite: { build: { rolldownOptions: { onwarn: onBundlerWarning } } },
};
