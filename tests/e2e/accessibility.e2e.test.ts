/** axe-core on the shell's screens: no serious or critical WCAG 2.1 A/AA violation. */
import { describe, expect } from 'vitest';
import { ChangePasswordPage } from './pages/change-password-page.js';
import { HomePage } from './pages/home-page.js';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { demo, test } from './support/fixtures.js';

describe('accessibility', () => {
  test('login page, also with an error shown', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await login.logIn(demo.stp.username, 'not-the-password');
    await login.alert.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('login page in English', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.header.switchLanguage('en');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('dashboard and change-password page', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    const home = new HomePage(page);
    await home.waitForPlans();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await home.header.openUserMenu();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const password = new ChangePasswordPage(page);
    await password.open();
    await password.change('', '', '');
    await password.page.locator('#password-currentPassword-error').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('landmarks, skip link target and labelled navigation are present', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    await new HomePage(page).waitForPlans();
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main#main-content').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Navigazione principale' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });
});
