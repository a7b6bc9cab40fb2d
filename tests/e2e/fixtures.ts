import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** True when every error of a failed run is about time (a test or an expect that timed out). */
function failedOnTime(info: TestInfo): boolean {
  if (info.status === 'timedOut') return true;
  return info.errors.length > 0 && info.errors.every((e) => /Timeout \d+ms exceeded|Timed out \d+ms waiting/.test(e.message ?? ''));
}

/** Where a test's first failure is noted, so its retry knows why it failed. */
const failureNote = (info: TestInfo): string => path.join(info.project.outputDir, 'first-failures', `${info.testId}.txt`);

/**
 * A page that fails the test on any console error or uncaught exception. Retries
 * (playwright.config.ts) are for timing only: a retry of a test whose first run failed
 * for any other reason fails at once, with that reason.
 */
export const test = base.extend<{ consoleErrors: string[]; retryOnlyTiming: void }>({
  retryOnlyTiming: [
    async ({}, use, info) => {
      const note = failureNote(info);
      if (info.retry > 0 && fs.existsSync(note)) {
        throw new Error(`Not retried: the first run failed, and not on time (only timeouts are retried):\n${fs.readFileSync(note, 'utf8')}`);
      }
      await use();
      if (info.status !== 'passed' && info.status !== 'skipped' && !failedOnTime(info)) {
        fs.mkdirSync(path.dirname(note), { recursive: true });
        fs.writeFileSync(note, info.errors.map((e) => e.message ?? '').join('\n'));
      }
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe on the page and returns the serious and critical violations, summarised. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Expressive Code makes wide code blocks keyboard-scrollable (tabindex) from a script
  // that runs when the browser is idle; audit the page as a reader meets it.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
