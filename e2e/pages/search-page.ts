import { type Locator, expect } from '@playwright/test';
import { GuildhallPage } from './guildhall-page.ts';

/** The header's search box (on every page) and the results page. */
export class SearchPage extends GuildhallPage {
  get headerBox(): Locator {
    return this.page
      .getByRole('combobox', { name: 'Search this intranet' })
      .or(this.page.getByRole('searchbox', { name: 'Search this intranet' }));
  }

  get suggestions(): Locator {
    return this.page.getByRole('listbox', { name: 'Suggestions' });
  }

  /** What screen readers are told of the suggestions (a live region). */
  get suggestionsStatus(): Locator {
    return this.page.locator('.guildhall-header-search__form [role="status"]');
  }

  get resultLinks(): Locator {
    return this.layout.main.locator('.guildhall-search-result h3 a');
  }

  get count(): Locator {
    return this.page.locator('#results-heading');
  }

  async goto(query: string): Promise<void> {
    await this.page.goto(`/search?q=${encodeURIComponent(query)}`);
  }

  async expectResultsFor(query: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/search\?/);
    await expect(this.count).toContainText(`for ‘${query}’`);
  }

  /** Presses Tab until the header's search box has focus, as someone without a mouse would. */
  async tabToHeaderBox(): Promise<void> {
    for (let presses = 0; presses < 40; presses++) {
      await this.page.keyboard.press('Tab');
      if (await this.page.evaluate(() => document.activeElement?.id === 'header-search')) return;
    }
    throw new Error('Tab never reached the search box');
  }
}
