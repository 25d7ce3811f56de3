/**
 * Journeys through login, the dashboard, language switch and logout, in Debian's Chromium against the
 * real server with the demo data.
 */
import { describe, expect } from 'vitest';
import { AUTH_PROBLEMS } from '../../src/server/auth/auth.errors.js';
import { HomePage } from './pages/home-page.js';
import { LoginPage } from './pages/login-page.js';
import { demo, test } from './support/fixtures.js';

describe('login', () => {
  test('stp/demo logs in and sees the demo entity on the dashboard', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    expect(await login.heading.innerText()).toBe('Accedi a Traguardo');
    await login.logInAndWait(demo.stp.username, demo.stp.password);

    const home = new HomePage(page);
    await home.entityName.waitFor();
    expect(await home.heading.innerText()).toBe('Cruscotto');
    expect(await home.entityName.innerText()).toBe(demo.entityName);
    expect(await home.header.slimEntityName.innerText()).toBe(demo.entityName);
    expect(await home.roles.innerText()).toContain('Struttura tecnica di supporto (STP)');
    expect(await page.title()).toBe('Cruscotto · Traguardo');
  });

  test('the dashboard is the one home: login, / (old bookmarks) and the logo lead there; the menu has one entry for it', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    const home = new HomePage(page);
    expect(new URL(page.url()).pathname).toBe('/cruscotto');
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/cruscotto');
    await home.entityName.waitFor();
    const navigation = page.locator('#main-navigation-menu');
    expect(await navigation.getByRole('link', { name: 'Cruscotto', exact: true }).getAttribute('href')).toBe('/cruscotto');
    expect(await navigation.getByRole('link', { name: /^Cruscotto|^Risultati$/ }).count()).toBe(1);
    await page.goto('/albero');
    await page.locator('header a[href="/"]').first().click();
    await page.waitForURL((url) => url.pathname === '/cruscotto');
  });

  test('the dashboard shows the current plan, its years and their status in words', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    const home = new HomePage(page);
    await home.planTitle.waitFor();
    expect((await home.planTitle.innerText()).trim()).not.toBe('');
    const rows = await home.planYearRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const [year, status] of rows) {
      expect(year).toMatch(/^\d{4}/);
      expect(status).toMatch(/^(In programmazione|In monitoraggio|Chiuso|Validato)$/);
    }
    expect(await page.getByTestId('plan-counts').count()).toBe(1);
    // The header's year switch offers the same years (a single year is shown as text).
    const yearSwitch = page.getByTestId('workspace-year');
    const isSelect = (await yearSwitch.evaluate((element) => element.tagName)) === 'SELECT';
    const offered = isSelect ? await yearSwitch.locator('option').allInnerTexts() : [await yearSwitch.innerText()];
    expect(offered.map((text) => text.slice(0, 4))).toEqual(rows.map(([year]) => year.slice(0, 4)));
  });

  test('a wrong password shows the server’s Italian message in an alert', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logIn(demo.stp.username, 'not-the-password');
    await login.alert.waitFor();
    const text = await login.alert.innerText();
    expect(text).toContain('Accesso non riuscito');
    expect(text).toContain(AUTH_PROBLEMS.invalid_credentials.messages.it);
    expect(new URL(page.url()).pathname).toBe('/accedi');
    // The password is cleared and focused for the next attempt.
    expect(await login.password.inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');
  });

  test('empty fields are flagged next to the field without calling the server', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    let loginCalls = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth/login')) loginCalls += 1;
    });
    await login.submitButton.click();
    await page.locator('#login-username-error').waitFor();
    expect(await page.locator('#login-username-error').innerText()).toBe('Campo obbligatorio.');
    expect(await login.username.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-username');
    expect(loginCalls).toBe(0);
  });

  test('the keyboard alone is enough to log in', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vai al contenuto principale');
    await login.username.focus();
    await page.keyboard.type(demo.stp.username);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-password');
    await page.keyboard.type(demo.stp.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/cruscotto');
    await new HomePage(page).entityName.waitFor();
  });

  test('a page asked for before login is shown after login', async ({ page }) => {
    await page.goto('/profilo/password');
    await page.waitForURL((url) => url.pathname === '/accedi');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/profilo/password');
    await new LoginPage(page).logIn(demo.stp.username, demo.stp.password);
    await page.waitForURL((url) => url.pathname === '/profilo/password');
  });
});

describe('language', () => {
  test('switching to English changes the labels, the page language, and is remembered', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(await login.usernameLabel.innerText()).toBe('Nome utente');

    await login.header.switchLanguage('en');
    expect(await login.heading.innerText()).toBe('Log in to Traguardo');
    expect(await login.usernameLabel.innerText()).toBe('Username');
    expect(await login.header.languageButton('en').getAttribute('aria-pressed')).toBe('true');

    await login.logIn(demo.stp.username, 'not-the-password');
    await login.alert.waitFor();
    expect(await login.alert.innerText()).toContain(AUTH_PROBLEMS.invalid_credentials.messages.en);

    await page.reload();
    await login.username.waitFor();
    expect(await login.heading.innerText()).toBe('Log in to Traguardo');
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    const home = new HomePage(page);
    await home.entityName.waitFor();
    expect(await home.heading.innerText()).toBe('Dashboard');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

describe('logout', () => {
  test('logging out ends the session and protects the pages again', async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    const home = new HomePage(page);
    await home.entityName.waitFor();

    await home.header.logOut();
    await login.username.waitFor();
    const me = await page.request.get('/api/me');
    expect(me.status()).toBe(401);

    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/accedi');
  });
});
