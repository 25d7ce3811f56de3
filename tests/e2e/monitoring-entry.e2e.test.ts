/**
 * Data collection in Chromium against the real server with the demo data (2026 in monitoring, the
 * campaign of the period to 31/08/2026 open): the referente enters a value in Italian format, saves
 * and submits it; evidence is uploaded, while an oversize file, a disguised executable and a
 * path-traversal name are refused with a message in the page; a measure outside the referente's units
 * is refused (by address, and by the API after the STP removed an assignment); the dirigente rejects
 * one value with a reason and validates the rest; the referente sees the reason and a notification;
 * English; axe on every page; screenshots in .tmp/screenshots.
 */
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LoginPage } from './pages/login-page.js';
import { EntryPage, ValidationPage } from './pages/monitoring-pages.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { newItalianContext } from './support/chromium.js';
import { test } from './support/fixtures.js';
import { apiGet, saveScreenshot } from './support/screenshot.js';

const PLAN = '/api/entities/DEMO/plans/2025-2027';
const GRID = `${PLAN}/years/2026/periods/2026-2/grid`;
const SLOW_START = 180_000;

interface GridBody { rows: { measure: { code: string }; current: { id: string; value: unknown; state: string; reviewNote: string | null; version: number } | null }[] }
interface CampaignBody { id: string; version: number; assignments?: { measure: string; unit: string }[] }

async function logIn(page: Page, username: string): Promise<void> {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(username, 'demo');
}

async function signedIn(browser: Browser, baseUrl: string, username: string): Promise<Page> {
  const page = await (await newItalianContext(browser, baseUrl)).newPage();
  await logIn(page, username);
  return page;
}

async function currentOf(page: Page, measure: string): Promise<GridBody['rows'][number]['current']> {
  const grid = await apiGet<GridBody>(page, `${GRID}?mine=false`);
  return grid.rows.find((row) => row.measure.code === measure)?.current ?? null;
}

/** A JSON request in the page's session (CSRF from /api/me), answering the status. */
function apiSend(page: Page, method: 'PUT' | 'POST', path: string, body: unknown): Promise<number> {
  return page.evaluate(async ({ method: verb, url, payload }) => {
    const me = await (await fetch('/api/me')).json() as { csrfToken: string };
    const response = await fetch(url, { method: verb, headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(payload) });
    return response.status;
  }, { method, url: path, payload: body });
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('data collection: entry, evidence, validation', { timeout: SLOW_START }, () => {
  test('the referente enters a value in Italian format, saves a draft and submits it', async ({ page }) => {
    await logIn(page, 'referente');
    const entry = new EntryPage(page);
    await entry.open();
    expect(await entry.heading.innerText()).toBe('Inserimento dati');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitoring-entry-it', { fullPage: false });

    // RI_BIL was submitted by the demo: withdraw it, correct it, save, submit.
    await entry.button('RI_BIL', 'Ritira l’invio').click();
    await entry.waitForState('RI_BIL', 'draft');
    await entry.valueInput('RI_BIL').fill('8.7');
    await entry.button('RI_BIL', 'Salva bozza').click();
    expect(await entry.notice('RI_BIL').innerText()).toContain('virgola per i decimali');
    await entry.valueInput('RI_BIL').fill('8.765,5');
    await entry.valueInput('RI_BIL').press('Enter');
    await entry.notice('RI_BIL').getByText('Salvato alle').waitFor();
    expect(await currentOf(page, 'RI_BIL')).toMatchObject({ value: 8765.5, state: 'draft' });
    expect(await entry.valueInput('RI_BIL').inputValue()).toBe('8.765,5');

    await entry.button('RI_BIL', 'Invia per la validazione').click();
    await entry.waitForState('RI_BIL', 'submitted');
    expect(await currentOf(page, 'RI_BIL')).toMatchObject({ value: 8765.5, state: 'submitted' });
    expect(await entry.notice('RI_BIL').innerText()).toBe('Inviato per la validazione');

    // The boolean measure: yes/no, saved and submitted in one go.
    await entry.valueInput('ALBI_REV').selectOption('true');
    await entry.button('ALBI_REV', 'Invia per la validazione').click();
    await entry.waitForState('ALBI_REV', 'submitted');
    expect(await currentOf(page, 'ALBI_REV')).toMatchObject({ value: true, state: 'submitted' });
  });

  test('evidence: a PDF is attached and listed; oversize, disguised executable and path-like names are refused in the page', async ({ page }) => {
    await logIn(page, 'referente');
    const entry = new EntryPage(page);
    await entry.open();
    await entry.button('RI_CANC', 'Ritira l’invio').click();
    await entry.waitForState('RI_CANC', 'draft');
    const panel = await entry.openDetails('RI_CANC');
    expect(await panel.innerText()).toContain('Dimensione massima 10 MB');
    const file = panel.getByTestId('evidence-file');
    const refused = panel.getByTestId('evidence-refused');

    await file.setInputFiles({ name: 'verbale.pdf', mimeType: 'application/pdf', buffer: PDF });
    await panel.getByTestId('evidence-upload').click();
    await panel.getByTestId('evidence-list').getByRole('link', { name: 'Scarica verbale.pdf' }).waitFor();

    await file.setInputFiles({ name: 'grande.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41) });
    await panel.getByTestId('evidence-upload').click();
    expect(await refused.innerText()).toContain('il limite è 10 MB');

    await file.setInputFiles({ name: 'relazione.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]) });
    await panel.getByTestId('evidence-upload').click();
    await refused.getByText('Tipo di file non ammesso').waitFor();

    await file.setInputFiles({ name: '../../etc/passwd.pdf', mimeType: 'application/pdf', buffer: PDF });
    await panel.getByTestId('evidence-upload').click();
    await refused.getByText('Nome del file non accettato').waitFor();

    const current = await currentOf(page, 'RI_CANC');
    const detail = await apiGet<{ attachments: { fileName: string }[] }>(page, `${PLAN}/values/${current?.id}`);
    expect(detail.attachments.map((attachment) => attachment.fileName)).toEqual(['verbale.pdf']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitoring-evidence-it', { fullPage: false });
  });

  test('a measure outside the referente\'s units is refused with a clear message', async ({ page, browser, server }) => {
    await logIn(page, 'referente');
    const entry = new EntryPage(page);
    await entry.open('?misura=MED_DOM');
    expect(await page.getByTestId('measure-not-mine').innerText()).toContain('La misura MED_DOM non è tra le misure delle tue unità');
    expect(await entry.row('MED_DOM').count()).toBe(0);

    // The STP assigns MED_CONCL to the referente's office, the referente sees it; the STP takes it back
    // before the referente saves: the API refuses and the row says why.
    const stp = await signedIn(browser, server.baseUrl, 'stp');
    const cycle = await apiGet<{ periods: { code: string; campaign: { id: string } | null }[] }>(stp, `${PLAN}/years/2026/cycle`);
    const campaignId = cycle.periods.find((period) => period.code === '2026-2')?.campaign?.id;
    let campaign = await apiGet<CampaignBody>(stp, `${PLAN}/campaigns/${campaignId}`);
    expect(await apiSend(stp, 'PUT', `${PLAN}/campaigns/${campaignId}/assignments`, { version: campaign.version, assignments: [{ measure: 'MED_CONCL', unit: 'A1.S1.U1' }] })).toBe(200);
    await entry.open();
    await entry.row('MED_CONCL').waitFor();
    campaign = await apiGet<CampaignBody>(stp, `${PLAN}/campaigns/${campaignId}`);
    expect(await apiSend(stp, 'PUT', `${PLAN}/campaigns/${campaignId}/assignments`, { version: campaign.version, assignments: [] })).toBe(200);
    await entry.button('MED_CONCL', 'Ritira l’invio').click();
    expect(await entry.notice('MED_CONCL').innerText()).toContain('Valore di MED_CONCL non salvato');
    expect(await entry.notice('MED_CONCL').innerText()).toContain('non è tra le misure delle tue unità');
    expect((await currentOf(page, 'MED_CONCL'))?.state).toBe('submitted');
    await stp.context().close();
  });

  test('the dirigente rejects one value with a reason and validates the rest; the referente sees the reason and a notification', async ({ page, browser, server }) => {
    await logIn(page, 'dirigente');
    const validation = new ValidationPage(page);
    await validation.open();
    expect(await validation.heading.innerText()).toBe('Validazione dei dati');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitoring-validation-it', { fullPage: false });
    const reason = 'Il totale non coincide con l’estrazione di Priamo al 31/08: ricontrollare.';
    await validation.row('RI_BIL').getByRole('button', { name: 'Respingi (RI_BIL)' }).click();
    await validation.dialog.getByRole('button', { name: 'Respingi il valore' }).click();
    expect(await validation.dialog.getByText('Indica il motivo.').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await validation.dialog.getByLabel('Motivo del respingimento').fill(reason);
    await validation.dialog.getByRole('button', { name: 'Respingi il valore' }).click();
    await validation.dialog.waitFor({ state: 'detached' });
    await validation.status.getByText('Valore di RI_BIL respinto.').waitFor();
    expect(await currentOf(page, 'RI_BIL')).toMatchObject({ state: 'rejected', reviewNote: reason });

    await validation.row('RI_BIL').waitFor({ state: 'detached' });
    const toValidate = await validation.table.locator('tbody tr[data-state="submitted"]').count();
    expect(toValidate).toBeGreaterThan(0);
    await validation.validateAllSelected();
    await validation.status.getByText(`Validati: ${toValidate}.`).waitFor();
    await page.getByTestId('validation-empty').waitFor();
    const grid = await apiGet<GridBody>(page, GRID);
    expect(grid.rows.filter((row) => row.current?.state === 'submitted')).toEqual([]);
    expect(grid.rows.filter((row) => row.current?.state === 'validated').length).toBeGreaterThanOrEqual(toValidate);

    const referente = await signedIn(browser, server.baseUrl, 'referente');
    const badge = referente.getByTestId('notification-badge');
    await referente.locator('[data-testid="notification-badge"]:not([data-unread="0"])').waitFor();
    expect(await badge.getAttribute('aria-label')).toMatch(/^Notifiche, \d+ non lette$/);
    await badge.click();
    await referente.getByTestId('notification-list').waitFor();
    const rejected = referente.locator('li[data-kind="value_rejected"]').first();
    expect(await rejected.innerText()).toContain('RI_BIL');
    expect(await seriousAccessibilityViolations(referente)).toEqual([]);
    await saveScreenshot(referente, 'monitoring-notifications-it');
    await rejected.getByRole('link', { name: /^Apri:/ }).click();
    await referente.waitForURL((url) => url.pathname === '/inserimento-dati' && url.searchParams.get('misura') === 'RI_BIL');
    const entry = new EntryPage(referente);
    await entry.waitForState('RI_BIL', 'rejected');
    expect(await entry.row('RI_BIL').getByTestId('rejection-reason').innerText()).toContain(reason);
    expect(await referente.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('entry-value');
    await referente.context().close();
  });

  test('a long grid (the STP sees every measure) is virtualised and keeps what was typed in rows scrolled away', async ({ page }) => {
    await logIn(page, 'stp');
    const entry = new EntryPage(page);
    const grid = await apiGet<GridBody>(page, `${GRID}`);
    expect(grid.rows.length).toBeGreaterThanOrEqual(40);
    const first = 'RI_CANC'; // a draft since the evidence test
    expect((await currentOf(page, first))?.state).toBe('draft');
    const last = grid.rows.at(-1)!.measure.code;
    // Asked for by address: the row is scrolled into view and its field focused.
    await entry.open(`?misura=${first}`);
    await page.locator('.entry-scroll[data-virtual="yes"]').waitFor();
    expect(await entry.grid.locator('tr[data-measure]').count()).toBeLessThan(grid.rows.length);
    await page.waitForFunction((code) => document.activeElement?.closest('tr')?.getAttribute('data-measure') === code, first);
    await entry.valueInput(first).fill('1.234,5');
    const box = page.locator('.entry-scroll');
    const where = await box.evaluate((element) => element.scrollTop);
    await box.evaluate((element) => { element.scrollTop = element.scrollHeight; });
    await entry.row(last).waitFor();
    expect(await entry.row(first).count()).toBe(0);
    await box.evaluate((element, top) => { element.scrollTop = top; }, where);
    await entry.row(first).waitFor();
    expect(await entry.valueInput(first).inputValue()).toBe('1.234,5');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('the SG reopens a validated value with a reason, after confirming', async ({ page }) => {
    await logIn(page, 'sg');
    const validation = new ValidationPage(page);
    await validation.open('?stato=validati');
    const row = validation.row('RI_PRAT');
    await row.getByRole('button', { name: 'Riapri (RI_PRAT)' }).click();
    expect(await validation.dialog.getByRole('heading').innerText()).toBe('Riaprire il valore validato di RI_PRAT?');
    await validation.dialog.getByRole('button', { name: 'Annulla', exact: true }).click();
    await validation.dialog.waitFor({ state: 'detached' });
    expect((await currentOf(page, 'RI_PRAT'))?.state).toBe('validated');
    await row.getByRole('button', { name: 'Riapri (RI_PRAT)' }).click();
    await validation.dialog.getByLabel('Motivo della riapertura').fill('Rettifica comunicata da InfoCamere il 12/09.');
    await validation.dialog.getByRole('button', { name: 'Riapri il valore' }).click();
    await validation.status.getByText('Valore di RI_PRAT riaperto.').waitFor();
    expect((await currentOf(page, 'RI_PRAT'))?.state).toBe('draft');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('campaigns, deviations and notifications pages; the entry page in English', async ({ page }) => {
    await logIn(page, 'stp');
    await page.goto('/rilevazioni');
    const table = page.getByTestId('campaigns-table');
    await table.waitFor();
    await table.locator('tr[data-period="2026-3"]').getByRole('button', { name: 'Nuova rilevazione per il periodo al 31/12/2026' }).click();
    const form = page.getByTestId('campaign-form');
    expect(await form.innerText()).toContain('Se la lasci vuota: 15/01/2027');
    await form.getByRole('button', { name: 'Crea la rilevazione' }).click();
    await page.getByTestId('campaign-detail').waitFor();
    await table.locator('tr[data-period="2026-3"][data-campaign-status="planned"]').waitFor();
    expect(await page.getByTestId('completion-totals').innerText()).toMatch(/^Misure: \d+/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await table.locator('tr[data-period="2026-2"]').getByRole('button', { name: 'Dettagli della rilevazione del periodo al 31/08/2026' }).click();
    await page.getByTestId('campaign-completion').locator('tr[data-unit="A1.S1.U1"]').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitoring-campaigns-it');

    await page.goto('/scostamenti');
    await page.locator('[data-testid="deviations-table"], [data-testid="deviations-empty"]').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto('/notifiche');
    await page.getByRole('heading', { level: 1, name: 'Notifiche' }).waitFor();
    await page.locator('[data-testid="notification-list"], [data-testid="notifications-empty"]').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const entry = new EntryPage(page);
    await entry.open();
    await entry.header.switchLanguage('en');
    await page.getByRole('heading', { level: 1, name: 'Data entry' }).waitFor();
    expect(await page.getByRole('button', { name: /^Save draft \(|^Submit for validation \(|^Withdraw \(/ }).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'monitoring-entry-en', { fullPage: false });
  });
});
