import { test, expect, seriousViolations } from './fixtures.ts';

const PAGES = ['/docs/explanation/how-checkout-works/', '/catalog/map/', '/catalog/domain/commerce/', '/catalog/system/payments/', '/catalog/component/label-printer-service/docs/'];
const WIDTHS = [1280, 390];

for (const width of WIDTHS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`diagrams and maps fit the page and pass axe at ${width}px, ${scheme}`, async ({ page }) => {
      // Five pages, each audited by axe: slow on a loaded machine.
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of PAGES) {
        await page.goto(url);
        const figures = page.locator('figure.wf-diagram svg, figure.wf-map svg');
        expect(await figures.count(), url).toBeGreaterThan(0);
        // Nothing scrolls sideways, and no drawing is wider than its column.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, url).toBeLessThanOrEqual(0);
        const wide = await figures.evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > (s.closest('figure')?.getBoundingClientRect().width ?? 0) + 1).length);
        expect(wide, url).toBe(0);
        // Labels are drawn in a colour that differs from the page background (readable in this scheme).
        const contrast = await page.locator('figure.wf-diagram svg text, figure.wf-map .wf-map-node-label').first().evaluate((t) => [getComputedStyle(t).fill, getComputedStyle(document.body).backgroundColor]);
        expect(contrast[0], url).not.toBe(contrast[1]);
        expect(await seriousViolations(page), `${url} ${width} ${scheme}`).toEqual([]);
      }
    });
  }
}

test('a map node is a link to its page, and the list below the map says the same', async ({ page }) => {
  await page.goto('/catalog/map/');
  await page.locator('figure.wf-map summary').click();
  await expect(page.locator('.wf-map-list').getByRole('link', { name: 'Payments' }).first()).toBeVisible();
  await page.locator('a.wf-map-node[href="/catalog/system/payments/"]').click();
  await expect(page).toHaveURL(/\/catalog\/system\/payments\/$/);
  await expect(page.locator('#map')).toBeVisible();
});

test('diagrams are drawn without JavaScript, and their source is there to read', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/docs/explanation/how-checkout-works/');
  const flow = page.getByRole('img', { name: /^Flowchart:/ });
  await expect(flow).toBeVisible();
  await expect(flow.locator('text', { hasText: 'Payments service' }).first()).toBeVisible();
  await page.locator('figure.wf-diagram summary').first().click();
  await expect(page.locator('figure.wf-diagram pre').first()).toContainText('checkout -->|POST /payments| payments(Payments service)');
  await context.close();
});
