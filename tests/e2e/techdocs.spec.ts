import { test, expect, seriousViolations } from './fixtures.ts';

const docs = '/catalog/component/label-printer-service/docs/';

// One or two audits per test, so they run side by side.
for (const page of ['getting-started/local-setup/', 'getting-started/label-formats/', 'operations/runbook/']) {
  test(`the TechDocs page ${page} has no serious or critical accessibility violations${page.endsWith('local-setup/') ? ', in light and dark' : ''}`, async ({ page: tab }) => {
    await tab.goto(`${docs}${page}`);
    expect(await seriousViolations(tab)).toEqual([]);
    if (!page.endsWith('local-setup/')) return;
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.goto(`${docs}${page}`);
    expect(await seriousViolations(tab), 'dark').toEqual([]);
  });
}

test('search finds a TechDocs page by a phrase from its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await input.fill('Do not purge the queue');
  const first = page.locator('.pagefind-ui__result').first();
  await expect(first).toBeVisible();
  await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', new RegExp(`${docs}operations/runbook/$`));
});

test('content tabs switch without JavaScript, by mouse and keyboard', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${docs}getting-started/local-setup/`);
  const tabs = page.locator('.wf-tabs').first();
  await expect(tabs.getByText('brew install go zint')).toBeVisible();
  await expect(tabs.getByText('sudo apt-get install')).toBeHidden();
  await tabs.getByText('Linux', { exact: true }).click();
  await expect(tabs.getByText('sudo apt-get install')).toBeVisible();
  await expect(tabs.getByText('brew install go zint')).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByText('brew install go zint')).toBeVisible();
  await context.close();
});

test('a collapsible block opens, and the link to a sibling page heading lands on it', async ({ page }) => {
  await page.goto(`${docs}getting-started/local-setup/`);
  const details = page.locator('details.starlight-aside').first();
  await expect(details.getByText('The virtual printer writes each label')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.getByText('The virtual printer writes each label')).toBeVisible();
  await page.locator('.wf-techdocs').getByRole('link', { name: 'label formats', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${docs}getting-started/label-formats/#zpl-labels$`));
  await expect(page.locator('#zpl-labels')).toBeInViewport();
});
