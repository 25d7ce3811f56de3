/**
 * The Documents page in Chromium against the real server (demo data, job worker): the STP generates the
 * Relazione 2025 as PDF, the progress bar reaches 100 %, the downloaded bytes are a PDF whose text
 * (pdftotext) carries the entity's overall score as the dashboard shows it; approves it with an act and
 * the list shows the version with the hash of those bytes; edits a section's text and regenerates the
 * proposal without losing it; a lettore cannot generate (no form, API 403). Axe; screenshots.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test as base } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfText } from '../../src/documents/testing/document-tools.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { launchChromium, newItalianContext } from './support/chromium.js';
import { demo } from './support/demo-accounts.js';
import { saveScreenshot } from './support/screenshot.js';
import { startTestServer } from './support/test-server.js';

const SLOW_START = 240_000;

const test = base
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startTestServer({ jobs: true });
    onCleanup(() => server.close());
    return server;
  })
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('page', async ({ browser, server }, { onCleanup }) => {
    const context = await newItalianContext(browser, server.baseUrl);
    onCleanup(() => context.close());
    return context.newPage();
  });

async function logIn(page: Page, account: { username: string; password: string }): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(account.username, account.password);
}

/** The entity's 2025 score as the dashboard shows it, e.g. "87,53". */
async function dashboardScore2025(page: Page): Promise<string> {
  const dashboard = new DashboardPage(page);
  await dashboard.open('?periodo=anno');
  await page.getByTestId('workspace-year').selectOption('2025');
  await page.getByTestId('dashboard-policy').getByText('2025').waitFor();
  await dashboard.waitForResults();
  const match = /(\d{1,3},\d{2})\s*%/.exec(await dashboard.entityScore.innerText());
  if (!match) throw new Error('no score on the dashboard');
  return match[1]!;
}

async function openDocuments(page: Page): Promise<void> {
  await page.locator('#main-navigation').getByRole('link', { name: 'Documenti' }).click();
  await page.waitForURL((url) => url.pathname === '/documenti');
  await page.getByRole('heading', { level: 1, name: 'Piano e Relazione sulla performance' }).waitFor();
  await page.getByTestId('document-section').first().waitFor({ timeout: 60_000 });
}

describe('documents page', () => {
  test('generates the Relazione PDF with progress, downloads it with the dashboard\'s score, approves it with an act', async ({ page }) => {
    await logIn(page, demo.stp);
    const score = await dashboardScore2025(page);
    await openDocuments(page);
    expect(await page.locator('#document-year').inputValue()).toBe('2025');
    expect(await page.locator('#document-kind').inputValue()).toBe('relazione');
    expect(await page.getByTestId('approved-empty').innerText()).toContain('Nessuna versione approvata');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Genera', exact: true }).click();
    const bar = page.getByTestId('document-progress').getByRole('progressbar');
    await bar.waitFor();
    await page.getByTestId('document-progress-text').getByText('Documento pronto: relazione-2025-DEMO.pdf').waitFor({ timeout: 120_000 });
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    await saveScreenshot(page, 'documents-generated-it', { fullPage: false });

    const folder = mkdtempSync(join(tmpdir(), 'traguardo-e2e-documents-'));
    try {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('document-download').click()]);
      expect(download.suggestedFilename()).toBe('relazione-2025-DEMO.pdf');
      const file = join(folder, 'relazione.pdf');
      await download.saveAs(file);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(file).replace(/\s+/g, ' ');
      expect(text).toContain('Relazione sulla performance');
      expect(text).toContain(`Performance organizzativa dell'ente ${score}`);
      const hash = createHash('sha256').update(bytes).digest('hex');

      await page.getByRole('button', { name: 'Approva relazione-2025-DEMO.pdf' }).first().click();
      const dialog = page.getByTestId('approve-dialog');
      await dialog.getByRole('heading', { name: 'Approva relazione-2025-DEMO.pdf' }).waitFor();
      await dialog.getByRole('button', { name: 'Approva definitivamente' }).click();
      expect(await dialog.locator('.invalid-feedback').allInnerTexts()).toEqual(['Indica il numero dell’atto.', 'Indica la data dell’atto.']);
      await dialog.getByLabel('Numero dell’atto').fill('41');
      await dialog.getByLabel('Data dell’atto').fill('2026-06-20');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Approva definitivamente' }).click();
      await dialog.getByText('Versione 1 approvata con Delibera di Giunta n. 41 del 20/06/2026.').waitFor();
      await dialog.getByRole('button', { name: 'Annulla' }).last().click();

      const approved = page.getByTestId('approved-documents');
      await approved.waitFor();
      const row = approved.locator('tbody tr').first();
      expect(await row.innerText()).toContain('Delibera di Giunta n. 41 del 20/06/2026');
      expect(await row.getByTestId('approved-hash').innerText()).toBe(hash);
      const stored = await page.evaluate(async (url) => {
        const buffer = await (await fetch(url)).arrayBuffer();
        const digest = await crypto.subtle.digest('SHA-256', buffer);
        return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
      }, (await row.getByRole('link').getAttribute('href'))!);
      expect(stored).toBe(hash);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'documents-approved-it');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, SLOW_START);

  test('a person\'s text survives "rigenera proposta": both texts are shown and the person chooses', async ({ page }) => {
    await logIn(page, demo.stp);
    await page.goto('/documenti');
    await page.getByTestId('document-section').first().waitFor({ timeout: 60_000 });
    const section = page.locator('[data-section="relazione.deviations"]');
    await section.getByRole('button', { name: 'Modifica «Scostamenti»' }).click();
    await section.getByLabel('Testo di «Scostamenti»').fill('Gli scostamenti sono **spiegati** dai responsabili.');
    await section.getByRole('button', { name: 'Salva il testo' }).click();
    await section.getByRole('status').getByText('Testo salvato.').waitFor();
    expect(await section.locator('strong').innerText()).toBe('spiegati');

    await section.getByRole('button', { name: 'Rigenera la proposta di «Scostamenti»' }).click();
    const compare = page.getByTestId('compare-dialog');
    await compare.getByRole('heading', { name: 'Confronta i testi di «Scostamenti»' }).waitFor();
    expect(await compare.innerText()).toContain('Gli scostamenti sono spiegati dai responsabili.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'documents-compare-it', { fullPage: false });
    await compare.getByRole('button', { name: 'Mantieni il mio testo' }).click();
    await compare.waitFor({ state: 'detached' });
    expect(await section.innerText()).toContain('Gli scostamenti sono spiegati dai responsabili.');
    await saveScreenshot(page, 'documents-texts-it');
  }, SLOW_START);

  test('a lettore sees the versions but cannot generate: no form, and the API answers 403', async ({ page }) => {
    await logIn(page, demo.lettore);
    await openDocuments(page);
    expect(await page.getByTestId('generate-not-allowed').innerText()).toContain('riservata alla Struttura tecnica di supporto');
    expect(await page.getByTestId('generate-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Approva/ }).count()).toBe(0);
    const status = await page.evaluate(async () => {
      const me = await (await fetch('/api/me')).json() as { csrfToken: string };
      const response = await fetch('/api/entities/DEMO/documents/jobs', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify({ kind: 'relazione', format: 'pdf' }),
      });
      return { status: response.status, body: await response.json() as { code: string; messages: { it: string } } };
    });
    expect(status).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'documents-lettore-it');
  }, SLOW_START);
});
