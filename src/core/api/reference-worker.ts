/**
 * The second thread of parallel.ts: reads the API references it is sent (loadApiReference,
 * the same function the first thread runs) and answers on the port it was given, raising
 * the shared flag so the waiting thread wakes.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ContentPaths } from '../content-dir.ts';
import { readScope } from '../content-fs.ts';
import type { CatalogEntity } from '../catalog/types.ts';
import { gql } from './graphql.ts';
import { loadApiReference } from './load.ts';
import { loadShippedValidators } from './validate.ts';

const { paths, port, signal } = workerData as { paths: ContentPaths; port: MessagePort; signal: SharedArrayBuffer };
const flag = new Int32Array(signal);
// While the first thread reads the catalog: load what the definitions will need.
gql();
loadShippedValidators();

parentPort?.once('message', (entities: CatalogEntity[]) => {
  let answer: unknown;
  try {
    const scope = readScope(paths);
    answer = { results: entities.map((e) => loadApiReference(paths, e, scope)) };
  } catch (e) {
    answer = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(answer);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
