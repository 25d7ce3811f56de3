/**
 * The import page in Chromium against the real server with the demo data and a job worker: upload
 * seed 004 as a dry run (progress, counts, located warnings in Italian and English), confirm, open the
 * imported plan's tree; the export menu's downloads; axe on each screen; screenshots in .tmp/screenshots.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, test as base } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { migrateDatabase, openDatabase } from '../../src/server/db/database.js';
import { loadDemoData } from '../../src/server/demo/demo-data.js';
import { startJobWorker } from '../../src/server/jobs/index.js';
import { SEEDS, TREE_SEED, readSeedText } from '../../src/formats/xlsx/xlsx-test-support.js';
import { LoginPage } from './pages/login-page.js';
import { SiteHeader } from './pages/site-header.js';
import { TreePage } from './pages/tree-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { launchChromium, newItalianContext } from './support/chromium.js';
import { demo } from './support/demo-accounts.js';
import { saveScreenshot } from './support/screenshot.js';
import { ensureWebBuild, webDist } from './support/web-build.js';

/** The real server with the demo data, as tests/e2e/support/test-server.ts, plus the job worker imports need. */
async function startServerWithWorker() {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'traguardo-e2e-import-'));
  const config = loadConfig({ DATA_DIR: dataDir });
  const database = await openDatabase(config);
  await migrateDatabase(database);
  await loadDemoData(database, { ifEmpty: true });
  const app = await buildApp({ database, config: { baseUrl: config.baseUrl }, webRoot: webDist });
  const worker = await startJobWorker(database, { pollIntervalMs: 200 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await app.close();
      await worker.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const test = base
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await startServerWithWorker();
    onCleanup(() => server.close());
    return server;
  })
  .extend('page', { scope: 'file' }, async ({ server }, { onCleanup }) => {
    const browser = await launchChromium();
    const context = await newItalianContext(browser, server.baseUrl);
    onCleanup(async () => { await context.close(); await browser.close(); });
    return context.newPage();
  });

/** The import screen (/importa). */
class ImportPage {
  readonly heading: Locator;
  readonly file: Locator;
  readonly check: Locator;
  readonly progress: Locator;
  readonly report: Locator;
  readonly counts: Locator;
  readonly warnings: Locator;
  readonly confirm: Locator;
  readonly exportMenu: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.file = page.locator('#import-file');
    this.check = page.getByRole('button', { name: 'Verifica senza importare' });
    this.progress = page.getByTestId('import-progress');
    this.report = page.getByTestId('import-report');
    this.counts = page.getByTestId('import-counts');
    this.warnings = page.getByTestId('import-warnings');
    this.confirm = page.getByRole('button', { name: 'Conferma l’importazione' });
    this.exportMenu = page.getByTestId('export-menu');
  }

  async open(): Promise<void> {
    await this.page.goto('/importa');
    await this.file.waitFor();
  }

  /** The counts table as label → number. */
  async countsByLabel(): Promise<Record<string, string>> {
    const rows = await this.counts.locator('tbody tr').all();
    const pairs = await Promise.all(rows.map(async (row) => [await row.locator('th').innerText(), await row.locator('td').innerText()] as const));
    return Object.fromEntries(pairs);
  }
}

describe('import page', () => {
  test('uploads seed 004 as a dry run, shows counts and located warnings, confirms and opens the plan', async ({ page }) => {
    readSeedText(TREE_SEED);
    const login = new LoginPage(page);
    await login.open();
    await login.logInAndWait(demo.stp.username, demo.stp.password);
    await new SiteHeader(page).navigation.getByRole('link', { name: 'Importa ed esporta' }).click();
    const screen = new ImportPage(page);
    await screen.file.waitFor();
    expect(await screen.heading.innerText()).toBe('Importa ed esporta il piano');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await screen.file.setInputFiles(join(SEEDS, TREE_SEED));
    const progressShown = screen.progress.waitFor({ state: 'attached' });
    await screen.check.click();
    await progressShown;
    await screen.report.waitFor({ timeout: 60_000 });
    expect(await screen.report.getByRole('status').innerText()).toBe('Nessun errore bloccante: puoi confermare l’importazione del piano 2021-2023.');
    expect(await screen.countsByLabel()).toMatchObject({
      'Aree strategiche': '3', 'Obiettivi strategici': '5', Programmi: '5', 'Obiettivi operativi': '13', Azioni: '31',
      Indicatori: '93', 'Unità organizzative': '20',
    });
    const firstWarning = screen.warnings.locator('tbody tr').first();
    expect(await firstWarning.locator('td').nth(1).innerText()).toMatch(/^Riga \d+/);
    expect((await firstWarning.locator('td').nth(2).innerText()).length).toBeGreaterThan(10);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-dry-run-it', { fullPage: true });

    const header = new SiteHeader(page);
    await header.switchLanguage('en');
    expect(await firstWarning.locator('td').nth(1).innerText()).toMatch(/^Line \d+/);
    expect(await screen.counts.locator('caption').innerText()).toBe('Content of the plan read from the file');
    await header.switchLanguage('it');

    await screen.confirm.click();
    await page.getByText('Il piano 2021-2023 è stato importato.').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Apri l’albero della performance' }).click();
    await page.waitForURL((url) => url.pathname === '/albero');
    const tree = new TreePage(page);
    await tree.row('A').waitFor({ timeout: 30_000 });
    expect(await tree.row('A').innerText()).toContain('Competitività e sviluppo delle imprese');
    await tree.expandAll.click();
    await tree.waitForVisibleRows(57);
    await saveScreenshot(page, 'import-imported-tree-it', { fullPage: false });
  }, 240_000);

  test('the export menu downloads the plan workbook and the open data', async ({ page }) => {
    const screen = new ImportPage(page);
    await screen.open();
    const links = screen.exportMenu.getByRole('link');
    await links.nth(5).waitFor();
    expect(await links.count()).toBe(6);
    const [download] = await Promise.all([page.waitForEvent('download'), screen.exportMenu.getByRole('link', { name: 'Modello XLSX del piano' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^DEMO-.*\.xlsx$/);
    const href = (await links.nth(5).getAttribute('href')) ?? '';
    const csv = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      return { bom: Array.from(bytes.slice(0, 3)), text: new TextDecoder().decode(bytes) };
    }, href);
    expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.startsWith('Tipo;Codice;Nome;')).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }, 120_000);
});
