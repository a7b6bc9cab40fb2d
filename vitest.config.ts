import { defineConfig } from 'vitest/config';

// Unit tests: core logic, fast, no Astro build. Build and browser suites live apart.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
