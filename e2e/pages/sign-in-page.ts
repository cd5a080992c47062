import { type Locator, type Page, expect } from '@playwright/test';
import { GuildhallPage } from './guildhall-page.ts';

export const demoPassword = 'guildhall-demo';

export class SignInPage extends GuildhallPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByRole('textbox', { name: /^(Email address|Cyfeiriad e-bost)$/ });
    this.password = page.getByRole('textbox', { name: /^(Password|Cyfrinair)$/ });
    this.submit = page.getByRole('button', { name: /^(Sign in|Mewngofnodi)$/ });
    this.errorSummary = page.getByRole('alert').filter({ hasText: /There is a problem|Mae problem wedi codi/ });
    this.notice = page.getByRole('status');
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/sign-in(\?.*)?$/);
    await expect(this.layout.heading).toHaveText(/^(Sign in|Mewngofnodi)$/);
  }

  async signIn(email: string, password: string = demoPassword): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  async expectError(message: string): Promise<void> {
    await expect(this.errorSummary).toBeVisible();
    await expect(this.errorSummary.getByRole('heading', { name: /There is a problem|Mae problem wedi codi/ })).toBeVisible();
    await expect(this.errorSummary.getByRole('link', { name: message })).toHaveAttribute('href', '#email');
    await expect(this.page).toHaveTitle(/^(Error|Gwall): /);
  }
}
