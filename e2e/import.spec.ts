import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { GuildhallPage } from './pages/guildhall-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';

const header = 'email,name,job title,team path,manager email,staff group';
// New people with no team, so the demo directory the other specs read stays as it was.
const ada = 'ada.import@harbridge.example';
const bo = 'bo.import@harbridge.example';

/** The staff import page: a CSV upload, the "disable the missing" checkbox, and what came of the last upload. */
class ImportPage extends GuildhallPage {
  readonly file = this.page.getByLabel('Upload a CSV file');
  readonly successBanner = this.page.getByRole('alert').filter({ hasText: 'Staff imported' });
  readonly errorSummary = this.page.getByRole('alert').filter({ hasText: 'There is a problem' });

  async goto(): Promise<void> {
    await this.page.goto('/admin/people/import');
    await expect(this.layout.heading).toHaveText('Import staff');
  }

  async upload(lines: string[]): Promise<void> {
    const buffer = Buffer.from([header, ...lines].join('\r\n'));
    await this.file.setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer });
    await this.page.getByRole('button', { name: 'Import staff' }).click();
    await expect(this.layout.heading).toHaveText('Import staff');
  }
}

test('an organisation admin imports staff from a CSV, re-imports to update, and is told what is wrong with a bad file', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const importPage = new ImportPage(page);

  await test.step('the admin opens the import page', async () => {
    await signIn.goto();
    await signIn.signIn('admin@harbridge.example');
    await importPage.goto();
    await expect(importPage.page.getByRole('checkbox', { name: 'Disable people who are not in the file' })).not.toBeChecked();
    await expectNoAxeViolations(page);
  });

  await test.step('a file of two new people is imported', async () => {
    await importPage.upload([`${ada},Ada Import,Policy Officer,,,manager`, `${bo},"Import, Bo",Assistant,,${ada},frontline`]);
    await expect(importPage.successBanner).toContainText('People added: 2');
    await expectNoAxeViolations(page);
  });

  await test.step('importing again updates them by email', async () => {
    await importPage.upload([`${ada},Ada Import,Senior Policy Officer,,,manager`, `${bo},"Import, Bo",Assistant,,${ada},frontline`]);
    await expect(importPage.successBanner).toContainText('People updated: 1');
    await expect(importPage.successBanner).toContainText('People unchanged: 1');
  });

  await test.step('a file with a mistake is refused, naming the line and column', async () => {
    await importPage.upload([`${ada},Ada Import,,,,boss`]);
    await expect(importPage.errorSummary).toBeVisible();
    await expect(
      importPage.errorSummary.getByRole('link', { name: /^Line 2, column “staff group”: “boss” is not a staff group/ }),
    ).toHaveAttribute('href', '#file');
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page);
  });
});
