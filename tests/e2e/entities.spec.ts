import { test, expect, seriousViolations } from './fixtures.ts';

const SERVICE = '/catalog/component/payments-service/';

test('an entity page shows the owner and the on-call link above the fold', async ({ page }) => {
  await page.goto(SERVICE);
  await expect(page.getByRole('heading', { level: 1, name: 'Payments service' })).toBeVisible();
  // The answers panel under the name leads with them; the full contact card follows.
  const answer = page.locator('[data-wf-answer="owner"]');
  const owner = answer.getByRole('link', { name: 'Payments', exact: true });
  await expect(owner).toHaveAttribute('href', '/teams/payments-team/');
  await expect(owner).toBeInViewport({ ratio: 1 });
  const oncall = answer.getByRole('link', { name: /^On-call/ });
  await expect(oncall).toHaveAttribute('href', 'https://oncall.tidewater.example/schedules/payments');
  await expect(oncall).toBeInViewport({ ratio: 1 });
  await expect(answer.getByRole('link', { name: /#payments/ })).toBeInViewport();
  const reach = page.getByRole('region', { name: 'Owner and how to reach them' });
  await expect(reach.getByRole('link', { name: 'Payments', exact: true })).toHaveAttribute('href', '/teams/payments-team/');
  await expect(reach.getByRole('link', { name: /^On-call/ })).toHaveAttribute('href', 'https://oncall.tidewater.example/schedules/payments');
});

test('the on-call link is above the fold on a phone too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(SERVICE);
  await expect(page.locator('[data-wf-answer="owner"]').getByRole('link', { name: /^On-call/ })).toBeInViewport({ ratio: 1 });
});

test('breadcrumbs lead from the catalog through domain and system to the entity', async ({ page }) => {
  await page.goto(SERVICE);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Catalog', 'Commerce', 'Payments', 'Payments service']);
  await expect(crumbs.getByRole('link', { name: 'Commerce' })).toHaveAttribute('href', '/catalog/domain/commerce/');
  await expect(crumbs.getByRole('link', { name: 'Payments' })).toHaveAttribute('href', '/catalog/system/payments/');
});

test('the dependency picture links each neighbour to its page', async ({ page }) => {
  await page.goto(SERVICE);
  const picture = page.locator('svg.wf-graph');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAccessibleName('Dependencies of Payments service');
  const ledger = picture.getByRole('link', { name: /^Ledger service/ });
  await ledger.click();
  await expect(page).toHaveURL(/\/catalog\/component\/ledger-service\/$/);
});

test('the team page shows the escalation ladder in order', async ({ page }) => {
  await page.goto('/teams/payments-team/');
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Escalation ladder' })).toBeVisible();
  const rungs = page.locator('.wf-ladder > li');
  await expect(rungs).toHaveCount(4);
  await expect(rungs.first()).toBeVisible();
  await expect(rungs.first()).toContainText('At once');
  await expect(rungs.nth(1)).toContainText('After 15 min');
  await expect(rungs.nth(1).getByRole('link', { name: 'Sofia Rossi' })).toHaveAttribute('href', '/catalog/user/sofia.rossi/');
  const reach = page.getByRole('region', { name: 'How to reach Payments' });
  await expect(reach.getByRole('link', { name: /^On-call/ })).toBeInViewport();
});

test('the teams page lists every team with chat and on-call', async ({ page }) => {
  await page.goto('/teams/');
  await expect(page.getByRole('link', { name: 'Payments', exact: true })).toHaveAttribute('href', '/teams/payments-team/');
  await expect(page.getByRole('link', { name: 'On-call for Payments' })).toHaveAttribute('href', 'https://oncall.tidewater.example/schedules/payments');
});

for (const query of ['payments-service', 'Payments service']) {
  test(`searching "${query}" puts the service's page first, with its owner`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).first().click();
    const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
    await input.fill(query);
    const first = page.locator('.pagefind-ui__result').first();
    await expect(first).toBeVisible();
    await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/catalog\/component\/payments-service\/$/);
    await expect(first.locator('[data-pagefind-ui-meta="owner"]')).toHaveText('Owner: Payments');
  });
}

test('searching a team name puts the team page first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('Site Reliability');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/teams\/sre-team\/$/);
});

// The service page, /teams/ and a team page are audited in both modes by journeys.spec.ts.
for (const url of ['/catalog/api/payments-api/', '/catalog/user/ana.lima/', '/catalog/system/payments/']) {
  test(`${url} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    expect(await seriousViolations(page), url).toEqual([]);
  });
}

test('entity pages read well in dark mode too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.goto(SERVICE);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page), 'dark entity page').toEqual([]);
});

test("from the home page, a service owner's on-call link is two clicks away", async ({ page }) => {
  await page.goto('/');
  // Click 1: the home page's way into the directory.
  await page.getByRole('link', { name: /Service catalog: who owns it/ }).click();
  await expect(page).toHaveURL(/\/catalog\/$/);
  // Click 2: the service's page, where the on-call link is above the fold.
  await page.getByRole('link', { name: 'payments-service', exact: true }).first().click();
  await expect(page).toHaveURL(/\/catalog\/component\/payments-service\/$/);
  const oncall = page.locator('[data-wf-answer="owner"]').getByRole('link', { name: /^On-call/ });
  await expect(oncall).toHaveAttribute('href', 'https://oncall.tidewater.example/schedules/payments');
  await expect(oncall).toBeInViewport({ ratio: 1 });
});
