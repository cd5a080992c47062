import { expect } from '@playwright/test';
import { GuildhallPage } from './guildhall-page.ts';

export class HomePage extends GuildhallPage {
  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  async expectLoaded(orgName: string, lang: 'en' | 'cy' = 'en'): Promise<void> {
    await expect(this.page).toHaveURL(/\/$/);
    await expect(this.layout.main.getByText(orgName, { exact: true })).toBeVisible();
    await expect(this.layout.heading).toHaveText(lang === 'cy' ? /^Croeso, \S/ : /^Welcome, \S/);
  }
}
