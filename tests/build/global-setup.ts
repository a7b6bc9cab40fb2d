import fs from 'node:fs';
import path from 'node:path';
import { buildDemo, demoDist } from './site.ts';

/**
 * Builds the demo site once for every build test and for the browser tests after them
 * (into tests/.out/demo; skip with WAYFINDER_REUSE_DIST=1 when it is there).
 */
export default function setup(): void {
  if (process.env.WAYFINDER_REUSE_DIST === '1' && fs.existsSync(path.join(demoDist, 'index.html'))) return;
  const started = Date.now();
  const result = buildDemo();
  if (result.status !== 0) {
    throw new Error(`The demo site failed to build (exit ${result.status}):\n${result.output.slice(-6000)}`);
  }
  console.log(`demo site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
