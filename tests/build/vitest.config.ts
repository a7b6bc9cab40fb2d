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
    // Two test files at a time: an Astro build is mostly one thread, so on two cores two
    // builds take about the time of one (peak memory ~2 GB for two demo-sized builds).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
