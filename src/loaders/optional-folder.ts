import fs from 'node:fs';
import type { Loader } from 'astro/loaders';

/** Runs `loader` only when `dir` exists, so an optional content folder adds no warning when absent. */
export function optionalFolder(dir: string, loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      if (fs.existsSync(dir)) return loader.load(context);
      context.store.clear();
    },
  };
}
