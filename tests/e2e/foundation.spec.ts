import { test, expect, seriousViolations } from './fixtures.ts';

test('the home page routes newcomers and service owners, and the platform team to the manual', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Tidewater Handbook/);
  for (const heading of ["I'm new here", "I'm building and running a service"]) {
    await expect(page.getByText(heading, { exact: true })).toBeVisible();
  }
  // The product's manual is one line, not a card of the organisation's handbook.
  await expect(page.getByRole('link', { name: 'Wayfinder manual' })).toHaveAttribute('href', '/docs/wayfinder/adopt-wayfinder/');
  await page.getByRole('link', { name: 'Start here on day one' }).click();
  await expect(page).toHaveURL(/\/docs\/tutorials\/first-day\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('search finds a doc by a phrase from its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.fill('launchpad.yaml sits at the root');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first).toBeVisible();
  await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/docs\/reference\/launchpad-yaml\/$/);
});

// The home page is audited in both modes by journeys.spec.ts.
test('a doc has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/docs/how-to/request-access/');
  expect(await seriousViolations(page)).toEqual([]);
});
