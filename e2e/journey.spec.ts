import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { HomePage } from './pages/home-page.ts';
import { ProfilePage } from './pages/profile-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';

// The only spec that signs in as the editor: it leaves the editor's language set to Welsh.
const editor = 'editor@harbridge.example';

test('an editor signs in, switches to Welsh, is remembered in Welsh, and signs out', async ({ page }) => {
  const signIn = new SignInPage(page);
  const home = new HomePage(page);
  const profile = new ProfilePage(page);
  const layout = home.layout;

  await test.step('sign in', async () => {
    await signIn.goto();
    await layout.expectLanguage('en');
    await expectNoAxeViolations(page);
    await signIn.signIn(editor);
  });

  await test.step('home', async () => {
    await home.expectLoaded('Harbridge Borough Council');
    await expect(layout.navLink('Home')).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);
  });

  await test.step('profile', async () => {
    await layout.navLink('Your profile').click();
    await profile.expectLoaded(editor);
    await expect(layout.heading).not.toBeEmpty();
    await expect(profile.row('Language')).toContainText('English');
    await expectNoAxeViolations(page);
  });

  await test.step('switch to Welsh', async () => {
    await layout.switchLanguage('Cymraeg');
    await expect(page).toHaveURL(/\/profile$/);
    await expect(layout.navLink('Hafan')).toBeVisible();
    await expect(layout.navLink('Eich proffil')).toHaveAttribute('aria-current', 'page');
    await expect(profile.row('Iaith')).toContainText('Cymraeg');
    await expectNoAxeViolations(page);
  });

  await test.step('Welsh is remembered across pages and reloads', async () => {
    await layout.navLink('Hafan').click();
    await home.expectLoaded('Harbridge Borough Council', 'cy');
    await expect(layout.signOutButton()).toHaveText('Allgofnodi');
    await expectNoAxeViolations(page);
    await page.reload();
    await layout.expectLanguage('cy');
    await home.expectLoaded('Harbridge Borough Council', 'cy');
  });

  await test.step('sign out in Welsh', async () => {
    await layout.signOut();
    await signIn.expectLoaded();
    await layout.expectLanguage('cy');
    await expect(signIn.notice).toContainText('Rydych wedi allgofnodi.');
    await expectNoAxeViolations(page);
  });

  await test.step('signed out: home now asks to sign in', async () => {
    await home.goto();
    await signIn.expectLoaded();
  });
});
