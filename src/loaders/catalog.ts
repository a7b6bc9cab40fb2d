import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCatalog } from '../core/catalog/index.ts';
import type { ContentPaths } from '../core/content-dir.ts';
import { formatDiagnostic, hasErrors, WayfinderInputError } from '../core/diagnostics.ts';

/**
 * The `catalog` collection: every entity that core's loadCatalog resolves, with its
 * relations both ways, keyed by its refKey (`component:default/payments-service`).
 * Errors fail the build with every diagnostic at file:line:col (Astro's own file()
 * loader would drop multi-document YAML and keep going). In `astro dev` the catalog is
 * re-read when a descriptor changes; errors are then logged and the last good catalog kept.
 */
export function catalogLoader(paths: ContentPaths, lifecycles?: readonly string[], onBrokenRefs?: 'error' | 'warn'): Loader {
  const sync = ({ store, logger, generateDigest }: LoaderContext, dev: boolean): void => {
    const result = loadCatalog(paths, { ...(lifecycles ? { lifecycles } : {}), onBrokenRefs });
    if (hasErrors(result.diagnostics)) {
      if (!dev) throw new WayfinderInputError(result.diagnostics, 'catalog');
      for (const d of result.diagnostics) logger.error(formatDiagnostic(d));
      return;
    }
    store.clear();
    for (const entity of result.entities) {
      const data = entity as unknown as Record<string, unknown>;
      store.set({ id: entity.ref, data, digest: generateDigest(data) });
    }
  };
  return {
    name: 'wayfinder-catalog',
    async load(context) {
      const { watcher } = context;
      sync(context, false);
      if (!watcher) return;
      watcher.add(paths.catalog);
      watcher.on('all', (_event, file) => {
        if (file.startsWith(paths.catalog + path.sep) && /\.(ya?ml|json)$/i.test(file)) sync(context, true);
      });
    },
  };
}
