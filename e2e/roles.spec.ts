import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { DirectoryPage, RolesPage } from './pages/directory-pages.ts';
import { SignInPage } from './pages/sign-in-page.ts';

const team = ['Place and Environment', 'Waste and Recycling', 'North Collection Crew'];
const owner = { email: 'frontline@harbridge.example', name: 'Sam Okafor' };

test('an organisation admin makes a team owner, and the owner makes a colleague editor without the admin', async ({ page }) => {
  const signIn = new SignInPage(page);
  const directory = new DirectoryPage(page);
  const roles = new RolesPage(page);
  let colleague = { name: '', email: '' };

  await test.step('the admin finds the team and a colleague in the directory', async () => {
    await signIn.goto();
    await signIn.signIn('admin@harbridge.example');
    await directory.goto();
    await expectNoAxeViolations(page);
    await directory.openUnit(...team);
    await expectNoAxeViolations(page);
    const member = directory.members().getByRole('link').filter({ hasNotText: owner.name }).first();
    colleague.name = ((await member.textContent()) ?? '').trim();
    await directory.openPerson(colleague.name);
    await expectNoAxeViolations(page);
    colleague = { ...colleague, email: await directory.emailOnPersonPage() };
    expect(colleague.email).toMatch(/@harbridge\.example$/);
  });

  await test.step('the admin makes Sam the team’s owner', async () => {
    await directory.goto();
    await directory.openUnit(...team);
    await roles.openFromTeam();
    await expectNoAxeViolations(page);
    await roles.grantToPerson(owner.email, 'Owner');
    await expect(roles.holder(owner.name)).toContainText('Owner');
    await roles.layout.signOut();
  });

  await test.step('Sam, not an admin, gives the colleague the editor role', async () => {
    await signIn.signIn(owner.email);
    await directory.goto();
    await directory.openUnit(...team);
    await roles.openFromTeam();
    await roles.grantToPerson(colleague.email, 'Editor');
    await expect(roles.holder(colleague.name)).toContainText('Editor');
    await expectNoAxeViolations(page);
  });

  await test.step('a bad grant is explained, and nothing is lost', async () => {
    await roles.page.getByRole('button', { name: 'Give role' }).click();
    await expect(roles.page.getByRole('alert')).toContainText('Enter the email address of a person, or choose a team');
    await expect(roles.holder(colleague.name)).toContainText('Editor');
    await expectNoAxeViolations(page);
  });
});
