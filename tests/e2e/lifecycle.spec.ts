import { test, expect, seriousViolations } from './fixtures.ts';

// The demo is built with WAYFINDER_TODAY=2026-11-23; the browser's clock decides what is
// past when the page runs, so each test sets it.
const upcoming = (page: import('@playwright/test').Page) => page.locator('[data-wf-when="upcoming"]:visible');
const past = (page: import('@playwright/test').Page) => page.locator('[data-wf-when="past"]:visible');

test('the calendar shows upcoming changes in date order with countdowns', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await page.goto('/lifecycle/');
  const dates = await upcoming(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? ''));
  expect(dates.length).toBeGreaterThan(5);
  expect([...dates].sort()).toEqual(dates);
  expect(dates[0]).toBe('2026-12-14');
  await expect(upcoming(page).first()).toContainText('auth-api: service tokens expire after one hour');
  await expect(upcoming(page).first()).toContainText('takes effect in 21 days');
  const sunset = page.locator('[data-wf-when="upcoming"][data-id="legacy-deployer-deprecation"][data-date="2027-01-29"]');
  await expect(sunset).toBeVisible();
  await expect(sunset).toContainText('sunset in 67 days');
  await expect(page.getByRole('link', { name: 'Calendar feed (iCalendar)' })).toHaveAttribute('href', '/lifecycle.ics');
  await expect(page.locator('[data-wf-day="2026-11-23"]')).toHaveAttribute('aria-current', 'date');
});

test("with the browser's clock after a sunset, the item shows as past", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-06-01T12:00:00'));
  await page.goto('/lifecycle/');
  const item = (when: string) => page.locator(`[data-wf-when="${when}"][data-id="legacy-deployer-deprecation"][data-date="2027-01-29"]`);
  await expect(item('upcoming')).toBeHidden();
  await expect(item('past')).toBeVisible();
  await expect(item('past')).toContainText('sunset 123 days ago');
  // Nothing dated before 1 June 2027 is still called upcoming.
  const dates = await upcoming(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? ''));
  expect(dates.every((d) => d >= '2027-06-01')).toBe(true);
  await expect(page.getByText('Nothing is scheduled.')).toBeVisible();
  await expect(past(page).first()).toHaveAttribute('data-date', '2027-04-20');
});

test('filters by type and by owning team', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await page.goto('/lifecycle/');
  const all = await upcoming(page).count();
  await page.getByLabel('Type').selectOption('deprecation');
  const types = await upcoming(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
  expect(types.length).toBeGreaterThan(0);
  expect(types.length).toBeLessThan(all);
  expect(new Set(types)).toEqual(new Set(['deprecation']));
  await page.getByLabel('Owning team').selectOption({ label: 'Identity & Access' });
  await expect(upcoming(page)).toHaveCount(1);
  await expect(upcoming(page).first()).toHaveAttribute('data-id', 'session-store-v1-deprecation');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(upcoming(page)).toHaveCount(all);
});

test('an announcement lists the consumers who must act, grouped by team with contacts', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await page.goto('/lifecycle/legacy-deployer-deprecation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('legacy-deployer is deprecated; move to Launchpad by 29 January 2027');
  await expect(page.getByText('sunset in 67 days')).toBeVisible();
  const teams = page.locator('.wf-team');
  await expect(teams.locator('h3')).toHaveText(['Data Platform', 'Payments', 'Shipping & Tracking', 'Web Experience']);
  const payments = teams.filter({ has: page.getByRole('heading', { name: 'Payments' }) });
  await expect(payments.locator('[data-affected="direct"]')).toContainText(['Ledger service']);
  await expect(payments.locator('[data-affected="indirect"]').first()).toContainText('through Ledger service');
  await expect(payments.getByRole('link', { name: '#payments' })).toBeVisible();
  await expect(payments.getByRole('link', { name: 'On-call rota' })).toHaveAttribute('href', 'https://oncall.tidewater.example/schedules/payments');
});

test('the calendar and an announcement have no serious accessibility violations', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  for (const url of ['/lifecycle/', '/lifecycle/session-store-v1-deprecation/', '/lifecycle/stages/']) {
    await page.goto(url);
    expect(await seriousViolations(page), url).toEqual([]);
  }
});

test('banners: on the subject, on a consumer, and on a doc about the subject', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await page.goto('/catalog/component/legacy-deployer/');
  const subject = page.locator('.wf-notices').first();
  await expect(subject).toContainText('will be switched off on 29 January 2027');
  await expect(subject).toContainText('Use Launchpad instead');
  await expect(subject.getByRole('link', { name: /legacy-deployer is deprecated; move to Launchpad/ })).toHaveAttribute('href', '/lifecycle/legacy-deployer-deprecation/');

  // Ledger service ships through legacy-deployer: its page says so.
  await page.goto('/catalog/component/ledger-service/');
  await expect(page.locator('.wf-notices')).toContainText('Legacy deployer');

  await page.goto('/docs/explanation/how-deploys-work/');
  await expect(page.locator('.wf-doc-context .wf-notice').first()).toContainText('29 January 2027');

  // After the sunset the browser hides the notice, whenever the site was built.
  await page.clock.setFixedTime(new Date('2027-03-01T09:00:00'));
  await page.goto('/catalog/component/legacy-deployer/');
  await expect(page.locator('.wf-notice[data-wf-until="2027-01-29"]')).toBeHidden();
});
