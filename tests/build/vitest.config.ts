import { defineConfig } from 'vitest/config';

// Build tests: build the demo site once (globalSetup), then assert on dist/. Fixture
// sites are built into their own folders by the tests that need them.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
