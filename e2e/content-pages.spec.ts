import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { SectionsPage } from './pages/content-pages.ts';
import { SignInPage } from './pages/sign-in-page.ts';

/** Opens a link in the main content and checks the page it leads to: one h1, the basics, axe, and no sideways scroll on a phone. */
async function checkPage(sections: SectionsPage, heading: RegExp | string) {
  await expect(sections.layout.heading).toHaveText(heading);
  await sections.layout.expectPageBasics();
  await expectNoAxeViolations(sections.page);
  await sections.page.setViewportSize({ width: 375, height: 812 });
  await expect.poll(() => sections.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(sections.page);
  await sections.page.setViewportSize({ width: 1280, height: 800 });
}

test('every content page an organisation admin reaches is accessible and fits a phone', async ({ page }) => {
  // Some twenty pages, each checked by axe twice.
  test.setTimeout(180_000);
  const signIn = new SignInPage(page);
  const sections = new SectionsPage(page);
  await signIn.goto();
  await signIn.signIn('admin@harbridge.example');
  const follow = async (name: string | RegExp, heading: RegExp | string) => {
    await test.step(`${String(name)}`, async () => {
      await page
        .getByRole('link', { name, exact: typeof name === 'string' })
        .first()
        .click();
      await checkPage(sections, heading);
    });
  };

  await sections.open('HR', 'Pay and leave');
  await checkPage(sections, 'Pay and leave');
  await follow('Annual leave', 'Annual leave');
  await follow('Manage this page', 'Annual leave');
  await follow('Edit the draft', 'Change Annual leave');
  await page.goBack();
  await follow('History and versions', 'History: Annual leave');
  await follow('Version 1', /^Version 1 of/);
  await page.goto('/sections');
  await sections.open('HR', 'Pay and leave');
  await follow('Documents', 'Documents');
  await follow('Policies', 'Policies');
  await follow(/Annual leave policy/, /Annual leave policy/);
  await page.goto('/sections');
  await sections.open('HR', 'Pay and leave');
  await follow('Who runs this section', /^Roles: /);
  await page.goBack();
  await follow('Deleted items', /^Deleted from/);
  await page.goBack();
  await follow('Add a page', 'Add a page');
  await follow('Back', 'Pay and leave');
  await follow('Change this section', /^Change Pay and leave/);

  for (const [path, heading] of [
    ['/news', 'News'],
    ['/news/new', 'Write a news story'],
    ['/news/roles', /^Roles: /],
    ['/news/deleted', 'Deleted news'],
    ['/sections/new', 'Add a section'],
    ['/sections/deleted', 'Deleted sections'],
    ['/admin/content-review', 'Content needing review'],
  ] as const) {
    await test.step(path, async () => {
      await page.goto(path);
      await checkPage(sections, heading);
    });
  }
  await page.goto('/news');
  await follow('Multi-factor authentication for every account from next month', /^Multi-factor/);
});
