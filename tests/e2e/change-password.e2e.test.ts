/** Changing the password: client checks, the server's errors next to the fields, and success. */
import { describe, expect } from 'vitest';
import { AUTH_PROBLEMS } from '../../src/server/auth/auth.errors.js';
import { ChangePasswordPage } from './pages/change-password-page.js';
import { HomePage } from './pages/home-page.js';
import { LoginPage } from './pages/login-page.js';
import { demo, test } from './support/fixtures.js';

describe('change password', () => {
  test('mismatched confirmation is caught before calling the server', async ({ page }) => {
    await new LoginPage(page).open();
    await new LoginPage(page).logInAndWait(demo.stp.username, demo.stp.password);
    const screen = new ChangePasswordPage(page);
    await new HomePage(page).header.goToChangePassword();
    await screen.currentPassword.waitFor();
    await screen.change(demo.stp.password, 'una-nuova-password-1', 'una-nuova-password-2');
    await page.locator('#password-confirmPassword-error').waitFor();
    expect(await screen.fieldError(screen.confirmPassword)).toBe('Le due password non coincidono.');
    expect(await screen.confirmPassword.getAttribute('aria-invalid')).toBe('true');
  });

  test('a wrong current password is reported in Italian', async ({ page }) => {
    await new LoginPage(page).open();
    await new LoginPage(page).logInAndWait(demo.stp.username, demo.stp.password);
    const screen = new ChangePasswordPage(page);
    await screen.open();
    await screen.change('sbagliata', 'una-nuova-password-1');
    await screen.alert.waitFor();
    const text = await screen.alert.innerText();
    expect(text).toContain('La password non è stata cambiata');
    expect(text).toContain(AUTH_PROBLEMS.invalid_current_password.messages.it);
  });

  test('a new password too short for the server is flagged on its field', async ({ page }) => {
    await new LoginPage(page).open();
    await new LoginPage(page).logInAndWait(demo.stp.username, demo.stp.password);
    const screen = new ChangePasswordPage(page);
    await screen.open();
    await screen.change(demo.stp.password, 'corta');
    await screen.alert.waitFor();
    await page.locator('#password-newPassword-error').waitFor();
    expect(await screen.fieldError(screen.newPassword)).not.toBeNull();
    expect(await screen.newPassword.getAttribute('aria-invalid')).toBe('true');
  });

  test('an expired session sends the user to login and back to this page', async ({ page }) => {
    await new LoginPage(page).open();
    await new LoginPage(page).logInAndWait(demo.stp.username, demo.stp.password);
    const screen = new ChangePasswordPage(page);
    await screen.open();
    await screen.header.yearSwitch.waitFor(); // the workspace has loaded: only the form's request is left
    await page.context().clearCookies();
    await screen.change(demo.stp.password, 'una-nuova-password-1');
    await page.waitForURL((url) => url.pathname === '/accedi');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/profilo/password');
  });

  test('a valid change succeeds and the new password works at the next login', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    const screen = new ChangePasswordPage(page);
    await screen.open();
    await screen.change(demo.stp.password, 'una-nuova-password-1');
    await screen.success.waitFor();
    expect(await screen.success.innerText()).toContain('Password cambiata');
    expect(await screen.currentPassword.inputValue()).toBe('');

    await screen.header.logOut();
    await login.logIn(demo.stp.username, demo.stp.password);
    await login.alert.waitFor();
    await login.logInAndWait(demo.stp.username, 'una-nuova-password-1');
  });
});
