/** The header shared by every screen: slim band (entity, language, user menu) and navigation. */
import type { Locator, Page } from 'playwright-core';

export class SiteHeader {
  readonly slimEntityName: Locator;
  readonly userMenuButton: Locator;
  readonly navigation: Locator;
  readonly yearSwitch: Locator;

  constructor(readonly page: Page) {
    this.slimEntityName = page.getByTestId('slim-entity-name');
    this.userMenuButton = page.locator('.user-menu > button');
    this.navigation = page.locator('#main-navigation');
    this.yearSwitch = page.getByTestId('workspace-year');
  }

  languageButton(language: 'it' | 'en'): Locator {
    return this.page.locator('.language-switches').getByRole('button', { name: language === 'en' ? 'English' : 'Italiano' });
  }

  async switchLanguage(language: 'it' | 'en'): Promise<void> {
    await this.languageButton(language).click();
    await this.page.waitForFunction((expected) => document.documentElement.lang === expected, language);
  }

  async openUserMenu(): Promise<Locator> {
    await this.userMenuButton.click();
    const menu = this.page.locator('.user-menu .dropdown-menu');
    await menu.waitFor({ state: 'visible' });
    return menu;
  }

  async logOut(): Promise<void> {
    const menu = await this.openUserMenu();
    await menu.getByRole('button').click();
    await this.page.waitForURL((url) => url.pathname === '/accedi');
  }

  async goToChangePassword(): Promise<void> {
    const menu = await this.openUserMenu();
    await menu.getByRole('link').click();
    await this.page.waitForURL((url) => url.pathname === '/profilo/password');
  }
}
