/**
 * The measures catalogue in Chromium against the real server with the demo data: list with usage
 * counts, search, a measure with the indicators using it, a versioned edit, and the confirmation a
 * rename needs when formulas cite the measure by name; axe and screenshots.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { LoginPage } from './pages/login-page.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { demo, test } from './support/fixtures.js';
import { apiGet, saveScreenshot } from './support/screenshot.js';

const PLAN = '/api/entities/DEMO/plans/2025-2027';
/** The first test of a file also waits for the server (migrations, demo data) and runs axe: allow for a busy machine. */
const SLOW_START = 180_000;

interface MeasureBody { name: string; description?: string; version: number; usedBy: { indicator: string; by: string }[] }

async function logIn(page: Page) {
  const login = new LoginPage(page);
  await login.open();
  await login.logInAndWait(demo.stp.username, demo.stp.password);
}

describe('measures catalogue', { timeout: SLOW_START }, () => {
  test('lists measures with how many indicators use them, searchable', async ({ page }) => {
    await logIn(page);
    await page.goto('/misure');
    const table = page.getByTestId('measures-table');
    await table.waitFor();
    const measures = await apiGet<{ items: unknown[] }>(page, `${PLAN}/measures`);
    expect(await table.locator('tbody tr').count()).toBe(measures.items.length);
    const riPrat = await apiGet<MeasureBody>(page, `${PLAN}/measures/RI_PRAT`);
    expect(await table.locator('tr[data-code="RI_PRAT"] td').last().innerText()).toBe(`${riPrat.usedBy.length} indicatori`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'measures-it-desktop', { fullPage: false });
    await page.getByTestId('measures-filter').fill('mediazion');
    await page.waitForURL((url) => url.searchParams.get('testo') === 'mediazion');
    const codes = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code?.startsWith('MED_'))).toBe(true);
  });

  test('opens a measure, shows its uses and saves a change with its version', async ({ page }) => {
    await logIn(page);
    await page.goto('/misure?testo=MED_DOM');
    await page.getByRole('link', { name: 'MED_DOM' }).click();
    await page.getByTestId('measure-usage').waitFor();
    const before = await apiGet<MeasureBody>(page, `${PLAN}/measures/MED_DOM`);
    for (const use of before.usedBy) expect(await page.getByTestId('measure-usage').innerText()).toContain(use.indicator);
    await page.locator('#measure-description').fill('Domande di mediazione depositate nell’anno');
    await page.getByTestId('measure-save').click();
    await page.getByTestId('measure-save-status').getByText(`versione ${before.version + 1}`).waitFor();
    expect(await apiGet<MeasureBody>(page, `${PLAN}/measures/MED_DOM`)).toMatchObject({ description: 'Domande di mediazione depositate nell’anno', version: before.version + 1 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'measure-it-desktop');
  });

  test('asks for confirmation before renaming a measure that formulas cite by name', async ({ page }) => {
    await logIn(page);
    const measure = await apiGet<MeasureBody>(page, `${PLAN}/measures/PID_PARTECIP`);
    expect(measure.usedBy.some((use) => use.by === 'name')).toBe(true);
    await page.goto('/misure/PID_PARTECIP');
    await page.getByTestId('measure-name').fill(`${measure.name} (totale)`);
    await page.getByTestId('measure-rename-warning').waitFor();
    expect(await page.getByTestId('measure-save').isDisabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.locator('label[for="measure-rename-confirm"]').click(); // Bootstrap Italia draws the box on the label
    expect(await page.getByLabel('Ho capito: cambia comunque il nome').isChecked()).toBe(true);
    await page.getByTestId('measure-save').click();
    await page.getByTestId('measure-save-status').getByText(`versione ${measure.version + 1}`).waitFor();
    expect((await apiGet<MeasureBody>(page, `${PLAN}/measures/PID_PARTECIP`)).name).toBe(`${measure.name} (totale)`);
  });
});
