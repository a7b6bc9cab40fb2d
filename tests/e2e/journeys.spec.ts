/**
 * Newcomer journeys (issue 16): six everyday questions a new hire asks, each from the home
 * page, answered visibly (in the viewport, not only in the DOM) within two interactions,
 * at desktop and phone widths, with no console errors (the fixture fails the test on any).
 * The calendar questions ("what is deprecated this quarter", "how do I subscribe") are in
 * journeys-calendar.spec.ts. The pages on the way are axe clean in light and dark mode (the
 * last test). "Search for X" counts as one interaction (focus the box and type), opening a
 * result as another.
 */
import type { Page } from '@playwright/test';
import { expect, expectAnswered, expectAxeCleanInBothModes, expectNoSidewaysScroll, forEachWidth, interactions, searchFor, test } from './journeys-helpers.ts';

/** The search result whose page is `path`, checked to be on screen in the results before it is opened. */
async function resultFor(page: Page, path: string) {
  const link = page.locator(`.pagefind-ui__result-link[href="${path}"]`).first();
  await expectAnswered(link, `the search result for ${path}`);
  return link;
}

forEachWidth((width) => {
  test(`where do I start: the onboarding path for everyone, one tap from the home page (${width.name})`, async ({ page }) => {
    const steps = interactions();
    await page.goto('/');
    const shortcuts = page.getByRole('navigation', { name: 'Find people, services and changes' });
    await expectAnswered(shortcuts.getByRole('link', { name: /Onboarding/ }), 'the onboarding shortcut on the home page');
    await steps.do('open Onboarding', () => shortcuts.getByRole('link', { name: /Onboarding/ }).click());
    await expect(page).toHaveURL(/\/onboarding\/$/);
    await expectAnswered(page.getByRole('link', { name: 'Every engineer: your first week' }).first(), 'the first path to follow');
    await expectNoSidewaysScroll(page);
    steps.expectAtMost(2);
  });

  test(`who owns a service: the owner is in the search result and leads the service's page (${width.name})`, async ({ page }) => {
    const steps = interactions();
    await page.goto('/');
    await steps.do('search "who owns payments service"', () => searchFor(page, 'who owns payments service'));
    const result = await resultFor(page, '/catalog/component/payments-service/');
    // The excerpt already names the owner.
    await expect(page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-excerpt').first()).toContainText('Payments team, the owner');
    await steps.do('open the service', () => result.click());
    await expect(page).toHaveURL(/\/catalog\/component\/payments-service\/$/);
    const owner = page.locator('[data-wf-answer="owner"]');
    await expectAnswered(owner.getByRole('link', { name: 'Payments', exact: true }), 'the owner under the name');
    await expectNoSidewaysScroll(page);
    steps.expectAtMost(2);
  });

  test(`how do I reach them at 2am: the team's on-call rota, first in search, on screen on its page (${width.name})`, async ({ page }) => {
    const steps = interactions();
    await page.goto('/');
    await steps.do('search "payments on-call"', () => searchFor(page, 'payments on-call'));
    const first = page.locator('.pagefind-ui__result').first();
    await expect(first.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', '/teams/payments-team/');
    await expect(first.locator('.pagefind-ui__result-excerpt').first()).toContainText('oncall.tidewater.example/schedules/payments');
    await steps.do('open the team', () => resultFor(page, '/teams/payments-team/').then((l) => l.click()));
    await expect(page).toHaveURL(/\/teams\/payments-team\/$/);
    const oncall = page.locator('a[data-wf-oncall]');
    await expectAnswered(oncall, 'the on-call link');
    await expect(oncall).toHaveAttribute('href', 'https://oncall.tidewater.example/schedules/payments');
    await expectNoSidewaysScroll(page);
    steps.expectAtMost(2);
  });

  test(`what depends on a service: how many and which, under its name; the picture fits the screen (${width.name})`, async ({ page }) => {
    const steps = interactions();
    await page.goto('/');
    await steps.do('search "what depends on ledger service"', () => searchFor(page, 'what depends on ledger service'));
    await expect(page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', '/catalog/component/ledger-service/');
    await steps.do('open the service', () => resultFor(page, '/catalog/component/ledger-service/').then((l) => l.click()));
    const dependents = page.locator('[data-wf-answer="dependents"]');
    await expectAnswered(dependents, 'who depends on it');
    await expect(dependents).toContainText(/Used by\s*\d+: /);
    await expect(dependents.getByRole('link').first()).toBeVisible();
    // Further down, the dependency picture never scrolls sideways (a stacked list on a phone).
    await page.locator('#dependencies').scrollIntoViewIfNeeded();
    const figure = page.locator('.wf-graph-figure');
    await expect(figure).toBeVisible();
    const overflow = await figure.evaluate((f) => f.scrollWidth - f.clientWidth);
    expect(overflow, 'the dependency picture scrolls sideways').toBeLessThanOrEqual(0);
    if (width.name === 'phone') await expect(figure.locator('.wf-graph-stack')).toBeVisible();
    await expectNoSidewaysScroll(page);
    steps.expectAtMost(2);
  });

  test(`is it beta or GA and what does that promise: stage, SLO and support under its name, as the stages page says (${width.name})`, async ({ page }) => {
    const steps = interactions();
    await page.goto('/');
    await steps.do('search "launchpad previews"', () => searchFor(page, 'launchpad previews'));
    await steps.do('open the service', () => resultFor(page, '/catalog/component/launchpad-previews/').then((l) => l.click()));
    const stage = page.locator('[data-wf-answer="stage"]');
    await expectAnswered(stage, 'its stage and promise');
    await expect(stage).toContainText('Beta');
    await expect(stage).toContainText('SLO 95% of previews ready within 10 minutes');
    await expect(stage).toContainText('Support: Business hours, best effort');
    steps.expectAtMost(2);

    // One source: the stages page and the announcement say the same (not counted: a check, not the journey).
    await page.goto('/lifecycle/stages/');
    const beta = page.locator('#stage-beta');
    await expect(beta).toContainText('Business hours, best effort');
    await expect(beta).toContainText('each beta publishes its own target on its catalog entry');
    await page.goto('/lifecycle/launchpad-previews-beta/');
    await expect(page.locator('main')).toContainText('95% of previews ready within 10 minutes');
    await expect(page.locator('main')).not.toContainText('99.5%');
  });

  test(`how far am I in onboarding: the home page shows my progress (${width.name})`, async ({ page }) => {
    // Set-up, not part of the journey: tick two steps on a path page.
    await page.goto('/onboarding/every-engineer/');
    const boxes = page.locator('input[data-wf-check]');
    await expect(boxes.first()).toBeEnabled();
    await boxes.nth(0).check();
    await boxes.nth(1).check();

    const steps = interactions();
    await page.goto('/');
    const progress = page.getByRole('region', { name: 'Your onboarding' });
    await expectAnswered(progress, 'my onboarding progress');
    await expect(progress.getByRole('link', { name: 'Every engineer: your first week' })).toBeVisible();
    await expect(progress).toContainText(/2 of \d+ steps done/);
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuetext', /^2 of \d+ steps done/);
    // Directory, teams and calendar stay within the first screen with it.
    const shortcuts = page.getByRole('navigation', { name: 'Find people, services and changes' });
    for (const name of [/Service catalog/, /Teams/, /Lifecycle calendar/]) await expectAnswered(shortcuts.getByRole('link', { name }), `the ${name.source} shortcut`);
    steps.expectAtMost(2);
  });
});

test('a first visit shows no progress on the home page, and the shortcuts are within the first screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-wf-home-progress]')).toBeHidden();
  const shortcuts = page.getByRole('navigation', { name: 'Find people, services and changes' });
  for (const name of [/Service catalog/, /Teams/, /Lifecycle calendar/, /Onboarding/]) await expectAnswered(shortcuts.getByRole('link', { name }), `the ${name.source} shortcut`);
});

// One test per page (two axe passes each), so the pages are audited side by side and a
// slow machine never has to fit eighteen audits into one test's time.
for (const url of ['/', '/onboarding/', '/onboarding/every-engineer/', '/teams/', '/teams/payments-team/', '/catalog/', '/catalog/component/payments-service/', '/catalog/component/launchpad-previews/', '/lifecycle/stages/']) {
  test(`${url} of the journeys is axe clean in light and dark mode`, async ({ page }) => {
    await expectAxeCleanInBothModes(page, url);
  });
}

test('the defects newcomers met are gone: /teams/ counts, "(outside the handbook)", dark progress track, byline link colour', async ({ page }) => {
  await page.goto('/teams/');
  await expect(page.locator('.wf-team-tree')).not.toContainText('0 members');
  await expect(page.locator('.wf-team-tree li').first()).toContainText(/\d+ teams/);

  // The path page's "Start with" link copies the first step's link, a task outside the handbook:
  // its "(outside the handbook)" stays screen-reader-only.
  await page.goto('/onboarding/every-engineer/');
  const startWith = page.locator('[data-wf-continue-link]');
  await expect(startWith).toBeVisible();
  const hidden = startWith.locator('.sr-only');
  await expect(hidden).toHaveText(' (outside the handbook)');
  expect((await hidden.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);

  // In dark mode an empty progress track is dark, not white (0% must not look full).
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.reload();
  const bar = page.locator('progress.wf-progress-bar').first();
  // Drawn by the site (Chromium's native bar paints a white track on a dark page).
  expect(await bar.evaluate((p) => getComputedStyle(p).appearance)).toBe('none');
  const track = await bar.evaluate((p) => getComputedStyle(p, '::-webkit-progress-bar').backgroundColor);
  const [r = 255, g = 255, b = 255] = (track.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b, `dark track colour ${track}`).toBeLessThan(3 * 128);

  // The doc byline's owner link takes the site's link colour, not the browser's default blue.
  await page.goto('/docs/how-to/request-access/');
  const colour = await page.locator('.wf-doc-meta a').first().evaluate((a) => getComputedStyle(a).color);
  expect(colour).not.toBe('rgb(0, 0, 238)');
});
