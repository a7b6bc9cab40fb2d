import { defineConfig } from 'vitest/config';

// Build tests: build the demo site once (globalSetup) into tests/.out/demo, then assert on it. Fixture
// sites are built into their own folders (testOut in site.ts) by the tests that need them.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    // A hang detector, not a speed target: on a busy 2-core machine one fixture build took 200 s.
    testTimeout: 900_000,
    hookTimeout: 1_800_000,
    // Test files run side by side (Vitest's default is one at a time on a 2-core machine):
    // while one file's build holds the build lock (build-lock.ts: the part of a build that
    // uses the project's shared .astro/ folder), another's writes its pages and a third
    // asserts on what is built. Each build writes only its own outDir and cache.
    fileParallelism: true,
    maxWorkers: 3,
  },
});
