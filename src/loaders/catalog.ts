import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CheckContentOptions } from '../core/check-content.ts';
import type { ContentPaths } from '../core/content-dir.ts';
import { formatDiagnostic, hasErrors, WayfinderInputError } from '../core/diagnostics.ts';
import { checkAndKeep, checkedContent } from '../plugin/checked-content.ts';

/**
 * The `catalog` collection: every entity of the catalog the plugin loaded and checked
 * (src/plugin/checked-content.ts), with its relations both ways, keyed by its refKey
 * (`component:default/payments-service`). Errors fail the build with every diagnostic at
 * file:line:col (Astro's own file() loader would drop multi-document YAML and keep going).
 * In `astro dev` the content is checked again when a descriptor changes; errors are then
 * logged and the last good catalog kept.
 */
export function catalogLoader(paths: ContentPaths, options: CheckContentOptions = {}): Loader {
  const sync = ({ store, logger, generateDigest }: LoaderContext, dev: boolean): void => {
    const { catalog } = dev ? checkAndKeep(paths, options) : checkedContent(paths, options);
    if (hasErrors(catalog.diagnostics)) {
      if (!dev) throw new WayfinderInputError(catalog.diagnostics, 'catalog');
      for (const d of catalog.diagnostics) logger.error(formatDiagnostic(d));
      return;
    }
    store.clear();
    for (const entity of catalog.entities) {
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
