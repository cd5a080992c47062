import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { ManagePage, PageEditor, SectionsPage } from './pages/content-pages.ts';
import { SignInPage } from './pages/sign-in-page.ts';

const page = {
  title: 'Booking the Civic Centre meeting rooms',
  summary: 'How to book a meeting room, and what to do when you are finished.',
  body: '## Booking\n\n1. Open the room calendar.\n2. Choose a free slot.\n\n:::warning\nLeave the room as you found it.\n:::',
};

test('an editor drafts a page, a reviewer approves it, and a frontline member of staff reads it', async ({ page: browser }) => {
  const signIn = new SignInPage(browser);
  const sections = new SectionsPage(browser);
  const editor = new PageEditor(browser);
  const manage = new ManagePage(browser);

  await test.step('the communications officer drafts and previews the page, and sends it for review', async () => {
    await signIn.goto();
    await signIn.signIn('editor@harbridge.example');
    await sections.open('Communications');
    await expectNoAxeViolations(browser);
    await browser.getByRole('link', { name: 'Add a page' }).click();
    await expect(sections.layout.heading).toHaveText('Add a page');
    await editor.write(page);
    const preview = await editor.preview();
    await expect(preview.getByRole('heading', { name: 'Booking' })).toBeVisible();
    await expect(preview.getByText('Leave the room as you found it.')).toBeVisible();
    await expectNoAxeViolations(browser);
    await editor.saveDraft();
    await expect(manage.status()).toHaveText('Draft');
    await expectNoAxeViolations(browser);
    await manage.takeStep('Send for review', 'Ready for publishing this week');
    await expect(manage.status()).toHaveText('In review');
    await manage.layout.signOut();
  });

  await test.step('a frontline worker cannot see it yet', async () => {
    await signIn.signIn('frontline@harbridge.example');
    await sections.open('Communications');
    await expect(sections.pageLink(page.title)).toHaveCount(0);
    await sections.layout.signOut();
  });

  await test.step('the reviewer finds it waiting, reads the draft, and approves it', async () => {
    await signIn.signIn('admin@harbridge.example');
    await sections.open('Communications');
    const row = browser.getByRole('row').filter({ hasText: page.title });
    await expect(row).toContainText('In review');
    await expectNoAxeViolations(browser);
    await row.getByRole('link', { name: page.title }).click();
    await expect(browser.getByRole('heading', { level: 1 })).toHaveText(page.title);
    await expectNoAxeViolations(browser);
    await browser.getByRole('link', { name: 'Manage this page' }).click();
    await expectNoAxeViolations(browser);
    await manage.takeStep('Approve and publish');
    await expect(manage.status()).toHaveText('Published');
    await browser.getByRole('link', { name: 'History and versions' }).click();
    await expect(browser.getByText('Ready for publishing this week')).toBeVisible();
    await expectNoAxeViolations(browser);
    await manage.layout.signOut();
  });

  await test.step('the frontline worker reads it, and says it was useful', async () => {
    await signIn.signIn('frontline@harbridge.example');
    await sections.open('Communications');
    await sections.pageLink(page.title).click();
    await expect(sections.layout.heading).toHaveText(page.title);
    await expect(browser.getByText('Leave the room as you found it.')).toBeVisible();
    await expect(browser.getByRole('link', { name: 'Manage this page' })).toHaveCount(0);
    await expectNoAxeViolations(browser);
    await browser.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(browser.getByText('Thank you for your feedback.')).toBeVisible();
    await expectNoAxeViolations(browser);
  });
});
