import { expect } from '@playwright/test';
import { GuildhallPage } from './guildhall-page.ts';

export class ProfilePage extends GuildhallPage {
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
