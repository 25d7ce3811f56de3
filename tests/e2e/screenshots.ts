/**
 * Screenshots of the shell's screens, to look at what was built as a user would:
 *   node bin/tsx.js tests/e2e/screenshots.ts [output folder, default .tmp/screenshots]
 * Starts the real server with the demo data (like the browser tests) and saves PNGs of the login page,
 * the dashboard, the user menu and the change-password page, in Italian and English, desktop and phone.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { ChangePasswordPage } from './pages/change-password-page.js';
import { HomePage } from './pages/home-page.js';
import { LoginPage } from './pages/login-page.js';
import { launchChromium } from './support/chromium.js';
import { demo } from './support/demo-accounts.js';
import { startTestServer } from './support/test-server.js';
import { repoRoot } from './support/web-build.js';

const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function captureJourney(browser: Browser, baseURL: string, language: 'it' | 'en', device: keyof typeof viewports, folder: string) {
  const context = await browser.newContext({ baseURL, locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: viewports[device] });
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: join(folder, `${name}-${language}-${device}.png`), fullPage: true });
  const login = new LoginPage(page);
  await login.open();
  if (language === 'en') await login.header.switchLanguage('en');
  await shot('login');
  await login.logIn(demo.stp.username, 'not-the-password');
  await login.alert.waitFor();
  await shot('login-error');
  await login.logInAndWait(demo.stp.username, demo.stp.password);
  const home = new HomePage(page);
  await home.waitForPlans();
  await shot('home');
  if (device === 'desktop') {
    await home.header.openUserMenu();
    await page.screenshot({ path: join(folder, `user-menu-${language}-${device}.png`) });
  }
  const password = new ChangePasswordPage(page);
  await password.open();
  await password.change('', '', '');
  await page.locator('#password-currentPassword-error').waitFor();
  await shot('change-password');
  await context.close();
}

const folder = resolve(repoRoot, process.argv[2] ?? '.tmp/screenshots');
mkdirSync(folder, { recursive: true });
const server = await startTestServer();
const browser = await launchChromium();
try {
  for (const language of ['it', 'en'] as const) {
    for (const device of ['desktop', 'phone'] as const) await captureJourney(browser, server.baseUrl, language, device, folder);
  }
  console.log(`screenshots saved in ${folder}`);
} finally {
  await browser.close();
  await server.close();
}
