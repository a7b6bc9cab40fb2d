import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CheckContentOptions } from '../core/check-content.ts';
import type { ContentPaths } from '../core/content-dir.ts';
import { hasErrors } from '../core/model/diagnostics.ts';
import { formatDiagnostic, WayfinderInputError } from '../core/format-diagnostics.ts';
import { checkedContent, contentCheckCount, recheckAndKeepIfClean } from '../plugin/checked-content.ts';

/**
 * Whether a changed file is a catalog descriptor, the one change after which `astro dev`
 * reads and checks the content folder again. An edited doc is not: Astro's docs loader
 * re-reads that one file, and the catalog and what is built from it are kept.
 */
export function isCatalogFile(paths: ContentPaths, file: string): boolean {
  return file.startsWith(paths.catalog + path.sep) && /\.(ya?ml|json)$/i.test(file);
}

/** The id of the `catalog` collection's one entry. */
export const CATALOG_ENTRY = 'catalog';

/**
 * The `catalog` collection: one entry, `catalog`, that says how many entities the catalog
 * the plugin loaded and checked (src/plugin/checked-content.ts) has and which check it
 * came from. The entities themselves are not copied into Astro's data store: pages read
 * them from the checked content (src/data/catalog.ts). At 10,000 entities the copy was
 * 10 MB of the 12 MB store, which Astro serialises, writes, reads back and parses in every
 * build, and again in `astro dev` after every edit of any doc. The entry still changes
 * when the catalog does, so the dev server reloads the pages' data. Errors fail the
 * build with every diagnostic at file:line:col (Astro's own file() loader would drop
 * multi-document YAML and keep going). In `astro dev` the content is checked again when a
 * descriptor changes; errors are then logged and the last good catalog kept.
 */
export function catalogLoader(paths: ContentPaths, options: CheckContentOptions = {}): Loader {
  const sync = ({ store, logger, generateDigest }: LoaderContext, dev: boolean): void => {
    const { catalog } = dev ? recheckAndKeepIfClean(paths, options) : checkedContent(paths, options);
    if (hasErrors(catalog.diagnostics)) {
      if (!dev) throw new WayfinderInputError(catalog.diagnostics, 'catalog');
      for (const d of catalog.diagnostics) logger.error(formatDiagnostic(d));
      return;
    }
    const data = { entities: catalog.entities.length, check: contentCheckCount() };
    store.clear();
    store.set({ id: CATALOG_ENTRY, data, digest: generateDigest(data) });
  };
  return {
    name: 'wayfinder-catalog',
    async load(context) {
      const { watcher } = context;
      sync(context, false);
      if (!watcher) return;
      watcher.add(paths.catalog);
      watcher.on('all', (_event, file) => {
        if (isCatalogFile(paths, file)) sync(context, true);
      });
    },
  };
}
