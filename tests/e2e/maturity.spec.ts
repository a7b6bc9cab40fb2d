import { test, expect, seriousViolations } from './fixtures.ts';

test.beforeEach(async ({ page }) => {
  // The browser re-checks dates: fix its clock to the build's test day.
  await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'));
});

test('a campaign page shows progress by team and what is left, without serious accessibility violations', async ({ page }) => {
  await page.goto('/campaigns/runbooks-before-peak/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Runbooks before peak season');
  await expect(page.locator('.wf-campaign-meta [data-wf-campaign-state]')).toHaveText('Overdue');
  await expect(page.locator('.wf-campaign-todo').getByRole('link', { name: 'Label printer service' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an on-track campaign turns overdue by the reader’s date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-02T12:00:00'));
  await page.goto('/campaigns/docs-for-every-service/');
  await expect(page.locator('.wf-campaign-meta [data-wf-campaign-state]')).toHaveText('Overdue');
  await expect(page.locator('.wf-campaign-meta [data-wf-deadline-countdown]')).toHaveText('due 2 days ago');
});

test('an entity shows its level and exactly what the next level needs, without serious accessibility violations', async ({ page }) => {
  await page.goto('/catalog/component/payments-service/');
  await expect(page.locator('.wf-maturity-line')).toContainText('Maturity: Bronze');
  const notice = page.locator('.wf-campaign-notice[data-campaign="docs-for-every-service"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Campaign: A doc for every production service');
  await page.locator('.wf-maturity-line a').click();
  const next = page.locator('.wf-next-level');
  await expect(next).toBeVisible();
  await next.getByText('at least one doc about it').click();
  await expect(next.locator('pre')).toContainText('component:payments-service');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the level falls when an exemption lapses, and the campaign notice goes after its deadline, by the reader’s date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-07-02T12:00:00'));
  await page.goto('/catalog/component/warehouse-sync/');
  await expect(page.locator('.wf-maturity-line .wf-level:visible')).toHaveText('Bronze');
  await page.goto('/catalog/component/payments-service/');
  await expect(page.locator('.wf-campaign-notice')).toBeHidden();
});
