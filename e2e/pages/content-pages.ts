import { expect, type Locator } from '@playwright/test';
import { GuildhallPage } from './guildhall-page.ts';

/** The Information area: sections, their pages, and opening one by following links as a person would. */
export class SectionsPage extends GuildhallPage {
  async open(...path: string[]): Promise<void> {
    await this.layout.navLink('Information').click();
    await expect(this.layout.heading).toHaveText('Information');
    for (const name of path) {
      await this.layout.main.getByRole('link', { name, exact: true }).first().click();
      await expect(this.layout.heading).toHaveText(new RegExp(`^${name}`));
    }
  }

  pageLink(title: string): Locator {
    return this.layout.main.getByRole('link', { name: title, exact: true });
  }
}

/** The page form: the writing, the no-JavaScript preview, and saving a draft. */
export class PageEditor extends GuildhallPage {
  async write(fields: { title: string; summary: string; body: string }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Title', exact: true }).fill(fields.title);
    await this.page.getByRole('textbox', { name: 'Summary', exact: true }).fill(fields.summary);
    await this.page.getByRole('textbox', { name: 'Content', exact: true }).fill(fields.body);
  }

  async preview(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = this.page.getByRole('region', { name: 'Preview', exact: true });
    await expect(preview).toBeVisible();
    return preview;
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save draft' }).first().click();
    await expect(this.layout.heading).toHaveText(/.+/);
    await expect(this.page.getByRole('alert', { name: 'Done' })).toBeVisible();
  }
}

/** An item's management page: its status and the workflow's next steps. */
export class ManagePage extends GuildhallPage {
  /** The first row of the summary: the status. */
  status(): Locator {
    return this.layout.main.getByRole('definition').first();
  }

  async takeStep(button: string, comment?: string): Promise<void> {
    const form = this.layout.main.locator('form').filter({ has: this.page.getByRole('button', { name: button, exact: true }) });
    if (comment) await form.getByRole('textbox').first().fill(comment);
    await form.getByRole('button', { name: button, exact: true }).click();
    await expect(this.page.getByRole('alert', { name: 'Done' })).toBeVisible();
  }
}
