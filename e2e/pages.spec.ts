import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { HomePage } from './pages/home-page.ts';
import { Layout } from './pages/layout.ts';
import { ForgotPasswordPage, OutboxPage, ResetPasswordPage } from './pages/password-reset-pages.ts';
import { SignInPage } from './pages/sign-in-page.ts';

/*
 * Sign-in is throttled at 10 attempts per account and 50 per address per 5
 * minutes, and every test comes from 127.0.0.1: sign in as few times as the
 * journeys need.
 */

const screensDir = 'test-results/screens';

const signedOutPages = [
  { path: '/sign-in', heading: 'Sign in' },
  { path: '/forgot-password', heading: 'Reset your password' },
  { path: '/accessibility', heading: 'Accessibility statement' },
  { path: '/cookies', heading: 'Cookies' },
  { path: '/no-such-page', heading: 'Page not found', status: 404 },
];

const signedInPages = [
  { path: '/', heading: /^Welcome, \S/ },
  { path: '/profile', heading: /\S/ },
  { path: '/admin', heading: 'Administration' },
  { path: '/admin/people', heading: 'Manage people' },
  { path: '/admin/people/new', heading: 'Add a person' },
  { path: '/admin/settings', heading: 'Settings' },
  { path: '/platform', heading: 'Platform' },
  { path: '/profile/edit', heading: 'Change your details' },
  { path: '/profile/photo', heading: 'Your photo' },
  { path: '/teams/new', heading: 'Add a unit' },
  { path: '/people', heading: 'People and teams' },
  { path: '/admin/outbox', heading: 'Outbox' },
  { path: '/admin/audit', heading: 'Audit ledger' },
  { path: '/admin/audit?from=not-a-date', heading: 'Audit ledger', status: 400 },
  { path: '/search?q=leave', heading: 'Search' },
  { path: '/admin/search', heading: 'Search analytics' },
  { path: '/admin/search?from=not-a-date', heading: 'Search analytics', status: 400 },
  { path: '/admin/search/best-bets', heading: /\S/ },
  { path: '/admin/search/synonyms', heading: /\S/ },
];

for (const { path, heading, status = 200 } of signedOutPages) {
  test(`signed out: ${path} is accessible`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    const layout = new Layout(page);
    await expect(layout.heading).toHaveText(heading);
    await layout.expectPageBasics();
    await expectNoAxeViolations(page);
  });
}

test('signed in as an organisation admin: pages are accessible, and home fits a phone', async ({ page }) => {
  // One sign-in for every admin page (sign-in is throttled), each checked by axe: longer than one journey.
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  const home = new HomePage(page);
  await signIn.goto();
  await signIn.signIn('admin@harbridge.example');
  await home.expectLoaded('Harbridge Borough Council');

  for (const { path, heading, status = 200 } of signedInPages) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expect(home.layout.heading).toHaveText(heading);
      await home.layout.expectPageBasics();
      await expectNoAxeViolations(page);
    });
  }

  await test.step('home at 375px: no horizontal scroll', async () => {
    mkdirSync(screensDir, { recursive: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await home.goto();
    await home.expectLoaded('Harbridge Borough Council');
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${screensDir}/home-375.png`, fullPage: true });
    // On a phone the navigation folds behind a menu button; signing out must still be reachable.
    await expect(home.layout.signOutButton()).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(home.layout.signOutButton()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('every page at 375px: no horizontal scroll (a wide table scrolls in its own box)', async () => {
    for (const path of [...signedInPages.map((each) => each.path), '/admin/people/import', '/admin/content-review', '/cookies']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
  });

  await test.step('home at 1280px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await home.goto();
    await home.expectLoaded('Harbridge Borough Council');
    await page.screenshot({ path: `${screensDir}/home-1280.png`, fullPage: true });
  });
});

// The only spec that uses Aberlyn's admin, so changing that password cannot break another spec.
test('a forgotten password is reset through the link in the outbox', async ({ page }) => {
  const person = 'admin@aberlyn.example';
  const newPassword = 'harbour lantern copper meadow';
  const forgot = new ForgotPasswordPage(page);
  const signIn = new SignInPage(page);
  const home = new HomePage(page);
  const outbox = new OutboxPage(page);
  const reset = new ResetPasswordPage(page);

  await test.step('ask for a reset link', async () => {
    await forgot.goto();
    await forgot.requestReset(person);
    await forgot.layout.expectPageBasics();
    await expectNoAxeViolations(page);
  });

  const link = await test.step('read the link in the outbox', async () => {
    await signIn.goto();
    await signIn.signIn(person);
    await home.expectLoaded('Aberlyn County Council');
    await outbox.goto();
    const found = await outbox.resetLinkFor(person);
    await expectNoAxeViolations(page);
    await outbox.layout.signOut();
    return found;
  });

  await test.step('choose a new password', async () => {
    expect(link.pathname).toBe('/reset-password');
    await page.goto(link.href);
    await reset.expectLoaded();
    await reset.layout.expectPageBasics();
    await expectNoAxeViolations(page);
    await reset.choosePassword(newPassword);
    await expect(signIn.notice).toContainText('Your password has been changed.');
    await expectNoAxeViolations(page);
  });

  await test.step('the link works only once', async () => {
    await page.goto(link.href);
    await expect(reset.layout.heading).toHaveText('This link has expired');
    await expectNoAxeViolations(page);
  });

  await test.step('sign in with the new password', async () => {
    await signIn.goto();
    await signIn.signIn(person, newPassword);
    await home.expectLoaded('Aberlyn County Council');
  });
});
