import { test, expect, seriousViolations } from './fixtures.ts';

// The demo is built with WAYFINDER_TODAY=2026-11-23; the browser's clock decides what is
// past when the page runs, so each test sets it.
const rows = (page: import('@playwright/test').Page) => page.locator('[data-wf-list] [data-wf-item]:visible');
const dates = (page: import('@playwright/test').Page) => rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? ''));
const view = (page: import('@playwright/test').Page, name: string) => page.locator('[data-wf-filters] label').filter({ hasText: name }).click();

test('the calendar shows upcoming changes in date order with countdowns', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await page.goto('/lifecycle/');
  const upcoming = await dates(page);
  expect(upcoming.length).toBeGreaterThan(5);
  expect([...upcoming].sort()).toEqual(upcoming);
  expect(upcoming[0]).toBe('2026-12-14');
  await expect(rows(page).first()).toContainText('auth-api: service tokens expire after one hour');
  await expect(rows(page).first()).toContainText('takes effect in 21 days');
  const sunset = page.locator('#date-legacy-deployer-deprecation-sunset');
  await expect(sunset).toBeVisible();
  await expect(sunset).toContainText('sunset in 67 days');
  await expect(page.locator('a[data-wf-webcal]')).toHaveAttribute('href', 'webcal://handbook.tidewater.example/lifecycle.ics');
});

test("the views follow the reader's date: this month, this quarter with its past dates, next quarter", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-14T09:00:00'));
  await page.goto('/lifecycle/');
  // Today has a date: its day is outlined on the grid.
  await expect(page.locator('[data-wf-day="2026-12-14"]')).toHaveAttribute('aria-current', 'date');
  await view(page, 'This month');
  expect(await dates(page)).toEqual(['2026-12-14']);
  await view(page, 'This quarter');
  // 2026-11-13 is the demo's overdue campaign's deadline, a calendar item too.
  expect(await dates(page)).toEqual(['2026-10-01', '2026-10-19', '2026-11-13', '2026-12-14']);
  await expect(page.locator('[data-wf-view-detail]')).toHaveText('Q4 2026: 1 October – 31 December · 4 dates, 3 already past');
  await expect(page.locator('#date-legacy-deployer-deprecation-effective')).toContainText('took effect 74 days ago');
  await expect(page.locator('.wf-grid caption')).toHaveText(['October 2026', 'November 2026', 'December 2026']);
  expect(page.url()).toContain('?view=this-quarter');
  await view(page, 'Next quarter');
  // 2027-03-31 twice: an announcement's date and the on-track campaign's deadline.
  expect(await dates(page)).toEqual(['2027-01-04', '2027-01-11', '2027-01-29', '2027-02-15', '2027-03-31', '2027-03-31']);
  // The view is in the address, so it can be shared and reloaded.
  await page.goto('/lifecycle/?view=this-quarter');
  expect(await dates(page)).toEqual(['2026-10-01', '2026-10-19', '2026-11-13', '2026-12-14']);
  // A reader in the new year: next quarter has become this quarter.
  await page.clock.setFixedTime(new Date('2027-01-02T09:00:00'));
  await page.goto('/lifecycle/?view=this-quarter');
  expect(await dates(page)).toEqual(['2027-01-04', '2027-01-11', '2027-01-29', '2027-02-15', '2027-03-31', '2027-03-31']);
});

test("with the browser's clock after a sunset, the item shows as past", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-06-01T12:00:00'));
  await page.goto('/lifecycle/');
  // Nothing dated before 1 June 2027 is still called upcoming.
  expect(await dates(page)).toEqual([]);
  await expect(page.getByText('Nothing is scheduled.')).toBeVisible();
  await view(page, 'Past');
  const past = await dates(page);
  expect(past[0]).toBe('2027-04-20');
  expect([...past].sort().reverse()).toEqual(past);
  await expect(page.locator('#date-legacy-deployer-deprecation-sunset')).toContainText('sunset 123 days ago');
});

test('filters by type and by owning team', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await page.goto('/lifecycle/');
  const all = await rows(page).count();
  await page.getByLabel('Type').selectOption('deprecation');
  const types = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
  expect(types.length).toBeGreaterThan(0);
  expect(types.length).toBeLessThan(all);
  expect(new Set(types)).toEqual(new Set(['deprecation']));
  await page.getByLabel('Owning team').selectOption({ label: 'Identity & Access' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute('data-group', 'announcement:session-store-v1-deprecation');
  // The team's own feed is offered with it.
  await expect(page.getByRole('link', { name: "Subscribe to Identity & Access's changes" })).toHaveAttribute('href', 'webcal://handbook.tidewater.example/teams/identity-team/lifecycle.ics');
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(rows(page)).toHaveCount(all);
  await expect(page.locator('[data-wf-team-feed]')).toBeHidden();
});

test('an announcement lists the consumers who must act, grouped by team with contacts', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await page.goto('/lifecycle/legacy-deployer-deprecation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('legacy-deployer is deprecated; move to Launchpad by 29 January 2027');
  await expect(page.getByText('sunset in 67 days')).toBeVisible();
  const teams = page.locator('.wf-team');
  // Direct users' teams first (the demo's web team has moved to Launchpad; the data team is left only indirectly).
  await expect(teams.locator('h3')).toHaveText(['Payments', 'Shipping & Tracking', 'Data Platform']);
  // The page leads with the migration's progress: counts by state and the burn-down.
  await expect(page.locator('main h2').first()).toHaveText('Migration progress');
  await expect(page.locator('.wf-migration-counts [data-state="planned"] dd')).toHaveText('1');
  await expect(page.getByRole('img', { name: /Consumers left: 6 on 2026-09-14, 4 on 2026-11-23; deadline 2027-01-29/ })).toBeVisible();
  const payments = teams.filter({ has: page.getByRole('heading', { name: 'Payments' }) });
  await expect(payments.locator('[data-affected="direct"]')).toContainText(['Ledger service']);
  await expect(payments.locator('[data-affected="indirect"]').first()).toContainText('through Ledger service');
  await expect(payments.getByRole('link', { name: '#payments' })).toBeVisible();
  await expect(payments.getByRole('link', { name: 'On-call rota' })).toHaveAttribute('href', 'https://oncall.tidewater.example/schedules/payments');
});

// One audit per test; /lifecycle/stages/ is audited in both modes by journeys.spec.ts.
for (const url of ['/lifecycle/', '/lifecycle/session-store-v1-deprecation/', '/lifecycle/legacy-deployer-deprecation/']) {
  test(`${url} has no serious accessibility violations`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
    await page.goto(url);
    expect(await seriousViolations(page), url).toEqual([]);
  });
}

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
