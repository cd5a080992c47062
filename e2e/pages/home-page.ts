import { type Page, expect } from '@playwright/test';
import { Layout } from './layout.ts';

export class HomePage {
  readonly page: Page;
  readonly layout: Layout;

  constructor(page: Page) {
    this.page = page;
    this.layout = new Layout(page);
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  async expectLoaded(orgName: string, lang: 'en' | 'cy' = 'en'): Promise<void> {
    await expect(this.page).toHaveURL(/\/$/);
    await expect(this.layout.main.getByText(orgName, { exact: true })).toBeVisible();
    await expect(this.layout.heading).toHaveText(lang === 'cy' ? /^Croeso, \S/ : /^Welcome, \S/);
  }
}
