/**
 * Screenshots of the results dashboard (with an explanation open), the scoring policy page (with a
 * what-if) and the administration, to look at them as a user would:
 *   node bin/tsx.js tests/e2e/dashboard-screenshots.ts [output folder, default .tmp/screenshots]
 * Starts the real server with the demo data; Italian and English, desktop and phone.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AdminPage } from './pages/admin-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { LoginPage } from './pages/login-page.js';
import { PolicyPage } from './pages/policy-page.js';
import { launchChromium } from './support/chromium.js';
import { demo } from './support/demo-accounts.js';
import { startTestServer } from './support/test-server.js';
import { repoRoot } from './support/web-build.js';

const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function shootPages(page: Page, shot: (name: string, fullPage?: boolean) => Promise<void>, device: keyof typeof viewports) {
  const dashboard = new DashboardPage(page);
  await dashboard.open('?periodo=anno');
  // 2025 is the demo's closed year, with final values; 2026 is in monitoring.
  await page.getByTestId('workspace-year').selectOption('2025');
  await page.getByTestId('dashboard-policy').getByText('2025').waitFor();
  await dashboard.waitForResults();
  await dashboard.areaChart.waitFor();
  await page.waitForTimeout(500); // the chart's entry animation
  await shot('dashboard');
  await dashboard.openEntityExplanation();
  await shot('explanation', false);
  await dashboard.explanation.openMember(/Obiettivi di ente|Entity objectives/);
  await shot('explanation-member', false);
  await dashboard.explanation.close();
  await page.getByTestId('workspace-year').selectOption('2026');
  await dashboard.open();
  await dashboard.risk.waitFor();
  await shot('dashboard-interim');
  await page.getByTestId('workspace-year').selectOption('2025');

  const policy = new PolicyPage(page);
  await policy.open();
  await policy.inForce.getByText('2025').waitFor();
  await policy.setNumber('tolerance.threshold', '90');
  await policy.choose('outputs.nodes', 'adjusted');
  await policy.simulate();
  await shot('policy-what-if');
  if (device === 'desktop') {
    await policy.setNumber('cap', '50');
    await policy.simulate();
    await policy.errors.waitFor();
    await policy.errors.scrollIntoViewIfNeeded();
    await shot('policy-errors', false);
  }

  const admin = new AdminPage(page);
  await admin.open('utenti');
  await admin.usersTable.waitFor();
  await shot('admin-users');
  await admin.open('unita');
  await admin.unitsTable.waitFor();
  await shot('admin-units');
  await admin.open('ente');
  await page.getByTestId('entity-form').waitFor();
  await shot('admin-entity');
}

async function captureJourney(browser: Browser, baseURL: string, language: 'it' | 'en', device: keyof typeof viewports, folder: string) {
  const context = await browser.newContext({ baseURL, locale: 'it-IT', timezoneId: 'Europe/Rome', viewport: viewports[device] });
  const page = await context.newPage();
  const shot = async (name: string, fullPage = true) => {
    await page.screenshot({ path: join(folder, `${name}-${language}-${device}.png`), fullPage });
  };
  const login = new LoginPage(page);
  await login.open();
  if (language === 'en') await login.header.switchLanguage('en');
  await login.logInAndWait(demo.stp.username, demo.stp.password);
  await shootPages(page, shot, device);
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
