import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { HomePage } from './pages/home-page.ts';
import { SearchPage } from './pages/search-page.ts';
import { SignInPage } from './pages/sign-in-page.ts';

const screensDir = 'test-results/screens';

test('search works by keyboard alone, suggests as you type, filters, and is accessible at 375px and 1280px', async ({ page }) => {
  // Seven steps on one sign-in (sign-in is throttled), ten axe checks among them: it ran to 30.1 s on CI's machine.
  test.setTimeout(120_000);
  const signIn = new SignInPage(page);
  const home = new HomePage(page);
  const search = new SearchPage(page);
  await signIn.goto();
  // Not the editor: the journey spec leaves them reading Welsh.
  await signIn.signIn('admin@harbridge.example');
  await home.expectLoaded('Harbridge Borough Council');

  await test.step('by keyboard: Tab to the box, type, Enter, then open a result', async () => {
    await search.tabToHeaderBox();
    await page.keyboard.type('annual leave');
    await page.keyboard.press('Enter');
    await search.expectResultsFor('annual leave');
    // The address now carries the search on, so that Back to it does not count it again.
    await expect(page).toHaveURL(/[?&]s=[0-9a-f-]{36}\./);
    await expect(search.resultLinks.first()).toHaveText('Annual leave');
    await search.layout.expectPageBasics();
    await expectNoAxeViolations(page);
    await search.resultLinks.first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/pages\/[0-9a-f-]{36}$/);
    await expect(search.layout.heading).toHaveText('Annual leave');
  });

  await test.step('type-ahead: arrow down to a suggestion and open it', async () => {
    await search.headerBox.fill('lone work');
    await expect(search.suggestions).toBeVisible();
    await expect(search.suggestionsStatus).toHaveText(`Suggestions: ${await search.suggestions.getByRole('option').count()}`);
    await expect(search.headerBox).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(page);
    // Escape closes the list; Down opens it again.
    await search.headerBox.press('Escape');
    await expect(search.suggestions).toBeHidden();
    await expect(search.headerBox).toHaveAttribute('aria-expanded', 'false');
    await expect(search.headerBox).toHaveValue('lone work');
    await search.headerBox.press('ArrowDown');
    await expect(search.suggestions).toBeVisible();
    const first = search.suggestions.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    const title = (await first.evaluate((option) => option.firstChild?.textContent ?? '')).trim();
    await search.headerBox.press('Enter');
    await expect(search.layout.heading).toHaveText(title);
  });

  await test.step('filters: documents only', async () => {
    await search.goto('leave');
    await page.getByText('Filter results').click();
    await page.getByLabel('Document').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/type=document/);
    await expect(search.resultLinks.first()).toBeVisible();
    for (const kind of await page.locator('.guildhall-search-result__kind').allTextContents()) expect(kind).toMatch(/^Document/);
    await expectNoAxeViolations(page);
  });

  await test.step('a query over 500 characters is refused with a clear message', async () => {
    await search.goto('x'.repeat(501));
    await expect(page.getByRole('alert')).toContainText('Search for 500 characters or fewer');
    await expectNoAxeViolations(page);
  });

  await test.step('a page past the last of the results says so, and leads back to the first', async () => {
    await page.goto('/search?q=leave&page=9');
    await expect(search.count).toHaveText('No results on page 9');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Go to the first page of results' }).click();
    await search.expectResultsFor('leave');
    await expect(search.resultLinks.first()).toBeVisible();
  });

  await test.step('a query of words too common to search for says so, rather than to check the spelling', async () => {
    await search.goto('the and of');
    await expect(page.getByText('Nothing matched your search.')).toBeVisible();
    await expect(page.getByText('too common to search for on their own')).toBeVisible();
    await expect(page.getByText('Check the spelling.')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  await test.step('fits a phone; screenshots at 375px and 1280px', async () => {
    mkdirSync(screensDir, { recursive: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await search.goto('leave');
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${screensDir}/search-375.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await search.goto('leave');
    await page.screenshot({ path: `${screensDir}/search-1280.png`, fullPage: true });
  });

  await test.step('in Welsh, results and best bets fit a phone (longer words, and hidden text in table buttons)', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await search.goto('leave');
    await search.layout.switchLanguage('Cymraeg');
    try {
      for (const path of ['/search?q=leave', '/admin/search/best-bets', '/admin/search/synonyms']) {
        await page.goto(path);
        await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: path }).toBeLessThanOrEqual(375);
        await expectNoAxeViolations(page);
      }
      await page.screenshot({ path: `${screensDir}/search-best-bets-cy-375.png`, fullPage: true });
    } finally {
      await search.layout.switchLanguage('English');
    }
  });
});
