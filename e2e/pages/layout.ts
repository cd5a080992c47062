import { type Locator, type Page, expect } from '@playwright/test';

export type LanguageLabel = 'Cymraeg' | 'English';

/** The chrome every page shares: skip link, header, service navigation, language toggle, footer. */
export class Layout {
  readonly page: Page;
  readonly skipLink: Locator;
  readonly mainNavigation: Locator;
  readonly languageNavigation: Locator;
  readonly main: Locator;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.skipLink = page.getByRole('link', { name: /^(Skip to main content|Neidio i'r prif gynnwys)$/ });
    this.mainNavigation = page.getByRole('navigation', { name: /^(Main|Prif)$/ });
    this.languageNavigation = page.getByRole('navigation', { name: /^(Language|Iaith)$/ });
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  navLink(name: string): Locator {
    return this.mainNavigation.getByRole('link', { name, exact: true });
  }

  signOutButton(): Locator {
    return this.mainNavigation.getByRole('button', { name: /^(Sign out|Allgofnodi)$/ });
  }

  async signOut(): Promise<void> {
    await this.signOutButton().click();
    await expect(this.page).toHaveURL(/\/sign-in\?signedOut=1$/);
  }

  /** The toggle is a POST form: the current language is plain text, the other a button. */
  async switchLanguage(label: LanguageLabel): Promise<void> {
    await this.languageNavigation.getByRole('button', { name: label, exact: true }).click();
    await this.expectLanguage(label === 'Cymraeg' ? 'cy' : 'en');
  }

  async expectLanguage(lang: 'en' | 'cy'): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
    const current = lang === 'cy' ? 'Cymraeg' : 'English';
    await expect(this.languageNavigation.getByText(current, { exact: true })).toHaveAttribute('aria-current', 'true');
  }

  /** What every page must have: one h1, a working skip link, and a title ending "– Guildhall". */
  async expectPageBasics(): Promise<void> {
    await expect(this.heading).toHaveCount(1);
    await expect(this.skipLink).toHaveAttribute('href', '#main-content');
    await expect(this.main).toHaveAttribute('id', 'main-content');
    await expect(this.page).toHaveTitle(/– Guildhall$/);
  }
}
