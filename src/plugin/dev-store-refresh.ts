import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's virtual module of the content data store, as the dev server's module graph names it. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Decides when the data store is to be read again: after each write Astro makes, once no
 * request is being served (at once when none is).
 */
export class StoreRefresh {
  #inFlight = 0;
  #pending = false;
  readonly #refresh: () => void;

  constructor(refresh: () => void) {
    this.#refresh = refresh;
  }

  /** A request started. */
  begin(): void {
    this.#inFlight++;
  }

  /** A request ended: refreshes when a write is waiting and no other request is in flight. */
  end(): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    this.#flush();
  }

  /** Astro wrote the data store. */
  written(): void {
    this.#pending = true;
    this.#flush();
  }

  #flush(): void {
    if (this.#inFlight > 0 || !this.#pending) return;
    this.#pending = false;
    this.#refresh();
  }
}

/** The dev server as the `astro:server:setup` hook gives it (Vite's, which Astro bundles). */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Marks the data store's module as changed in the server's environments, as Astro does after writing it. */
function invalidateDataStore(server: DevServer): void {
  for (const environment of Object.values(server.environments)) {
    const mod = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (mod) environment.moduleGraph.invalidateModule(mod, undefined, Date.now(), true);
    // A runnable environment (Astro's SSR one) also keeps the evaluated module in its runner.
    const runner = 'runner' in environment ? (environment as { runner?: { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(m: unknown): void } } }).runner : undefined;
    const evaluated = runner?.evaluatedModules.getModuleById(DATA_STORE_MODULE);
    if (runner && evaluated) runner.evaluatedModules.invalidateModule(evaluated);
  }
}

/**
 * `astro dev` only. When Astro writes its content data store while a page is being
 * rendered, that render can finish by keeping the store it had started to read, and
 * every later page then shows the content from before the edit (seen with Markdown docs
 * rendered on request: saving a doc's new title showed the old one until the next save).
 * This reads the store again once the requests that overlapped the write have ended.
 */
export function devStoreRefreshIntegration(): AstroIntegration {
  let storeFile = '';
  return {
    name: 'wayfinder:dev-store-refresh',
    hooks: {
      'astro:config:done'({ config }) {
        storeFile = fileURLToPath(new URL('.astro/data-store.json', config.root));
      },
      'astro:server:setup'({ server }) {
        const refresh = new StoreRefresh(() => invalidateDataStore(server));
        server.watcher.on('change', (file) => {
          if (file === storeFile) refresh.written();
        });
        server.watcher.on('add', (file) => {
          if (file === storeFile) refresh.written();
        });
        server.middlewares.use((_req, res, next) => {
          refresh.begin();
          let ended = false;
          const end = () => {
            if (ended) return;
            ended = true;
            refresh.end();
          };
          res.on('finish', end);
          res.on('close', end);
          next();
        });
      },
    },
  };
}
