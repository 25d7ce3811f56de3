/** The administration (/amministrazione): users and roles, org units, entity data. */
import type { Locator, Page } from 'playwright-core';
import { SiteHeader } from './site-header.js';

export class AdminPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly notice: Locator;
  readonly usersTable: Locator;
  readonly unitsTable: Locator;
  readonly userForm: Locator;
  readonly unitForm: Locator;
  readonly forbidden: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.notice = page.getByTestId('admin-notice');
    this.usersTable = page.getByTestId('users-table');
    this.unitsTable = page.getByTestId('units-admin-table');
    this.userForm = page.getByTestId('user-form');
    this.unitForm = page.getByTestId('unit-form');
    this.forbidden = page.getByTestId('admin-forbidden');
  }

  async open(section: 'utenti' | 'unita' | 'ente' = 'utenti'): Promise<void> {
    await this.page.goto(`/amministrazione?sezione=${section}`);
    await this.heading.waitFor();
  }

  async createUser(user: { username: string; displayName: string; email: string; password: string; roles: string[]; scope?: { role: string; units: string[] } }): Promise<void> {
    await this.page.getByTestId('user-create').click();
    await this.userForm.locator('#user-new-username').fill(user.username);
    await this.userForm.locator('#user-new-displayName').fill(user.displayName);
    await this.userForm.locator('#user-new-email').fill(user.email);
    await this.userForm.locator('#user-new-password').fill(user.password);
    // Bootstrap Italia draws the box on the label: click it, as a user does.
    for (const role of user.roles) await this.userForm.locator(`label[for="user-new-role-${role}"]`).click();
    if (user.scope) await this.userForm.locator(`#user-new-role-${user.scope.role}-scope`).selectOption(user.scope.units);
    await this.userForm.getByTestId('user-form-submit').click();
  }

  userRow(username: string): Locator {
    return this.usersTable.locator(`tr[data-username="${username}"]`);
  }

  unitRow(code: string): Locator {
    return this.unitsTable.locator(`tr[data-code="${code}"]`);
  }

  /** Confirms the open confirmation dialog. */
  async confirm(): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('admin-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
