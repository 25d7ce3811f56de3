/** The login screen (/accedi). */
import type { Locator, Page } from 'playwright-core';
import { SiteHeader } from './site-header.js';

export class LoginPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly username: Locator;
  readonly password: Locator;
  readonly usernameLabel: Locator;
  readonly submitButton: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.username = page.locator('#login-username');
    this.password = page.locator('#login-password');
    this.usernameLabel = page.locator('label[for="login-username"]');
    this.submitButton = page.locator('main form button[type="submit"]');
    this.alert = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.goto('/accedi');
    await this.username.waitFor();
  }

  async logIn(username: string, password: string): Promise<void> {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.submitButton.click();
  }

  /** Logs in and waits for the dashboard. */
  async logInAndWait(username: string, password: string): Promise<void> {
    await this.logIn(username, password);
    await this.page.waitForURL((url) => url.pathname === '/cruscotto');
  }
}
