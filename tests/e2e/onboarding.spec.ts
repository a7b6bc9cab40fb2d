import { test, expect, seriousViolations } from './fixtures.ts';

test('pick a path, tick two steps, and the progress survives a reload', async ({ page }) => {
  await page.goto('/onboarding/');
  await page.getByRole('link', { name: 'Backend engineer', exact: true }).click();
  await expect(page).toHaveURL(/\/onboarding\/backend\/$/);
  const bar = page.getByRole('progressbar', { name: 'Your progress' });
  await expect(bar).toHaveAttribute('aria-valuetext', '0 of 8 steps done, 6 h 10 min left');

  await page.getByRole('checkbox', { name: 'Done: Deploy your first service' }).check();
  await page.getByRole('checkbox', { name: 'Done: launchpad.yaml reference' }).check();
  await expect(bar).toHaveAttribute('aria-valuetext', '2 of 8 steps done, 3 h 40 min left');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Done: Deploy your first service' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Done: launchpad.yaml reference' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Done: Roll back a deploy' })).not.toBeChecked();
  await expect(bar).toHaveAttribute('aria-valuetext', '2 of 8 steps done, 3 h 40 min left');
  await expect(bar).toHaveJSProperty('value', 2);
  await expect(page.getByText('2 of 8 steps done, 3 h 40 min left', { exact: true })).toBeVisible();
  const next = page.locator('[data-wf-continue]');
  await expect(next).toContainText('Continue where you left off:');
  await expect(next.getByRole('link')).toHaveText('Roll back a deploy');
  await expect(next.getByRole('link')).toHaveAttribute('href', '/docs/how-to/roll-back-a-deploy/?path=backend');

  // The chooser shows the same progress on the path's card, and nothing on the others.
  await page.goto('/onboarding/');
  await expect(page.locator('[data-wf-card="backend"]')).toContainText('2 of 8 steps done, 3 h 40 min left');
  await expect(page.getByRole('progressbar', { name: 'Your progress on Backend engineer' })).toHaveAttribute(
    'aria-valuetext',
    '2 of 8 steps done, 3 h 40 min left',
  );
  await expect(page.locator('[data-wf-card="on-call"]')).toContainText('Not started');
});

test('progress is kept by step id: removed steps stop counting, damaged storage counts as nothing', async ({ page }) => {
  await page.goto('/onboarding/every-engineer/');
  await page.evaluate(() => localStorage.setItem('wayfinder:progress:every-engineer', JSON.stringify(['first-day', 'a-step-that-was-removed'])));
  await page.reload();
  await expect(page.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('aria-valuetext', '1 of 9 steps done, 2 h 55 min left');
  await page.evaluate(() => localStorage.setItem('wayfinder:progress:every-engineer', '{not json'));
  await page.reload();
  await expect(page.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('aria-valuetext', '0 of 9 steps done, 4 h 55 min left');
});

test('reset clears the progress of that path only, after asking', async ({ page }) => {
  await page.goto('/onboarding/on-call/');
  await page.evaluate(() => {
    localStorage.setItem('wayfinder:progress:on-call', JSON.stringify(['pager-app', 'roll-back']));
    localStorage.setItem('wayfinder:progress:backend', JSON.stringify(['roll-back']));
  });
  await page.reload();
  const bar = page.getByRole('progressbar', { name: 'Your progress' });
  await expect(bar).toHaveAttribute('aria-valuetext', /^2 of 8 steps done/);
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(bar).toHaveAttribute('aria-valuetext', /^2 of 8 steps done/);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(bar).toHaveAttribute('aria-valuetext', /^0 of 8 steps done/);
  await expect(page.getByRole('button', { name: 'Reset progress' })).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('wayfinder:progress:backend'))).toBe('["roll-back"]');
});

test('from a step reached from its path, the navigator leads to the next step of that path', async ({ page }) => {
  await page.goto('/onboarding/backend/');
  await page.locator('ol.wf-steps').getByRole('link', { name: 'Deploy your first service', exact: true }).click();
  await expect(page).toHaveURL(/\/docs\/tutorials\/deploy-your-first-service\/\?path=backend$/);
  const nav = page.getByRole('navigation', { name: 'Onboarding path: Backend engineer' });
  await expect(nav).toBeVisible();
  await expect(nav).toContainText('Step 1 of 10');

  await nav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/docs\/reference\/launchpad-yaml\/\?path=backend$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('launchpad.yaml reference');
  const nav2 = page.getByRole('navigation', { name: 'Onboarding path: Backend engineer' });
  await expect(nav2).toContainText('Step 2 of 10');
  await expect(nav2.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/docs/tutorials/deploy-your-first-service/?path=backend');

  // "Mark as done" on the doc is the same progress as the path page's checkbox.
  await nav2.getByRole('checkbox', { name: 'Mark as done' }).check();
  await nav2.getByRole('link', { name: 'Backend engineer' }).click();
  await expect(page).toHaveURL(/\/onboarding\/backend\/$/);
  await expect(page.getByRole('checkbox', { name: 'Done: launchpad.yaml reference' })).toBeChecked();
  await expect(page.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('aria-valuetext', '1 of 8 steps done, 5 h 40 min left');
});

test('a doc in two paths shows the navigator of the path in the URL', async ({ page }) => {
  await page.goto('/docs/how-to/roll-back-a-deploy/?path=on-call');
  const nav = page.getByRole('navigation', { name: /^Onboarding path/ });
  await expect(nav).toHaveCount(1);
  await expect(nav).toHaveAccessibleName('Onboarding path: On-call and SRE');
  await expect(nav).toContainText('Step 5 of 10');
  await nav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/docs\/how-to\/add-an-alert\/\?path=on-call$/);
});

test('the same doc without ?path (or with a path it is not in) shows no navigator', async ({ page }) => {
  for (const url of ['/docs/how-to/roll-back-a-deploy/', '/docs/how-to/roll-back-a-deploy/?path=every-engineer', '/docs/how-to/roll-back-a-deploy/?path=nope']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roll back a deploy');
    await expect(page.getByRole('navigation', { name: /^Onboarding path/ }), url).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Mark as done' })).toHaveCount(0);
  }
});

// One audit per test; /onboarding/ is audited in both modes by journeys.spec.ts.
for (const url of ['/onboarding/backend/', '/docs/how-to/roll-back-a-deploy/?path=backend']) {
  test(`${url} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    if (url.includes('/onboarding/backend/')) await page.getByRole('checkbox', { name: 'Done: Deploy your first service' }).check();
    expect(await seriousViolations(page), url).toEqual([]);
  });
}

test('without JavaScript a path is a plain ordered list of links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/onboarding/');
  await expect(page.getByRole('link', { name: 'On-call and SRE', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'On-call and SRE', exact: true }).click();
  await expect(page).toHaveURL(/\/onboarding\/on-call\/$/);
  const steps = page.locator('ol.wf-steps > li');
  await expect(steps).toHaveCount(10);
  await expect(steps.first().getByRole('link')).toHaveAttribute('href', '/docs/explanation/on-call-at-tidewater/?path=on-call');
  await expect(steps.first()).toContainText('20 min');
  await expect(page.getByRole('checkbox', { name: 'Done: Service tiers and maturity stages' })).toBeDisabled();
  // (Playwright turns scripts off without the parser's scripting flag, so <noscript> stays unrendered here.)
  expect(await page.locator('.wf-progress noscript').innerHTML()).toContain('Ticking steps off needs JavaScript.');
  await expect(page.locator('[data-wf-continue]')).toContainText('Start with: On-call at Tidewater');
  // No navigator without JavaScript: nothing can tell which path the reader came from.
  await page.goto('/docs/how-to/roll-back-a-deploy/?path=on-call');
  await expect(page.getByRole('navigation', { name: /^Onboarding path/ })).toHaveCount(0);
  await context.close();
});
