import { test, expect, seriousViolations } from './fixtures.ts';

test('searching "POST /payment-intents" lands on that operation of the Payments API', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.fill('POST /payment-intents');
  const result = page.locator('.pagefind-ui__result').first();
  await expect(result).toBeVisible();
  const sub = result.locator('a.pagefind-ui__result-link[href$="/catalog/api/payments-api/#post-payment-intents"]');
  await expect(sub).toHaveCount(1);
  await sub.click();
  await expect(page).toHaveURL(/\/catalog\/api\/payments-api\/#post-payment-intents$/);
  const heading = page.locator('#post-payment-intents');
  await expect(heading).toBeInViewport();
  await expect(heading).toHaveText(/POST\s+\/payment-intents/);
});

test('an operation folded in a long reference unfolds when a link lands on it', async ({ page }) => {
  await page.goto('/catalog/api/launchpad-api/');
  const details = page.locator('section.wf-op:has(#post-previews) details.wf-op-details');
  await page.evaluate(() => document.querySelectorAll('details.wf-op-details').forEach((d) => ((d as HTMLDetailsElement).open = false)));
  await page.locator('.wf-op-table a[href="#post-previews"]').click();
  await expect(details).toHaveAttribute('open', '');
  await expect(details.getByText('Example request')).toBeVisible();
});

// One page per test: axe over a long reference takes a while on a busy 2-core machine.
for (const [url, scheme] of [
  ['/catalog/api/launchpad-api/', 'light'],
  ['/catalog/api/launchpad-api/', 'dark'],
  ['/catalog/api/shipment-events/', 'light'],
  ['/catalog/api/tracking-graphql/', 'light'],
] as const) {
  test(`the API reference at ${url} has no serious or critical accessibility violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
