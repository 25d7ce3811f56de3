/** The change-password screen (/profilo/password). */
import type { Locator, Page } from 'playwright-core';
import { SiteHeader } from './site-header.js';

export class ChangePasswordPage {
  readonly header: SiteHeader;
  readonly heading: Locator;
  readonly currentPassword: Locator;
  readonly newPassword: Locator;
  readonly confirmPassword: Locator;
  readonly submitButton: Locator;
  readonly alert: Locator;
  readonly success: Locator;

  constructor(readonly page: Page) {
    this.header = new SiteHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.currentPassword = page.locator('#password-currentPassword');
    this.newPassword = page.locator('#password-newPassword');
    this.confirmPassword = page.locator('#password-confirmPassword');
    this.submitButton = page.locator('main form button[type="submit"]');
    this.alert = page.getByRole('alert');
    this.success = page.locator('main [role="status"].alert');
  }

  async open(): Promise<void> {
    await this.page.goto('/profilo/password');
    await this.currentPassword.waitFor();
  }

  async change(current: string, next: string, confirmation = next): Promise<void> {
    await this.currentPassword.fill(current);
    await this.newPassword.fill(next);
    await this.confirmPassword.fill(confirmation);
    await this.submitButton.click();
  }

  /** The error shown under a field (linked by aria-describedby), or null. */
  async fieldError(field: Locator): Promise<string | null> {
    const describedBy = await field.getAttribute('aria-describedby');
    const errorId = describedBy?.split(' ').find((id) => id.endsWith('-error'));
    return errorId ? (await this.page.locator(`#${errorId}`).innerText()).trim() : null;
  }
}
