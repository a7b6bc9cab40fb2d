import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests: core logic, fast, no Astro build. Build and browser suites live apart.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests start Node (the CLI) many times: on a 2-core machine that other jobs keep
    // busy one start took 10 s and a test of twelve starts 134 s. A timeout is a hang
    // detector here, not a speed target (that is bench), so one limit for all, and long.
    testTimeout: 600_000,
    // At least two files at a time (Vitest's default is one on a 2-core machine): many tests
    // wait on the CLI processes they start, and the other file uses that time.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  },
});
