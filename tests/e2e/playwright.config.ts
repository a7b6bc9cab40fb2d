import { defineConfig } from '@playwright/test';

const port = Number(process.env.WAYFINDER_E2E_PORT ?? 4327);

/**
 * Browser tests against the built demo site (dist/, built by `npm run test:build` or
 * `npm run build`), served by `astro preview`. They drive Debian's Chromium: Playwright
 * cannot download its own browsers here. Set CHROMIUM_PATH to use another binary.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Axe over several pages in one test takes ~20 s on a busy 2-core machine.
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
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
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
