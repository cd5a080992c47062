import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { HomePage } from './pages/home-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';

test.use({ javaScriptEnabled: false });
const noScript = { javaScriptEnabled: false };

// The only spec that signs in as the frontline worker.
const frontline = 'frontline@harbridge.example';

test('with JavaScript off, a wrong password is explained, then a frontline worker signs in and out', async ({ page }) => {
  const signIn = new SignInPage(page);
  const home = new HomePage(page);

  await test.step('sign-in page', async () => {
    await signIn.goto();
    await signIn.layout.expectPageBasics();
    await expectNoAxeViolations(page, noScript);
  });

  await test.step('a wrong password shows the error summary', async () => {
    await signIn.signIn(frontline, 'not-the-password');
    await signIn.expectLoaded();
    await signIn.expectError('Enter a correct email address and password');
    await expect(signIn.email).toHaveValue(frontline);
    await expect(signIn.password).toHaveValue('');
    await expectNoAxeViolations(page, noScript);
  });

  await test.step('the right password signs in', async () => {
    await signIn.signIn(frontline);
    await home.expectLoaded('Harbridge Borough Council');
    await expectNoAxeViolations(page, noScript);
  });

  await test.step('search from the header box, and page through the results', async () => {
    await page.getByRole('searchbox', { name: 'Search this intranet' }).fill('bins');
    await page.getByRole('button', { name: 'Search', exact: true }).first().click();
    await expect(page).toHaveURL(/\/search\?q=bins/);
    await expect(page.locator('#results-heading')).toContainText('for ‘bins’');
    await expect(page.locator('.guildhall-search-result').first()).toBeVisible();
    await expectNoAxeViolations(page, noScript);
    await home.goto();
  });

  await test.step('sign out', async () => {
    await home.layout.signOut();
    await signIn.expectLoaded();
    await expect(signIn.notice).toContainText('You have signed out.');
    await expectNoAxeViolations(page, noScript);
  });
});
