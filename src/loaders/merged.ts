import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isInside } from '../core/content-fs.ts';

/** One loader of a merged collection and the folder its entries come from. */
export interface LoaderPart {
  dir: string;
  loader: Loader;
}

/**
 * One collection from several loaders over different folders (the content folder's docs
 * and Wayfinder's manual). Each loader sees only the entries whose file lies in its own
 * folder, so a glob loader's clean-up of entries it did not touch leaves the other's alone.
 */
export function mergedLoader(name: string, parts: LoaderPart[]): Loader {
  return {
    name,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const ownedBy = (dir: string) => (id: string): boolean => {
        const file = context.store.get(id)?.filePath;
        return file !== undefined && isInside(dir, path.resolve(root, file));
      };
      // An entry no part owns came from another folder (a store kept from a build of another
      // content folder): it must never reach this site.
      const dirs = parts.map((p) => path.resolve(p.dir));
      for (const id of context.store.keys()) if (!dirs.some((d) => ownedBy(d)(id))) context.store.delete(id);
      for (const part of parts) {
        const dir = path.resolve(part.dir);
        const owns = ownedBy(dir);
        const store = new Proxy(context.store, {
          get(target, prop) {
            if (prop === 'keys') return () => target.keys().filter(owns);
            if (prop === 'clear') return () => target.keys().filter(owns).forEach((id) => target.delete(id));
            const value: unknown = Reflect.get(target, prop, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        await part.loader.load({ ...context, store } as LoaderContext);
      }
    },
  };
}
