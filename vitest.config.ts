import { defineConfig } from 'vitest/config';

// Unit tests: core logic, fast, no Astro build. Build and browser suites live apart.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests start Node (the CLI) several times: on a loaded 2-core machine one start
    // can take 10 s. A timeout is a hang detector here, not a speed target (that is bench).
    testTimeout: 120_000,
  },
});
