/**
 * Builds the shared demo site (tests/.out/demo, see site.ts) and exits 1 with the end of
 * the build's output when it fails. `npm test` (scripts/test.ts) runs it beside the unit
 * tests, then the build and browser suites reuse it.
 *
 *   node tests/build/build-demo.ts
 */
import path from 'node:path';
import { buildDemo, demoDist, root } from './site.ts';

const started = Date.now();
const result = buildDemo();
if (result.status !== 0) {
  process.stderr.write(`The demo site failed to build (exit ${result.status}):\n${result.output.slice(-6000)}\n`);
  process.exit(1);
}
process.stdout.write(`demo site built into ${path.relative(root, demoDist)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
