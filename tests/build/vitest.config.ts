import { defineConfig } from 'vitest/config';

// Build tests: build the demo site once (globalSetup) into tests/.out/demo, then assert on it. Fixture
// sites are built into their own folders by the tests that need them.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    // A hang detector, not a speed target: on a busy 2-core machine one fixture build took 200 s.
    testTimeout: 900_000,
    hookTimeout: 1_800_000,
    // One test file at a time: Astro writes a build's prerendered chunks to <outDir>/.prerender,
    // or to <project>/.astro/.prerender when outDir is outside the project (as the fixture
    // builds' temporary folders are), so two builds at once break each other
    // (ERR_MODULE_NOT_FOUND … .astro/.prerender/chunks, or an empty page).
    fileParallelism: false,
  },
});
