import { defineConfig } from '@playwright/test';

const port = Number(process.env.WAYFINDER_E2E_PORT ?? 4327);

/**
 * Browser tests against the demo site the build suite built (tests/.out/demo; built here
 * when it is missing, see serve-demo.ts), served by `astro preview`. They drive Debian's
 * Chromium: Playwright cannot download its own browsers here. Set CHROMIUM_PATH to use
 * another binary.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // A test opens a few pages and runs axe on some of them: ~20 s on a 2-core machine that
  // other work keeps busy, so the limit is twice the slowest seen there.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // One retry, for timing only: a test that failed for another reason fails its retry at
  // once (fixtures.ts), so a real defect is never hidden as "flaky".
  retries: 1,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `"${process.execPath}" tests/e2e/serve-demo.ts ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // Long enough to build the demo first when the build suite has not.
    timeout: 600_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
