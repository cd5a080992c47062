import { type Locator, type Page, expect } from '@playwright/test';
import { GuildhallPage } from './guildhall-page.ts';

export class ForgotPasswordPage extends GuildhallPage {
  readonly email: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByRole('textbox', { name: 'Email address', exact: true });
    this.submit = page.getByRole('button', { name: 'Send reset link' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/forgot-password');
    await expect(this.layout.heading).toHaveText('Reset your password');
  }

  async requestReset(email: string): Promise<void> {
    await this.email.fill(email);
    await this.submit.click();
    await expect(this.page).toHaveURL(/\/forgot-password\/sent$/);
    await expect(this.layout.heading).toHaveText('Check your email');
  }
}

export class ResetPasswordPage extends GuildhallPage {
  readonly password: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;

  constructor(page: Page) {
    super(page);
    this.password = page.getByRole('textbox', { name: 'New password', exact: true });
    this.confirm = page.getByRole('textbox', { name: 'Confirm new password', exact: true });
    this.submit = page.getByRole('button', { name: 'Change password' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.layout.heading).toHaveText('Choose a new password');
  }

  async choosePassword(password: string): Promise<void> {
    await this.password.fill(password);
    await this.confirm.fill(password);
    await this.submit.click();
    await expect(this.page).toHaveURL(/\/sign-in\?passwordChanged=1$/);
  }
}

export class OutboxPage extends GuildhallPage {
  async goto(): Promise<void> {
    await this.page.goto('/admin/outbox');
    await expect(this.layout.heading).toHaveText('Outbox');
  }

  /** Opens the newest message with this subject sent to `to` and returns the first reset link in its body. */
  async resetLinkFor(to: string, subject = 'Reset your Guildhall password'): Promise<URL> {
    // Each message is a plain container (heading, meta list, details); it has no role to find it by.
    const message = this.layout.main
      .locator('.guildhall-message')
      .filter({ hasText: to })
      .filter({ has: this.page.getByRole('heading', { name: subject }) })
      .first();
    await message.getByText('Show the message').click();
    const body = message.getByText(/\/reset-password\?token=/);
    await expect(body).toBeVisible();
    const link = /https?:\/\/\S+\/reset-password\?token=[^\s]+/.exec((await body.textContent()) ?? '');
    expect(link, 'a reset link in the message').not.toBeNull();
    return new URL(link?.[0] ?? '');
  }
}
