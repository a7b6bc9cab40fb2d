import { test, expect, seriousViolations } from './fixtures.ts';

test.beforeEach(async ({ page }) => {
  // The notice is re-checked against the reader's date: fix it to the build's test day.
  await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'));
});

test('a stale demo doc shows its notice, owner and review age', async ({ page }) => {
  await page.goto('/docs/how-to/roll-back-a-deploy/');
  const notice = page.getByRole('note', { name: 'This page may be out of date' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Its review was due on 2026-08-29');
  await expect(page.locator('.wf-doc-meta')).toContainText('Reviewed on 2026-03-02 (266 days ago)');
  await expect(page.locator('.wf-doc-meta').getByRole('link', { name: 'Developer Platform' })).toHaveAttribute('href', '/teams/platform-team/');
});

test('the overdue reason follows the reader’s date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-06-01T12:00:00'));
  await page.goto('/docs/how-to/roll-back-a-deploy/');
  await expect(page.locator('[data-overdue-reason]')).toBeHidden();
  await expect(page.locator('.wf-doc-meta')).toContainText('(91 days ago)');
});

test('/health/ has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/health/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Doc and catalog health');
  expect(await seriousViolations(page)).toEqual([]);
});
