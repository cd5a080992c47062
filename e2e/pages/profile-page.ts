import { type Page, expect } from '@playwright/test';
import { Layout } from './layout.ts';

export class ProfilePage {
  readonly page: Page;
  readonly layout: Layout;

  constructor(page: Page) {
    this.page = page;
    this.layout = new Layout(page);
  }

  async goto(): Promise<void> {
    await this.page.goto('/profile');
  }

  /** The summary list row whose key is `key`, e.g. "Email address". */
  row(key: string) {
    return this.layout.main.locator('.govuk-summary-list__row').filter({ has: this.page.getByRole('term').filter({ hasText: key }) });
  }

  async expectLoaded(email: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/profile$/);
    await expect(this.layout.main.getByText(email, { exact: true })).toBeVisible();
  }
}
