import type { Page } from '@playwright/test';
import { Layout } from './layout.ts';

/** What every page object has: the page, and the layout around its content. */
export class GuildhallPage {
  readonly page: Page;
  readonly layout: Layout;

  constructor(page: Page) {
    this.page = page;
    this.layout = new Layout(page);
  }
}
