import { expect } from '@playwright/test';
import { GuildhallPage } from './guildhall-page.ts';

/** The directory's structure, team and person pages. */
export class DirectoryPage extends GuildhallPage {
  async goto(): Promise<void> {
    await this.page.goto('/people');
    await expect(this.layout.heading).toHaveText('People and teams');
  }

  /** Follows the structure down from the directory's front page: directorate, service, team. */
  async openUnit(...path: string[]): Promise<void> {
    for (const name of path) {
      await this.layout.main.getByRole('link', { name, exact: true }).first().click();
      await expect(this.layout.heading).toHaveText(name);
    }
  }

  async openPerson(name: string): Promise<void> {
    await this.layout.main.getByRole('link', { name, exact: true }).first().click();
    await expect(this.layout.heading).toHaveText(name);
  }

  /** The list of people on a team page. */
  members() {
    return this.layout.main.getByRole('list', { name: 'People' });
  }

  /** The email address shown on a person's page. */
  async emailOnPersonPage(): Promise<string> {
    return (await this.layout.main.getByRole('link', { name: /@/ }).first().textContent())?.trim() ?? '';
  }
}

/** A team's roles page: who holds which role, and the form to give one. */
export class RolesPage extends GuildhallPage {
  async openFromTeam(): Promise<void> {
    await this.layout.main.getByRole('link', { name: 'Roles in this team' }).click();
    await expect(this.layout.heading).toHaveText(/^Roles: /);
  }

  async grantToPerson(email: string, role: 'Owner' | 'Editor' | 'Contributor' | 'Member' | 'Viewer'): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Email address of a person' }).fill(email);
    await this.page.getByRole('radio', { name: role }).check();
    await this.page.getByRole('button', { name: 'Give role' }).click();
    await expect(this.layout.heading).toHaveText(/^Roles: /);
  }

  holder(name: string) {
    return this.layout.main.getByRole('row').filter({ hasText: name });
  }
}
