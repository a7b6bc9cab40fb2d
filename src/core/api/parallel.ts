/**
 * API references read on two threads: the definitions of a large catalog (parsing, schema
 * validation, GraphQL) are a third of a check, and each is independent of the others. The
 * second thread starts (and loads its modules, graphql-js and the shipped validators) while
 * the first reads the catalog; it then gets the GraphQL APIs and every other one of the
 * rest, the first thread reads the others and does the remaining checks meanwhile, and the
 * results are put back in catalog order, so the outcome is exactly loadApiReferences'. The
 * wait is synchronous (Atomics.wait), as checkContent is. `npm run check` uses it with
 * WAYFINDER_CHECK_THREADS=2 (it did not pay on a busy 2-core machine); the build reads
 * them on one thread. Should the second thread fail or not answer, the first reads its
 * share too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { receiveMessageOnPort, MessageChannel, Worker } from 'node:worker_threads';
import type { ContentPaths } from '../content-dir.ts';
import { readScope } from '../content-fs.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { CatalogEntity } from '../catalog/types.ts';
import { loadApiReference, referenceFormat } from './load.ts';
import type { ApiReference } from './model.ts';

type One = ReturnType<typeof loadApiReference>;

/** How long to wait for the second thread before reading its share here. */
const PATIENCE_MS = 120_000;

/** The fields of an entity that reading its reference uses (what is sent to the second thread). */
function sendable(e: CatalogEntity): Partial<CatalogEntity> {
  const { ref, kind, name, type, definition, definitionSource, definitionAt, source } = e;
  return { ref, kind, name, type, definition, definitionSource, definitionAt, source };
}

/** A second thread that reads API references. */
export interface ApiReferenceThread {
  /** Sends the second thread its share of the APIs among `entities`. */
  submit(entities: readonly CatalogEntity[]): void;
  /** Reads the rest here, waits for the second thread, and returns what loadApiReferences(entities) would. */
  finish(): { references: ApiReference[]; diagnostics: Diagnostic[] };
}

/** Starts the second thread; undefined when one cannot be started (the caller reads on one thread). */
export function startApiReferenceThread(paths: ContentPaths): ApiReferenceThread | undefined {
  let worker: Worker;
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  try {
    // A path, not `new URL(…, import.meta.url)`, which bundlers take for an asset to copy.
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference-worker.ts');
    if (!fs.existsSync(file)) return undefined; // bundled: read on one thread
    worker = new Worker(file, { workerData: { paths, port: port2, signal }, transferList: [port2] });
  } catch {
    return undefined;
  }
  worker.unref();
  worker.on('error', () => undefined); // a failure shows as no answer; the first thread then reads its share
  let apis: CatalogEntity[] = [];
  let theirs: boolean[] = [];
  return {
    submit(entities) {
      apis = entities.filter((e) => e.kind === 'api' && e.definition);
      // GraphQL (graphql-js is loaded there already) and every other one of the rest.
      let other = 0;
      theirs = apis.map((e) => referenceFormat(e) === 'graphql' || other++ % 2 === 1);
      worker.postMessage(apis.filter((_, i) => theirs[i]).map(sendable));
    },
    finish() {
      const scope = readScope(paths);
      const results: One[] = apis.map((e, i) => (theirs[i] ? { diagnostics: [] } : loadApiReference(paths, e, scope)));
      const flag = new Int32Array(signal);
      const until = Date.now() + PATIENCE_MS;
      while (Atomics.load(flag, 0) === 0 && Date.now() < until) Atomics.wait(flag, 0, 0, 1000);
      const answer = receiveMessageOnPort(port1)?.message as { results?: One[] } | undefined;
      void worker.terminate();
      port1.close();
      let k = 0;
      apis.forEach((e, i) => {
        if (!theirs[i]) return;
        results[i] = answer?.results?.[k++] ?? loadApiReference(paths, e, scope);
      });
      const references: ApiReference[] = [];
      const diagnostics: Diagnostic[] = [];
      for (const r of results) {
        if (r.reference) references.push(r.reference);
        diagnostics.push(...r.diagnostics);
      }
      return { references, diagnostics };
    },
  };
}
